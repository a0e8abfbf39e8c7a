"""Every link on a page is the current query string with one parameter added, removed or
replaced, so each view keeps its other state and URLs stay bookmarkable."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

if TYPE_CHECKING:
    from starlette.requests import Request

    from app.config import Settings

Params = list[tuple[str, str]]

# Parameters in a fixed order, so one view has one URL whatever order the user typed.
ORDER = [
    "q",
    "person",
    "role",
    "city",
    "country",
    "region",
    "source",
    "collection",
    "from",
    "to",
    "sort",
    "page",
    "per_page",
    "facet_limit",
    "as_of",
]


def canonical(params: Params) -> Params:
    """Known parameters in a fixed order, empty ones and the defaults dropped."""
    kept = [(k, v) for k, v in params if k in ORDER and v != ""]
    kept = [(k, v) for k, v in kept if not (k == "page" and v == "1")]
    kept = [(k, v) for k, v in kept if not (k == "sort" and v == "relevance")]
    kept = [(k, v) for k, v in kept if not (k == "role" and v == "mentioned")]
    unique = list(dict.fromkeys(kept))
    return sorted(unique, key=lambda kv: ORDER.index(kv[0]))


def url(path: str, params: Params) -> str:
    query = urlencode(canonical(params))
    return f"{path}?{query}" if query else path


def with_added(params: Params, key: str, value: str) -> Params:
    """Add one value (e.g. a person filter); the result list goes back to page 1."""
    return [(k, v) for k, v in params if k != "page"] + [(key, value)]


def without(params: Params, key: str, value: str | None = None) -> Params:
    """Remove one value of ``key`` (or all of them); back to page 1."""
    return [
        (k, v)
        for k, v in params
        if k != "page" and not (k == key and (value is None or v == value))
    ]


def replaced(params: Params, key: str, value: str) -> Params:
    """Set ``key`` to one value; changing anything but the page goes back to page 1."""
    kept = [(k, v) for k, v in params if k != key and (key == "page" or k != "page")]
    return kept + [(key, value)]


def absolute(base_url: str | None, path: str) -> str:
    """``path`` on the configured public address, or the path alone when none is set: links
    that leave the site (exports, feeds) never echo the request's Host header."""
    return (base_url or "") + path


def is_web_url(value: str | None) -> bool:
    """Only http and https addresses become links: a stored ``javascript:`` or ``data:``
    URL is shown as text."""
    if not value:
        return False
    scheme, sep, _ = value.strip().partition(":")
    return bool(sep) and scheme.lower() in ("http", "https")


def redirect_location(location: str, settings: Settings) -> str:
    """A redirect's Location without a host the client chose: the framework's own
    redirects (``/search/`` -> ``/search``, ``/static`` -> ``/static/``) are built from
    the request's Host header; they become relative, or absolute on the configured base
    URL. A relative Location is kept as it is."""
    parts = urlsplit(location)
    if not parts.netloc:
        return location
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return settings.base_url + _rooted(path) if settings.base_url else _rooted(path)


def _rooted(path: str) -> str:
    # "//evil.example/x" would be read as another host: one leading slash only.
    return "/" + path.lstrip("/")


def _settings_of(request_or_settings: Request | Settings) -> Settings:
    from app.config import Settings

    if isinstance(request_or_settings, Settings):
        return request_or_settings
    return request_or_settings.app.state.archive.settings
