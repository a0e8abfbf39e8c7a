"""Searching the four seed pages through the real index (expected sets from reading them)."""

from dataclasses import replace

from app.domain import SearchRequest
from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES


def found(archive, seed_ids, **kwargs) -> set[str]:
    result = archive.search.search(SearchRequest(**kwargs))
    by_id = {v: k for k, v in seed_ids.items()}
    names = {by_id[hit.article_id] for hit in result.hits}
    assert result.total == len(names), "total must count exactly the matching articles"
    return names


def test_word_search_finds_the_three_pages_naming_mosul(seeded_archive, seed_ids):
    assert found(seeded_archive, seed_ids, q="Mosul") == {
        CARTER_PARIS,
        CARTER_REVENGE,
        KERRY_MEASURES,
    }


def test_stemming_matches_other_forms_of_a_word(seeded_archive, seed_ids):
    # Only the coalition page ("breaking his leg") and Kerry's ("breaking down") say it.
    assert found(seeded_archive, seed_ids, q="break") == {COALITION_PARIS, KERRY_MEASURES}
    # "militants" in 000's text, "militant" in 003's; 002 says it only in a photo caption,
    # which is not part of the stored text, and 001 not at all.
    assert found(seeded_archive, seed_ids, q="militant") == {CARTER_PARIS, KERRY_MEASURES}


def test_phrase_and_boolean_operators(seeded_archive, seed_ids):
    assert found(seeded_archive, seed_ids, q='"truck attack"') == {KERRY_MEASURES}
    assert found(seeded_archive, seed_ids, q="Ramadi OR Manila") == {
        COALITION_PARIS,
        KERRY_MEASURES,
    }
    assert found(seeded_archive, seed_ids, q="Mosul NOT Kerry") == {CARTER_PARIS, CARTER_REVENGE}
    assert found(seeded_archive, seed_ids, q="Interp*") == {KERRY_MEASURES}  # Interpol


def test_person_filters(seeded_archive, seed_ids):
    assert found(seeded_archive, seed_ids, persons=("ash-carter",)) == {
        CARTER_PARIS,
        CARTER_REVENGE,
    }
    assert found(seeded_archive, seed_ids, persons=("john-kerry",)) == {
        COALITION_PARIS,
        KERRY_MEASURES,
    }


def test_city_filters_merge_spellings_and_tell_nice_from_nice(seeded_archive, seed_ids):
    # 002 names Fallujah in a caption, 003 spells it Falluja.
    assert found(seeded_archive, seed_ids, cities=("fallujah",)) == {
        COALITION_PARIS,
        KERRY_MEASURES,
    }
    assert found(seeded_archive, seed_ids, cities=("nice",)) == {CARTER_PARIS, KERRY_MEASURES}


def test_several_filters_combine_with_and(seeded_archive, seed_ids):
    assert found(seeded_archive, seed_ids, persons=("ash-carter",), cities=("nice",)) == {
        CARTER_PARIS
    }
    assert found(seeded_archive, seed_ids, persons=("ash-carter", "john-kerry")) == set()
    assert found(seeded_archive, seed_ids, q="Mosul", persons=("john-kerry",)) == {KERRY_MEASURES}


def test_facets_count_persons_and_cities_over_all_matches(seeded_archive):
    result = seeded_archive.search.search(SearchRequest(q="Mosul", per_page=1))
    persons = {f.slug: f.count for f in result.person_facets}
    cities = {f.slug: f.count for f in result.city_facets}
    assert len(result.hits) == 1 and result.total == 3
    assert persons["ash-carter"] == 2
    assert persons["stephen-townsend"] == 2
    assert persons["john-kerry"] == 1
    assert cities["mosul"] == 3 and cities["raqqa"] == 3 and cities["paris"] == 3
    assert "ramadi" not in cities  # only the coalition page names Ramadi, and not Mosul


def test_every_facet_count_equals_the_filtered_total(seeded_archive):
    base = SearchRequest(q="Islamic State", facet_limit=100)
    result = seeded_archive.search.search(base)
    assert result.person_facets and result.city_facets
    for facet in result.person_facets:
        narrowed = seeded_archive.search.search(SearchRequest(q=base.q, persons=(facet.slug,)))
        assert narrowed.total == facet.count, facet
    for facet in result.city_facets:
        narrowed = seeded_archive.search.search(SearchRequest(q=base.q, cities=(facet.slug,)))
        assert narrowed.total == facet.count, facet


def test_empty_query_with_a_filter_lists_all_matching_articles_newest_first(
    seeded_archive, seed_ids
):
    result = seeded_archive.search.search(SearchRequest(cities=("paris",)))
    assert result.total == 4
    # Only the coalition page states a date (June 1, 2015); undated pages follow it.
    assert result.hits[0].article_id == seed_ids[COALITION_PARIS]


def test_date_sort_and_pages_are_deterministic(seeded_archive):
    def date_pages() -> list[list[int]]:
        request = SearchRequest(q="Islamic State", sort="date", per_page=1)
        return [
            [h.article_id for h in seeded_archive.search.search(replace(request, page=n)).hits]
            for n in (1, 2, 3, 4)
        ]

    pages, again = date_pages(), date_pages()
    assert pages == again
    flat = [p[0] for p in pages]
    assert len(set(flat)) == 4  # each article on exactly one page


def test_page_past_the_end_is_empty_not_an_error(seeded_archive):
    result = seeded_archive.search.search(SearchRequest(q="Mosul", page=99_999_999))
    assert result.total == 3 and result.hits == ()


def test_snippets_mark_the_matched_words(seeded_archive):
    result = seeded_archive.search.search(SearchRequest(q="Interpol"))
    assert "<mark>Interpol</mark>" in result.hits[0].snippet_html


def test_syntax_error_is_reported_and_the_words_still_searched(seeded_archive, seed_ids):
    result = seeded_archive.search.search(SearchRequest(q='"Ramadi'))
    assert "unclosed quotation mark" in result.query_error
    assert result.total == 1
