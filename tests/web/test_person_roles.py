"""``role=`` over HTTP on the seed archive: the person filter and facet hold the people a
story is about unless the URL asks for bylines, photo credits or anyone; the choice is on
the page, kept by every link, pinned view and export, and a bad value is a 400 saying what
to use. Seed 003 (Reuters) was written by Lesley Wroughton ("Writing by Lesley
Wroughton") and its photo is "REUTERS/Joshua Roberts"; no seed story names either."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qsl

from bs4 import BeautifulSoup

from tests.conftest import COALITION_PARIS, KERRY_MEASURES
from tests.web.test_search_page import facet_links, page, result_ids

ROLE_MESSAGE = (
    "Unknown role 'writer': use role=mentioned (people the articles are about, the default), "
    "role=author (bylines), role=credit (photo credits) or role=any."
)


def ids_of(data: dict) -> set[int]:
    return {r["id"] for r in data["results"]}


def test_api_person_filter_counts_people_mentioned_unless_role_says(client, seed_ids):
    kerry = seed_ids[KERRY_MEASURES]
    assert client.get("/api/search?person=lesley-wroughton").json()["total"] == 0
    by = client.get("/api/search?person=lesley-wroughton&role=author").json()
    assert ids_of(by) == {kerry} and by["filters"]["role"] == "author"
    assert ids_of(client.get("/api/search?person=joshua-roberts&role=credit").json()) == {kerry}
    assert ids_of(client.get("/api/search?person=lesley-wroughton&role=any").json()) == {kerry}
    assert ids_of(client.get("/api/search?person=john-kerry&role=mentioned").json()) == {
        seed_ids[COALITION_PARIS],
        kerry,
    }


def test_api_person_facet_follows_the_role(client):
    default = {
        f["slug"] for f in client.get("/api/search?facet_limit=50").json()["facets"]["persons"]
    }
    assert "ash-carter" in default and "lesley-wroughton" not in default
    credits = client.get("/api/search?role=credit&facet_limit=50").json()["facets"]["persons"]
    assert {f["slug"]: f["count"] for f in credits} == {
        "ahmad-al-rubaye": 1,
        "brigitte-n-brantley": 1,
        "joshua-roberts": 1,
        "saul-loeb": 1,
    }


def test_a_bad_role_is_a_400_saying_what_to_use(client):
    api = client.get("/api/search?role=writer")
    assert api.status_code == 400
    assert api.json()["error"]["message"] == ROLE_MESSAGE
    for url in ("/search?role=writer", "/export.csv?role=writer", "/trends?q=Mosul&role=writer"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "Unknown role" in BeautifulSoup(response.text, "html.parser").text
    twice = client.get("/api/search?role=author&role=credit")
    assert twice.status_code == 400
    assert twice.json()["error"]["message"] == (
        "role= takes one value: mentioned, author, credit or any."
    )
    hostile = client.get("/search", params={"role": "<script>alert(1)</script>"})
    assert hostile.status_code == 400
    assert "<script>alert(1)" not in hostile.text and "&lt;script&gt;" in hostile.text


def test_the_search_page_offers_the_role_choice_and_keeps_the_view(client, seed_ids):
    soup = page(client, "/search?q=Mosul&sort=date")
    choice = {a["data-role"]: a["href"] for a in soup.select("nav.roles a")}
    assert choice == {
        "author": "/search?q=Mosul&role=author&sort=date",
        "credit": "/search?q=Mosul&role=credit&sort=date",
        "any": "/search?q=Mosul&role=any&sort=date",
    }
    assert soup.select_one("nav.roles [aria-current]")["data-role"] == "mentioned"
    assert soup.select_one("#facet-person").text == "People"

    soup = page(client, "/search?q=Mosul&role=author&sort=date")
    assert soup.select_one("#facet-person").text == "Bylines"
    bylines = facet_links(soup, "facet-person")
    # Adding a byline keeps role=author, so the filter means "written by".
    assert bylines["lesley-wroughton"] == (
        "/search?q=Mosul&person=lesley-wroughton&role=author&sort=date",
        1,
    )
    soup = page(client, bylines["lesley-wroughton"][0])
    assert result_ids(soup) == [seed_ids[KERRY_MEASURES]]
    chips = {li.select_one(".kind").text: li.a["href"] for li in soup.select("ul.filters li")}
    assert chips["role:"] == "/search?q=Mosul&person=lesley-wroughton&sort=date"
    # The search box keeps the role with the person.
    form = soup.select_one("form[role=search]")
    assert form.select_one("input[name=role]")["value"] == "author"
    # Mentioned is the default: the choice links back without a role parameter.
    assert soup.select_one('nav.roles a[data-role="mentioned"]')["href"] == (
        "/search?q=Mosul&person=lesley-wroughton&sort=date"
    )


def test_pinned_views_and_exports_keep_the_role(client, seed_ids):
    data = client.get("/api/search?person=lesley-wroughton&role=author").json()
    pinned = dict(parse_qsl(data["pinned"]))
    assert pinned["role"] == "author" and pinned["person"] == "lesley-wroughton"
    again = client.get("/api/search?" + data["pinned"]).json()
    assert ids_of(again) == {seed_ids[KERRY_MEASURES]}

    soup = page(client, "/search?person=lesley-wroughton&role=author")
    csv_url = next(a["href"] for a in soup.select("p.exports a") if a.text == "CSV")
    assert csv_url == "/export.csv?person=lesley-wroughton&role=author"
    rows = list(csv.DictReader(io.StringIO(client.get(csv_url).text)))
    assert [int(r["id"]) for r in rows] == [seed_ids[KERRY_MEASURES]]
    assert client.get("/export.csv?person=lesley-wroughton").text.count("\n") == 1  # header only


def test_person_pages_link_to_the_articles_a_person_wrote(client, seed_ids):
    soup = page(client, "/people/lesley-wroughton")
    by = soup.select_one("a.by-role")
    assert by["href"] == "/search?person=lesley-wroughton&role=author"
    assert by.text == "1 article by Lesley Wroughton"
    credit = page(client, "/people/joshua-roberts").select_one("a.by-role")
    assert credit["href"] == "/search?person=joshua-roberts&role=credit"
    assert credit.text == "1 article with photos by Joshua Roberts"
    assert page(client, "/people/john-kerry").select_one("a.by-role") is None


def test_the_article_page_links_a_byline_to_the_writers_articles(client, seed_ids):
    soup = page(client, f"/articles/{seed_ids[KERRY_MEASURES]}")
    links = {a["href"] for a in soup.select("a.filter-link")}
    assert "/search?person=lesley-wroughton&role=author" in links
    assert "/search?person=joshua-roberts&role=credit" in links
    assert "/search?person=john-kerry" in links
