"""People by their role in an article, on every engine: the person filter and facet hold
the people a story is about unless ``role`` asks for bylines, photo credits or anyone.
Expectations written by hand from reading the seed pages: 003 (Reuters) ends "Additional
reporting by Andrea Shalal.; Writing by Lesley Wroughton; Editing by James Dalgleish and
Bernard Orr" and credits its photo "REUTERS/Joshua Roberts"; 000 credits "(Brigitte N.
Brantley/DOD)"; 001 credits "AFP PHOTO / AHMAD AL-RUBAYE" and "Saul Loeb / AFP/Getty
Images". No seed page names any of them in its story."""

from __future__ import annotations

from app.domain import SearchRequest
from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES
from tests.search.contract.test_search import found


def facet(backend, **kwargs) -> dict[str, int]:
    page = backend.search(SearchRequest(facet_limit=50, **kwargs))
    return {value.slug: value.count for value in page.person_facets}


def test_person_filter_finds_the_stories_about_a_person_by_default(backend, ids):
    assert found(backend, ids, persons=("lesley-wroughton",)) == set()
    assert found(backend, ids, persons=("joshua-roberts",)) == set()
    assert found(backend, ids, persons=("john-kerry",)) == {COALITION_PARIS, KERRY_MEASURES}
    assert found(backend, ids, persons=("john-kerry",), role="mentioned") == {
        COALITION_PARIS,
        KERRY_MEASURES,
    }


def test_role_author_finds_bylines_only(backend, ids):
    assert found(backend, ids, persons=("lesley-wroughton",), role="author") == {KERRY_MEASURES}
    assert found(backend, ids, persons=("andrea-shalal",), role="author") == {KERRY_MEASURES}
    assert found(backend, ids, persons=("john-kerry",), role="author") == set()
    assert found(backend, ids, persons=("joshua-roberts",), role="author") == set()


def test_role_credit_finds_photo_credits_only(backend, ids):
    assert found(backend, ids, persons=("joshua-roberts",), role="credit") == {KERRY_MEASURES}
    assert found(backend, ids, persons=("saul-loeb",), role="credit") == {CARTER_REVENGE}
    assert found(backend, ids, persons=("brigitte-n-brantley",), role="credit") == {CARTER_PARIS}
    assert found(backend, ids, persons=("lesley-wroughton",), role="credit") == set()


def test_role_any_finds_a_person_in_whatever_role(backend, ids):
    assert found(backend, ids, persons=("lesley-wroughton",), role="any") == {KERRY_MEASURES}
    assert found(backend, ids, persons=("john-kerry",), role="any") == {
        COALITION_PARIS,
        KERRY_MEASURES,
    }


def test_the_person_facet_counts_the_role_asked_for(backend):
    mentioned = facet(backend)
    assert mentioned["ash-carter"] == 2 and mentioned["john-kerry"] == 2
    for maker in ("lesley-wroughton", "andrea-shalal", "joshua-roberts", "saul-loeb"):
        assert maker not in mentioned
    assert facet(backend, role="author") == {
        "andrea-shalal": 1,
        "bernard-orr": 1,
        "james-dalgleish": 1,
        "lesley-wroughton": 1,
    }
    assert facet(backend, role="credit") == {
        "ahmad-al-rubaye": 1,
        "brigitte-n-brantley": 1,
        "joshua-roberts": 1,
        "saul-loeb": 1,
    }
    anyone = facet(backend, role="any")
    assert anyone["lesley-wroughton"] == 1 and anyone["joshua-roberts"] == 1
    assert anyone["ash-carter"] == 2


def test_role_facet_with_a_filter_counts_within_the_matches(backend):
    # Only 003 has bylines; filtered to Kerry's stories, the byline facet is 003's.
    assert facet(backend, persons=("john-kerry",), role="any")["lesley-wroughton"] == 1
    assert facet(backend, q="Mosul", role="author") == {
        "andrea-shalal": 1,
        "bernard-orr": 1,
        "james-dalgleish": 1,
        "lesley-wroughton": 1,
    }
    assert facet(backend, q="Raqqa", sources=("Stars and Stripes",), role="author") == {}


def test_result_rows_still_name_every_person_of_the_article(backend, ids):
    page = backend.search(SearchRequest(q="Interpol"))  # 003 alone says it
    assert [hit.article_id for hit in page.hits] == [ids[KERRY_MEASURES]]
    names = set(page.hits[0].persons)
    assert {"John Kerry", "Lesley Wroughton", "Joshua Roberts"} <= names


def test_matching_ids_and_date_counts_follow_the_role(backend, ids):
    asked = SearchRequest(persons=("lesley-wroughton",), role="author")
    assert backend.matching_ids(asked) == [ids[KERRY_MEASURES]]
    assert backend.matching_ids(SearchRequest(persons=("lesley-wroughton",))) == []
    # 003 states no date: counted as undated.
    counts = backend.date_counts(asked, "month")
    assert (counts.total, counts.undated) == (1, 1)
