"""Writing to a backend: index, bulk writer, delete, rebuild, clear; what it then holds
(indexed ids and fields, check); relevance ties and date order decided by article id;
stored text never reaching a snippet unescaped. Articles are made here, so every
expectation is read off the articles below."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from app.domain import Article, EntityRef, SearchRequest
from app.search import IndexedFields, open_backend
from tests.search.contract.conftest import ENGINES


def article(article_id: int, body: str = "Shelling in Aleppo", **fields) -> Article:
    values = {
        "title": f"Report {article_id}",
        "published": None,
        "source": None,
        "author": None,
        "url": None,
    } | fields
    return Article(id=article_id, body=body, ingested_at=datetime(2024, 1, 1, tzinfo=UTC), **values)


def ids_of(backend, **request) -> list[int]:
    return [hit.article_id for hit in backend.search(SearchRequest(**request)).hits]


def test_a_new_backend_is_empty_and_answers(empty_backend):
    assert empty_backend.indexed_ids() == []
    assert empty_backend.search(SearchRequest(q="Aleppo")).total == 0
    assert empty_backend.matching_ids(SearchRequest()) == []
    health = empty_backend.check()
    assert health.documents == 0


def test_index_replaces_an_article_by_id(empty_backend):
    assert empty_backend.index([article(1), article(2)]) == 2
    assert empty_backend.index([article(2, "Shelling in Homs"), article(2, "Homs again")]) == 1
    assert empty_backend.indexed_ids() == [1, 2]
    assert ids_of(empty_backend, q="Homs") == [2]
    assert ids_of(empty_backend, q="Aleppo") == [1]


def test_bulk_writer_makes_articles_searchable_at_commit(empty_backend):
    writer = empty_backend.bulk_writer()
    assert writer.add([article(1), article(2)]) == 2
    assert writer.pending == 2
    assert empty_backend.search(SearchRequest()).total == 0  # not committed yet
    assert writer.commit() == [1, 2]
    assert empty_backend.search(SearchRequest()).total == 2
    # An article indexed again (as after a run killed between the index commit and
    # marking the articles indexed) replaces itself, twice in one writer too.
    assert writer.add([article(2, "Shelling in Homs"), article(2), article(3)]) == 2
    writer.cancel()
    assert empty_backend.indexed_ids() == [1, 2]
    writer = empty_backend.bulk_writer()
    writer.add([article(2, "Shelling in Homs"), article(3)])
    assert writer.commit() == [2, 3]
    assert empty_backend.indexed_ids() == [1, 2, 3]
    assert ids_of(empty_backend, q="Homs") == [2]


def test_delete_removes_only_the_given_articles(empty_backend):
    empty_backend.index([article(1), article(2), article(3)])
    assert empty_backend.delete([2, 3]) == 2
    assert empty_backend.indexed_ids() == [1]
    assert ids_of(empty_backend, q="Aleppo") == [1]


def test_indexed_fields_are_what_was_given(empty_backend):
    empty_backend.index(
        [
            article(1, title="Strikes on Raqqa", source="Reuters", published=date(2016, 7, 3)),
            article(2),
        ]
    )
    assert empty_backend.indexed_fields([1, 2, 9]) == {
        1: IndexedFields(title="Strikes on Raqqa", source="Reuters", published=date(2016, 7, 3)),
        2: IndexedFields(title="Report 2", source=None, published=None),
    }


def test_rebuild_replaces_everything_and_clear_empties(empty_backend):
    empty_backend.index([article(1), article(2)])
    assert empty_backend.rebuild(iter([article(5, "Shelling in Homs"), article(6)])) == 2
    assert empty_backend.indexed_ids() == [5, 6]
    assert ids_of(empty_backend, q="Homs") == [5]
    empty_backend.clear()
    assert empty_backend.indexed_ids() == []
    assert empty_backend.search(SearchRequest()).total == 0


def test_check_counts_the_documents_of_a_healthy_index(empty_backend):
    empty_backend.index([article(1), article(2)])
    health = empty_backend.check()
    assert health.ok and health.documents == 2
    assert health.problem is None


def test_equal_scores_are_ordered_by_article_id(empty_backend):
    # Same words, same lengths: the same score, whatever order they were indexed in.
    empty_backend.index([article(i, "Shelling in Aleppo") for i in (7, 3, 9, 1)])
    assert ids_of(empty_backend, q="Aleppo") == [1, 3, 7, 9]
    assert ids_of(empty_backend, q="Aleppo", page=2, per_page=2) == [7, 9]


def test_date_order_newest_or_oldest_first_ties_by_id_undated_last(empty_backend):
    empty_backend.index(
        [
            article(1, published=date(2016, 5, 1)),
            article(2),  # undated
            article(3, published=date(2017, 1, 9)),
            article(4, published=date(2016, 5, 1)),
            article(5),  # undated
        ]
    )
    assert ids_of(empty_backend, q="Aleppo", sort="date") == [3, 4, 1, 5, 2]
    assert ids_of(empty_backend, q="Aleppo", sort="oldest") == [1, 4, 3, 2, 5]
    assert empty_backend.matching_ids(SearchRequest(sort="date")) == [3, 4, 1, 5, 2]


def test_snippets_escape_the_stored_text(empty_backend):
    hostile = article(
        1,
        "Militants attacked Mosul <img src=x onerror=alert(1)> and the "
        "<script>alert('y')</script> attack was repelled.",
        title="Militants attack Mosul <script>alert('x')</script>",
    )
    empty_backend.index([hostile])
    for q in ("attack", "", "alert"):  # a snippet around matches, or the opening
        (hit,) = empty_backend.search(SearchRequest(q=q)).hits
        assert "<script>" not in hit.snippet_html and "<img" not in hit.snippet_html, q
        assert "&lt;script&gt;" in hit.snippet_html, q
        # The title is plain text, the page escapes it: as stored.
        assert hit.title == "Militants attack Mosul <script>alert('x')</script>"
    marked = empty_backend.search(SearchRequest(q="attack")).hits[0].snippet_html
    assert "<mark>attack</mark>" in marked


def test_the_index_size_grows_with_what_it_holds(empty_backend):
    # The bench reports it: an index of 200 articles of 400 words takes more than one of
    # a single short article (whatever each engine's overhead).
    empty_backend.index([article(1)])
    small = empty_backend.size_bytes()
    long_body = " ".join(f"word{n} Aleppo shelling" for n in range(400))
    empty_backend.index([article(i, long_body) for i in range(2, 202)])
    assert empty_backend.size_bytes() > small > 0


def _person_facet(backend) -> list[tuple[str, str, int]]:
    return [(v.name, v.slug, v.count) for v in backend.search(SearchRequest()).person_facets]


def test_a_person_indexed_again_under_a_new_name_is_shown_by_it_at_the_next_search(
    empty_backend,
):
    # What an editor's rename does: the person's articles are indexed again, same ids.
    carter = EntityRef("Ash Carter", "ash-carter", role="mentioned")
    empty_backend.index([article(1, persons=(carter,)), article(2, persons=(carter,))])
    assert _person_facet(empty_backend) == [("Ash Carter", "ash-carter", 2)]
    ashton = EntityRef("Ashton Carter", "ash-carter", role="mentioned")
    empty_backend.index([article(1, persons=(ashton,)), article(2, persons=(ashton,))])
    assert _person_facet(empty_backend) == [("Ashton Carter", "ash-carter", 2)]


def test_a_newer_article_another_process_indexed_names_the_value(engine, empty_backend, tmp_path):
    # An ingest in another process stores a newer article naming the person under its
    # fuller name: the serving process shows that name once it serves that commit.
    other = open_backend(ENGINES[engine](tmp_path))  # the same index or collection
    try:
        carter = EntityRef("Ash Carter", "ash-carter", role="mentioned")
        empty_backend.index([article(1, persons=(carter,))])
        assert _person_facet(empty_backend) == [("Ash Carter", "ash-carter", 1)]
        ashton = EntityRef("Ashton Carter", "ash-carter", role="mentioned")
        other.index([article(2, persons=(ashton,))])
    finally:
        other.close()
    # Another process's commit is served once the serving process has built it (in the
    # background on the embedded default, within a fraction of a second): searches until
    # then answer from what they had, never an error.
    expected = [("Ashton Carter", "ash-carter", 2)]
    assert _eventually(lambda: _person_facet(empty_backend), expected) == expected


def _eventually(read, expected, seconds: float = 30.0):
    """What ``read`` returns once it answers ``expected``, else at the end of a bound that
    only keeps a broken build from hanging the suite."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (now := read()) == expected:
            return now
        time.sleep(0.05)
    return read()
