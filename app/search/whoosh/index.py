"""Opening the index, one long-lived searcher per process, and its per-generation cache."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from app.search.whoosh.docsets import DocSets
from app.search.whoosh.generation import GenerationCache, build_cache
from app.search.whoosh.schema import build_schema

__all__ = ["GenerationCache", "SearchIndex"]


class SearchIndex:
    """The Whoosh index in ``directory``: created on first use, read by one shared searcher."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.created = False  # True when this open made a new, empty index
        schema = build_schema()
        if whoosh_index.exists_in(str(directory)):
            self._ix = whoosh_index.open_dir(str(directory))
            if set(self._ix.schema.names()) != set(schema.names()):
                # An index from an older version: rebuilt from the database by the caller.
                self._ix = whoosh_index.create_in(str(directory), schema)
                self.created = True
        else:
            self._ix = whoosh_index.create_in(str(directory), schema)
            self.created = True
        self._lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._cache: GenerationCache | None = None
        self._docsets: DocSets | None = None

    def writer(self, **kwargs):  # type: ignore[no-untyped-def]
        """A Whoosh writer. Only ingest and reindex write; requests never do.

        Segments are written non-compound: opening a searcher on a compound segment copies
        the whole file into memory (821 MB at 100k articles, see WHOOSH-NOTES)."""
        kwargs.setdefault("compound", False)
        return self._ix.writer(**kwargs)

    @contextmanager
    def reading(self) -> Iterator[tuple[Searcher, GenerationCache]]:
        """The shared searcher (reopened if the index changed) and its cache."""
        with self.reading_sets() as (searcher, cache, _sets):
            yield searcher, cache

    @contextmanager
    def reading_sets(self) -> Iterator[tuple[Searcher, GenerationCache, DocSets]]:
        """The shared searcher, its cache and its document sets.

        Whoosh searchers are not thread-safe, so requests take turns; a search is a few
        milliseconds, far less than opening a searcher per request would cost.
        """
        with self._lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it re-reads with
                # reuse=, which keeps segments a merge or a rebuild has removed, and the
                # refreshed searcher then counts those documents twice.
                self._searcher.close()
                self._searcher = None
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            generation = self._searcher.reader().generation()
            if self._cache is None or self._cache.generation != generation:
                self._cache = build_cache(self._searcher, generation, self.directory)
                self._docsets = DocSets(self._searcher, self._cache)
            assert self._docsets is not None
            yield self._searcher, self._cache, self._docsets

    def prepare(self) -> None:
        """Open (or refresh) the searcher and build its cache now, saving beside the index
        the arrays of any segment that has none yet and those of this generation: run by
        ingest after its last commit, so that the next server start only loads them, and by
        ``serve`` before it listens."""
        with self.reading_sets():
            pass

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._cache = None
            self._docsets = None
