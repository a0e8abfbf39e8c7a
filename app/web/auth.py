"""Who is asking: the signed-in editor (session cookie) or an API client's HTTP Basic
credentials, checked once per request; private mode; and the guards of every write:
signed in (401), same site (Origin/Referer, 403) and the CSRF token of the form or, for
API calls made with the session cookie, of the X-CSRF-Token header.

HTTP Basic is checked on every request that carries it (an API client); a browser's
session holds only the editor's name, looked up again on each request, so removing an
editor ends their sessions at once.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.accounts.signing_in import TooManyAttempts, check_credentials
from app.store import editors
from app.web.errors import Forbidden, TooMany, Unauthorized

REALM = 'Basic realm="newsarchive", charset="UTF-8"'
# Open in private mode: signing in, its assets, and the container health check.
OPEN_PATHS = ("/login", "/static/", "/healthz")
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


async def identify(request: Request) -> Response | None:
    """A request gate (``app.web.middleware``): sets ``request.state.editor`` (a name or
    None) and ``via_basic``; answers itself when the credentials fail or the archive is
    private and no editor signed in."""
    request.state.editor, request.state.via_basic = None, False
    header = request.headers.get("authorization", "")
    if header[:6].lower() == "basic ":
        found = await run_in_threadpool(_basic, request, header[6:])
        if isinstance(found, Response):
            return found
        request.state.editor, request.state.via_basic = found, True
    elif name := request.session.get("editor"):
        if await run_in_threadpool(_still_editor, request, name):
            request.state.editor = name
        else:
            request.session.clear()
    if (
        request.app.state.private
        and request.state.editor is None
        and not request.url.path.startswith(OPEN_PATHS)
    ):
        return _login_required(request)
    return None


def _still_editor(request: Request, name: str) -> bool:
    with request.app.state.archive.sessions() as session:
        return editors.editor_exists(session, name=name)


def _basic(request: Request, encoded: str) -> str | Response:
    try:
        name, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return _unauthorized_json("The Authorization header is not valid HTTP Basic.")
    limiter = request.app.state.login_limiter
    try:
        with request.app.state.archive.sessions() as session:
            ok = check_credentials(
                session, limiter, address=client_address(request), name=name, password=password
            )
    except TooManyAttempts as error:
        return JSONResponse(
            {"error": {"status": 429, "title": TooMany.title, "message": str(error)}},
            429,
            headers={"Retry-After": str(error.retry_after)},
        )
    return name if ok else _unauthorized_json("Wrong editor name or password.")


def _unauthorized_json(message: str) -> Response:
    body = {"error": {"status": 401, "title": Unauthorized.title, "message": message}}
    return JSONResponse(body, 401, headers={"WWW-Authenticate": REALM})


def _login_required(request: Request) -> Response:
    path = request.url.path
    if path.startswith("/api/") or path in ("/docs", "/openapi.json") or "." in path:
        return _unauthorized_json("This archive is private: sign in (HTTP Basic for the API).")
    target = path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", 303)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def same_site(request: Request) -> None:
    """Refuse a write sent from a page of another origin (a cross-site form post)."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is None and (referer := request.headers.get("referer")):
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    if origin is not None and origin != own:
        raise Forbidden(f"A write request from {origin} was refused: it is not this site.")


def token_matches(request: Request, given: str | None) -> bool:
    expected = request.session.get("csrf")
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))


def require_editor(request: Request) -> str:
    if request.state.editor is None:
        raise Unauthorized("Editors must sign in to change the archive.")
    return request.state.editor


async def form_editor(request: Request) -> str:
    """For HTML form posts: signed in, same site, and the form's CSRF token."""
    same_site(request)
    editor = require_editor(request)
    form = await request.form()
    if not request.state.via_basic and not token_matches(request, form.get("csrf_token")):  # type: ignore[arg-type]
        raise Forbidden("The form has expired or did not come from this site: reload it.")
    return editor


def api_editor(request: Request) -> str:
    """For API writes: signed in (HTTP Basic, or the session with an X-CSRF-Token header)
    and not sent from another site."""
    editor = require_editor(request)
    same_site(request)
    if not request.state.via_basic and not token_matches(
        request, request.headers.get("x-csrf-token")
    ):
        raise Forbidden("API writes with the session cookie need the X-CSRF-Token header.")
    return editor


def template_context(request: Request) -> dict:
    """What every page may show: the editor signed in, and their CSRF token."""
    return {
        "editor": getattr(request.state, "editor", None),
        "csrf_token": lambda: csrf_token(request),
    }


FormEditor = Annotated[str, Depends(form_editor)]
ApiEditor = Annotated[str, Depends(api_editor)]
