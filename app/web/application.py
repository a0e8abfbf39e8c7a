"""The app factory: ``create_app(settings)`` builds an app over one archive, no globals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import __version__
from app.archive import Archive, open_archive
from app.config import Settings
from app.search import QueryTooCostly
from app.web.errors import BadRequest, Moved, NotFound, WebError
from app.web.routes import api, entities, exports, pages, trends
from app.web.templating import make_templates
from app.web.urls import redirect_location

# Pages load nothing from any other host: researchers work offline and on sensitive topics.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class CachedStaticFiles(StaticFiles):
    """Static assets may be cached by the browser for a day."""

    async def get_response(self, path: str, scope):  # type: ignore[no-untyped-def]
        response = await super().get_response(path, scope)
        response.headers.setdefault("Cache-Control", "public, max-age=86400")
        return response


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
    )
    app.state.archive = archive
    app.state.templates = make_templates(settings)
    app.mount("/static", CachedStaticFiles(directory=str(settings.static_dir)), name="static")
    app.include_router(pages.router)
    app.include_router(entities.router)
    app.include_router(exports.router)
    app.include_router(api.router)
    app.include_router(trends.router)
    _install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if "location" in response.headers:
            response.headers["location"] = redirect_location(response.headers["location"], settings)
        return response

    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        if isinstance(error, Moved):
            query = urlencode(error.params)
            path = error.path or request.url.path
            return RedirectResponse(f"{path}?{query}" if query else path, error.status)
        return render_error(request, error.status, error.title, error.message)

    @app.exception_handler(QueryTooCostly)
    async def too_costly(request: Request, error: QueryTooCostly) -> Response:
        # The user's query, not the server, is at fault: a 400 saying which limit and how
        # to narrow the query.
        return render_error(
            request, BadRequest.status, "This search is too costly", f"{error.limit}. {error.hint}"
        )

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
