"""Concurrent searches: each runs on its own searcher, none waits for another, and the
caches they share give every one the same answers as searching alone."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.domain import SearchRequest
from app.search import QueryTooCostly
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
