"""The Whoosh bulk writer: commits on a geometric schedule, and past the segment limit the
smallest segments merged into the new one."""

from datetime import UTC, datetime

from app.domain import Article, SearchRequest
from app.search.whoosh import WhooshBackend
from app.search.whoosh.indexer import BulkIndexer, commit_due


def segment_count(backend: WhooshBackend) -> int:
    with backend.whoosh_index.reading() as (searcher, _cache):
        return len(searcher.reader().leaf_readers())


def article(article_id: int) -> Article:
    return Article(
        id=article_id,
        title=f"Report {article_id}",
        body="Shelling in Aleppo",
        published=None,
        source=None,
        author=None,
        url=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def test_commits_follow_the_size_of_the_index_within_bounds():
    assert not commit_due(1_999, 0)
    assert commit_due(2_000, 0)
    assert commit_due(2_000, 2_000)
    assert not commit_due(3_999, 4_000)
    assert commit_due(4_000, 4_000)
    assert not commit_due(39_999, 100_000)
    assert commit_due(40_000, 100_000)


def test_commits_beyond_the_segment_limit_merge_the_smallest(tmp_path):
    backend = WhooshBackend(tmp_path / "index")
    bulk = BulkIndexer(backend.whoosh_index, max_segments=3)
    for article_id in range(1, 6):  # five commits, one article each
        bulk.add([article(article_id)])
        assert not bulk.due()  # one article is far below the first commit's 2,000
        assert bulk.commit() == [article_id]
        assert segment_count(backend) == min(article_id, 3)
    assert backend.indexed_ids() == [1, 2, 3, 4, 5]
    backend.close()


def document_counts(backend: WhooshBackend) -> tuple[int, int]:
    """(documents the index carries, deleted ones included; live documents)."""
    with backend.whoosh_index.reading() as (searcher, _cache):
        reader = searcher.reader()
        return reader.doc_count_all(), reader.doc_count()


def test_a_segment_mostly_replaced_is_merged_so_each_article_is_held_once(tmp_path, monkeypatch):
    monkeypatch.setattr("app.search.whoosh.indexer.DEAD_MERGE_FROM", 10)
    backend = WhooshBackend(tmp_path / "index")
    bulk = BulkIndexer(backend.whoosh_index)
    bulk.add([article(article_id) for article_id in range(1, 11)])
    bulk.commit()
    # Three of ten replaced (not more than a third): the old copies stay, marked deleted.
    bulk.add([article(article_id) for article_id in (1, 2, 3)])
    bulk.commit()
    assert document_counts(backend) == (13, 10)
    assert segment_count(backend) == 2
    # One more of the first segment's (4 of 10 dead): its 6 live articles (5 to 10) are
    # copied into the new segment beside article 4, its dead copies of 1 to 4 are gone,
    # and the second segment (articles 1 to 3) stays as it is.
    bulk.add([article(4)])
    bulk.commit()
    assert document_counts(backend) == (10, 10)
    assert segment_count(backend) == 2
    assert backend.indexed_ids() == list(range(1, 11))
    backend.close()


def test_a_segment_whose_documents_were_all_replaced_is_dropped(tmp_path, monkeypatch):
    monkeypatch.setattr("app.search.whoosh.indexer.DEAD_MERGE_FROM", 10)
    backend = WhooshBackend(tmp_path / "index")
    bulk = BulkIndexer(backend.whoosh_index)
    bulk.add([article(article_id) for article_id in range(1, 11)])
    bulk.commit()
    bulk.add([article(article_id) for article_id in range(1, 11)])
    bulk.commit()
    assert document_counts(backend) == (10, 10)
    assert segment_count(backend) == 1
    assert backend.search(SearchRequest(q="Aleppo")).total == 10
    backend.close()
