"""The embedded engine: a Whoosh index in the data folder, searched with numpy arrays read
from its files. The only package that imports Whoosh; the rest of the archive sees it as a
``SearchBackend`` (``WhooshBackend``)."""

from app.search.whoosh.whoosh_backend import WhooshBackend

__all__ = ["WhooshBackend"]
