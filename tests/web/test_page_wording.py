"""What pages say: counts in the right number, the histogram's axis and counts, the sort
order shown as the one used, the "another version" note as information, and the front
page's count of copies and stories."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.conftest import make_settings
from tests.ingest.test_neardup import COPY, OTHER, WIRE, write_export


def soup_of(client: TestClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.text, "html.parser")


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Three articles: a story (1), another outlet's copy of it (2), another story (3)."""
    folder = tmp_path_factory.mktemp("grouped")
    export = write_export(
        folder / "wire.csv",
        [
            ("Strikes kill 12 in Idlib town", WIRE, "Wire One", "2017-03-07"),
            ("Regime raids kill 13 in Idlib", COPY, "Daily Two", "2017-03-07"),
            ("Turkish troops enter Jarablus", OTHER, "Wire One", "2016-08-24"),
        ],
    )
    archive = open_archive(make_settings(folder / "data"))
    ingest_paths(archive, [export])
    with TestClient(create_app(archive.settings, archive)) as client:
        yield client
    archive.close()


def test_one_is_singular_everywhere(client, seed_ids):
    # Kerry's Reuters story is the only article naming Brett McGurk.
    pages = [
        "/",
        "/search?person=brett-mcgurk",
        "/people/brett-mcgurk",
        "/search?q=Kerry+calls",
        "/search?person=ash-carter",
        "/cities",
        "/people",
        f"/articles/{min(seed_ids.values())}",
    ]
    for url in pages:
        assert not re.search(r"\b1 (articles|stories|copies)\b", client.get(url).text), url
    one = soup_of(client, "/search?person=brett-mcgurk")
    assert one.select_one("#result-summary").get_text(" ", strip=True) == "1–1 of 1 article"
    assert (
        one.select_one("p.exports").get_text(" ", strip=True).startswith("The matching article as")
    )
    person = soup_of(client, "/people/brett-mcgurk")
    assert (
        person.select_one("p.summary")
        .get_text(" ", strip=True)
        .startswith("Person named in 1 article")
    )


def test_histogram_has_a_count_axis_counts_and_period_labels(client):
    # Of the Islamic State pages, one is dated (June 2015), three are not.
    figure = soup_of(client, "/search?q=Islamic+State").select_one("figure.histogram")
    assert figure.figcaption.get_text(" ", strip=True) == (
        "Matching articles over time, by month (3 undated not shown)"
    )
    assert [t.get_text() for t in figure.select("text.axis-label")] == ["1", "0"]
    assert [t.get_text() for t in figure.select("text.bar-count")] == ["1"]
    assert [t.get_text() for t in figure.select("text.bar-label")] == ["2015-06"]
    assert figure.select_one("svg a")["aria-label"] == "2015-06: 1 article"


def test_without_words_the_sort_shown_is_the_order_used(client):
    page = soup_of(client, "/search?person=ash-carter")
    sort = page.select_one("nav.sort")
    assert sort.select_one("[aria-current]").get_text() == "Newest first"
    assert [a.get_text() for a in sort.select("a")] == ["Oldest first"]
    newest = soup_of(client, "/search?person=ash-carter&sort=date")
    titles = [a.get_text() for a in page.select("ol.results h3 a")]
    assert titles == [a.get_text() for a in newest.select("ol.results h3 a")]
    with_words = soup_of(client, "/search?q=Mosul").select_one("nav.sort [aria-current]")
    assert with_words.get_text() == "Relevance"


def test_another_version_note_is_information_not_an_error(grouped):
    note = soup_of(grouped, "/articles/2").select_one(".duplicate-of")
    assert note["class"] == ["info", "duplicate-of"] and note["role"] == "note"
    assert note.get_text(" ", strip=True).startswith(
        "Another version of Strikes kill 12 in Idlib town (Wire One)"
    )


def test_front_page_explains_copies_and_stories(client, grouped):
    alone = " ".join(soup_of(client, "/").select_one("p.archive-count").get_text().split())
    assert alone == "4 articles. Search them, or start from a person or a city."
    both = " ".join(soup_of(grouped, "/").select_one("p.archive-count").get_text().split())
    assert both.startswith(
        "3 articles: 2 stories, plus 1 copy of those stories from other outlets "
        "(search shows each story once, so its totals count stories)."
    )
    assert soup_of(grouped, "/search").select_one("#result-summary").get_text(" ", strip=True) == (
        "1–2 of 2 articles"
    )
