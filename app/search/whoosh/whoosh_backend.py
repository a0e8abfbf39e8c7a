"""``WhooshBackend``: the SearchBackend protocol over the embedded Whoosh index."""

from __future__ import annotations

import gc
import logging
import shutil
import time
import warnings
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import Settings
from app.domain import Article, DateCounts, Hit, SearchPage, SearchRequest
from app.search.backend import IndexedFields, IndexHealth, QueryTooCostly, SearchBackendError
from app.search.whoosh.health import probe
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.indexer import BulkIndexer, delete_articles, index_articles, rebuild_index
from app.search.whoosh.inspection import indexed_article_ids, indexed_fields
from app.search.whoosh.limits import DEFAULT_LIMITS, QueryLimits
from app.search.whoosh.parallel_indexer import ParallelBulkIndexer
from app.search.whoosh.query import (
    count_by_date,
    matching_article_ids,
    run_search,
)
from app.search.whoosh.related import related_hits
from app.search.whoosh.vocabulary import ensure_lexicon_file

log = logging.getLogger(__name__)

# A search that fails asks the health probe whether the index is damaged; its verdict is
# kept this long, so a damaged word searched again and again does not probe each time.
HEALTH_KEPT_S = 30.0


class WhooshBackend:
    """The Whoosh index in one folder (created on first use).

    An index that cannot be opened (a garbled table of contents, say) raises
    SearchBackendError naming the fix; with ``replace_damaged`` (what ``reindex`` asks)
    the damaged folder is moved aside and a new, empty index made in its place."""

    def __init__(
        self,
        directory: Path,
        *,
        limits: QueryLimits = DEFAULT_LIMITS,
        idle_searchers: int = 4,
        rebuild_gap_s: float = 0.0,
        replace_damaged: bool = False,
        create: bool = True,
    ) -> None:
        # Not ``index``: that is the protocol's method that indexes articles.
        opening = {"idle_searchers": idle_searchers, "rebuild_gap_s": rebuild_gap_s}
        self.whoosh_index = _open(directory, opening, replace_damaged, create)
        self.created = self.whoosh_index.created
        self.limits = limits
        self._health: tuple[float, IndexHealth] | None = None  # when probed, the verdict

    @classmethod
    def from_settings(
        cls, settings: Settings, *, replace_damaged: bool = False, create: bool = True
    ) -> WhooshBackend:
        return cls(
            settings.index_dir,
            limits=QueryLimits.from_settings(settings),
            idle_searchers=settings.search_idle_searchers,
            rebuild_gap_s=settings.search_rebuild_gap_s,
            replace_damaged=replace_damaged,
            create=create,
        )

    def search(self, request: SearchRequest) -> SearchPage:
        return self._answering(run_search, self.whoosh_index, request, self.limits)

    def matching_ids(self, request: SearchRequest) -> list[int]:
        return self._answering(matching_article_ids, self.whoosh_index, request, self.limits)

    def date_counts(self, request: SearchRequest, interval: str) -> DateCounts:
        return self._answering(count_by_date, self.whoosh_index, request, interval, self.limits)

    def related(self, article_id: int, limit: int) -> tuple[Hit, ...]:
        return self._answering(related_hits, self.whoosh_index, article_id, limit)

    def _answering(self, function, *args):  # type: ignore[no-untyped-def]
        """``function(*args)``; when it fails and the index is damaged (a garbled posting
        file opens fine, then fails the searches that read the garbled stretch, with
        whatever Whoosh raises), SearchBackendError saying so and naming the fix, instead
        of the error (a 500 with a traceback). Other failures are bugs: raised as they are."""
        try:
            return function(*args)
        except (QueryTooCostly, SearchBackendError):
            raise
        except Exception as error:
            health = self._verdict()
            if health.ok:
                raise
            raise SearchBackendError(
                f"the search index in {self.whoosh_index.directory} is {health.problem}: "
                f"run `{health.fix}` to rebuild it from the database"
            ) from error

    def _verdict(self) -> IndexHealth:
        now = time.monotonic()
        if self._health is None or now - self._health[0] > HEALTH_KEPT_S:
            self._health = (now, probe(self.whoosh_index))
        return self._health[1]

    def index(self, articles: Iterable[Article]) -> int:
        return index_articles(self.whoosh_index, articles)

    def bulk_writer(self, processes: int = 1) -> BulkIndexer | ParallelBulkIndexer:
        if processes > 1:
            return ParallelBulkIndexer(self.whoosh_index, processes)
        return BulkIndexer(self.whoosh_index)

    def delete(self, article_ids: Iterable[int]) -> int:
        return delete_articles(self.whoosh_index, article_ids)

    def indexed_ids(self) -> list[int]:
        return indexed_article_ids(self.whoosh_index)

    def indexed_fields(self, article_ids: Iterable[int]) -> dict[int, IndexedFields]:
        return indexed_fields(self.whoosh_index, article_ids)

    def check(self) -> IndexHealth:
        return probe(self.whoosh_index)

    def rebuild(self, articles: Iterable[Article]) -> int:
        return rebuild_index(self.whoosh_index, articles)

    def clear(self) -> None:
        rebuild_index(self.whoosh_index, ())

    def prepare(self) -> None:
        self.whoosh_index.prepare()
        ensure_lexicon_file(self.whoosh_index.directory)

    def warm_for_serving(self) -> None:
        self.whoosh_index.warm_spelling()

    def size_bytes(self) -> int:
        """The index folder's files."""
        folder = self.whoosh_index.directory
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    def close(self) -> None:
        self.whoosh_index.close()


def _open(
    directory: Path, opening: dict[str, Any], replace_damaged: bool, create: bool = True
) -> SearchIndex:
    # Whoosh leaves the file it failed to read open; it is closed with the error, quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return SearchIndex(directory, create=create, **opening)
        except SearchBackendError:
            raise  # missing or outdated where it cannot be made anew: already one line
        except Exception as error:  # whatever a damaged file raises: no error family
            reason = " ".join(f"{type(error).__name__}: {error}".split())[:160]
            del error
        gc.collect()
    if not replace_damaged:
        raise SearchBackendError(
            f"the search index in {directory} is damaged and cannot be opened ({reason}); "
            "run `newsarchive reindex` to rebuild it from the database"
        )
    aside = directory.with_name(f"{directory.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    shutil.move(directory, aside)
    log.warning("the damaged search index (%s) was moved to %s", reason, aside)
    return SearchIndex(directory, **opening)
