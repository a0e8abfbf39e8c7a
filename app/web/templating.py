"""The one Jinja environment (autoescape on) and its filters."""

from __future__ import annotations

from datetime import date

from fastapi.templating import Jinja2Templates

from app.config import Settings
from app.web.auth import template_context


def make_templates(settings: Settings) -> Jinja2Templates:
    # ``editor`` (the name signed in, or None) and ``csrf_token()`` on every page: edit
    # controls are shown only when ``editor`` is set.
    templates = Jinja2Templates(
        directory=str(settings.templates_dir), context_processors=[template_context]
    )
    env = templates.env
    env.autoescape = True
    env.filters["longdate"] = _longdate
    env.filters["thousands"] = lambda n: f"{n:,}"
    return templates


def _longdate(value: date | None) -> str:
    return value.strftime("%-d %B %Y") if value else "date unknown"
