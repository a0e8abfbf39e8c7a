"""Regions and villages over HTTP, on a real archive built by a real ingest of small
hand-written pages (tests/place_pages.py); every expectation read off those pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.store import article_collections
from app.web import create_app
from tests.conftest import make_settings
from tests.place_pages import ingest_place_pages

VILLAGE = {"Four killed as a village is shelled", "Aid convoy reaches a village in the north west"}
BORDER = {"Shelling near the border", "Fighting in Homs"}  # the collection "border"
ALEPPO_PROVINCE = {
    "Airstrikes in the north",
    "Shelling near the border",
    "Clashes in the north west",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("regions")
    archive = open_archive(make_settings(root / "data"))
    ingest_place_pages(archive, root / "b1", "aleppo_province", "azaz", "thalthana")
    ingest_place_pages(
        archive, root / "b2", "halab", "homs", "thalthana_again"
    )  # a later ingest finds them again
    with TestClient(create_app(archive.settings, archive)) as test_client:
        found = test_client.get("/api/search", params={"q": "shells OR homs"}).json()
        ids = [r["id"] for r in found["results"] if r["title"] in BORDER]
        with archive.sessions() as session, session.begin():
            slug = article_collections.create_collection(
                session, title="Border", description="", actor="alice"
            )
            article_collections.add_articles(session, slug=slug, article_ids=ids, actor="alice")
        yield test_client
    archive.close()


def _titles(client: TestClient, **params) -> set[str]:  # type: ignore[no-untyped-def]
    data = client.get("/api/search", params=params).json()
    return {r["title"] for r in data["results"]}


def test_a_region_named_with_a_cue_is_listed(client: TestClient) -> None:
    regions = {r["slug"]: r for r in client.get("/api/regions").json()}
    assert regions["aleppo-province"] == {
        "name": "Aleppo Province",
        "slug": "aleppo-province",
        "country": "Syria",
        "count": 3,  # the province named twice, Azaz once
    }
    assert regions["idlib-province"]["count"] == 2


def test_the_region_filter_finds_the_region_and_articles_naming_only_its_cities(
    client: TestClient,
) -> None:
    # "Shelling near the border" names only the town of Azaz, in Aleppo province.
    assert _titles(client, region="aleppo-province") == ALEPPO_PROVINCE
    assert _titles(client, region="idlib-province") == VILLAGE


def test_every_region_filter_must_match(client: TestClient) -> None:
    data = client.get("/api/search?region=aleppo-province&region=idlib-province").json()
    assert data["total"] == 0


def test_the_region_filter_combines_with_a_query(client: TestClient) -> None:
    assert _titles(client, region="aleppo-province", q="shells") == {"Shelling near the border"}


def test_the_region_filter_intersects_a_collection(client: TestClient) -> None:
    assert _titles(client, collection="border") == BORDER
    assert _titles(client, collection="border", region="aleppo-province") == {
        "Shelling near the border"
    }


def test_an_unknown_region_is_a_404_naming_the_list(client: TestClient) -> None:
    response = client.get("/api/search?region=atlantis")
    assert response.status_code == 404
    assert "/api/regions" in response.text


def test_the_regions_facet_counts_every_matching_article(client: TestClient) -> None:
    facets = client.get("/api/search").json()["facets"]["regions"]
    # Every page has a Beirut dateline; Homs and Thalthana give their provinces.
    assert [(f["slug"], f["count"]) for f in facets] == [
        ("beirut-governorate", 6),
        ("aleppo-province", 3),
        ("idlib-province", 2),
        ("homs-province", 1),
    ]


def test_the_regions_facet_on_the_search_page_toggles_the_filter(client: TestClient) -> None:
    page = BeautifulSoup(client.get("/search?q=shells").text, "html.parser")
    facet = page.select("#facet-region ~ ul a")
    # "shells" also finds "shelled" (stemmed): the Azaz and Thalthana pages.
    assert [(a["data-slug"], a["href"]) for a in facet] == [
        ("beirut-governorate", "/search?q=shells&region=beirut-governorate"),
        ("aleppo-province", "/search?q=shells&region=aleppo-province"),
        ("idlib-province", "/search?q=shells&region=idlib-province"),
    ]
    page = BeautifulSoup(client.get("/search?q=shells&region=aleppo-province").text, "html.parser")
    facet = page.select("#facet-region ~ ul a")
    assert [(a["data-slug"], a["href"]) for a in facet] == [
        ("aleppo-province", "/search?q=shells"),
        (
            "beirut-governorate",
            "/search?q=shells&region=aleppo-province&region=beirut-governorate",
        ),
    ]
    chips = [(a["aria-label"], a["href"]) for a in page.select("ul.filters a")]
    assert chips == [
        ("Remove filter region Aleppo Province", "/search?q=shells"),
    ]


def test_a_region_is_found_by_another_spelling(client: TestClient) -> None:
    found = client.get("/api/regions", params={"q": "Halab"}).json()
    assert [r["slug"] for r in found] == ["aleppo-province"]
    page = BeautifulSoup(client.get("/regions?q=halab").text, "html.parser")
    assert [a.get_text() for a in page.select("table.entity-list a")] == ["Aleppo Province"]


def test_the_region_page_lists_its_articles_and_cities(client: TestClient) -> None:
    page = BeautifulSoup(client.get("/regions/aleppo-province").text, "html.parser")
    assert page.h1.get_text(" ", strip=True) == "Aleppo Province (Syria)"
    titles = {a.get_text(strip=True) for a in page.select("ol.results li h3 a, ol.results h2 a")}
    assert titles == ALEPPO_PROVINCE
    cities = [a.get_text() for a in page.select("#region-cities + ul a")]
    assert cities == ["Azaz"]  # the other two name the province, no city in it


def test_the_region_api_gives_code_forms_and_cities(client: TestClient) -> None:
    data = client.get("/api/regions/idlib-province").json()
    assert data["code"] == "SY-ID"
    assert data["count"] == 2
    assert data["cities"] == [{"name": "Thalthana", "slug": "thalthana", "count": 2}]
    assert client.get("/api/regions/atlantis").status_code == 404
    assert client.get("/regions/atlantis").status_code == 404


def test_a_village_out_of_the_gazetteer_is_stored_without_coordinates(client: TestClient) -> None:
    data = client.get("/api/cities/thalthana").json()
    assert (data["name"], data["country"]) == ("Thalthana", "Syria")
    assert (data["latitude"], data["longitude"]) == (None, None)
    assert _titles(client, city="thalthana") == VILLAGE
    assert [c["slug"] for c in client.get("/api/cities", params={"q": "thalthana"}).json()] == [
        "thalthana"
    ]
    listed = [c for c in client.get("/api/cities").json() if c["name"] == "Thalthana"]
    assert listed == [{"name": "Thalthana", "slug": "thalthana", "country": "Syria", "count": 2}]
    page = BeautifulSoup(client.get("/cities").text, "html.parser")
    assert "Thalthana" in [a.get_text() for a in page.select("table.entity-list a")]


def test_a_village_is_never_on_the_map(client: TestClient) -> None:
    page = BeautifulSoup(client.get("/search?q=village").text, "html.parser")
    markers = [a["aria-label"] for a in page.select(".map a.marker")]
    assert markers == ["Beirut: 2 articles"]
    city_page = BeautifulSoup(client.get("/cities/thalthana").text, "html.parser")
    assert city_page.h1.get_text(" ", strip=True) == "Thalthana (Syria)"
    assert city_page.select("section.map") == []
