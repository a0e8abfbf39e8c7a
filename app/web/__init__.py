"""The web package: FastAPI app, routes and templates. It calls the archive's search backend
(``app.search.SearchBackend``) and ``app.store.repository`` and never reaches deeper."""

from app.web.application import create_app

__all__ = ["create_app"]
