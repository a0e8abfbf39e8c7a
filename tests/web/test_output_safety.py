"""Hostile stored content reaching researchers through the outputs (issue 13, finding 4),
and what the exports carry (issue 12, item 5): an archive ingested from an export whose
cells are spreadsheet formulas, whose URLs are javascript: and data:, and whose title
holds a control character."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.conftest import make_settings
from tests.ingest.samples import GENEVA_PARAGRAPHS, MOSUL_PARAGRAPHS
from tests.ingest.test_neardup import COPY, WIRE

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://archive.example.org"
FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("hostile")
    export = folder / "hostile.csv"
    with export.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "url", "source", "date", "author"])
        writer.writerows(
            [
                # 1
                (FORMULA_TITLE, " ".join(MOSUL_PARAGRAPHS), "javascript:alert(1)",
                 "+cmd|' /C calc'!A0", "2016-07-15", "@SUM(A1)"),
                # 2
                ("Talks\x01 stall in Geneva", " ".join(GENEVA_PARAGRAPHS),
                 "data:text/html,<script>alert(1)</script>", "Reuters", "2017-03-01", "-2+3"),
                # 3, and 4 its near-duplicate from another outlet
                ("Strikes kill 12 in Idlib town", WIRE, "https://wire.example/idlib",
                 "Wire One", "2017-03-07", ""),
                ("Regime raids kill 13 in Idlib", COPY, "https://daily.example/idlib",
                 "Daily Two", "2017-03-07", ""),
            ]
        )  # fmt: skip
    archive = open_archive(make_settings(folder / "data"))
    report = ingest_paths(archive, [export])
    assert (len(report.added), report.near_duplicates) == (4, 1), report.summary()
    yield archive, export
    archive.close()


@pytest.fixture(scope="module")
def plain(hostile):  # type: ignore[no-untyped-def]
    """The app with no public address configured."""
    with TestClient(create_app(hostile[0].settings, hostile[0])) as client:
        yield client


@pytest.fixture(scope="module")
def based(hostile):  # type: ignore[no-untyped-def]
    """The app with NEWSARCHIVE_BASE_URL set, over the same archive."""
    settings = hostile[0].settings.model_copy(update={"base_url": BASE})
    archive = open_archive(settings)
    with TestClient(create_app(settings, archive)) as client:
        yield client
    archive.close()


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def test_csv_cells_that_would_run_as_formulas_are_defused(plain):
    rows = list(csv.DictReader(io.StringIO(plain.get("/export.csv?sort=oldest").text)))
    assert [row["id"] for row in rows] == ["1", "2", "3"]  # 4 is a version of 3
    formula = rows[0]
    assert formula["title"] == "'" + FORMULA_TITLE
    assert formula["source"] == "'+cmd|' /C calc'!A0"
    assert formula["author"] == "'@SUM(A1)"
    assert rows[1]["author"] == "'-2+3"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_carries_text_archive_link_entities_versions_and_provenance(plain, hostile):
    _archive, export = hostile
    response = plain.get("/export.csv?q=Geneva")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    geneva = rows[0]
    assert geneva["text"] == " ".join(GENEVA_PARAGRAPHS)  # the whole text, as the cell had it
    assert geneva["archive_url"] == "/articles/2"
    assert geneva["persons"] == "Staffan de Mistura"
    assert geneva["person_slugs"] == "staffan-de-mistura"
    assert geneva["city_slugs"] == "damascus; geneva"
    assert geneva["countries"] == "Switzerland; Syria"
    assert geneva["origin"] == f"{export}:row 2"
    assert len(geneva["content_hash"]) == 64
    assert geneva["ingested_at"].endswith("Z") and geneva["capture_uri"] == ""
    idlib = list(csv.DictReader(io.StringIO(plain.get("/export.csv?q=Idlib").text)))
    assert [(row["id"], row["versions"]) for row in idlib] == [("3", "4")]


def test_export_files_are_named_after_the_view(plain):
    disposition = plain.get("/export.csv?q=Geneva&person=staffan-de-mistura").headers[
        "content-disposition"
    ]
    assert disposition == (
        f'attachment; filename="newsarchive-geneva-staffan-de-mistura-{today()}.csv"'
    )
    everything = plain.get("/export.jsonl").headers["content-disposition"]
    assert everything == f'attachment; filename="newsarchive-all-{today()}.jsonl"'


def test_json_lines_export_one_record_a_line(plain, based):
    response = based.get("/export.jsonl?q=Geneva OR Idlib&sort=oldest")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = response.text.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [2, 3]
    geneva, idlib = records
    assert geneva["archive_url"] == f"{BASE}/articles/2"
    assert geneva["persons"] == [{"name": "Staffan de Mistura", "slug": "staffan-de-mistura"}]
    assert geneva["cities"] == [
        {"name": "Damascus", "slug": "damascus", "country": "Syria"},
        {"name": "Geneva", "slug": "geneva", "country": "Switzerland"},
    ]
    assert geneva["countries"] == ["Switzerland", "Syria"]
    assert geneva["author"] == "-2+3"  # JSON is not run by spreadsheets: kept as stored
    assert idlib["versions"] == [4]
    assert set(idlib["provenance"]) == {
        "origin", "capture_uri", "captured_at", "ingested_at", "content_hash",
    }  # fmt: skip


def test_only_http_urls_become_links(plain):
    for article_id, stored_url in ((1, "javascript:alert(1)"), (2, "data:text/html,")):
        soup = BeautifulSoup(plain.get(f"/articles/{article_id}").text, "html.parser")
        assert soup.select("a.original") == []
        assert soup.select_one(".original-text").text.startswith(stored_url)
        hrefs = [a["href"] for a in soup.select("a[href]")]
        assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))]
    soup = BeautifulSoup(plain.get("/articles/3").text, "html.parser")
    assert soup.select_one("a.original")["href"] == "https://wire.example/idlib"


def test_atom_feed_without_control_characters_is_valid_xml(plain):
    response = plain.get("/feed.atom?q=Geneva")
    feed = ET.fromstring(response.content)  # raises on a control character
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Talks stall in Geneva"
    assert "\x01" not in plain.get("/search?q=Geneva").text
    assert "\x01" not in plain.get("/articles/2").text


def test_feed_links_never_come_from_the_host_header(plain, based):
    spoofed = plain.get("/feed.atom?q=Geneva", headers={"host": "evil.example"})
    assert b"evil.example" not in spoofed.content
    feed = ET.fromstring(spoofed.content)
    entry_link = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert entry_link == "/articles/2"
    assert feed.find(f"{ATOM}entry/{ATOM}id").text == "urn:newsarchive:article:2"

    configured = ET.fromstring(
        based.get("/feed.atom?q=Geneva", headers={"host": "evil.example"}).content
    )
    assert configured.find(f"{ATOM}entry/{ATOM}link").get("href") == f"{BASE}/articles/2"
    assert configured.find(f"{ATOM}id").text == f"{BASE}/feed.atom?q=Geneva"
