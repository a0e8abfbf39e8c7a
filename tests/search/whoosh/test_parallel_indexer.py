"""The bulk load over several processes: every article found once, replaced versions gone,
segments rolled before the postings spill to disk, and a dying sub-writer an error that
commits nothing."""

import os
from datetime import UTC, datetime

import pytest

from app.domain import Article, SearchRequest
from app.search.backend import SearchBackendError
from app.search.whoosh import parallel_indexer


def article(article_id: int, title: str, body: str) -> Article:
    return Article(
        id=article_id,
        title=title,
        body=body,
        published=None,
        source=None,
        author=None,
        url=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


# Forty articles: ten each about Homs, Aden, Goma and Kherson, numbered 1-40 in turn.
TOWNS = ["Homs", "Aden", "Goma", "Kherson"]
ARTICLES = [
    article(n, f"Report {n} from {TOWNS[n % 4]}", f"Shelling hit {TOWNS[n % 4]} on day {n}.")
    for n in range(1, 41)
]


def segments(search) -> list[int]:
    with search.whoosh_index.reading() as (searcher, _cache):
        return [reader.doc_count_all() for reader, _ in searcher.reader().leaf_readers()]


def total(search, q: str) -> int:
    return search.search(SearchRequest(q=q)).total


def test_a_bulk_load_over_two_processes_finds_every_article_once(archive):
    bulk = archive.search.bulk_writer(processes=2)
    assert bulk.add(ARTICLES) == 40
    assert not bulk.due()  # one commit, when the load is done
    assert archive.search.indexed_ids() == []  # nothing searchable before it
    assert bulk.commit() == list(range(1, 41))
    assert archive.search.indexed_ids() == list(range(1, 41))
    assert [total(archive.search, town) for town in TOWNS] == [10, 10, 10, 10]
    assert total(archive.search, '"day 17"') == 1
    assert sum(segments(archive.search)) == 40


def test_a_bulk_load_replaces_the_articles_the_index_had(archive):
    first = archive.search.bulk_writer()
    first.add(ARTICLES[:20])
    first.commit()
    # Articles 11-20 again, now about Mosul, with 21-40 new.
    changed = [
        article(n, f"Report {n} from Mosul", f"Fighting in Mosul, day {n}.") for n in range(11, 21)
    ]
    bulk = archive.search.bulk_writer(processes=2)
    bulk.add(changed + ARTICLES[20:])
    bulk.commit()
    assert archive.search.indexed_ids() == list(range(1, 41))
    assert total(archive.search, "Mosul") == 10
    # Homs: articles 4, 8, ..., 40 (10); of them 12, 16 and 20 are now about Mosul.
    assert total(archive.search, "Homs") == 7
    with archive.search.whoosh_index.reading() as (searcher, _cache):
        assert searcher.reader().doc_count() == 40


def test_sub_writers_close_a_segment_before_their_postings_spill(archive, monkeypatch):
    # Whoosh's estimate of one short article's postings is a few kB: a 1 kB budget closes
    # a segment after every job of DOCUMENTS_PER_JOB articles.
    monkeypatch.setattr(parallel_indexer, "SEGMENT_MEMORY_MB", 1 / 1024)
    monkeypatch.setattr(parallel_indexer, "DOCUMENTS_PER_JOB", 5)
    bulk = archive.search.bulk_writer(processes=2)
    bulk.add(ARTICLES)
    bulk.commit()
    assert sorted(segments(archive.search)) == [5] * 8  # 40 articles, 8 jobs of 5
    assert [total(archive.search, town) for town in TOWNS] == [10, 10, 10, 10]


def _dies(*_args) -> None:
    os._exit(3)


def test_a_sub_writer_that_dies_commits_nothing_and_says_so(archive, monkeypatch):
    first = archive.search.bulk_writer()
    first.add(ARTICLES[:4])
    first.commit()
    monkeypatch.setattr(parallel_indexer, "_sub_writer", _dies)
    bulk = archive.search.bulk_writer(processes=2)
    with pytest.raises(SearchBackendError, match="sub-writer died"):
        bulk.add(ARTICLES[4:])
        bulk.commit()
    assert archive.search.indexed_ids() == [1, 2, 3, 4]
    # The lock is free again: the next load (the next run) indexes the rest.
    monkeypatch.undo()
    again = archive.search.bulk_writer(processes=2)
    again.add(ARTICLES[4:])
    again.commit()
    assert archive.search.indexed_ids() == list(range(1, 41))
