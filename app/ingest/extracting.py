"""Extraction for ingest: a record becomes an ``Extraction`` and a MinHash signature, in a
pool of worker processes when there is enough to do.

Extraction is pure CPU work in Python, so threads would not help; two processes on two
cores do. A worker loads the gazetteer once (initializer) and takes records in chunks.
Results come back in input order, each record with its own error, so one bad page still
costs only itself.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from app.domain import Extraction
from app.extract import extract_page
from app.heap import long_lived
from app.ingest.neardup import signature
from app.ingest.records import Record

log = logging.getLogger(__name__)

# extract_page cleans raw pages by dropping the lines it takes for boilerplate. Text that
# is already clean (trafilatura's output, an export's text column) holds none, so when
# extraction drops most of it, extraction is wrong and the text is kept as it is. Measured
# on FA-KES: extraction keeps 90-100% of 712 of the 804 texts (a leading date goes) and
# nothing of the other 92 (flattened texts opening "Posted on April 19 2017 by ..."); half
# lies well between the two.
CLEAN_TEXT_KEPT_AT_LEAST = 0.5
# A worker needs ~2 s to start (the gazetteer), so a pool pays only from a few hundred
# records on; fewer (a handful of pages, the tests) are extracted in this process.
POOL_FROM_RECORDS = 100
CHUNK = 16  # records per task sent to a worker: few round trips, still balanced


@dataclass(frozen=True)
class Extracted:
    """A record's extraction, or the reason there is none."""

    origin: str
    extraction: Extraction | None
    signature: bytes | None = None
    error: str | None = None


def extract(record: Record) -> Extraction:
    """What the archive stores for a record: extraction, then the metadata the input
    states outright (sidecar, HTML meta tags, export columns) over extraction's guesses."""
    extraction = extract_page(record.text, url=record.meta.url)
    if record.clean:
        text = record.text.strip()
        if len(extraction.body) < CLEAN_TEXT_KEPT_AT_LEAST * len(text):
            extraction = replace(extraction, body=text)
    stated = record.meta.stated()
    if "title" in stated:
        extraction = replace(extraction, title_is_fallback=False)
    elif not extraction.title.strip():
        extraction = replace(extraction, title=_first_words(extraction.body))
    return replace(extraction, **stated)


def _first_words(body: str, limit: int = 80) -> str:
    """A stand-in headline when neither the input nor extraction has one."""
    line = " ".join(body.split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


def extract_record(record: Record) -> Extracted:
    try:
        extraction = extract(record)
    except Exception as error:  # a bug on one page must not cost the batch
        log.debug("extraction failed for %s", record.origin, exc_info=True)
        return Extracted(record.origin, None, error=f"extraction failed: {error!r}")
    if not extraction.body.strip():
        return Extracted(record.origin, None, error="no article text left after cleaning")
    return Extracted(record.origin, extraction, signature(extraction.body))


def _context():  # type: ignore[no-untyped-def]
    """fork where there is one: a worker starts in milliseconds with the gazetteer loaded."""
    return multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    )


def _extract_alone(record: Record) -> Extracted:
    """One record extracted in a process of its own, which may die without taking the
    ingest along."""
    with ProcessPoolExecutor(1, mp_context=_context()) as alone:
        try:
            return alone.submit(extract_record, record).result()
        except BrokenProcessPool:
            return Extracted(
                record.origin,
                None,
                error="extraction killed its process (out of memory, or a crash in a parser)",
            )


# A page that takes extraction through every table it loads on first use (the gazetteer,
# the first-name lexicon of gender-guesser, the English word lists...): about 3 s of CPU.
_WARM_UP_PAGE = (
    "Rebels attack Aleppo\n\nBy John Smith, Reuters\n\nMarch 3, 2016\n\n"
    "BEIRUT, Lebanon - Defense Secretary Ash Carter said on Monday that fighters near "
    "Aleppo, Syria, and in the town of Azaz had been pushed back. Carter spoke in Mosul."
)


def warm_up() -> None:
    """Load what extraction loads on first use, here, before forking: forked workers then
    share it, where each worker loaded its own copy on its first record (~3 s of CPU each,
    profiled). A failure here is left to each record to report, as without the warm-up."""
    try:
        with long_lived():  # the tables it loads
            extract_page(_WARM_UP_PAGE)
    except Exception:
        log.debug("extraction warm-up failed", exc_info=True)


# Extraction workers run this much nicer than the ingest and its indexing process. The
# indexer is one process and the slowest stage (Whoosh, ~3 ms of CPU an article): shared
# fairly with two workers and the ingest on two cores it got half a core, fell behind, and
# finished alone at the end with the other core idle (12-17% of a 5,000-article ingest
# spent "waiting for the index"). Niced workers take what the indexer leaves.
WORKER_NICENESS = 5


def _start_worker(parent: int) -> None:
    with contextlib.suppress(OSError):  # a platform without nice: run as we are
        os.nice(WORKER_NICENESS)
    warm_up()  # a no-op in a forked worker, whose parent warmed up
    # A worker whose ingest was killed (kill -9 leaves no time to stop the pool) would
    # wait for work forever: it leaves as soon as its parent is gone.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


class Extractor:
    """Extracts batches of records in order; starts its process pool on the first batch
    large enough to need one, and stops it on ``close``."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: Executor | None = None

    def map(self, records: Sequence[Record]) -> Iterator[Extracted]:
        """The records' results, in order. Work starts at once; the iterator waits for it,
        so a caller can store the previous batch while the workers extract this one."""
        if self._pool is None and self.workers > 1 and len(records) >= POOL_FROM_RECORDS:
            # fork: workers start in milliseconds and share the loaded code and the
            # tables loaded here once (~3 s of CPU, rather than once per worker); they
            # touch neither the database nor the index, which stay the parent's.
            methods = multiprocessing.get_all_start_methods()
            fork = "fork" in methods
            if fork:
                warm_up()
            context = multiprocessing.get_context("fork" if fork else None)
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        if self._pool is None:
            return (extract_record(record) for record in records)
        pool = self._pool
        try:
            results = pool.map(extract_record, records, chunksize=CHUNK)
        except BrokenProcessPool:  # a worker died before this batch was handed over
            self._discard(pool)
            return self._again(records)
        return self._surviving(pool, results, records)

    def _surviving(
        self, pool: Executor, results: Iterator[Extracted], records: Sequence[Record]
    ) -> Iterator[Extracted]:
        """The pool's results. If a worker dies (the OOM killer, a crash inside a parser),
        the pool is gone with every task in it: the records still waiting are extracted
        again (``_again``), the next batch gets a new pool."""
        done = 0
        try:
            for result in results:
                yield result
                done += 1
        except BrokenProcessPool:
            log.warning("an extraction worker died; extracting the rest of the batch again")
            self._discard(pool)
            yield from self._again(records[done:])

    def _discard(self, pool: Executor) -> None:
        """Drop a broken pool (the next batch starts a new one)."""
        pool.shutdown(wait=False, cancel_futures=True)
        if self._pool is pool:
            self._pool = None

    def _again(self, records: Sequence[Record]) -> Iterator[Extracted]:
        """Extract ``records`` in a fresh pool, one record per task. If a worker dies again,
        the record that killed it is among the few in flight: those are extracted one by
        one, each in a process of its own (the guilty one is reported failed), and a new
        pool takes the rest."""
        start = 0
        while start < len(records):
            pool = ProcessPoolExecutor(self.workers, mp_context=_context())
            done = 0
            try:
                for result in pool.map(extract_record, records[start:]):
                    yield result
                    done += 1
                pool.shutdown()
                return
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
            # In flight when it died: one task per worker and one queued ahead.
            suspects = records[start + done : start + done + self.workers + 1]
            for record in suspects:
                yield _extract_alone(record)
            start += done + len(suspects)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
