"""Ingest: read, extract, store in batches, index what is stored.

The database commit comes first and the index follows from it (articles not yet indexed are
picked up by the next run), so an interrupted ingest is completed by running it again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.archive import Archive
from app.extract import extract_page
from app.ingest.sources import BadInput, RawPage, find_files, read_page
from app.search import index_articles
from app.store import repository

log = logging.getLogger(__name__)

# Articles per database transaction and index commit: large enough that commit overhead
# does not dominate, small enough that an interruption loses little work.
BATCH_SIZE = 200


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[BadInput] = field(default_factory=list)
    indexed: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        lines = [
            f"added: {len(self.added)}, unchanged: {len(self.unchanged)}, "
            f"failed: {len(self.failed)}, indexed: {self.indexed}"
        ]
        lines += [f"  failed {bad.origin}: {bad.reason}" for bad in self.failed]
        return "\n".join(lines)


def content_hash(text: str) -> str:
    """Same text up to whitespace and case -> same article."""
    normalised = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def ingest_paths(
    archive: Archive,
    paths: list[Path],
    *,
    on_file: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every file under ``paths``; one bad file never stops the rest."""
    report = IngestReport()
    pages = _pages(paths, archive.settings.max_file_bytes, report)
    batch: list[RawPage] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= BATCH_SIZE:
            _store_batch(archive, batch, report, on_file)
            batch = []
    _store_batch(archive, batch, report, on_file)
    report.indexed = index_pending(archive)
    return report


def _pages(paths: list[Path], max_bytes: int, report: IngestReport) -> Iterable[RawPage]:
    for found in find_files(paths):
        page = found if isinstance(found, BadInput) else read_page(found, max_bytes=max_bytes)
        if isinstance(page, BadInput):
            log.info("skipped %s: %s", page.origin, page.reason)
            report.failed.append(page)
        else:
            yield page


def _store_batch(
    archive: Archive,
    batch: list[RawPage],
    report: IngestReport,
    on_file: Callable[[str], None] | None,
) -> None:
    if not batch:
        return
    with archive.sessions() as session, session.begin():
        for page in batch:
            digest = content_hash(page.text)
            if repository.article_id_for_hash(session, content_hash=digest) is not None:
                report.unchanged.append(page.origin)
            else:
                _add(session, page, digest, report)
            if on_file:
                on_file(page.origin)


def _add(session, page: RawPage, digest: str, report: IngestReport) -> None:  # type: ignore[no-untyped-def]
    try:
        extraction = extract_page(page.text)
    except Exception as error:  # a bug on one page must not cost the batch
        log.exception("extraction failed for %s", page.origin)
        report.failed.append(BadInput(page.origin, f"extraction failed: {error!r}"))
        return
    if not extraction.body.strip():
        report.failed.append(BadInput(page.origin, "no article text left after cleaning"))
        return
    with session.begin_nested():
        repository.add_article(
            session, extraction=extraction, content_hash=digest, origin=page.origin
        )
    report.added.append(page.origin)


def index_pending(archive: Archive) -> int:
    """Index every stored article the index does not have yet."""
    with archive.sessions() as session:
        pending = repository.unindexed_article_ids(session)
    done = 0
    for start in range(0, len(pending), BATCH_SIZE):
        ids = pending[start : start + BATCH_SIZE]
        with archive.sessions() as session, session.begin():
            articles = repository.load_articles(session, article_ids=ids)
            done += index_articles(archive.index, articles)
            repository.mark_indexed(session, article_ids=ids)
    return done


def reindex(archive: Archive) -> int:
    """Rebuild the index from the database, the source of truth."""
    from app.search import rebuild_index

    with archive.sessions() as session:
        ids = repository.all_article_ids(session)

    def batches() -> Iterable[list]:  # type: ignore[type-arg]
        for start in range(0, len(ids), BATCH_SIZE):
            with archive.sessions() as session:
                yield repository.load_articles(session, article_ids=ids[start : start + BATCH_SIZE])

    count = rebuild_index(archive.index, batches())
    with archive.sessions() as session, session.begin():
        repository.mark_indexed(session, article_ids=ids)
    return count
