"""Keeping the index in step with the database: index what is stored but not yet indexed,
or rebuild the index from scratch. Kept apart from the pipeline so that ``serve`` can catch
the index up without importing the extraction stack (a second of start-up)."""

from __future__ import annotations

from collections.abc import Iterable

from app.archive import Archive
from app.domain import Article
from app.search import index_articles, rebuild_index
from app.store import repository

# Articles per database transaction and index commit (ingest uses the same batches): large
# enough that commit overhead does not dominate, small enough that an interruption loses
# little work.
BATCH_SIZE = 200


def index_pending(archive: Archive) -> int:
    """Index every stored primary article the index does not have yet."""
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
    """Rebuild the index from the database, the source of truth: every primary article
    (near-duplicates are shown through their primary)."""
    with archive.sessions() as session:
        ids = repository.primary_article_ids(session)

    def batches() -> Iterable[list[Article]]:
        for start in range(0, len(ids), BATCH_SIZE):
            with archive.sessions() as session:
                yield repository.load_articles(session, article_ids=ids[start : start + BATCH_SIZE])

    count = rebuild_index(archive.index, batches())
    with archive.sessions() as session, session.begin():
        repository.mark_indexed(session, article_ids=ids)
    return count
