"""The search package: the only code that imports Whoosh.

whoosh-reloaded is no longer maintained, so everything Whoosh-specific stays behind this
package's small interface (``SearchIndex``, ``index_articles``, ``run_search``) and could be
replaced without touching ingest or the web code.
"""

from app.search.index import SearchIndex
from app.search.indexer import index_articles, rebuild_index
from app.search.inspect import IndexedFields, indexed_article_ids, indexed_fields
from app.search.query import matching_article_ids, related_hits, run_search

__all__ = [
    "IndexedFields",
    "SearchIndex",
    "index_articles",
    "indexed_article_ids",
    "indexed_fields",
    "matching_article_ids",
    "rebuild_index",
    "related_hits",
    "run_search",
]
