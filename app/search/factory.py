"""Choosing the search engine from the settings.

No ``NEWSARCHIVE_SEARCH_URL``: the embedded Whoosh index in the data folder, the default,
nothing to run. ``solr://HOST:PORT[,HOST:PORT...]/solr/COLLECTION``: a SolrCloud collection
(app/search/solr/). Any other URL is refused with a message saying so rather than silently
searching the embedded index while the operator believes a cluster is used.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from app.config import Settings
from app.search.backend import SearchBackend, SearchBackendError

# URL schemes of the search servers this version can use, and the engine each names.
SUPPORTED_SCHEMES: dict[str, str] = {"solr": "SolrCloud"}


def import_backend(settings: Settings) -> None:
    """Import the code of the embedded engine when the settings choose it, without opening
    anything: ``serve`` does this among its other start-up imports, with the garbage
    collector off (app/heap.py), instead of while it opens the archive. A cluster's client
    is imported when it is opened, as before (its library may be missing)."""
    if settings.search_url is None:
        import app.search.whoosh  # noqa: F401


def open_backend(
    settings: Settings, *, replace_damaged: bool = False, create: bool = True
) -> SearchBackend:
    """The search engine the settings name, opened (an embedded index is created if new).

    An index that cannot be opened raises SearchBackendError, or with ``replace_damaged``
    (for a rebuild from the database) is set aside and replaced by an empty one. Without
    ``create`` (a read-only data folder) a missing embedded index raises too."""
    if settings.search_url is None:
        # Imported here so that reading the settings never loads Whoosh.
        from app.search.whoosh import WhooshBackend

        return WhooshBackend.from_settings(settings, replace_damaged=replace_damaged, create=create)
    scheme = urlsplit(settings.search_url).scheme or "(none)"
    if scheme == "solr":
        # Imported here so that the embedded default never loads pysolr.
        try:
            from app.search.solr import SolrBackend
        except ImportError:
            raise SearchBackendError(
                f"NEWSARCHIVE_SEARCH_URL={settings.search_url}: SolrCloud needs pysolr; "
                'install the cluster extra: pip install -e ".[cluster]"'
            ) from None
        return SolrBackend.from_settings(settings)
    raise SearchBackendError(
        f"NEWSARCHIVE_SEARCH_URL={settings.search_url}: the scheme {scheme!r} names no "
        "search engine this version supports; unset NEWSARCHIVE_SEARCH_URL to use the "
        "embedded index in the data folder"
    )
