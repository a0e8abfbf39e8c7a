"""``WhooshBackend``: the SearchBackend protocol over the embedded Whoosh index."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.config import Settings
from app.domain import Article, Hit, SearchPage, SearchRequest
from app.search.backend import IndexedFields, IndexHealth
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.indexer import BulkIndexer, delete_articles, index_articles, rebuild_index
from app.search.whoosh.inspection import indexed_article_ids, indexed_fields
from app.search.whoosh.limits import DEFAULT_LIMITS, QueryLimits
from app.search.whoosh.query import matching_article_ids, related_hits, run_search


class WhooshBackend:
    """The Whoosh index in one folder (created on first use)."""

    def __init__(
        self, directory: Path, *, limits: QueryLimits = DEFAULT_LIMITS, idle_searchers: int = 4
    ) -> None:
        # Not ``index``: that is the protocol's method that indexes articles.
        self.whoosh_index = SearchIndex(directory, idle_searchers=idle_searchers)
        self.created = self.whoosh_index.created
        self.limits = limits

    @classmethod
    def from_settings(cls, settings: Settings) -> WhooshBackend:
        return cls(
            settings.index_dir,
            limits=QueryLimits.from_settings(settings),
            idle_searchers=settings.search_idle_searchers,
        )

    def search(self, request: SearchRequest) -> SearchPage:
        return run_search(self.whoosh_index, request, self.limits)

    def matching_ids(self, request: SearchRequest) -> list[int]:
        return matching_article_ids(self.whoosh_index, request, self.limits)

    def related(self, article_id: int, limit: int) -> tuple[Hit, ...]:
        return related_hits(self.whoosh_index, article_id, limit)

    def index(self, articles: Iterable[Article]) -> int:
        return index_articles(self.whoosh_index, articles)

    def bulk_writer(self) -> BulkIndexer:
        return BulkIndexer(self.whoosh_index)

    def delete(self, article_ids: Iterable[int]) -> int:
        return delete_articles(self.whoosh_index, article_ids)

    def indexed_ids(self) -> list[int]:
        return indexed_article_ids(self.whoosh_index)

    def indexed_fields(self, article_ids: Iterable[int]) -> dict[int, IndexedFields]:
        return indexed_fields(self.whoosh_index, article_ids)

    def check(self) -> IndexHealth:
        return IndexHealth(documents=len(self.indexed_ids()))

    def rebuild(self, articles: Iterable[Article]) -> int:
        return rebuild_index(self.whoosh_index, articles)

    def clear(self) -> None:
        rebuild_index(self.whoosh_index, ())

    def prepare(self) -> None:
        self.whoosh_index.prepare()

    def close(self) -> None:
        self.whoosh_index.close()
