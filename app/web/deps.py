"""FastAPI dependencies: the archive, a database session, the settings, the templates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.archive import Archive
from app.config import Settings
from app.web.templating import Templates


def get_archive(request: Request) -> Archive:
    return request.app.state.archive


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.archive.sessions() as session:
        yield session


def get_templates(request: Request) -> Templates:
    return request.app.state.templates


def get_settings(request: Request) -> Settings:
    return request.app.state.archive.settings


ArchiveDep = Annotated[Archive, Depends(get_archive)]
SessionDep = Annotated[Session, Depends(get_session)]
TemplatesDep = Annotated[Templates, Depends(get_templates)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
