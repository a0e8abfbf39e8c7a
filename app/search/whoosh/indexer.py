"""Turning stored articles into index documents."""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.reading import SegmentReader
from whoosh.writing import CLEAR

from app.domain import Article
from app.search.entity_fields import (
    city_slugs,
    country_slugs,
    entity_rows,
    person_values,
    region_slugs,
)
from app.search.whoosh.index import SearchIndex


def document(article: Article) -> dict:
    """The index document of an article: what is searched, filtered, faceted and shown."""
    published = article.published
    return {
        "id": str(article.id),
        "article_id": article.id,
        "title": article.title,
        "body": article.body,
        **{field: ",".join(slugs) for field, slugs in person_values(article).items()},
        "cities": ",".join(city_slugs(article)),
        "countries": ",".join(country_slugs(article)),
        "regions": ",".join(region_slugs(article)),
        "source": article.source or "",
        "published": int(published.strftime("%Y%m%d")) if published else 0,
        "url": article.url or "",
        "entities": entity_rows(article),
    }


def index_articles(index: SearchIndex, articles: Iterable[Article]) -> int:
    """Add or replace these articles in one commit; returns how many were written."""
    # update_document twice with one id inside one writer leaves two documents (Whoosh
    # 2.7.5), so keep only the last version of each article in the batch.
    latest = {article.id: article for article in articles}
    if not latest:
        return 0
    writer = index.writer(limitmb=256)
    try:
        for article in latest.values():
            writer.update_document(**document(article))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return len(latest)


# Index segments kept at most after a commit. Whoosh's own policy (MERGE_SMALL) re-merges
# the growing small segments at nearly every commit: merging costs about as much as
# indexing (10k documents merged in 41 s, indexed from scratch in 55 s), so with a commit
# per 200 articles merges took half the indexing time at 10k, and more the bigger the
# index. Segments written in a geometric schedule (COMMIT_AT_LEAST below) stay few
# without merging: a 100k ingest leaves 7. Past this count the smallest are merged into
# the new segment; ten segments made cheap queries 1.8-2.9x slower, two no slower
# (WHOOSH-NOTES).
MAX_SEGMENTS = 8
# Memory for a bulk writer's postings before it spills sorted runs to disk and merges them
# back at commit. Measured on 8,000 synthetic articles in one commit: 6.0 ms an article at
# 256 MB (the writer's peak 400 MB), 4.0 ms at 1024 MB (peak 640 MB; 770 MB at 10k).
BULK_MEMORY_MB = 1024


# When to commit a bulk writer: once the uncommitted articles reach the index's size, within
# these bounds. Each commit writes a segment and merging segments costs about as much as
# indexing, so commits follow a geometric schedule (2k, 2k, 4k, 8k, ... at most 40k):
# a 100k ingest writes 7 segments and merges none, where a commit per batch of 200 made
# 500 and Whoosh re-merged them over and over (59.5 articles/s at 100k). A running server
# sees new articles at each commit; the first comes after 2,000 articles (~15 s).
COMMIT_AT_LEAST = 2_000
COMMIT_AT_MOST = 40_000


def commit_due(pending: int, committed: int) -> bool:
    """Whether ``pending`` uncommitted articles should be committed into an index that
    holds ``committed`` documents."""
    return pending >= max(COMMIT_AT_LEAST, min(COMMIT_AT_MOST, committed))


# A replaced document stays in its old segment, marked deleted, until that segment is
# merged: the end of an ingest re-indexes the articles its entity rules changed (79% of
# 5,000 synthetic articles), and the index carried them twice (8,947 documents for 5,000
# articles, 80 MB against 44 MB), with searches, their arrays and a server's memory
# paying for the dead copies. A segment of at least DEAD_MERGE_FROM documents whose
# deleted share exceeds DEAD_SHARE is merged into the new segment (only its live
# documents are copied): 3.8 s of CPU for the 5,000 documents of those 5k's three old
# segments, about what indexing their 1,053 live articles again would cost (~2.9 ms
# each). Smaller segments are left to the segment limit (their copies cost little).
DEAD_SHARE = 1 / 3
DEAD_MERGE_FROM = 1_000


def mostly_dead(segment) -> bool:  # type: ignore[no-untyped-def]
    """Whether a segment carries enough deleted documents to be merged away now."""
    total = segment.doc_count_all()
    return total >= DEAD_MERGE_FROM and segment.deleted_count() > DEAD_SHARE * total


def merge_smallest(limit: int = MAX_SEGMENTS, adding: int = 1):  # type: ignore[no-untyped-def]
    """A Whoosh merge policy: keep every segment as it is unless it is ``mostly_dead``
    (merged, or dropped when nothing in it is live) or this commit, which writes ``adding``
    segments, would leave more than ``limit``; then merge the smallest into the segment
    being written."""

    def policy(writer, segments):  # type: ignore[no-untyped-def]
        live = [segment for segment in segments if segment.doc_count()]
        merging = [segment for segment in live if mostly_dead(segment)]
        kept = [segment for segment in live if not mostly_dead(segment)]
        excess = len(kept) + adding - limit
        if excess > 0:
            kept.sort(key=lambda segment: segment.doc_count_all())
            merging += kept[:excess]
            kept = kept[excess:]
        for segment in merging:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        keep = {id(segment) for segment in kept}
        return [segment for segment in segments if id(segment) in keep]

    return policy


class BulkIndexer:
    """One Whoosh writer kept open across many batches, committed when the caller says.

    Each commit writes one segment (plus what ``merge_smallest`` folds into it), so few
    commits mean few segments and no repeated merging. Documents are updated by id, so an
    article indexed by an interrupted run and indexed again replaces itself.
    """

    def __init__(self, index: SearchIndex, *, max_segments: int = MAX_SEGMENTS) -> None:
        self.index = index
        self.max_segments = max_segments
        self._writer = None
        self._ids: set[int] = set()  # articles in the open writer
        self.committed = 0  # documents in the committed segments, once a writer was open

    @property
    def pending(self) -> int:
        """Articles written since the last commit."""
        return len(self._ids)

    def due(self) -> bool:
        """Whether to commit now, on the geometric schedule above."""
        return commit_due(self.pending, self.committed)

    def add(self, articles: Iterable[Article]) -> int:
        if self._writer is None:
            self._writer = self.index.writer(limitmb=BULK_MEMORY_MB)
            self.committed = sum(segment.doc_count() for segment in self._writer.segments)
        count = 0
        for article in articles:
            # update_document twice with one id inside one writer leaves two documents.
            if article.id in self._ids:
                continue
            self._writer.update_document(**document(article))
            self._ids.add(article.id)
            count += 1
        return count

    def commit(self) -> list[int]:
        """Commit what was added; returns the ids now searchable."""
        if self._writer is None:
            return []
        writer, self._writer = self._writer, None
        writer.commit(mergetype=merge_smallest(self.max_segments))
        ids, self._ids = sorted(self._ids), set()
        self.committed += len(ids)  # replaced documents counted twice: only a schedule
        return ids

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
            self._ids = set()


def rebuild_index(index: SearchIndex, articles: Iterable[Article]) -> int:
    """Replace the whole index with these articles, in one writer committed at the end,
    so a running server sees either the old index or the complete new one."""
    writer = index.writer(limitmb=BULK_MEMORY_MB)
    count = 0
    try:
        for article in articles:
            writer.add_document(**document(article))
            count += 1
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=CLEAR)
    return count


def delete_articles(index: SearchIndex, article_ids: Iterable[int]) -> int:
    """Remove these articles' documents in one commit; returns how many ids were given."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    writer = index.writer()
    try:
        for article_id in ids:
            writer.delete_by_term("id", str(article_id))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return len(ids)
