"""The one Jinja environment (autoescape on) and its filters; cached static files."""

from __future__ import annotations

import re
import threading
from datetime import date
from typing import TYPE_CHECKING, Any

from fastapi.staticfiles import StaticFiles
from markupsafe import Markup

from app.config import Settings
from app.web.auth import template_context
from app.web.urls import is_web_url
from app.wording import counted

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates

# Characters XML 1.0 forbids (one makes an Atom feed unreadable) and the other C0/C1
# controls, which no page should carry; tab, line feed and carriage return stay.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


class CachedStaticFiles(StaticFiles):
    """Static assets may be cached by the browser for a day."""

    async def get_response(self, path: str, scope):  # type: ignore[no-untyped-def]
        response = await super().get_response(path, scope)
        response.headers.setdefault("Cache-Control", "public, max-age=86400")
        return response


class Templates:
    """The app's templates, made (``make_templates``) when first used: a page, a feed or an
    error page. Importing Jinja and Starlette's templating is 20-35 ms of a server's start,
    and a start answered by a search of the API renders nothing. Everything else is the
    made ``Jinja2Templates``' own (``env``, ``TemplateResponse``, ``get_template``); the
    ``env_globals`` given here are set in its environment as it is made."""

    def __init__(self, settings: Settings, **env_globals: Any) -> None:
        self._settings = settings
        self._env_globals = env_globals
        self._made: Jinja2Templates | None = None
        self._lock = threading.Lock()  # request threads: one environment, made once

    def made(self) -> Jinja2Templates:
        if self._made is None:
            with self._lock:
                if self._made is None:
                    templates = make_templates(self._settings)
                    templates.env.globals.update(self._env_globals)
                    self._made = templates
        return self._made

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not made yet, or being copied: never the templates'
            raise AttributeError(name)
        return getattr(self.made(), name)


def make_templates(settings: Settings) -> Jinja2Templates:
    from fastapi.templating import Jinja2Templates

    # ``editor`` (the name signed in, or None) and ``csrf_token()`` on every page: edit
    # controls are shown only when ``editor`` is set.
    templates = Jinja2Templates(
        directory=str(settings.templates_dir), context_processors=[template_context]
    )
    env = templates.env
    env.autoescape = True
    # Templates ship with the code and change only with a restart: without this, Jinja
    # stats every template file of a page on every render (5% of a busy server's CPU).
    env.auto_reload = False
    # Every {{ value }} of every page and feed goes through here before escaping.
    env.finalize = without_controls
    env.tests["web_url"] = is_web_url
    env.filters["counted"] = counted
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


def without_controls(value):  # type: ignore[no-untyped-def]
    """A printed value with control characters removed (markup stays markup)."""
    if isinstance(value, Markup):
        return Markup(CONTROL_CHARACTERS.sub("", value))
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub("", value)
    return value
