"""One source per outlet: every spelling of a source finds the same articles, the page and
the facet use one name, and articles with no source add no blank value."""

from __future__ import annotations

import csv

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.conftest import make_settings
from tests.ingest.samples import GENEVA_PARAGRAPHS, MOSUL_PARAGRAPHS
from tests.ingest.test_neardup import OTHER, WIRE


@pytest.fixture(scope="module")
def outlets(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("outlets")
    export = folder / "outlets.csv"
    with export.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "source", "date"])
        writer.writerows(
            [
                ("Mosul push", " ".join(MOSUL_PARAGRAPHS), "Reuters", "2016-11-03"),
                ("Geneva talks", " ".join(GENEVA_PARAGRAPHS), "reuters", "2017-03-01"),
                ("Idlib strikes", WIRE, "REUTERS ", "2017-03-07"),
                ("Jarablus", OTHER, "", "2016-08-24"),
            ]
        )
    archive = open_archive(make_settings(folder / "data"))
    report = ingest_paths(archive, [export])
    assert len(report.added) == 4, report.summary()
    with TestClient(create_app(archive.settings, archive)) as client:
        yield client
    archive.close()


@pytest.mark.parametrize("spelling", ["Reuters", "reuters", "REUTERS", "re-uters"])
def test_every_spelling_finds_the_outlets_three_stories(outlets, spelling):
    data = outlets.get("/api/search", params={"source": spelling}).json()
    assert data["total"] == 3
    assert {r["source"] for r in data["results"]} == {"Reuters"}
    assert data["filters"]["source"] == ["Reuters"]


def test_the_sources_facet_has_one_entry_per_outlet_and_no_blank(outlets):
    facets = outlets.get("/api/search").json()["facets"]["sources"]
    assert facets == [{"name": "Reuters", "slug": "Reuters", "count": 3}]
    page = BeautifulSoup(outlets.get("/search?source=REUTERS").text, "html.parser")
    chip = page.select_one("ul.filters li")
    assert chip.get_text(" ", strip=True).startswith("source: Reuters")
    assert chip.select_one("a")["href"] == "/search"
    listed = [a.get_text(strip=True) for a in page.select("#facet-source ~ ul a")]
    assert listed == ["Reuters"]


def test_an_unknown_source_is_still_a_clear_404(outlets):
    response = outlets.get("/search?source=Tass")
    assert response.status_code == 404
    notice = BeautifulSoup(response.text, "html.parser").select_one("p.notice").get_text()
    assert notice == "The archive has no source 'Tass'. See the Sources facet for the list."


def test_a_later_ingest_keeps_the_outlets_first_spelling(tmp_path):
    from app.store import repository
    from tests.ingest.test_neardup import write_export

    archive = open_archive(make_settings(tmp_path / "data"))
    try:
        first = write_export(tmp_path / "a.csv", [("Idlib", WIRE, "reuters", "2017-03-07")])
        later = write_export(tmp_path / "b.csv", [("Jarablus", OTHER, "Reuters", "2016-08-24")])
        ingest_paths(archive, [first])
        ingest_paths(archive, [later])
        with archive.sessions() as session:
            assert repository.list_sources(session) == [("reuters", 2)]
    finally:
        archive.close()
