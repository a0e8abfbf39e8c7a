"""The app factory: ``create_app(settings)`` builds an app over one archive, no globals."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from app import __version__
from app.accounts.failure_records import DatabaseFailures, MemoryFailures
from app.accounts.login_limits import LoginLimiter
from app.accounts.secret_key import session_secret
from app.archive import Archive, open_archive
from app.config import Settings
from app.search import QueryTooCostly, SearchBackendError
from app.store.corrections import CorrectionRefused
from app.web.api_docs import install_api_docs
from app.web.auth import REALM, identify
from app.web.errors import BadRequest, Moved, NotFound, TooMany, Unauthorized, WebError
from app.web.middleware import RequestGate, SecurityHeaders
from app.web.routes import (
    account,
    api,
    collection_pages,
    correction_pages,
    corrections_api,
    entities,
    exports,
    pages,
    region_pages,
    trends,
)
from app.web.templating import CachedStaticFiles, Templates

log = logging.getLogger(__name__)

# Pages load nothing from any other host: researchers work offline and on sensitive topics.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


def create_app(settings: Settings, archive: Archive | None = None) -> FastAPI:
    """An app over ``archive``, or over the archive the settings name (opened and closed with
    the app)."""
    owned = archive is None
    archive = archive or open_archive(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            archive.close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsarchive",
        version=__version__,
        description="Search an archive of conflict news; filter by person and city.",
        docs_url=None,  # served by app.web.api_docs, with no CDN
        redoc_url=None,
    )
    app.state.archive = archive
    app.state.templates = Templates(settings, read_only=archive.read_only)
    app.state.private = settings.private  # the app's settings decide, not the archive's
    app.state.login_limiter = _login_limiter(settings, archive)
    app.mount("/static", CachedStaticFiles(directory=str(settings.static_dir)), name="static")
    app.include_router(pages.router)
    app.include_router(entities.router)
    app.include_router(region_pages.router)
    app.include_router(region_pages.api_router)
    app.include_router(exports.router)
    app.include_router(api.router)
    app.include_router(trends.router)
    app.include_router(corrections_api.router)
    app.include_router(account.router)
    app.include_router(correction_pages.router)
    app.include_router(collection_pages.router)
    install_api_docs(app)
    _install_error_handlers(app)
    # Each added layer wraps the ones added before it.
    app.add_middleware(RequestGate, gate=identify)  # inside the headers: its answers get them
    if archive.read_only:
        app.add_middleware(RequestGate, gate=_refuse_writes)
    app.add_middleware(SecurityHeaders, settings=settings, policy=CONTENT_SECURITY_POLICY)

    # Outermost, so every other layer sees the session. Signed (itsdangerous), HttpOnly,
    # SameSite=Lax: other sites' pages cannot read it, and their posts do not carry it.
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings),
        session_cookie="newsarchive_session",
        max_age=14 * 24 * 3600,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    return app


def _login_limiter(settings: Settings, archive: Archive) -> LoginLimiter:
    """Failed sign-ins counted in the database, shared by every worker and machine; an
    archive whose folder is read-only cannot write them and counts in this process."""
    record = MemoryFailures() if archive.read_only else DatabaseFailures(archive.sessions)
    return LoginLimiter(record, settings.login_max_failures, settings.login_window_s)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        if isinstance(error, Moved):
            query = urlencode(error.params)
            path = error.path or request.url.path
            return RedirectResponse(f"{path}?{query}" if query else path, error.status)
        response = render_error(request, error.status, error.title, error.message)
        if isinstance(error, Unauthorized) and request.url.path.startswith("/api/"):
            response.headers["WWW-Authenticate"] = REALM
        if isinstance(error, TooMany):
            response.headers["Retry-After"] = str(error.retry_after)
        return response

    @app.exception_handler(CorrectionRefused)
    async def refused(request: Request, error: CorrectionRefused) -> Response:
        titles = {404: NotFound.title, 409: "This cannot be done now"}
        return render_error(
            request, error.status, titles.get(error.status, BadRequest.title), error.message
        )

    @app.exception_handler(QueryTooCostly)
    async def too_costly(request: Request, error: QueryTooCostly) -> Response:
        # The user's query, not the server, is at fault: a 400 saying which limit and how
        # to narrow the query.
        return render_error(
            request, BadRequest.status, "This search is too costly", f"{error.limit}. {error.hint}"
        )

    @app.exception_handler(SearchBackendError)
    async def index_unusable(request: Request, error: SearchBackendError) -> Response:
        # A damaged index (or an unreachable search server) answers what it still can;
        # what it cannot is a 503 naming the fix, one line in the log, and from then on
        # every page of this process says what is wrong.
        log.warning("%s %s: %s", request.method, request.url.path, error)
        request.app.state.templates.env.globals["index_problem"] = str(error)
        return render_error(request, 503, "The search index cannot answer", str(error))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors()
        )
        return render_error(request, BadRequest.status, BadRequest.title, problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        title = NotFound.title if error.status_code == 404 else "Request refused"
        message = (
            "There is no page at this address." if error.status_code == 404 else str(error.detail)
        )
        return render_error(request, error.status_code, title, message)


READ_ONLY_TITLE = "This archive is read-only"
# Requests that never write: everything else (signing in, corrections, collections) does.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def _refuse_writes(request: Request) -> Response | None:
    """On an archive served from a read-only data folder every request that would write
    gets a 503 saying so, before any route tries (and fails on the database)."""
    if request.method in SAFE_METHODS:
        return None
    return render_error(
        request,
        503,
        READ_ONLY_TITLE,
        "Its data folder cannot be written, so signing in, corrections and collections are "
        "off; searching and reading work. Serve a writable copy of the archive to edit it.",
    )


def render_error(request: Request, status: int, title: str, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse(
            {"error": {"status": status, "title": title, "message": message}}, status
        )
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "title": title, "message": message},
        status_code=status,
    )
