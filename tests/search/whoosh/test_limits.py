"""Query cost limits of the Whoosh backend, each set low on articles made here, so that
which limit is hit is read off the articles below."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain import Article, SearchRequest
from app.search import QueryTooCostly
from app.search.whoosh import WhooshBackend
from app.search.whoosh.limits import QueryLimits


def article(article_id: int, body: str) -> Article:
    return Article(
        id=article_id,
        title=f"Report {article_id}",
        body=body,
        published=None,
        source=None,
        author=None,
        url=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


@pytest.fixture
def make_backend(tmp_path):
    opened = []

    def make(**limits) -> WhooshBackend:
        backend = WhooshBackend(tmp_path / f"index{len(opened)}", limits=QueryLimits(**limits))
        backend.index(
            [
                article(1, "Shelling near Homs; the shells hit a school."),
                article(2, "Shelled again, said the shelter's director, in Hama."),
                article(3, "Talks in Geneva stalled over the ceasefire."),
            ]
        )
        opened.append(backend)
        return backend

    yield make
    for backend in opened:
        backend.close()


def refusal(backend: WhooshBackend, q: str) -> str:
    with pytest.raises(QueryTooCostly) as refused:
        backend.search(SearchRequest(q=q))
    return str(refused.value)


def test_prefix_minimum_length_is_settable(make_backend):
    three = make_backend(prefix_min_chars=3)
    assert "The prefix 'sh*' is too short: a prefix needs at least 3 letters" in refusal(
        three, "sh*"
    )
    assert three.search(SearchRequest(q="she*")).total == 2
    # Wildcards count the letters before their first wildcard character.
    assert "The prefix 'h?ma' is too short" in refusal(three, "h?ma")
    assert three.search(SearchRequest(q="ham?")).total == 1  # Hama


def test_a_prefix_standing_for_too_many_words_is_refused(make_backend):
    # Words are indexed stemmed: Shelling, shells and Shelled are all "shell", and with
    # "shelter" that makes two words beginning "shel".
    two = make_backend(prefix_max_terms=1)
    message = refusal(two, "shel*")
    assert "The prefix 'shel*' stands for more than 1 indexed words" in message
    assert "Use a longer prefix" in message
    assert make_backend(prefix_max_terms=2).search(SearchRequest(q="shel*")).total == 2


def test_a_query_searching_too_many_words_is_refused(make_backend):
    few = make_backend(query_max_terms=3)
    assert few.search(SearchRequest(q="Homs OR Hama OR Geneva")).total == 3
    message = refusal(few, "Homs OR Hama OR Geneva OR talks")
    assert "would look for 4 indexed words" in message and "the limit is 3" in message
    # A prefix counts every word it stands for: "shel*" is two, plus Homs and Hama.
    assert "would look for 4 indexed words" in refusal(few, "shel* OR Homs OR Hama")


def test_a_search_past_its_time_budget_is_stopped(make_backend):
    # A budget no search can meet: refused at its first read of the index.
    hurried = make_backend(time_budget_s=1e-9)
    message = refusal(hurried, "ceasefire")
    assert "took longer than the 1e-09 s a search may take" in message
    assert "Narrow it" in message
    # The budget is per search: a backend with the default one answers.
    assert make_backend().search(SearchRequest(q="ceasefire")).total == 1
