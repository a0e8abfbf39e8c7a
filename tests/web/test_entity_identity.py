"""Merged entities' old URLs redirect, entities are found the way users type them, and
person roles show: over HTTP, on a real archive built by real ingests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.web import create_app
from tests.conftest import KERRY_MEASURES, SEEDS, make_settings
from tests.entity_pages import ingest_pages


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("identity")
    archive = open_archive(make_settings(root / "data"))
    # Two batches, so that the plain "Donald Trump" and "Assad" arrive after the rest.
    ingest_pages(archive, root / "b1", "trumps", "rahman1", "rahman2", "rahman3", "rahman4",
                 "bashar1", "bashar2", "bashar3", "quneitra")  # fmt: skip
    ingest_pages(archive, root / "b2", "trump", "assad")
    (root / "b3").mkdir()
    shutil.copy(SEEDS / KERRY_MEASURES, root / "b3" / KERRY_MEASURES)
    from app.ingest.pipeline import ingest_paths

    assert ingest_paths(archive, [root / "b3"]).ok
    with TestClient(create_app(archive.settings, archive)) as test_client:
        yield test_client
    archive.close()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/people/donald-trumps", "/people/donald-trump"),
        ("/people/assad?page=1", "/people/bashar-al-assad?page=1"),
        ("/api/people/donald-trumps", "/api/people/donald-trump"),
        ("/search?q=envoy&person=donald-trumps", "/search?q=envoy&person=donald-trump"),
        ("/api/search?person=assad&sort=date", "/api/search?person=bashar-al-assad&sort=date"),
    ],
)
def test_merged_slugs_redirect(client: TestClient, old: str, new: str) -> None:
    response = client.get(old, follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == new
    assert client.get(old).status_code == 200


def test_the_redirected_filter_finds_both_articles(client: TestClient) -> None:
    data = client.get("/api/search", params={"person": "donald-trumps"}).json()
    assert data["total"] == 2
    assert {r["title"] for r in data["results"]} == {
        "Envoy in Damascus",
        "Trump says the strikes on Syria will go on",
    }
    assert data["facets"]["persons"][0] == {
        "name": "Donald Trump",
        "slug": "donald-trump",
        "count": 2,
    }


def test_an_unknown_slug_is_still_a_404(client: TestClient) -> None:
    assert client.get("/people/nobody-at-all").status_code == 404
    assert client.get("/api/people/nobody-at-all").status_code == 404
    assert client.get("/search", params={"person": "nobody-at-all"}).status_code == 404


def test_api_person(client: TestClient) -> None:
    data = client.get("/api/people/rami-abdel-rahman").json()
    assert (data["name"], data["count"]) == ("Rami Abdel Rahman", 4)
    assert set(data["forms"]) == {
        "Rami Abdel Rahman",
        "Rami Abdulrahman",
        "Rami Abdurrahman",
        "Rami Abdul Rahman",
    }


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Abdulrahman", ["Rami Abdel Rahman"]),
        ("abdurrahman", ["Rami Abdel Rahman"]),
        ("Assad", ["Bashar al-Assad"]),
        ("al-Assad", ["Bashar al-Assad"]),
        ("bashar assad", ["Bashar al-Assad"]),
        ("Trumps", ["Donald Trump"]),
        ("Putin", []),
    ],
)
def test_people_are_found_by_any_spelling(client: TestClient, query: str, names: list[str]) -> None:
    found = client.get("/api/people", params={"q": query}).json()
    assert [p["name"] for p in found] == names
    page = BeautifulSoup(client.get("/people", params={"q": query}).text, "html.parser")
    assert [a.get_text() for a in page.select("main a[href^='/people/']")] == names


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Quneitra", ["Quneitra"]),  # its common English name, also the form in the text
        ("Kuneitra", ["Quneitra"]),  # a GeoNames alternate name
        ("Qunaytirah", ["Quneitra"]),  # GeoNames' own transliteration
        ("Deir Ezzor", ["Deir ez-Zor"]),  # same consonants
        ("dayr az zawr", ["Deir ez-Zor"]),
        ("deir-ez-zor", ["Deir ez-Zor"]),
        ("Kandahar", []),
    ],
)
def test_cities_are_found_by_any_spelling(client: TestClient, query: str, names: list[str]) -> None:
    found = client.get("/api/cities", params={"q": query}).json()
    assert [c["name"] for c in found] == names


def test_roles_on_the_article_page_and_in_the_api(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Kerry"}).json()["results"]
    article_id = next(h["id"] for h in hits if "Kerry" in h["title"])
    persons = {
        p["name"]: p["role"] for p in client.get(f"/api/articles/{article_id}").json()["persons"]
    }
    assert persons["John Kerry"] == "mentioned"
    assert persons["Andrea Shalal"] == "author"
    assert persons["Joshua Roberts"] == "credit"
    page = BeautifulSoup(client.get(f"/articles/{article_id}").text, "html.parser")
    labels = {
        li.select_one("a.entity").get_text(): (
            li.select_one(".role").get_text() if li.select_one(".role") else None
        )
        for li in page.select("ul.entities li")
        if li.select_one("a[href^='/people/']")
    }
    assert labels["Andrea Shalal"] == "by"
    assert labels["Joshua Roberts"] == "photo"
    assert labels["John Kerry"] is None
