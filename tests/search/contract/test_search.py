"""``SearchBackend.search`` and ``matching_ids`` on the four seed pages: what every engine
must return (expected sets written by hand from reading the pages). Relevance order may
differ between engines; every set, total and count may not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain import SearchRequest
from app.search import QueryTooCostly
from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES


def found(backend, ids, **kwargs) -> set[str]:
    result = backend.search(SearchRequest(**kwargs))
    by_id = {v: k for k, v in ids.items()}
    names = {by_id[hit.article_id] for hit in result.hits}
    assert result.total == len(names), "total must count exactly the matching articles"
    return names


def test_word_search_finds_the_three_pages_naming_mosul(backend, ids):
    assert found(backend, ids, q="Mosul") == {CARTER_PARIS, CARTER_REVENGE, KERRY_MEASURES}


def test_stemming_matches_other_forms_of_a_word(backend, ids):
    # Only the coalition page ("breaking his leg") and Kerry's ("breaking down") say it.
    assert found(backend, ids, q="break") == {COALITION_PARIS, KERRY_MEASURES}
    # "militants" in 000's text, "militant" in 003's; 002 says it only in a photo caption,
    # which is not part of the stored text, and 001 not at all.
    assert found(backend, ids, q="militant") == {CARTER_PARIS, KERRY_MEASURES}


def test_phrase_and_boolean_operators(backend, ids):
    assert found(backend, ids, q='"truck attack"') == {KERRY_MEASURES}
    assert found(backend, ids, q="Ramadi OR Manila") == {COALITION_PARIS, KERRY_MEASURES}
    assert found(backend, ids, q="Mosul NOT Kerry") == {CARTER_PARIS, CARTER_REVENGE}
    assert found(backend, ids, q="Mosul AND Ramadi") == set()
    assert found(backend, ids, q="(Ramadi OR Manila) NOT Interpol") == {COALITION_PARIS}


def test_prefix_search(backend, ids):
    assert found(backend, ids, q="Interp*") == {KERRY_MEASURES}  # Interpol


def test_person_filters(backend, ids):
    assert found(backend, ids, persons=("ash-carter",)) == {CARTER_PARIS, CARTER_REVENGE}
    assert found(backend, ids, persons=("john-kerry",)) == {COALITION_PARIS, KERRY_MEASURES}


def test_city_filters_merge_spellings_and_tell_nice_from_nice(backend, ids):
    # 002 names Fallujah in a caption, 003 spells it Falluja.
    assert found(backend, ids, cities=("fallujah",)) == {COALITION_PARIS, KERRY_MEASURES}
    assert found(backend, ids, cities=("nice",)) == {CARTER_PARIS, KERRY_MEASURES}


def test_region_filters_find_the_region_named_and_the_articles_about_its_cities(backend, ids):
    # 002 names "the Anbar region" itself; Raqqa Province is found through its city:
    # 000, 001 and 003 name Raqqa, none names the province.
    assert found(backend, ids, regions=("al-anbar-governorate",)) >= {COALITION_PARIS}
    assert found(backend, ids, regions=("raqqa-province",)) == {
        CARTER_PARIS,
        CARTER_REVENGE,
        KERRY_MEASURES,
    }
    # With the words and other filters: and-ed, as for persons and cities.
    assert found(backend, ids, q="Kerry", regions=("raqqa-province",)) == {KERRY_MEASURES}
    assert found(backend, ids, regions=("raqqa-province", "al-anbar-governorate")) <= {
        KERRY_MEASURES
    }


def test_the_regions_facet_counts_every_match_with_its_name_and_country(backend):
    result = backend.search(SearchRequest(facet_limit=50))
    regions = {f.slug: (f.name, f.count, f.country) for f in result.region_facets}
    assert regions["raqqa-province"] == ("Raqqa Province", 3, "Syria")
    assert regions["al-anbar-governorate"][0::2] == ("Al Anbar Governorate", "Iraq")
    narrowed = backend.search(SearchRequest(q="Kerry", facet_limit=50))
    assert {f.slug: f.count for f in narrowed.region_facets}["raqqa-province"] == 1


def test_country_and_source_filters(backend, ids):
    # Kerry's page names Manila, Philippines; no other page names a Philippine city.
    assert found(backend, ids, q="Mosul", countries=("philippines",)) == {KERRY_MEASURES}
    assert found(backend, ids, q="Mosul", sources=("Reuters",)) == {KERRY_MEASURES}
    # Several sources mean any of them.
    assert found(backend, ids, sources=("Reuters", "Stars and Stripes")) == {
        CARTER_PARIS,
        KERRY_MEASURES,
    }


def test_several_filters_combine_with_and(backend, ids):
    assert found(backend, ids, persons=("ash-carter",), cities=("nice",)) == {CARTER_PARIS}
    assert found(backend, ids, persons=("ash-carter", "john-kerry")) == set()
    assert found(backend, ids, q="Mosul", persons=("john-kerry",)) == {KERRY_MEASURES}


def test_date_range_keeps_only_dated_articles_inside_it(backend, ids):
    # Only the coalition page states a date: June 1, 2015.
    june_first = date(2015, 6, 1)
    assert found(backend, ids, date_from=june_first, date_to=june_first) == {COALITION_PARIS}
    assert found(backend, ids, date_to=date(2015, 5, 31)) == set()
    assert found(backend, ids, date_from=date(2015, 6, 2)) == set()


def test_facets_count_persons_and_cities_over_all_matches(backend):
    result = backend.search(SearchRequest(q="Mosul", per_page=1))
    persons = {f.slug: f.count for f in result.person_facets}
    cities = {f.slug: f.count for f in result.city_facets}
    assert len(result.hits) == 1 and result.total == 3
    assert persons["ash-carter"] == 2
    assert persons["stephen-townsend"] == 2
    assert persons["john-kerry"] == 1
    assert cities["mosul"] == 3 and cities["raqqa"] == 3 and cities["paris"] == 3
    assert "ramadi" not in cities  # only the coalition page names Ramadi, and not Mosul


def test_facets_carry_names_countries_and_sources(backend):
    result = backend.search(SearchRequest(q="Mosul", persons=("ash-carter",)))
    persons = {f.slug: (f.name, f.count) for f in result.person_facets}
    assert persons["ash-carter"] == ("Ash Carter", 2)
    mosul = next(f for f in result.city_facets if f.slug == "mosul")
    assert (mosul.name, mosul.country, mosul.count) == ("Mosul", "Iraq", 2)
    sources = {f.name: f.count for f in result.source_facets}
    # Carter's NBC page states no source: it is counted in no source, and no blank
    # value is offered as a filter.
    assert sources == {"Stars and Stripes": 1}
    markers = {f.slug: f.count for f in result.map_cities}
    assert markers["mosul"] == 2 and markers["abu-dhabi"] == 1


def test_every_facet_count_equals_the_filtered_total(backend):
    base = SearchRequest(q="Islamic State", facet_limit=100)
    result = backend.search(base)
    assert result.person_facets and result.city_facets
    for facet in result.person_facets:
        narrowed = backend.search(SearchRequest(q=base.q, persons=(facet.slug,)))
        assert narrowed.total == facet.count, facet
    for facet in result.city_facets:
        narrowed = backend.search(SearchRequest(q=base.q, cities=(facet.slug,)))
        assert narrowed.total == facet.count, facet
    assert result.region_facets
    for facet in result.region_facets:
        narrowed = backend.search(SearchRequest(q=base.q, regions=(facet.slug,)))
        assert narrowed.total == facet.count, facet


def test_facet_limit_bounds_every_facet(backend):
    result = backend.search(SearchRequest(q="Islamic State", per_page=2, facet_limit=3))
    assert result.total == 4 and len(result.hits) == 2
    assert len(result.person_facets) == 3 and len(result.city_facets) == 3


def test_histogram_counts_dated_matches_by_month(backend):
    result = backend.search(SearchRequest(cities=("paris",)))
    assert [(bar.label, bar.start, bar.end, bar.count) for bar in result.histogram] == [
        ("2015-06", date(2015, 6, 1), date(2015, 6, 30), 1)
    ]
    assert result.undated == 3


def test_empty_query_with_a_filter_lists_all_matching_articles_newest_first(backend, ids):
    result = backend.search(SearchRequest(cities=("paris",)))
    assert result.total == 4
    # Only the coalition page states a date (June 1, 2015); undated pages follow it,
    # newest (highest id) first.
    undated = sorted((ids[n] for n in (CARTER_PARIS, CARTER_REVENGE, KERRY_MEASURES)), reverse=True)
    assert [h.article_id for h in result.hits] == [ids[COALITION_PARIS], *undated]
    oldest = backend.search(SearchRequest(cities=("paris",), sort="oldest"))
    assert [h.article_id for h in oldest.hits] == [ids[COALITION_PARIS], *sorted(undated)]


def test_date_sort_and_pages_are_deterministic(backend):
    def date_pages() -> list[list[int]]:
        request = SearchRequest(q="Islamic State", sort="date", per_page=1)
        return [
            [h.article_id for h in backend.search(replace(request, page=n)).hits]
            for n in (1, 2, 3, 4)
        ]

    pages, again = date_pages(), date_pages()
    assert pages == again
    flat = [p[0] for p in pages]
    assert len(set(flat)) == 4  # each article on exactly one page


def test_page_past_the_end_is_empty_not_an_error(backend):
    result = backend.search(SearchRequest(q="Mosul", page=99_999_999))
    assert result.total == 3 and result.hits == ()


def test_hits_carry_what_a_result_row_shows(backend, ids):
    result = backend.search(SearchRequest(q="Interpol"))
    (hit,) = result.hits
    assert hit.article_id == ids[KERRY_MEASURES]
    assert hit.title == "Kerry calls for new measures to counter changing Islamic State"
    assert hit.source == "Reuters" and hit.published is None
    assert "John Kerry" in hit.persons and "Fallujah" in hit.cities
    assert "<mark>Interpol</mark>" in hit.snippet_html


def test_syntax_error_is_reported_and_the_words_still_searched(backend):
    result = backend.search(SearchRequest(q='"Ramadi'))
    assert "unclosed quotation mark" in result.query_error
    assert result.total == 1


def test_a_query_of_operators_only_finds_nothing_with_a_message(backend):
    result = backend.search(SearchRequest(q="AND"))
    assert result.total == 0 and result.hits == ()
    assert result.query_error


def test_a_misspelling_is_offered_a_correction_that_finds_more(backend):
    # In the reader's case (issue 12: "Mosol -> Mosul").
    assert backend.search(SearchRequest(q="Mosol")).suggestion == "Mosul"
    assert backend.search(SearchRequest(q="mosol")).suggestion == "mosul"
    assert backend.search(SearchRequest(q="Mosul")).suggestion is None


@pytest.mark.parametrize(
    ("typed", "expected", "found"),
    [
        # A capitalised word prefers people's and places' names: Kerry, not "very".
        ("Kery", "Kerry", 2),  # John Kerry: the coalition and Kerry pages
        ("Raqa", "Raqqa", 3),  # 000, 001 and 003 name Raqqa
        ("Islamik State", "Islamic State", 4),
        ('"Islamik State"', '"Islamic State"', 4),  # inside quotes too
        ("Mosol NOT Kery", "Mosul NOT Kerry", 2),  # operators kept: 000 and 001
    ],
)
def test_corrections_from_the_archives_words_and_names(backend, typed, expected, found):
    result = backend.search(SearchRequest(q=typed))
    assert result.total == 0
    assert result.suggestion == expected
    assert backend.search(SearchRequest(q=expected)).total == found


def test_no_correction_that_finds_fewer_or_changes_nothing(backend):
    # Falluja is in Kerry's page; "Fallujah" (one edit from "Falujah") is only in a caption
    # of the coalition page, which is not stored text: it would find nothing more.
    assert backend.search(SearchRequest(q="Falujah")).suggestion is None
    # A word the archive knows well is never corrected.
    assert backend.search(SearchRequest(q="Raqqa Mosul")).suggestion is None
    # Nothing near: no suggestion.
    assert backend.search(SearchRequest(q="xqzvwk")).suggestion is None


def test_matching_ids_lists_every_match_in_the_requests_order(backend, ids):
    paris = SearchRequest(cities=("paris",), per_page=1)
    undated = sorted((ids[n] for n in (CARTER_PARIS, CARTER_REVENGE, KERRY_MEASURES)), reverse=True)
    assert backend.matching_ids(paris) == [ids[COALITION_PARIS], *undated]
    mosul = SearchRequest(q="Mosul", persons=("ash-carter",), per_page=1)
    assert sorted(backend.matching_ids(mosul)) == sorted([ids[CARTER_PARIS], ids[CARTER_REVENGE]])
    assert backend.matching_ids(SearchRequest(q="AND")) == []


def test_related_articles_are_other_stored_articles(backend, ids):
    related = backend.related(ids[CARTER_PARIS], 5)
    assert related  # the other pages share Mosul, Raqqa, the Islamic State...
    assert ids[CARTER_PARIS] not in {hit.article_id for hit in related}
    assert {hit.article_id for hit in related} <= set(ids.values())
    assert len(backend.related(ids[CARTER_PARIS], 1)) == 1
    assert backend.related(999_999, 5) == ()


# The many-prefix query of issue 13: one-letter prefixes stand for most of the vocabulary.
MANY_PREFIXES = "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* r* s* t* u* v* w* y*"


def test_a_query_beyond_the_cost_limits_is_refused_naming_the_limit(backend):
    for ask in (backend.search, backend.matching_ids):
        with pytest.raises(QueryTooCostly) as refused:
            ask(SearchRequest(q=MANY_PREFIXES))
        assert "The prefix 'a*' is too short: a prefix needs at least 2 letters" in str(
            refused.value
        )
        assert "Type more of the word before the *" in refused.value.hint
    # Two letters are enough (the default limit), and find what they should.
    assert backend.search(SearchRequest(q="Interp*")).total == 1


def test_as_of_restricts_to_the_articles_held_then_and_pages_report_their_state(backend, ids):
    # The seed pages are stored in file order: 000 first, 003 last.
    assert [ids[n] for n in (CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES)] == [
        1,
        2,
        3,
        4,
    ]
    # Mosul is named by 000, 001 and 003; as of article 2, only the first two were there.
    assert found(backend, ids, q="Mosul", as_of=2) == {CARTER_PARIS, CARTER_REVENGE}
    assert found(backend, ids, q="Mosul", as_of=4) == {CARTER_PARIS, CARTER_REVENGE, KERRY_MEASURES}
    assert found(backend, ids, cities=("paris",), as_of=0) == set()
    assert sorted(backend.matching_ids(SearchRequest(q="Mosul", as_of=3))) == [1, 2]
    # A page says which state it reflects: the highest id held, or the request's own.
    assert backend.search(SearchRequest(q="Mosul")).as_of == 4
    assert backend.search(SearchRequest(q="Mosul", as_of=2)).as_of == 2
    pinned = backend.search(SearchRequest(cities=("paris",), as_of=3))
    assert pinned.total == 3 and [bar.count for bar in pinned.histogram] == [1]
    assert {f.slug: f.count for f in pinned.person_facets}["ash-carter"] == 2


@pytest.mark.parametrize(
    ("interval", "start"),
    [
        ("day", date(2015, 6, 1)),
        ("week", date(2015, 6, 1)),  # June 1, 2015 was a Monday
        ("month", date(2015, 6, 1)),
        ("year", date(2015, 1, 1)),
    ],
)
def test_date_counts_count_dated_matches_per_period(backend, interval, start):
    # Of the four pages naming Paris only the coalition page states a date (June 1, 2015).
    counts = backend.date_counts(SearchRequest(cities=("paris",)), interval)
    assert counts.interval == interval
    assert counts.buckets == ((start, 1),)
    assert (counts.total, counts.undated) == (4, 3)


def test_date_counts_follow_the_query_filters_and_as_of(backend):
    mosul = backend.date_counts(SearchRequest(q="Mosul", sort="date", page=3), "month")
    assert (mosul.buckets, mosul.total, mosul.undated) == ((), 3, 3)  # none of the 3 is dated
    pinned = backend.date_counts(SearchRequest(cities=("paris",), as_of=2), "month")
    assert (pinned.buckets, pinned.total, pinned.undated) == ((), 2, 2)  # 000, 001: undated
    operators_only = backend.date_counts(SearchRequest(q="AND"), "month")
    assert (operators_only.buckets, operators_only.total) == ((), 0)


def test_an_article_id_restriction_combines_with_every_filter_and_facet(backend, ids):
    """A collection filter reaches the engine as the set of articles it may return."""
    kept = frozenset({ids[CARTER_PARIS], ids[COALITION_PARIS], ids[KERRY_MEASURES]})
    assert found(backend, ids, article_ids=kept) == {CARTER_PARIS, COALITION_PARIS, KERRY_MEASURES}
    # With words: Mosul is in 000, 001 and 003; 001 is not kept.
    assert found(backend, ids, q="Mosul", article_ids=kept) == {CARTER_PARIS, KERRY_MEASURES}
    # With a person filter and in date order.
    assert found(backend, ids, persons=("ash-carter",), article_ids=kept) == {CARTER_PARIS}
    assert found(backend, ids, sort="date", article_ids=kept) == {
        CARTER_PARIS, COALITION_PARIS, KERRY_MEASURES
    }  # fmt: skip
    # Facets count the kept articles only: Ash Carter is in 000 (kept) and 001 (not).
    page = backend.search(SearchRequest(article_ids=kept))
    assert {f.slug: f.count for f in page.person_facets}["ash-carter"] == 1
    assert {f.slug: f.count for f in page.city_facets}["paris"] == 3
    # An empty collection matches nothing; exports follow the same restriction.
    assert backend.search(SearchRequest(article_ids=frozenset())).total == 0
    assert sorted(backend.matching_ids(SearchRequest(q="Mosul", article_ids=kept))) == sorted(
        [ids[CARTER_PARIS], ids[KERRY_MEASURES]]
    )
