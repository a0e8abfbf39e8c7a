"""A bulk load of the index spread over several processes.

Whoosh indexes in pure Python (~2.5 ms of CPU an article: postings, then the segment's
flush at commit), so one writer keeps one core busy while the others idle. At the end of
a large ingest nothing else runs: the extraction workers are done. Here the ingest
process turns articles into documents and forks sub-writers that each write a segment of
their share; the parent keeps the index's lock, deletes the documents being replaced and
commits the new segments together, as Whoosh's own ``MpWriter`` does with
``multisegment=True``. Unlike ``MpWriter``, a sub-writer that dies or fails is an error
here, never a segment quietly left out (its articles would be marked indexed and never be
found), and each sub-writer flushes with the field lengths read once (flush_lengths).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
from collections.abc import Iterable

from app.domain import Article
from app.search.backend import SearchBackendError
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.indexer import MAX_SEGMENTS, document, merge_smallest

# Documents per message to a sub-writer: large enough that pickling and the queue cost
# little, small enough that the sub-writers share the work evenly.
DOCUMENTS_PER_JOB = 100
# Jobs waiting for a sub-writer at most: the parent waits rather than holding every
# document of a large load in memory.
JOBS_QUEUED = 8
# Postings a sub-writer holds before it closes its segment and begins the next, in Whoosh's
# estimate of their size (~19,000 synthetic articles; ~1.1 GB of the sub-writer's memory):
# a 100k bulk load is 6 segments, as many as the geometric commits made (indexer.py).
SEGMENT_MEMORY_MB = 1024
MB = 1024 * 1024
JOB_ROOM_MB = 256
# How long the commit waits for a sub-writer's segment between checks that it is alive.
WAIT_S = 1.0


class ParallelBulkIndexer:
    """A BulkWriter whose documents are indexed by ``processes`` forked sub-writers.

    It commits only when asked (``due`` is always false): a bulk load is one commit of one
    segment per sub-writer, so the index gains ``processes`` segments and merges none.
    """

    def __init__(
        self, index: SearchIndex, processes: int, *, max_segments: int = MAX_SEGMENTS
    ) -> None:
        self.index = index
        self.processes = processes
        self.max_segments = max_segments
        self._writer = None  # the parent's writer: the lock, the deletions, the commit
        self._children: list[multiprocessing.Process] = []
        self._jobs = None
        self._results = None
        self._buffer: list[dict] = []
        self._ids: set[int] = set()
        self._replacing = False  # the index had documents when the writer opened

    @property
    def pending(self) -> int:
        return len(self._ids)

    def due(self) -> bool:
        return False

    def add(self, articles: Iterable[Article]) -> int:
        if self._writer is None:
            self._open()
        count = 0
        for article in articles:
            if article.id in self._ids:
                continue
            if self._replacing:
                self._writer.delete_by_term("id", str(article.id))
            self._buffer.append(document(article))
            self._ids.add(article.id)
            count += 1
            if len(self._buffer) >= DOCUMENTS_PER_JOB:
                self._send()
        return count

    def commit(self) -> list[int]:
        """Wait for every sub-writer's segment and commit them with the deletions."""
        if self._writer is None:
            return []
        try:
            self._send()
            for _ in self._children:
                self._jobs.put(None)
            segments = self._collect()
            written = sum(segment.doc_count_all() for segment in segments)
            if written != len(self._ids):
                raise SearchBackendError(
                    f"the index's sub-writers wrote {written} of {len(self._ids)} articles; "
                    "run the ingest again to index the rest"
                )
        except BaseException:
            self.cancel()
            raise
        writer, self._writer = self._writer, None
        plain = writer._merge_segments
        writer._merge_segments = lambda *args: plain(*args) + segments
        writer.commit(mergetype=merge_smallest(self.max_segments, adding=len(segments) + 1))
        self._children = []
        ids, self._ids = sorted(self._ids), set()
        return ids

    def cancel(self) -> None:
        for child in self._children:
            child.kill()
            child.join()
        self._children = []
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        self._buffer, self._ids = [], set()

    def _open(self) -> None:
        self._writer = self.index.writer(limitmb=64)
        self._replacing = any(segment.doc_count() for segment in self._writer.segments)
        context = multiprocessing.get_context("fork")
        self._jobs = context.Queue(JOBS_QUEUED)
        self._results = context.Queue()
        self._children = [
            context.Process(
                target=_sub_writer,
                args=(self.index, self._jobs, self._results, SEGMENT_MEMORY_MB, os.getpid()),
                name="newsarchive-sub-writer",
                daemon=True,
            )
            for _ in range(self.processes)
        ]
        # The parent's objects (an ingest's can be large) out of the children's collections,
        # so the children do not touch, and copy, the memory they share with it.
        gc.freeze()
        try:
            for child in self._children:
                child.start()
        finally:
            gc.unfreeze()

    def _send(self) -> None:
        if self._buffer:
            self._put(self._buffer)
            self._buffer = []

    def _put(self, job: list[dict] | None) -> None:
        while True:
            try:
                self._jobs.put(job, timeout=WAIT_S)
                return
            except queue.Full:
                self._check_alive()

    def _collect(self) -> list:  # type: ignore[type-arg]
        segments: list[list] = []  # type: ignore[type-arg]
        while len(segments) < len(self._children):
            try:
                outcome = self._results.get(timeout=WAIT_S)
            except queue.Empty:
                self._check_alive()
                continue
            if isinstance(outcome, str):
                raise SearchBackendError(f"an index sub-writer failed: {outcome}")
            segments.append(outcome)
        for child in self._children:
            child.join()
        return [segment for written in segments for segment in written]

    def _check_alive(self) -> None:
        dead = [child for child in self._children if child.exitcode not in (None, 0)]
        if dead:
            raise SearchBackendError(
                f"an index sub-writer died (exit code {dead[0].exitcode}); "
                "run the ingest again to index what it left"
            )


def _sub_writer(index: SearchIndex, jobs, results, memory_mb: int, parent: int) -> None:  # type: ignore[no-untyped-def]
    """In a forked child: index the documents of each job, and hand back the segments
    written (none if no job came). The parent holds the lock.

    A segment is closed whenever its postings reach ``memory_mb`` (Whoosh's own estimate
    of their size), and the next one begun: past that a Whoosh writer spills its postings
    to sorted runs on disk, pickled one by one and merged back at the flush, which made
    indexing 20,000 synthetic articles take 79 s of CPU where one sort in memory took 51."""
    try:
        segments = []
        writer = _fresh_writer(index, memory_mb)
        while (job := _next_job(jobs, parent)) is not None:
            for fields in job:
                writer.add_document(**fields)
            if writer.pool.currentsize >= memory_mb * MB:
                segments.append(writer._finalize_segment())
                writer = _fresh_writer(index, memory_mb)
        if writer._added:
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        results.put(segments)
    except BaseException as error:
        results.put(f"{type(error).__name__}: {error}")


def _fresh_writer(index: SearchIndex, memory_mb: int):  # type: ignore[no-untyped-def]
    # Room for one more job than the size at which the segment is closed, so that a job
    # never makes it spill to disk (a job's postings are ~6 MB in Whoosh's estimate).
    return index.sub_writer(limitmb=memory_mb + JOB_ROOM_MB)


def _next_job(jobs, parent: int):  # type: ignore[no-untyped-def]
    """The next job; a child whose parent was killed (kill -9) exits instead of waiting."""
    while True:
        try:
            return jobs.get(timeout=WAIT_S)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(1)
