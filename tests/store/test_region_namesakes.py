"""Cities found through the region named after them (app/store/region_namesakes.py), on a
real archive built by real ingests of hand-written pages (tests/place_pages.py), on both
databases. "idlib_province" names the town of Saraqeb "in Idlib province" and never the
city of Idlib; "idlib_city" names "the city of Idlib"; "aleppo_province" names "northern
Aleppo province" and no city of it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain import SearchRequest
from app.store import region_namesakes, repository
from app.store.models import ArticleRow
from tests.place_pages import ingest_place_pages

STRIKES = "Strikes on a town in the north west"  # idlib_province
PROTEST = "Protest in a northern city"  # idlib_city
AIRSTRIKES = "Airstrikes in the north"  # aleppo_province


@pytest.mark.parametrize(
    ("region", "base"),
    [
        ("Aleppo Province", "alepo"),  # doubled letters folded, as place_key does
        ("Deir ez-Zor Province", "deir zor"),
        ("Donetsk Oblast", "donetsk"),
        ("Borno State", "borno"),
        ("Al Anbar Governorate", "anbar"),
        ("Raqa", "raqa"),  # a region stored by name, with no type word
        ("Province", ""),
    ],
)
def test_region_base_key_drops_the_type_word(region, base):
    assert region_namesakes.region_base_key(region) == base


def _ids(archive) -> dict[str, int]:
    with archive.sessions() as session:
        return {t: i for i, t in session.execute(select(ArticleRow.id, ArticleRow.title))}


def _titles(archive, **request) -> set[str]:
    by_id = {i: t for t, i in _ids(archive).items()}
    return {by_id[i] for i in archive.search.matching_ids(SearchRequest(**request))}


def test_the_city_filter_finds_the_articles_naming_its_province(archive, tmp_path):
    ingest_place_pages(archive, tmp_path / "b1", "idlib_province", "aleppo_province")
    # No city of Idlib is stored yet: nothing is reached through the province.
    assert _titles(archive, cities=("idlib",)) == set()
    # A later ingest stores the city: the earlier article is indexed again and reaches it.
    ingest_place_pages(archive, tmp_path / "b2", "idlib_city")
    assert _titles(archive, cities=("idlib",)) == {STRIKES, PROTEST}
    # Aleppo province has no city of Aleppo stored: its article reaches no city.
    with archive.sessions() as session:
        found = region_namesakes.region_cities(session, article_ids=list(_ids(archive).values()))
    assert found == {_ids(archive)[STRIKES]: found[_ids(archive)[STRIKES]]}


def test_the_article_still_lists_only_the_cities_its_text_names(archive, tmp_path):
    ingest_place_pages(archive, tmp_path / "b1", "idlib_province", "idlib_city")
    ids = _ids(archive)
    with archive.sessions() as session:
        loaded = {
            a.title: a
            for a in repository.load_articles(session, article_ids=[ids[STRIKES], ids[PROTEST]])
        }
        strikes, protest = loaded[STRIKES], loaded[PROTEST]
        region = region_namesakes.namesake_region(session, city_slug="idlib")
        assert region_namesakes.namesake_region(session, city_slug="saraqib") is None
    assert [c.name for c in strikes.cities] == ["Beirut", "Saraqib"]  # dateline, town
    assert [(c.slug, c.via) for c in strikes.region_cities] == [("idlib", "Idlib Province")]
    assert "idlib" in [c.slug for c in protest.cities] and protest.region_cities == ()
    assert (region.name, region.slug) == ("Idlib Province", "idlib-province")
