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
    return templates


def _longdate(value: date | None) -> str:
    return value.strftime("%-d %B %Y") if value else "date unknown"
