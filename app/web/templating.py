"""The one Jinja environment (autoescape on) and its filters."""

from __future__ import annotations

from datetime import date

from fastapi.templating import Jinja2Templates

from app.config import Settings


def make_templates(settings: Settings) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(settings.templates_dir))
    env = templates.env
    env.autoescape = True
    env.filters["longdate"] = _longdate
    env.filters["thousands"] = lambda n: f"{n:,}"
    # The footer names the archive's folder for editors only: a reader has no use for a
    # server path, and it tells an outsider how the server is laid out. There are no
    # editor accounts yet, so it stays off until sign-in exists (issue 12, item 2).
    env.globals["show_archive_path"] = False
    env.globals["archive_path"] = settings.archive_location
    return templates


def _longdate(value: date | None) -> str:
    return value.strftime("%-d %B %Y") if value else "date unknown"
