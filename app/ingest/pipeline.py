"""Ingest: read, extract, store in batches, index what is stored.

Each batch is one database transaction (articles, links, signatures and near-duplicate
groups together) and the index follows from the database: articles are marked indexed once
an index commit holds them, and those not yet marked are indexed by the next run, so an
ingest killed at any moment is completed by running it again, with nothing stored twice
(content hashes) and nothing lost. While the workers extract one batch, this process stores
the one before, and a large ingest's index is written by a background process meanwhile.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from app.archive import Archive
from app.heap import rare_full_passes
from app.ingest import entities
from app.ingest.extracting import POOL_FROM_RECORDS, Extracted, Extractor, extract
from app.ingest.indexing import (
    BATCH_SIZE,
    INDEXED_WHILE_STORING,
    BackgroundIndexer,
    index_pending,
    reindex,
)
from app.ingest.neardup import NearDuplicates, signature
from app.ingest.records import BadInput, Record, Skipped, without_lone_surrogates
from app.ingest.sources import items_under
from app.store import repository, writing

__all__ = ["IngestReport", "content_hash", "extract", "index_pending", "ingest_paths", "reindex"]

log = logging.getLogger(__name__)

# Where the time goes (10k synthetic 300-700-word articles, 2 cores): extraction ~3 ms of
# CPU an article (in the worker pool), storing ~2 ms, Whoosh indexing ~5 ms. Indexed here,
# after each batch, with a commit per batch of 200, indexing took 109 of 146 s at 10k and
# Whoosh re-merged its growing segments at nearly every commit (59.5 articles/s at 100k).
# So a large ingest indexes in a background process (indexing.BackgroundIndexer) with one
# writer committed on a geometric schedule, and this process only reads and stores.


# A batch read and handed to the extraction workers, stored while they extract the next:
# (the batch, its new records, their content hashes by record id, their extractions).
_Pending = tuple[list[Record], list[Record], dict[int, str], Iterator[Extracted]]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[BadInput] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> records
    indexed: int = 0
    near_duplicates: int = 0  # added articles that are another version of a stored story
    merged: int = 0  # entities merged into another by the archive-wide identity rules
    sent_to_indexer: int = 0  # articles given to the background indexer
    seconds: Counter[str] = field(default_factory=Counter)  # stage -> wall time, for logs

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [
            f"added: {len(self.added)}, unchanged: {len(self.unchanged)}, "
            f"failed: {len(self.failed)}, skipped: {self.skipped.total()}, "
            f"indexed: {self.indexed}, near-duplicates: {self.near_duplicates}"
            + (f", entities merged: {self.merged}" if self.merged else "")
        ]
        lines += [f"  skipped {count}: {reason}" for reason, count in sorted(self.skipped.items())]
        lines += [f"  failed {bad.origin}: {bad.reason}" for bad in self.failed]
        # A JSON key or a file name may hold half a surrogate pair, which no terminal takes.
        return without_lone_surrogates("\n".join(lines))


def content_hash(text: str) -> str:
    """Same text up to whitespace and case -> same article.

    The words joined by one space: what replacing each run of white space (``\\s+``) by a
    space and stripping gives, since ``str.split`` and ``\\s`` take the same characters for
    white space (every code point checked); a third of the regular expression's CPU, and
    every record is hashed in the ingest process, beside the extraction workers."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def ingest_paths(
    archive: Archive,
    paths: list[Path],
    *,
    mapping: Mapping[str, str] | None = None,
    on_record: Callable[[str], None] | None = None,
    demo: bool = False,
) -> IngestReport:
    """Ingest every file under ``paths``; one bad file or record never stops the rest.

    ``mapping`` names the columns of CSV and JSON Lines exports (field -> column) where
    the common names are not used. ``demo`` marks the new articles as demo data (what
    ``serve`` ingests into an empty archive), which ``remove --demo`` takes out again.
    """
    # Origins are stored as absolute paths, so `remove --origin` finds a file or folder
    # whatever folder either command ran from.
    paths = [Path(os.path.abspath(path)) for path in paths]
    report = IngestReport()
    started = time.perf_counter()
    entities.prepare(archive)
    before = entities.known_before(archive)
    near = _near_duplicates(archive)
    report.seconds["near-duplicate index"] = time.perf_counter() - started
    seen: set[str] = set()  # hashes met in this run, stored or about to be
    records = _records(paths, archive, mapping or {}, report, on_record)
    indexer: BackgroundIndexer | None = None
    # From the fork of the child processes to the end, this process's full collector passes
    # are rare (app/heap.py): each scanned the whole heap, ~0.3 s at 10,000 articles.
    with contextlib.ExitStack() as heap:
        rare = False  # full collector passes made rare (once the child processes are forked)
        try:
            with Extractor(archive.settings.ingest_workers) as extractor:
                previous: _Pending | None = None
                for batch in _batches(records, BATCH_SIZE):
                    new, hashes = _new_records(archive, batch, seen)
                    if indexer is None and len(new) >= POOL_FROM_RECORDS:
                        # Started before the extraction pool, so it forks a process with no
                        # threads; the articles an interrupted run left unindexed go first.
                        indexer = BackgroundIndexer(archive)
                        with archive.sessions() as session:
                            indexer.add(repository.unindexed_article_ids(session))
                    extracting = extractor.map(new)  # the workers start on this batch...
                    if indexer is not None and not rare:
                        # Both forked by now (they collect as usual).
                        heap.enter_context(rare_full_passes())
                        rare = True
                    if previous:
                        # ...while this process stores (and indexes) the one before.
                        stored = _store_batch(
                            archive, *previous, near, report, on_record, demo=demo
                        )
                        _index(archive, indexer, stored, report)
                    previous = (batch, new, hashes, extracting)
                if previous:
                    stored = _store_batch(archive, *previous, near, report, on_record, demo=demo)
                    _index(archive, indexer, stored, report)
                # Not needed any more: freed before the settle's processes fork (the
                # near-duplicate index holds a few dozen sets per stored article).
                near.close()
                seen.clear()
        except BaseException:
            if indexer is not None:  # commit what it has: the next run does the rest
                with contextlib.suppress(Exception):
                    indexer.finish()
            raise
        if indexer is not None:
            # What is still queued is indexed once the entities are settled (indexing.py).
            indexed, left, seconds = _timed(
                report, "waiting for the index", lambda: indexer.finish(leave_queued=True)
            )
            report.indexed += indexed + left  # the left ones by the end of ``settle``
            log.info("background index: %d articles indexed, %d left to the end", indexed, left)
            report.seconds["index (background)"] += seconds
        else:
            report.indexed += _timed(report, "index", index_pending, archive)
        # One person one entity across batches ("Donald Trump" arriving after "Donald Trumps"):
        # merges, with redirects, and the changed articles re-indexed (with those the
        # background process was not given, over as many processes as the extraction had).
        workers = archive.settings.ingest_workers
        settled = _timed(
            report,
            "entities",
            lambda: entities.settle(
                archive, before=before, index_processes=workers, seconds=report.seconds
            ),
        )
        report.merged = len(settled.merges)
        # The search arrays of the new segments, built now so a server starting next only
        # loads them (and a running one finds them ready).
        _timed(report, "search arrays", archive.search.prepare)
    report.seconds["total"] = time.perf_counter() - started
    log.info("ingest seconds: %s", dict(report.seconds))
    return report


def _index(
    archive: Archive,
    indexer: BackgroundIndexer | None,
    stored: list[int],
    report: IngestReport,
) -> None:
    """Index a stored batch: in the background process if there is one (up to its share:
    INDEXED_WHILE_STORING), else here."""
    if indexer is not None:
        given = stored[: max(0, INDEXED_WHILE_STORING - report.sent_to_indexer)]
        indexer.add(given)
        report.sent_to_indexer += len(given)
        report.indexed += len(stored) - len(given)  # by the end of ``settle``
    else:
        report.indexed += _timed(report, "index", index_pending, archive)


def _timed(report: IngestReport, stage: str, function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        return function(*args)
    finally:
        report.seconds[stage] += time.perf_counter() - started


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def _near_duplicates(archive: Archive) -> NearDuplicates:
    """The LSH index of the stored signatures. Articles stored before signatures were kept
    get theirs now (they stay their own stories)."""
    with archive.sessions() as session, session.begin():
        missing = repository.bodies_without_signature(session)
        blobs = {article_id: signature(body) for article_id, body in missing}
        writing.add_signatures(
            session, signatures={a: blob for a, blob in blobs.items() if blob is not None}
        )
        near = NearDuplicates.load(repository.signatures(session))
    log.info("near-duplicate index: %d signatures in %.2f s", len(near), near.load_seconds)
    return near


def _new_records(
    archive: Archive, batch: list[Record], seen: set[str]
) -> tuple[list[Record], dict[int, str]]:
    """The records whose text the archive does not have (one IN query for the batch),
    each text once, and their content hashes by record (``id``), so that storing them
    does not hash each text a second time."""
    digests = [content_hash(record.text) for record in batch]
    with archive.sessions() as session:
        stored = writing.existing_hashes(session, content_hashes=digests)
    new, hashes = [], {}
    for record, digest in zip(batch, digests, strict=True):
        if digest not in stored and digest not in seen:
            seen.add(digest)
            new.append(record)
            hashes[id(record)] = digest
    return new, hashes


def _records(
    paths: list[Path],
    archive: Archive,
    mapping: Mapping[str, str],
    report: IngestReport,
    on_record: Callable[[str], None] | None,
) -> Iterable[Record]:
    settings = archive.settings
    for item in items_under(
        paths,
        max_file_bytes=settings.max_file_bytes,
        max_record_bytes=settings.max_record_bytes,
        mapping=mapping,
    ):
        if isinstance(item, Record):
            yield item
            continue
        if isinstance(item, Skipped):
            report.skipped[item.reason] += 1
        else:
            log.info("failed %s: %s", item.origin, item.reason)
            report.failed.append(item)
        if on_record:
            on_record(item.origin)


def _store_batch(
    archive: Archive,
    batch: list[Record],
    new: list[Record],
    hashes: dict[int, str],
    extracting: Iterator[Extracted],
    near: NearDuplicates,
    report: IngestReport,
    on_record: Callable[[str], None] | None,
    *,
    demo: bool = False,
) -> list[int]:
    """Store one batch in one transaction; returns the ids of the added articles the
    index must hold (near-duplicates are shown through their primary)."""
    started = time.perf_counter()
    # ``new`` holds some of the batch's records, in order (the same objects).
    results = {id(record): result for record, result in zip(new, extracting, strict=True)}
    stored = [r for r in results.values() if r.extraction is not None]
    report.seconds["waiting for extraction"] += time.perf_counter() - started
    started = time.perf_counter()
    primaries: list[int] = []
    with archive.sessions() as session, session.begin():
        writer = writing.BatchWriter(session, extractions=[r.extraction for r in stored])
        now = repository.utcnow()
        for record in batch:
            result = results.get(id(record))
            if result is None:
                report.unchanged.append(record.origin)
            elif result.extraction is None:
                log.info("failed %s: %s", record.origin, result.error)
                report.failed.append(BadInput(record.origin, result.error or "no extraction"))
            else:
                primary = near.primary_for(result.signature)
                article_id = writer.add(
                    extraction=result.extraction,
                    content_hash=hashes[id(record)],
                    origin=record.origin,
                    ingested_at=now,
                    duplicate_of=primary,
                    signature=result.signature,
                    demo=demo,
                    capture_uri=record.capture.uri if record.capture else None,
                    captured_at=record.capture.at if record.capture else None,
                )
                near.add(article_id, result.signature, primary)
                if primary is None:
                    primaries.append(article_id)
                report.added.append(record.origin)
                report.near_duplicates += primary is not None
            if on_record:
                on_record(record.origin)
        writer.finish()
    report.seconds["store"] += time.perf_counter() - started
    return primaries
