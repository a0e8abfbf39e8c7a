"""A city filter that also finds the articles naming the province named after it, over
HTTP on a real archive of hand-written pages (tests/place_pages.py): "idlib_province"
names "the town of Saraqeb in Idlib province" (and the dateline BEIRUT), never the city of
Idlib; "idlib_city" names "the city of Idlib". Users are told, and the article page still
lists only the places its text names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.web import create_app
from tests.conftest import make_settings
from tests.place_pages import ingest_place_pages

STRIKES = "Strikes on a town in the north west"
PROTEST = "Protest in a northern city"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("city-notes")
    archive = open_archive(make_settings(root / "data"))
    ingest_place_pages(archive, root / "b1", "idlib_province", "idlib_city")
    with TestClient(create_app(archive.settings, archive)) as test_client:
        yield test_client
    archive.close()


def soup_of(client: TestClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


def test_the_city_filter_finds_the_province_articles_and_says_so(client):
    data = client.get("/api/search?city=idlib").json()
    assert {r["title"] for r in data["results"]} == {STRIKES, PROTEST}
    soup = soup_of(client, "/search?city=idlib")
    note = soup.select_one("p.city-note")
    assert note.a["href"] == "/regions/idlib-province"
    assert note.text == (
        "Idlib also finds the articles naming Idlib Province, the province named after it, "
        "even when they do not name the city itself."
    )
    assert soup_of(client, "/search?city=saraqib").select_one("p.city-note") is None


def test_the_city_facet_counts_them(client):
    facets = client.get("/api/search").json()["facets"]["cities"]
    assert {f["slug"]: f["count"] for f in facets} == {"idlib": 2, "beirut": 2, "saraqib": 1}


def test_the_city_page_says_it_includes_the_province(client):
    soup = soup_of(client, "/cities/idlib")
    assert "named in 2 articles" in soup.select_one("p.summary").text
    note = soup.select_one("p.city-note")
    assert note.a["href"] == "/regions/idlib-province"
    assert "Idlib Province" in note.text


def test_the_article_page_lists_only_the_places_the_text_names(client):
    found = client.get("/api/search?q=Saraqeb").json()["results"]
    assert [r["title"] for r in found] == [STRIKES]
    article = client.get(f"/api/articles/{found[0]['id']}").json()
    assert sorted(c["slug"] for c in article["cities"]) == ["beirut", "saraqib"]
    soup = soup_of(client, f"/articles/{found[0]['id']}")
    cities = {a.text for a in soup.select("a.entity") if a["href"].startswith("/cities/")}
    assert cities == {"Beirut", "Saraqib"}
