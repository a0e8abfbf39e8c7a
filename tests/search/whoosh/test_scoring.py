"""Relevance with numpy: the same scores as Whoosh's, and ties left to Whoosh.

The archive is ingested in two runs, so it has several segments: Whoosh then scores each
segment with its own matcher tree, the case where sums can differ in the last bits.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from app.archive import open_archive
from app.bench.corpus import generate, write_pages
from app.domain import SearchRequest
from app.ingest.pipeline import ingest_paths
from app.search.whoosh.parsing import parse_user_query
from app.search.whoosh.query import _combine
from app.search.whoosh.scoring import (
    Approximate,
    Unsupported,
    _sums_like_whoosh,
    _undecided,
    exact_scores,
)
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("scoring")
    write_pages(generate(240, seed=11), root / "pages")
    pages = sorted((root / "pages").rglob("*.txt"))
    opened = open_archive(make_settings(root / "data"))
    for part in (pages[:120], pages[120:]):
        report = ingest_paths(opened, part)
        assert len(report.added) == 120, report.summary()
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "q, filtered",
    [
        ("syria", False),
        ("syrian army", False),
        ('"chemical attack"', False),
        ("aleppo OR damascus", False),
        ("(killed OR wounded) army", False),
        ("syria army attack", False),
        ("syria", True),
        ('"syrian observatory for" killed', True),
    ],
)
def test_numpy_scores_equal_whoosh_scores(archive, q, filtered):
    with archive.search.whoosh_index.reading_sets() as (searcher, cache, sets):
        assert len(searcher.reader().leaf_readers()) >= 2
        request = SearchRequest(q=q)
        if filtered:  # a date range: every dated article, and a constant 1.0 added
            request = SearchRequest(q=q, date_from=date(2011, 1, 1))
        query = _combine(parse_user_query(q).query, request)
        docs = np.flatnonzero(sets.matches(query))
        assert len(docs) >= 3, "the query should match several articles"
        approx = Approximate(searcher, cache, sets, docs).score(query)
        exact = exact_scores(searcher, query, docs)
        assert np.all(exact > 0)
        if _sums_like_whoosh(query):  # the same additions: the very same numbers
            assert np.array_equal(approx, exact)
        else:  # the same terms added in another order: equal to rounding
            np.testing.assert_allclose(approx, exact, rtol=1e-12, atol=0)


def test_plain_queries_are_added_as_whoosh_adds_them():
    plain = ["syria", "syrian army", '"chemical attack"', "syria syrian"]
    assert all(_sums_like_whoosh(parse_user_query(q).query) for q in plain)
    # Filters are joined two at a time, so a word and two filters add up exactly too.
    request = SearchRequest(q="syria", persons=("a",), cities=("b",), date_from=date(2012, 1, 1))
    assert _sums_like_whoosh(_combine(parse_user_query("syria").query, request))
    # Three words: Whoosh pairs the parts its own way, so near-ties go back to Whoosh.
    assert not _sums_like_whoosh(parse_user_query("syria army attack").query)


def test_prefix_queries_are_left_to_whoosh(archive):
    with archive.search.whoosh_index.reading_sets() as (searcher, cache, sets):
        query = parse_user_query("civil*").query
        docs = np.flatnonzero(sets.matches(query))
        with pytest.raises(Unsupported):
            Approximate(searcher, cache, sets, docs).score(query)


def test_a_page_holds_every_near_tie_of_its_documents():
    # Descending: 5.0 (0), 3.0 + 1e-14 (2), 3.0 (1), 1.0 (3), 0.5 (4). Documents 1 and 2
    # are too close to order by these scores, so asking for the 2nd place takes both.
    approx = np.array([5.0, 3.0, 3.0 + 1e-14, 1.0, 0.5])
    order, first, last = _undecided(approx, 1, 2)
    assert list(order[:4]) == [0, 2, 1, 3]
    assert (first, last) == (1, 3)
    # The 1st place is clear of everything else: nothing more to decide.
    order, first, last = _undecided(approx, 0, 1)
    assert (int(order[0]), first, last) == (0, 0, 1)
    # The last place: the run ends with the documents.
    order, first, last = _undecided(approx, 4, 5)
    assert (int(order[4]), first, last) == (4, 4, 5)
