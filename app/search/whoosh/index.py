"""Opening the index, its searchers (one per concurrent search) and the per-generation cache
they share."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import TOC, FileIndex
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from app.search.backend import SearchBackendError
from app.search.entity_fields import DOCUMENT_VERSION
from app.search.whoosh.docsets import DocSets
from app.search.whoosh.fast_flush import write_postings_fast
from app.search.whoosh.flush_lengths import read_lengths_once
from app.search.whoosh.generation import GenerationCache, build_cache
from app.search.whoosh.posting_pool import sort_postings_fast
from app.search.whoosh.postings_cache import PostingsCache
from app.search.whoosh.schema import build_schema
from app.search.whoosh.segment_terms import SegmentTermFrequencies
from app.search.whoosh.spelling import SPELLER, Speller, generation_speller

log = logging.getLogger(__name__)

__all__ = ["GenerationCache", "SearchIndex"]


# How often searches look for a generation committed by another process (listing the
# index folder): its build takes longer than this anyway, and runs in the background.
LOOK_EVERY_S = 0.25

# A server makes its spelling dictionary once it has answered its first search (or this
# long after it starts when nobody searches) and no search has come for SPELLING_IDLE_S.
SPELLING_AT_LATEST_S = 3.0
SPELLING_IDLE_S = 0.5

# Beside the index: the DOCUMENT_VERSION its documents were written with.
VERSION_FILE = "document-version"


def _fast(writer):  # type: ignore[no-untyped-def]
    """A Whoosh writer with the same output and a cheaper flush: field lengths read once
    (flush_lengths), postings sorted by field and term (posting_pool), written in one
    loop (fast_flush)."""
    return write_postings_fast(sort_postings_fast(read_lengths_once(writer)))


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
    concurrent search (``idle_searchers`` of them kept open between searches). While
    another process keeps committing, a newer generation is built at most once per
    ``rebuild_gap_s`` seconds after the previous build ended (see ``_serving``)."""

    def __init__(
        self,
        directory: Path,
        *,
        idle_searchers: int = 4,
        rebuild_gap_s: float = 0.0,
        create: bool = True,
    ) -> None:
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
        self._rebuild_gap_s = rebuild_gap_s
        self._lock = threading.Lock()  # guards the fields below; never held while searching
        self._idle: list[_Slot] = []  # searchers of the served generation, free
        self._current: _Generation | None = None  # the generation searches are served from
        self._closed = False
        self._building = False  # a newer generation is being built in the background
        self._own_commit = False  # this process committed since its last refresh
        self._looked_at = -LOOK_EVERY_S  # when a search last looked for a newer generation
        self._failed: int | None = None  # a generation whose background build failed
        self._built_at = -rebuild_gap_s  # when the last background build ended
        self._build_lock = threading.Lock()  # one thread builds a generation at a time
        self._answered = threading.Event()  # set once a search has been answered
        self._answered_at = -SPELLING_IDLE_S  # when the last search was answered
        self._searching = 0  # searches under way
        # Read per segment, so kept across generations (related articles' key terms).
        self.term_frequencies = SegmentTermFrequencies()

    def writer(self, **kwargs):  # type: ignore[no-untyped-def]
        """A Whoosh writer. Only ingest and reindex write; requests never do.

        Segments are written non-compound: opening a searcher on a compound segment copies
        the whole file into memory (821 MB at 100k articles, see WHOOSH-NOTES). After its
        commit, this process's next search builds the new generation before it runs, so
        that what the process wrote is found at once."""
        kwargs.setdefault("compound", False)
        writer = _fast(self._ix.writer(**kwargs))
        commit = writer.commit

        def commit_then_serve(*args, **kw):  # type: ignore[no-untyped-def]
            commit(*args, **kw)
            self._own_commit = True

        writer.commit = commit_then_serve
        return writer

    def sub_writer(self, **kwargs):  # type: ignore[no-untyped-def]
        """An unlocked writer of one new segment, for a process forked by a writer that holds
        the lock, which commits the segment (parallel_indexer); non-compound, like ``writer``."""
        kwargs.setdefault("compound", False)
        return _fast(SegmentWriter(self._ix, _lk=False, **kwargs))

    @contextmanager
    def reading(self) -> Iterator[tuple[Searcher, GenerationCache]]:
        """A searcher of the served generation, for this thread alone, and its cache."""
        with self.reading_sets() as (searcher, cache, _sets):
            yield searcher, cache

    @contextmanager
    def reading_sets(self) -> Iterator[tuple[Searcher, GenerationCache, DocSets]]:
        """A searcher of the served generation, its cache and its document sets.

        Whoosh searchers are not thread-safe, so each concurrent search takes its own: an
        idle one, else a new one (a few ms). The cache and the postings read are shared by
        every searcher of a generation; nothing waits for another search to finish, nor
        for a newer generation to be built (see ``_serving``)."""
        with self._lock:
            self._searching += 1
        try:
            slot = self._checkout()
            try:
                yield slot.searcher, slot.generation.cache, slot.sets
            finally:
                self._checkin(slot)
        finally:
            with self._lock:
                self._searching -= 1

    def refresh(self) -> None:
        """Serve the latest generation on disk, built now if it is not served yet: after
        this process's own commits (what it wrote is then found at once), before a server
        listens, and by the background build of another process's commit."""
        self._refreshed()

    def _refreshed(self, searchers: int = 0) -> _Generation:
        """The latest generation, built and served if it was not; a new one comes with
        ``searchers`` idle searchers opened for it."""
        with self._build_lock:
            current = self._current
            if current is not None and current.number == self._ix.latest_generation():
                return current
            searcher, number = self._open_latest()
            if current is not None and number == current.number:
                searcher.close()
                return current
            try:
                new = _Generation(searcher, number, self.directory, current)
                idle = self._open_slots(new, searchers)
            except BaseException:
                searcher.close()
                raise
            self._replace_generation(new, idle)
            return new

    def _open_slots(self, generation: _Generation, count: int) -> list[_Slot]:
        slots = []
        for _ in range(count):
            searcher = self._searcher_of(generation.number)
            if searcher is None:
                break
            generation.users += 1  # not served yet: no other thread sees it
            slots.append(_Slot(searcher, generation))
        return slots

    def _open_latest(self) -> tuple[Searcher, int]:
        """A searcher of the latest generation and its number (an empty index's reader
        has none), trying again if a commit deletes the files as they are opened."""
        for _ in range(10):
            latest = self._ix.latest_generation()
            searcher = self._searcher_of(latest)
            if searcher is not None:
                return searcher, latest
        searcher = self._ix.searcher()  # raises what keeps the index from opening
        return searcher, searcher.reader().generation() or self._ix.latest_generation()

    def _serving(self) -> _Generation:
        """The generation a search runs on: the latest one built. When another process
        (an ingest) has committed a newer one, it is built in a background thread while
        searches go on with this one, and replaces it once complete: its arrays, and its
        spelling dictionary, took seconds to build, and the searches that came first
        waited for them. Only a process's first search, and its first after a commit of
        its own, wait for a generation.

        Each build costs a second or more of CPU that the searches need: during an ingest,
        which commits every few seconds, builds back to back took a core from a two-core
        server (8 clients' p95 243 ms against 138 ms with builds 5 s apart). So a build
        starts only ``rebuild_gap_s`` after the previous one ended; the first commit after
        a quiet spell is taken at once."""
        current = self._current
        if current is None or self._own_commit:
            self._own_commit = False
            return self._refreshed()
        now = time.monotonic()
        if now - self._looked_at >= LOOK_EVERY_S and now - self._built_at >= self._rebuild_gap_s:
            # Not locked: two searches looking at once only list the folder twice.
            self._looked_at = now
            latest = self._ix.latest_generation()
            if latest > current.number:
                self._build_in_background(latest)
        return current

    def _build_in_background(self, latest: int) -> None:
        with self._lock:
            if self._building or self._closed or self._failed == latest:
                return
            self._building = True
        threading.Thread(
            target=self._build_latest, args=(latest,), name="search-generation", daemon=True
        ).start()

    def _build_latest(self, latest: int) -> None:
        try:
            # With its searchers open, so that the searches that come first after the swap
            # do not each open one.
            self._refreshed(searchers=self._idle_kept)
        except Exception as error:  # whatever a damaged segment raises
            # Not tried again: searches keep the generation they have, and `check` names
            # the damage.
            log.warning(
                "the search index's generation %s could not be read, searches keep the "
                "previous one: %s: %s",
                latest,
                type(error).__name__,
                error,
            )
            with self._lock:
                self._failed = latest
        finally:
            with self._lock:
                self._building = False
                self._built_at = time.monotonic()

    def _checkout(self) -> _Slot:
        current = self._serving()
        with self._lock:
            slot = self._idle.pop() if self._idle else None
        return slot if slot is not None else self._open_slot(current)

    def _open_slot(self, generation: _Generation) -> _Slot:
        """A new searcher of ``generation``, or of the latest one when its files are gone
        (an ingest's merge deleted the segments it read)."""
        while True:
            if self._closed:
                raise SearchBackendError("the search index was closed")
            searcher = self._searcher_of(generation.number)
            if searcher is not None:
                with self._lock:
                    if not generation.closed:
                        generation.users += 1
                        return _Slot(searcher, generation)
                searcher.close()  # retired meanwhile: a newer one is served
            newer = self._current if generation is not self._current else None
            if newer is None:
                newer = self._refreshed()
                if newer is generation:  # the latest, yet its files cannot be opened
                    raise SearchBackendError(
                        f"the search index in {self.directory} is missing files; "
                        "run `newsarchive reindex` to rebuild it from the database"
                    )
            generation = newer

    def _searcher_of(self, number: int) -> Searcher | None:
        """A new searcher of generation ``number`` (not necessarily the latest on disk), or
        None when its files have been deleted."""
        storage = self._ix.storage
        try:
            toc = TOC.read(storage, self._ix.indexname, gen=number, schema=self._ix._schema)
            reader = FileIndex._reader(storage, toc.schema, toc.segments, toc.generation)
        except FileNotFoundError:
            return None
        return Searcher(reader, fromindex=self._ix)

    def _replace_generation(self, new: _Generation, idle: list[_Slot]) -> None:
        with self._lock:
            if self._closed:
                new.closed = True
            else:
                old, self._current = self._current, new
                stale, self._idle = self._idle, idle
        if new.closed:  # the index was closed while this generation was built
            for slot in idle:
                slot.searcher.close()
            new.cache.searcher.close()
            return
        for slot in stale:
            self._release(slot)
        if old is not None:
            self._retire(old)
        self.term_frequencies.forget_others(new.cache.searcher.reader())

    def _checkin(self, slot: _Slot) -> None:
        self._answered_at = time.monotonic()
        self._answered.set()
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
        """Build the latest generation now, saving beside the index the arrays of any
        segment that has none yet and those of this generation: run by ingest after each
        commit, so that a server only loads them, and by ``serve`` before it listens."""
        self.refresh()

    def warm_spelling(self, at_latest_s: float = SPELLING_AT_LATEST_S) -> threading.Thread:
        """Make the served generation's spelling dictionary in a background thread (a
        server does this as it starts): the first misspelled search then finds it made,
        or waits for it rather than making it. Later generations make theirs from it as
        they are built. Returns the thread making it.

        It starts once this index has answered a search (or after ``at_latest_s``), no
        search is under way and none has come for ``SPELLING_IDLE_S``: made beside the searches (a
        second of CPU at 100,000 articles, under the same interpreter lock), it took a
        third of a server's time to its first answer, then slowed the searches after it.
        A misspelled search that comes first makes it itself."""
        generation = self._refreshed()

        def make() -> None:
            self._answered.wait(at_latest_s)
            # Not while a search is under way either: on a loaded machine the first one
            # can come after ``at_latest_s`` (a server's start took 5-8 s with load 6 on
            # the 2 cores), and it then shared the interpreter with this.
            while not self._closed:
                if self._searching:
                    time.sleep(0.05)
                    continue
                quiet = time.monotonic() - self._answered_at
                if quiet >= SPELLING_IDLE_S:
                    break
                time.sleep(SPELLING_IDLE_S - quiet)
            if self._closed:
                return  # closed meanwhile: nothing to make it for
            try:
                # Under the build lock: a newer generation built meanwhile then finds it.
                with self._build_lock:
                    searcher = self._searcher_of(generation.number)
                    if searcher is None:
                        return  # already replaced: the new one made its own
                    try:
                        generation_speller(searcher.reader(), generation.cache, self.directory)
                    finally:
                        searcher.close()
            except Exception as error:  # made by the first misspelled search instead
                log.warning("the spelling dictionary could not be made: %s", error)

        thread = threading.Thread(target=make, name="search-spelling", daemon=True)
        thread.start()
        return thread

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
    a searcher of its own for label reads), the postings read so far and, when the
    generation it replaces had one, its spelling dictionary (made from that one's)."""

    def __init__(
        self,
        searcher: Searcher,
        number: int,
        directory: Path,
        previous: _Generation | None = None,
    ) -> None:
        self.number = number
        self.cache = build_cache(searcher, number, directory)
        self.postings = PostingsCache()
        self.users = 0  # searches' searchers open on this generation
        self.closed = False
        earlier = previous.cache.built(SPELLER) if previous is not None else None
        if isinstance(earlier, Speller):
            # Not served yet: its own searcher is this thread's alone.
            generation_speller(searcher.reader(), self.cache, directory, earlier)


class _Slot:
    """One searcher, used by one search at a time, with its document sets."""

    def __init__(self, searcher: Searcher, generation: _Generation) -> None:
        self.searcher = searcher
        self.generation = generation
        self.sets = DocSets(searcher, generation.cache, generation.postings)
