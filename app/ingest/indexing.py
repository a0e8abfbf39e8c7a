"""Keeping the index in step with the database: index what is stored but not yet indexed,
or rebuild the index from scratch. Kept apart from the pipeline so that ``serve`` can catch
the index up without importing the extraction stack (a second of start-up).

An article is marked indexed only once the commit that holds it is done, so an ingest
killed at any moment leaves unmarked articles that the next run indexes (by id: one that
the index already had replaces itself). Articles are claimed before they are read, so one
changed between the read and the commit stays unindexed and is indexed again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import threading
import time
import traceback
from collections.abc import Iterable, Sequence

from app.archive import Archive
from app.domain import Article
from app.heap import long_lived
from app.search import SearchBackend, open_backend
from app.store import db, repository

log = logging.getLogger(__name__)

# Articles per database transaction (ingest's batches) and per read when indexing: large
# enough that per-batch overhead does not dominate, small enough that an interruption
# loses little work.
BATCH_SIZE = 200

# The background process is the slowest stage of a large ingest (at 100k the last batch
# was stored at ~11 min, the index done at ~18), and the end of the ingest re-indexes
# every article its entity rules and known-names and known-places passes change (75% of
# 10k synthetic articles), so an article still queued when the last batch is stored was
# indexed twice, ~2 ms of CPU each time. When at least this many are still queued, they
# are left unindexed (marked so in the database, as always) and the end of the ingest
# indexes them once, as they end up. Fewer are indexed as before: the difference is small
# and the index keeps the same segments.
LEAVE_QUEUED_FROM = 2_000

# The background process is given a large ingest's first articles only, so a running
# server finds them early (its first commit comes at 2,000, commit_due); the rest are
# indexed once, after the entities are settled, with the work spread over the processes
# the extraction workers had (they are done by then). Indexed while storing, ~75% of
# them were indexed again after the settle (10k synthetic articles) and the indexer took
# a core from the extraction: indexing each article once, at the end, in parallel, is
# ~22% less CPU at 10k (bench/results/2026-11-30-session6/ingest-profile.txt).
INDEXED_WHILE_STORING = 2_000
# Pending articles from which index_pending spreads the indexing over several processes:
# each adds one index segment, and forking costs a few tens of milliseconds.
PARALLEL_FROM = 2_000


class _Follower:
    """Indexes the given stored articles through one long-lived writer, committing when the
    search engine says a commit is due, and marks them indexed after each commit."""

    def __init__(  # type: ignore[no-untyped-def]
        self, archive_sessions, search: SearchBackend, *, after_commit=None, processes: int = 1
    ) -> None:
        self.sessions = archive_sessions
        self.bulk = search.bulk_writer(processes)
        self.after_commit = after_commit  # called after each commit that held articles
        self.indexed = 0
        self.seconds = 0.0

    def add(self, article_ids: Sequence[int]) -> None:
        started = time.perf_counter()
        try:
            for start in range(0, len(article_ids), BATCH_SIZE):
                chosen = article_ids[start : start + BATCH_SIZE]
                with self.sessions() as session, session.begin():
                    repository.claim_for_indexing(session, article_ids=chosen)
                with self.sessions() as session:
                    articles = repository.load_articles(session, article_ids=chosen)
                self.bulk.add(articles)
                if self.bulk.due():
                    self.commit()
        except BaseException:
            self.bulk.cancel()
            raise
        finally:
            self.seconds += time.perf_counter() - started

    def commit(self) -> None:
        ids = self.bulk.commit()
        if ids:
            with self.sessions() as session, session.begin():
                repository.mark_claimed_indexed(session, article_ids=ids)
            self.indexed += len(ids)
            if self.after_commit is not None:
                self.after_commit()


def index_pending(archive: Archive, *, processes: int = 1) -> int:
    """Index every stored primary article the index does not have yet, over up to
    ``processes`` processes when there are at least PARALLEL_FROM."""
    with archive.sessions() as session:
        pending = repository.unindexed_article_ids(session)
    if len(pending) < PARALLEL_FROM:
        processes = 1
    follower = _Follower(archive.sessions, archive.search, processes=processes)
    follower.add(pending)
    follower.commit()
    return follower.indexed


class BackgroundIndexer:
    """Indexes stored articles in a child process while this one extracts and stores.

    Whoosh indexing is pure Python (~5 ms of CPU an article), as much as extraction and
    storing together, so done in the ingest process it left the second core mostly idle.
    The child reads the articles from the database itself (only ids cross), keeps one
    writer open, commits when the engine says so and marks what it committed. It is the
    index's only writer while it runs.
    """

    def __init__(self, archive: Archive) -> None:
        context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        )
        self._jobs = context.Queue()
        self._results = context.Queue()
        self._leave = context.Event()
        self._process = context.Process(
            target=_follow,
            args=(archive.settings, self._jobs, self._results, self._leave, os.getpid()),
            name="newsarchive-indexer",
            daemon=True,
        )
        self._process.start()
        self._finished: tuple[int, int, float] | None = None

    def add(self, article_ids: Sequence[int]) -> None:
        if article_ids:
            self._jobs.put(list(article_ids))

    def finish(self, *, leave_queued: bool = False) -> tuple[int, int, float]:
        """Wait for the child to index and commit everything sent, or with
        ``leave_queued`` what it has started on, leaving what is still queued unindexed
        if that is at least LEAVE_QUEUED_FROM articles; returns (articles indexed, articles
        left, seconds the child spent indexing)."""
        if self._finished is not None:
            return self._finished
        if leave_queued:
            self._leave.set()
        self._jobs.put(None)
        while True:
            try:
                outcome = self._results.get(timeout=1)
                break
            except Exception:  # queue.Empty: still working, unless it died
                if not self._process.is_alive():
                    raise RuntimeError(
                        f"the indexing process died (exit code {self._process.exitcode}); "
                        "the next run indexes what it left"
                    ) from None
        self._process.join()
        if isinstance(outcome, BaseException):
            raise outcome  # the child's own error (a full disk, a locked database...)
        self._finished = outcome
        return outcome


def _follow(settings, jobs, results, leave, parent: int) -> None:  # type: ignore[no-untyped-def]
    # Killed with its parent (kill -9 leaves no time to stop it), it must not wait forever.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        with long_lived():  # and what this process inherited
            engine = db.make_engine(settings)  # never the parent's connections
            search = open_backend(settings)
        # The search arrays of each committed segment (and, once, the spelling lexicon)
        # are built here, right after the commit, while the ingest process stores the
        # next batches: built at the end of the ingest, they were a step nothing else
        # overlapped (3.4 s of a 38 s ingest of 2,000 articles, most of it the lexicon).
        follower = _Follower(db.make_sessionmaker(engine), search, after_commit=search.prepare)
        left = 0
        while (article_ids := jobs.get()) is not None:
            if leave.is_set():
                left = _leave_or_index(follower, article_ids, jobs)
                break
            follower.add(article_ids)
        started = time.perf_counter()
        follower.commit()
        follower.seconds += time.perf_counter() - started
        search.close()
        engine.dispose()
        results.put((follower.indexed, left, follower.seconds))
    except BaseException as error:
        results.put(_portable(error))


def _leave_or_index(follower: _Follower, first: list[int], jobs) -> int:  # type: ignore[no-untyped-def]
    """The queued jobs from ``first`` on: left unindexed if they hold at least
    LEAVE_QUEUED_FROM articles (returns how many), else indexed (returns 0)."""
    queued = [first]
    while (more := jobs.get()) is not None:
        queued.append(more)
    count = sum(len(ids) for ids in queued)
    if count >= LEAVE_QUEUED_FROM:
        return count
    for ids in queued:
        follower.add(ids)
    return 0


def _portable(error: BaseException) -> BaseException:
    """The child's error as the parent can receive it: the exception itself when it can be
    pickled (so the CLI still sees an OSError's errno), else its traceback as text."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        trace = "".join(traceback.format_exception(error))
        return RuntimeError(f"indexing failed; the next run indexes what it left:\n{trace}")
    return error


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def reindex(archive: Archive) -> int:
    """Rebuild the index from the database, the source of truth: every primary article
    (near-duplicates are shown through their primary)."""
    with archive.sessions() as session, session.begin():
        ids = repository.primary_article_ids(session)
        repository.claim_for_indexing(session, article_ids=ids)

    def articles() -> Iterable[Article]:
        for start in range(0, len(ids), BATCH_SIZE):
            with archive.sessions() as session:
                yield from repository.load_articles(
                    session, article_ids=ids[start : start + BATCH_SIZE]
                )

    count = archive.search.rebuild(articles())
    with archive.sessions() as session, session.begin():
        repository.mark_claimed_indexed(session, article_ids=ids)
    return count
