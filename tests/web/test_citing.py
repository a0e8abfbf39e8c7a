"""Citable views: the pinned link of a search gives the same results after more articles
are ingested, and search and article pages offer an APA citation. Expected strings are
written by hand from the seed pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import Archive
from app.domain import Article
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from app.web.citing import apa_authors, article_citation, search_citation
from tests.conftest import COALITION_PARIS, KERRY_MEASURES, SEED_PAGES

# Two more stories naming Mosul, ingested after the view was pinned.
LATER_PAGES = {
    "later-mosul.txt": "Mosul offensive resumes\n\nIraqi forces resumed the offensive on Mosul "
    "on Monday, commanders said, after a pause of two weeks to bring up reinforcements.",
    "later-mosul-2.txt": "Aid reaches Mosul\n\nThe first convoy of food and medicine reached "
    "the eastern districts of Mosul on Friday, the United Nations said in a statement.",
}


def soup_of(client: TestClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return BeautifulSoup(response.text, "html.parser")


BASE = "https://archive.example.org"


def today_words() -> str:
    today = date.today()
    return f"{today:%B} {today.day}, {today.year}"


@pytest.fixture
def growing(archive: Archive, tmp_path: Path) -> tuple[Archive, TestClient]:
    """An archive of the four seed pages (ids 1-4, in file order) that a test may add to."""
    report = ingest_paths(archive, SEED_PAGES)
    assert report.ok and len(report.added) == 4
    # Citations link to the archive's configured public address.
    archive = replace(archive, settings=archive.settings.model_copy(update={"base_url": BASE}))
    return archive, TestClient(create_app(archive.settings, archive))


def ingest_later(archive: Archive, folder: Path) -> None:
    folder.mkdir()
    for name, text in LATER_PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = ingest_paths(archive, [folder])
    assert report.ok and len(report.added) == 2


def test_pinned_search_gives_the_same_results_after_another_ingest(growing, tmp_path):
    archive, client = growing
    before = client.get("/api/search?q=Mosul&sort=date").json()
    # Three seed pages name Mosul (000, 001, 003: ids 1, 2, 4); the archive held ids 1-4.
    assert before["total"] == 3
    assert before["pinned"] == "q=Mosul&sort=date&as_of=4"
    ids_before = [r["id"] for r in before["results"]]

    ingest_later(archive, tmp_path / "later")

    now = client.get("/api/search?q=Mosul&sort=date").json()
    assert now["total"] == 5  # the two new stories match too
    pinned = client.get("/api/search?" + before["pinned"]).json()
    assert pinned["total"] == 3
    assert [r["id"] for r in pinned["results"]] == ids_before
    assert sorted(ids_before) == [1, 2, 4]
    # Pinning a pinned view keeps its state.
    assert pinned["pinned"] == before["pinned"]
    # The HTML page gives the same list, and says it is pinned.
    soup = soup_of(client, "/search?" + before["pinned"])
    listed = [int(a["href"].rsplit("/", 1)[1]) for a in soup.select("ol.results li.result h3 a")]
    assert listed == ids_before
    note = soup.select_one(".pinned-note")
    assert "articles added since are not shown" in note.text
    assert note.a["href"] == "/search?q=Mosul&sort=date"


def test_pinned_view_keeps_its_facets_and_relevance_set(growing, tmp_path):
    archive, client = growing
    before = client.get("/api/search?q=Mosul&per_page=100").json()
    ingest_later(archive, tmp_path / "later")
    pinned = client.get("/api/search?" + before["pinned"]).json()
    assert {r["id"] for r in pinned["results"]} == {1, 2, 4}
    assert pinned["facets"] == before["facets"]


def test_pinned_exports_hold_the_pinned_articles_only(growing, tmp_path):
    archive, client = growing
    pinned = client.get("/api/search?q=Mosul").json()["pinned"]
    ingest_later(archive, tmp_path / "later")
    rows = client.get("/export.json?" + pinned).json()
    assert sorted(row["id"] for row in rows) == [1, 2, 4]


def test_as_of_that_is_not_a_number_is_a_400(client):
    response = client.get("/search?q=Mosul&as_of=yesterday")
    assert response.status_code == 400
    assert "is not a whole number" in BeautifulSoup(response.text, "html.parser").main.text


def test_search_page_offers_cite_this_with_pinned_link_and_apa(client):
    soup = soup_of(client, "/search?q=mosul&person=ash-carter")
    cite = soup.select_one("details.cite")
    assert cite.summary.text == "Cite this"
    pinned = "/search?q=mosul&person=ash-carter&as_of=4"
    assert cite.select_one("a.pinned")["href"] == pinned
    assert cite.select_one(".citation").text == (
        f"newsarchive. ({date.today().year}, {date.today():%B} {date.today().day}). "
        f'Search: "mosul" (person: Ash Carter) [Data set view]. {pinned}'
    )


def test_article_page_cites_author_source_and_archived_copy(client, seed_ids):
    kerry = seed_ids[KERRY_MEASURES]
    soup = soup_of(client, f"/articles/{kerry}")
    assert soup.select_one("details.cite a.pinned")["href"] == f"/articles/{kerry}"
    # The Reuters page gives its reporter (Lesley Wroughton) and no date.
    assert soup.select_one("details.cite .citation").text == (
        "Wroughton, L. (n.d.). Kerry calls for new measures to counter changing Islamic State. "
        f"Reuters. Retrieved {today_words()}, from newsarchive: /articles/{kerry}"
    )


def test_article_without_author_is_cited_by_its_title(client, seed_ids):
    coalition = seed_ids[COALITION_PARIS]
    soup = soup_of(client, f"/articles/{coalition}")
    # The coalition page states June 1, 2015, and names no author nor outlet.
    assert soup.select_one("details.cite .citation").text == (
        "Small-Group Coalition to Convene in Paris, Discuss Plan for Countering Islamic State. "
        f"(2015, June 1). Retrieved {today_words()}, from newsarchive: "
        f"/articles/{coalition}"
    )


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Lesley Wroughton", "Wroughton, L."),
        ("Phil Stewart and Idrees Ali", "Stewart, P., & Ali, I."),
        ("John Q. Public, Jane Roe and Ann Lee", "Public, J. Q., Roe, J., & Lee, A."),
        ("Reuters", "Reuters"),
        ("", None),
        (None, None),
    ],
)
def test_apa_author_names(author, expected):
    assert apa_authors(author) == expected


def test_article_citation_with_every_part():
    article = Article(
        id=17,
        title="Kurdish forces enter Manbij",
        body="...",
        published=date(2016, 8, 6),
        source="Al Jazeera",
        author="Phil Stewart and Idrees Ali",
        url="https://example.org/manbij",
        ingested_at=datetime(2026, 11, 1),
    )
    text = article_citation(
        article,
        archive_name="War archive",
        archive_url="https://a.example/articles/17",
        retrieved=date(2026, 11, 29),
    )
    assert text == (
        "Stewart, P., & Ali, I. (2016, August 6). Kurdish forces enter Manbij. Al Jazeera. "
        "https://example.org/manbij Retrieved November 29, 2026, from War archive: "
        "https://a.example/articles/17"
    )


def test_search_citation_of_all_articles():
    text = search_citation(
        "",
        [("city", "Nice")],
        archive_name="newsarchive",
        pinned_url="U",
        day=date(2026, 11, 29),
    )
    assert (
        text
        == "newsarchive. (2026, November 29). Search: all articles (city: Nice) [Data set view]. U"
    )


def test_without_a_base_url_citations_link_by_path_never_by_the_host_header(archive):
    assert ingest_paths(archive, SEED_PAGES).ok
    client = TestClient(create_app(archive.settings, archive))
    page = client.get("/articles/4", headers={"Host": "evil.example"})
    soup = BeautifulSoup(page.text, "html.parser")
    assert soup.select_one("details.cite a.pinned")["href"] == "/articles/4"
    assert "evil.example" not in page.text
