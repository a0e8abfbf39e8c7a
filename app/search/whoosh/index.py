"""Opening the index, its searchers (one per concurrent search) and the per-generation cache
they share."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from app.search.backend import SearchBackendError
from app.search.entity_fields import DOCUMENT_VERSION
from app.search.whoosh.docsets import DocSets
from app.search.whoosh.flush_lengths import read_lengths_once
from app.search.whoosh.generation import GenerationCache, build_cache
from app.search.whoosh.postings_cache import PostingsCache
from app.search.whoosh.schema import build_schema

__all__ = ["GenerationCache", "SearchIndex"]


# Beside the index: the DOCUMENT_VERSION its documents were written with.
VERSION_FILE = "document-version"


def _current(directory: Path) -> bool:
    """Whether the index's documents hold what this version writes (same fields can hold
    other values: cities found through their region came with version 2)."""
    try:
        return (directory / VERSION_FILE).read_text().strip() == str(DOCUMENT_VERSION)
    except (OSError, UnicodeDecodeError):
        return False


def _stamp_version(directory: Path) -> None:
    # A read-only folder: the next writable open rebuilds the index once more.
    with contextlib.suppress(OSError):
        (directory / VERSION_FILE).write_text(f"{DOCUMENT_VERSION}\n")


class SearchIndex:
    """The Whoosh index in ``directory``: created on first use, read by a searcher per
    concurrent search (``idle_searchers`` of them kept open between searches)."""

    def __init__(self, directory: Path, *, idle_searchers: int = 4, create: bool = True) -> None:
        self.directory = directory
        if create:
            directory.mkdir(parents=True, exist_ok=True)
        self.created = False  # True when this open made a new, empty index
        schema = build_schema()
        if not create:
            _require_current(directory, schema)
        if whoosh_index.exists_in(str(directory)):
            self._ix = whoosh_index.open_dir(str(directory))
            if set(self._ix.schema.names()) != set(schema.names()) or not _current(directory):
                # An index from an older version: rebuilt from the database by the caller.
                self._ix = whoosh_index.create_in(str(directory), schema)
                self.created = True
        else:
            self._ix = whoosh_index.create_in(str(directory), schema)
            self.created = True
        if self.created:
            _stamp_version(directory)
        self._idle_kept = idle_searchers
        self._lock = threading.Lock()  # guards the fields below; never held while searching
        self._idle: list[_Slot] = []
        self._current: _Generation | None = None
        self._closed = False
        self._build_lock = threading.Lock()  # one thread builds a new generation's cache

    def writer(self, **kwargs):  # type: ignore[no-untyped-def]
        """A Whoosh writer. Only ingest and reindex write; requests never do.

        Segments are written non-compound: opening a searcher on a compound segment copies
        the whole file into memory (821 MB at 100k articles, see WHOOSH-NOTES)."""
        kwargs.setdefault("compound", False)
        return read_lengths_once(self._ix.writer(**kwargs))

    @contextmanager
    def reading(self) -> Iterator[tuple[Searcher, GenerationCache]]:
        """A searcher of the latest generation, for this thread alone, and its cache."""
        with self.reading_sets() as (searcher, cache, _sets):
            yield searcher, cache

    @contextmanager
    def reading_sets(self) -> Iterator[tuple[Searcher, GenerationCache, DocSets]]:
        """A searcher of the latest generation, its cache and its document sets.

        Whoosh searchers are not thread-safe, so each concurrent search takes its own: an
        idle one if it is up to date, else a new one (a few ms). The cache and the postings
        read are shared by every searcher of a generation; nothing waits for another
        search to finish."""
        slot = self._checkout()
        try:
            yield slot.searcher, slot.generation.cache, slot.sets
        finally:
            self._checkin(slot)

    def _checkout(self) -> _Slot:
        with self._lock:
            slot = self._idle.pop() if self._idle else None
        if slot is not None and not slot.searcher.up_to_date():
            # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it re-reads with reuse=,
            # which keeps segments a merge or a rebuild has removed, and the refreshed
            # searcher then counts those documents twice.
            self._release(slot)
            slot = None
        return slot if slot is not None else self._open_slot()

    def _open_slot(self) -> _Slot:
        while True:
            searcher = self._ix.searcher()
            number = searcher.reader().generation()
            with self._build_lock:
                current = self._current
                if current is None or current.number != number:
                    # The cache keeps this searcher for its own label reads; the search
                    # gets another, which may be of a newer generation still: try again.
                    self._replace_generation(_Generation(searcher, number, self.directory))
                    continue
                with self._lock:
                    current.users += 1
            return _Slot(searcher, current)

    def _replace_generation(self, new: _Generation) -> None:
        with self._lock:
            old, self._current = self._current, new
            stale = [slot for slot in self._idle if slot.generation is not new]
            self._idle = [slot for slot in self._idle if slot.generation is new]
        for slot in stale:
            self._release(slot)
        if old is not None:
            self._retire(old)

    def _checkin(self, slot: _Slot) -> None:
        with self._lock:
            keep = (
                not self._closed
                and slot.generation is self._current
                and len(self._idle) < self._idle_kept
            )
            if keep:
                self._idle.append(slot)
                return
        self._release(slot)

    def _release(self, slot: _Slot) -> None:
        slot.searcher.close()
        with self._lock:
            slot.generation.users -= 1
            retired = slot.generation is not self._current
        if retired:
            self._retire(slot.generation)

    def _retire(self, generation: _Generation) -> None:
        """Close a generation's own searcher once no search uses it."""
        with self._lock:
            done = generation.users == 0 and not generation.closed
            generation.closed |= done
        if done:
            generation.cache.searcher.close()

    def prepare(self) -> None:
        """Open (or refresh) the searcher and build its cache now, saving beside the index
        the arrays of any segment that has none yet and those of this generation: run by
        ingest after its last commit, so that the next server start only loads them, and by
        ``serve`` before it listens."""
        with self.reading_sets():
            pass

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for slot in idle:
            self._release(slot)
        with self._build_lock:
            current = self._current
            with self._lock:
                self._current = None
        if current is not None:
            self._retire(current)


def _require_current(directory: Path, schema) -> None:  # type: ignore[no-untyped-def]
    """Without ``create`` (a read-only folder), an index that is missing or from an older
    version cannot be made anew: SearchBackendError naming the fix."""
    fix = "run `newsarchive reindex` where the folder can be written"
    if not whoosh_index.exists_in(str(directory)):
        raise SearchBackendError(f"there is no search index in {directory}: {fix}")
    if set(whoosh_index.open_dir(str(directory)).schema.names()) != set(schema.names()):
        raise SearchBackendError(f"the search index in {directory} is outdated: {fix}")


class _Generation:
    """What every searcher of one index generation shares: the arrays of its cache (with
    a searcher of its own for label reads) and the postings read so far."""

    def __init__(self, searcher: Searcher, number: int, directory: Path) -> None:
        self.number = number
        self.cache = build_cache(searcher, number, directory)
        self.postings = PostingsCache()
        self.users = 0  # searches' searchers open on this generation
        self.closed = False


class _Slot:
    """One searcher, used by one search at a time, with its document sets."""

    def __init__(self, searcher: Searcher, generation: _Generation) -> None:
        self.searcher = searcher
        self.generation = generation
        self.sets = DocSets(searcher, generation.cache, generation.postings)
