"""Opening the index (made anew for another document version), and concurrent searches:
each runs on its own searcher, none waits for another, and the
caches they share give every one the same answers as searching alone."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from app.domain import Article, SearchRequest
from app.search import QueryTooCostly
from app.search.whoosh.index import VERSION_FILE, SearchIndex
from app.search.whoosh.indexer import index_articles
from tests.search.contract.test_search import MANY_PREFIXES

# Searched alone, the seed pages give (read by hand, see tests/search/contract):
ORDINARY = {
    "Mosul": 3,
    '"truck attack"': 1,
    "Ramadi OR Manila": 2,
    "Interp*": 1,
    "militant": 2,
    "": 4,
}


def test_a_search_runs_while_another_holds_its_searcher(seeded_archive):
    """With one lock around whole searches (the old design) the second search waited for
    the first to finish; a search stuck or slow held every other one."""
    index = seeded_archive.search.whoosh_index
    holding, release = threading.Event(), threading.Event()

    def slow_search() -> None:
        with index.reading_sets():
            holding.set()
            release.wait(timeout=60)

    holder = threading.Thread(target=slow_search)
    holder.start()
    try:
        assert holding.wait(timeout=30)
        with ThreadPoolExecutor(1) as pool:
            result = pool.submit(seeded_archive.search.search, SearchRequest(q="Mosul"))
            assert result.result(timeout=30).total == 3  # while the other still searches
    finally:
        release.set()
        holder.join()


def test_concurrent_searches_answer_as_alone_and_costly_ones_are_refused(seeded_archive):
    backend = seeded_archive.search

    def costly() -> str:
        with pytest.raises(QueryTooCostly) as refused:
            backend.search(SearchRequest(q=MANY_PREFIXES))
        return refused.value.limit

    def ordinary(q: str) -> int:
        return backend.search(SearchRequest(q=q, facet_limit=100)).total

    with ThreadPoolExecutor(8) as pool:
        refusals = [pool.submit(costly) for _ in range(4 * 5)]
        answers = [(q, pool.submit(ordinary, q)) for _ in range(5) for q in ORDINARY]
        for q, answer in answers:
            assert answer.result(timeout=60) == ORDINARY[q], q
        for refusal in refusals:
            assert refusal.result(timeout=60).startswith("The prefix 'a*' is too short")


def test_an_index_of_another_document_version_is_made_anew(tmp_path):
    """Same fields can hold other values (cities reached through their province came with
    document version 2, regions with 3): an index stamped with another version, or with
    none, is created again empty, and the caller indexes every stored article into it."""
    index = SearchIndex(tmp_path / "index")
    assert index.created and (tmp_path / "index" / VERSION_FILE).read_text() == "3\n"
    when = datetime(2024, 1, 1, tzinfo=UTC)
    index_articles(index, [Article(1, "Talks", "Talks in Geneva", None, None, None, None, when)])
    index.close()
    reopened = SearchIndex(tmp_path / "index")
    assert not reopened.created
    reopened.close()
    (tmp_path / "index" / VERSION_FILE).write_text("2\n")  # as an older version left it
    older = SearchIndex(tmp_path / "index")
    assert older.created
    with older.reading() as (searcher, _cache):
        assert searcher.doc_count() == 0
    older.close()
