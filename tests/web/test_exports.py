"""Exports and feeds of a search view: CSV, JSON and Atom, with the search's parameters."""

import csv
import io
import json
import xml.etree.ElementTree as ET

from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES

ATOM = "{http://www.w3.org/2005/Atom}"


def test_csv_export_of_a_filtered_search_has_exactly_the_filtered_articles(client, seed_ids):
    response = client.get("/export.csv?q=Mosul&person=ash-carter")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {int(r["id"]) for r in rows} == {seed_ids[CARTER_PARIS], seed_ids[CARTER_REVENGE]}
    assert list(rows[0]) == [
        "id", "title", "text", "author", "source", "published", "url", "archive_url",
        "persons", "person_slugs", "cities", "city_slugs", "countries", "versions",
        "origin", "capture_uri", "captured_at", "ingested_at", "content_hash",
    ]  # fmt: skip
    revenge = next(r for r in rows if int(r["id"]) == seed_ids[CARTER_REVENGE])
    assert revenge["title"] == "Sec. Carter: ISIS Could Seek Revenge for Offensives in Raqqa, Mosul"
    assert "Ash Carter" in revenge["persons"].split("; ")
    assert "Mosul" in revenge["cities"].split("; ")


def test_json_export_lists_every_match_not_only_one_page(client, seed_ids):
    data = json.loads(client.get("/export.json?city=paris&per_page=1").text)
    assert {a["id"] for a in data} == set(seed_ids.values())
    coalition = next(a for a in data if a["id"] == seed_ids[COALITION_PARIS])
    assert coalition["published"] == "2015-06-01"
    assert set(coalition) == {
        "id", "title", "text", "author", "source", "published", "url", "archive_url",
        "persons", "cities", "countries", "versions", "provenance",
    }  # fmt: skip


def test_atom_feed_is_valid_xml_with_the_newest_matches(client, seed_ids):
    response = client.get("/feed.atom?person=john-kerry")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert "John Kerry" in feed.find(f"{ATOM}title").text
    entries = feed.findall(f"{ATOM}entry")
    ids = [e.find(f"{ATOM}id").text.rsplit(":", 1)[1] for e in entries]
    # Newest first: the dated coalition page, then Kerry's undated Reuters story.
    assert ids == [str(seed_ids[COALITION_PARIS]), str(seed_ids[KERRY_MEASURES])]
    for entry in entries:
        assert entry.find(f"{ATOM}title").text
        assert entry.find(f"{ATOM}updated").text.endswith("Z")


def test_exports_refuse_bad_parameters_like_the_search_page(client):
    assert client.get("/export.csv?from=garbage").status_code == 400
    assert client.get("/feed.atom?person=nobody").status_code == 404


def test_search_page_links_its_exports(client):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/search?q=Mosul&page=1").text, "html.parser")
    links = {a.text: a["href"] for a in soup.select("p.exports a")}
    assert links == {
        "CSV": "/export.csv?q=Mosul",
        "JSON": "/export.json?q=Mosul",
        "JSON Lines": "/export.jsonl?q=Mosul",
        "Atom feed": "/feed.atom?q=Mosul",
    }
