"""The web package: FastAPI app, routes and templates. It calls ``app.search.run_search`` and
``app.store.repository`` and never reaches deeper."""

from app.web.application import create_app

__all__ = ["create_app"]
