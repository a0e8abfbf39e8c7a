"""Opening the index (made anew for another document version), and concurrent searches:
each runs on its own searcher, none waits for another, and the
caches they share give every one the same answers as searching alone."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from app.domain import Article, SearchRequest
from app.search import QueryTooCostly
from app.search.whoosh.index import VERSION_FILE, SearchIndex
from app.search.whoosh.indexer import index_articles, rebuild_index
from app.search.whoosh.query import run_search
from app.search.whoosh.spelling import SPELLER, Speller
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


# Generations committed by another process (an ingest) are built in the background while
# searches go on with the served one. Another SearchIndex over the same folder stands for
# that process: its commits are not this index's own.

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def story(article_id: int, title: str, body: str) -> Article:
    return Article(article_id, title, body, None, "Reuters", None, None, WHEN)


GENEVA = [
    story(1, "Talks in Geneva", "Delegates met in Geneva for talks."),
    story(2, "Geneva talks resume", "The talks in Geneva resumed on Monday."),
    story(3, "Shelling in Aleppo", "Shelling hit Aleppo overnight."),
]
CONVOYS = [
    story(4, "Aid reaches Aleppo", "Aid convoys reached Aleppo."),
    story(5, "Convoys wait", "Convoys of aid waited at the border."),
]


@pytest.fixture
def served(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index_articles(index, GENEVA)
    yield index
    index.close()


def commit_elsewhere(directory, articles=(), *, rebuild=False) -> None:
    other = SearchIndex(directory)
    try:
        (rebuild_index if rebuild else index_articles)(other, articles)
    finally:
        other.close()


def found(index: SearchIndex, q: str) -> list[int]:
    page = run_search(index, SearchRequest(q=q, sort="oldest"))
    assert page.total == len(page.hits)
    return [hit.article_id for hit in page.hits]


def test_searches_during_a_newer_generations_build_get_the_served_one_whole(served):
    assert found(served, "Aleppo") == [3]
    # While the build lock is held the background build of the new generation waits: the
    # searches meanwhile are answered from the generation they had, in full. One after
    # another, on the served generation's idle searcher: the commit may merge segments and
    # delete the files a new searcher of that generation would open, and such a search
    # waits for the new generation (test_a_search_whose_generation_files_are_gone...).
    with served._build_lock:
        commit_elsewhere(served.directory, CONVOYS)
        answers = [found(served, q) for q in ("Aleppo", "talks", "convoys")]
        assert answers == [[3], [1, 2], []]
    served.refresh()  # waits for the background build, which now serves the new one
    assert found(served, "Aleppo") == [3, 4]
    assert found(served, "convoys") == [4, 5]


def test_a_search_whose_generation_files_are_gone_gets_the_new_one(served):
    """A rebuild elsewhere deletes the served generation's segments: a search that needs a
    new searcher (the only idle one is taken) gets the new generation, not an error."""
    assert found(served, "talks") == [1, 2]
    with served.reading():  # holds the served generation's idle searcher
        commit_elsewhere(served.directory, CONVOYS, rebuild=True)
        assert found(served, "talks") == []
        assert found(served, "Aleppo") == [4]


def test_the_process_own_commit_is_found_by_its_next_search(served):
    assert found(served, "convoys") == []
    index_articles(served, CONVOYS)
    assert found(served, "convoys") == [4, 5]


def test_a_new_generation_is_served_with_its_spelling_dictionary_made(served):
    assert run_search(served, SearchRequest(q="Genva")).suggestion == "Geneva"
    commit_elsewhere(served.directory, CONVOYS)
    served.refresh()
    with served.reading() as (_searcher, cache):
        assert isinstance(cache.built(SPELLER), Speller)  # made before it was served
    # From the earlier dictionary, with the new generation's words and counts.
    assert run_search(served, SearchRequest(q="convoyz")).suggestion == "convoy"
    assert run_search(served, SearchRequest(q="Genva")).suggestion == "Geneva"


def test_a_server_makes_its_spelling_dictionary_in_the_background(served):
    served.warm_spelling().join(timeout=60)
    with served.reading() as (_searcher, cache):
        assert isinstance(cache.built(SPELLER), Speller)
    assert run_search(served, SearchRequest(q="Genva")).suggestion == "Geneva"


def test_a_server_makes_its_spelling_dictionary_after_its_first_search(served):
    making = served.warm_spelling(at_latest_s=600)
    making.join(timeout=0.5)
    assert making.is_alive()  # waiting: the first search gets the server to itself
    with served.reading() as (_searcher, cache):
        assert cache.built(SPELLER) is None
    assert found(served, "convoys") == []  # the first search, answered
    making.join(timeout=60)
    with served.reading() as (_searcher, cache):
        assert isinstance(cache.built(SPELLER), Speller)


SHELLING = [story(6, "Mortars at the crossing", "Mortars fell near the border crossing.")]


def searched_until_found(index: SearchIndex, q: str, *, seconds: float) -> list[int]:
    """Search as a server's readers do, until ``q`` is found or ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while not (ids := found(index, q)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return ids


def test_while_commits_keep_coming_a_newer_generation_waits_for_the_rebuild_gap(tmp_path):
    """An ingest commits every few seconds; a server rebuilding after each took a core from
    its readers. The first commit after a quiet spell is served at once; one right after
    waits for the gap (here ten minutes), unless the server refreshes itself."""
    index = SearchIndex(tmp_path / "index", rebuild_gap_s=600)
    try:
        index_articles(index, GENEVA)
        assert found(index, "convoys") == []
        commit_elsewhere(index.directory, CONVOYS)
        assert searched_until_found(index, "convoys", seconds=60) == [4, 5]
        commit_elsewhere(index.directory, SHELLING)
        assert searched_until_found(index, "mortars", seconds=1.5) == []
        assert found(index, "Aleppo") == [3, 4]  # the served generation, whole
        index.refresh()
        assert found(index, "mortars") == [6]
    finally:
        index.close()
