"""A city reached through the region named after it ("Idlib province" -> Idlib), on every
engine: the city filter, the city and country facets and the map find the article, while
its result row names only the cities its text names. Articles are made here."""

from __future__ import annotations

from app.domain import EntityRef, SearchRequest
from tests.search.contract.test_writing import article

ALEPPO = EntityRef("Aleppo", "aleppo", "Syria", 36.2, 37.16)
IDLIB = EntityRef("Idlib", "idlib", "Syria", 35.93, 36.63)
IDLIB_BY_PROVINCE = EntityRef("Idlib", "idlib", "Syria", 35.93, 36.63, via="Idlib Province")
SARAQEB = EntityRef("Saraqeb", "saraqeb", "Syria", 35.86, 36.8)


def articles():
    return [
        article(1, "Shelling in the city of Aleppo", cities=(ALEPPO,)),
        # Names Saraqeb and "Idlib province", not the city of Idlib.
        article(
            2,
            "Strikes on Saraqeb in Idlib province",
            cities=(SARAQEB,),
            region_cities=(IDLIB_BY_PROVINCE,),
        ),  # fmt: skip
        article(3, "Protest in the city of Idlib", cities=(IDLIB,)),
        article(4, "Talks in Geneva"),
    ]


def test_the_city_filter_finds_articles_naming_its_province(empty_backend):
    empty_backend.index(articles())
    assert sorted(empty_backend.matching_ids(SearchRequest(cities=("idlib",)))) == [2, 3]
    assert empty_backend.search(SearchRequest(cities=("idlib",))).total == 2
    assert empty_backend.matching_ids(SearchRequest(cities=("saraqeb", "idlib"))) == [2]
    assert sorted(empty_backend.matching_ids(SearchRequest(countries=("syria",)))) == [1, 2, 3]


def test_the_city_facet_and_map_count_them(empty_backend):
    empty_backend.index(articles())
    page = empty_backend.search(SearchRequest())
    cities = {(v.slug, v.name, v.count) for v in page.city_facets}
    assert cities == {("idlib", "Idlib", 2), ("aleppo", "Aleppo", 1), ("saraqeb", "Saraqeb", 1)}
    assert {(v.slug, v.count) for v in page.country_facets} == {("syria", 3)}
    idlib = next(v for v in page.map_cities if v.slug == "idlib")
    assert (idlib.latitude, idlib.longitude) == (35.93, 36.63)


def test_a_city_known_only_through_a_province_is_labelled(empty_backend):
    empty_backend.index([article(2, "Strikes on Saraqeb in Idlib province",
                                 region_cities=(IDLIB_BY_PROVINCE,))])  # fmt: skip
    page = empty_backend.search(SearchRequest())
    assert [(v.slug, v.name, v.country, v.count) for v in page.city_facets] == [
        ("idlib", "Idlib", "Syria", 1)
    ]
    assert [(v.slug, v.name) for v in page.country_facets] == [("syria", "Syria")]


def test_result_rows_name_only_the_cities_the_text_names(empty_backend):
    empty_backend.index(articles())
    hits = {h.article_id: h for h in empty_backend.search(SearchRequest(cities=("idlib",))).hits}
    assert hits[2].cities == ("Saraqeb",)
    assert hits[3].cities == ("Idlib",)
