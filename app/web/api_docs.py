"""The API's documentation page, /docs (Swagger UI), served entirely by the archive:
FastAPI's own page loads Swagger UI from a CDN, which the site's Content-Security-Policy
blocks (a blank page) and which researchers offline cannot reach.

The JavaScript and CSS come from the installed ``fastapi-offline`` package (its
``static/`` folder holds the Swagger UI 5 bundle); the page and its start-up script are
ours, because FastAPI's page starts Swagger UI with an inline script, which the policy
forbids. Swagger UI then runs under the site's policy unchanged.

ReDoc is not offered: its bundle (also in ``fastapi-offline``) inserts <style> elements,
which the policy forbids, and always loads its logo from cdn.redoc.ly. /redoc leads to
/docs instead.
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.web.templating import CachedStaticFiles

ASSETS_URL = "/docs-assets"
ASSETS_DIR = files("fastapi_offline") / "static"


def install_api_docs(app: FastAPI) -> None:
    """Mount the bundle and add /docs (the app is built with docs_url=None)."""
    app.mount(ASSETS_URL, CachedStaticFiles(directory=str(ASSETS_DIR)), name="docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def swagger_ui(request: Request):  # type: ignore[no-untyped-def]
        context = {
            "title": f"{app.title} API",
            "openapi_url": app.openapi_url,
            "assets": ASSETS_URL,
        }
        return app.state.templates.TemplateResponse(request, "api_docs.html", context)

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> RedirectResponse:
        # A relative redirect: never built from the request's Host header.
        return RedirectResponse("/docs", status_code=308)
