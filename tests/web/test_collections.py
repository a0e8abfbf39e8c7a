"""Collections over HTTP: created and filled from a search page (ticked articles, or all
results at once) and from an article page, a note per article, removal, and the
``collection=`` filter with other filters, facets and exports. Expectations from the seed
pages (Mosul: 000, 001, 003; Kerry: 002, 003)."""

from __future__ import annotations

import csv
import io
import json

from bs4 import BeautifulSoup

from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES
from tests.web.test_auth import csrf_of, sign_in


def create(client, title: str) -> str:  # type: ignore[no-untyped-def]
    token = csrf_of(client, "/collections")
    answer = client.post(
        "/collections", data={"title": title, "csrf_token": token}, follow_redirects=False
    )
    assert answer.status_code == 303
    return answer.headers["location"].rsplit("/", 1)[1]


def test_ticked_results_go_into_a_collection_with_a_note(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    sign_in(c)
    slug = create(c, "Mosul offensive")
    assert slug == "mosul-offensive"
    page = BeautifulSoup(c.get("/search?q=Mosul").text, "html.parser")
    assert len(page.select("input.pick[form=collect-form]")) == 3
    token = page.select_one("#collect-form input[name=csrf_token]")["value"]
    answer = c.post(
        "/collections/add",
        data={
            "csrf_token": token,
            "collection": slug,
            "article": [str(ids[CARTER_PARIS]), str(ids[KERRY_MEASURES])],
            "note": "Both name Nice",
            "scope": "selected",
            "back": "/search?q=Mosul",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/search?q=Mosul"
    listed = c.get(f"/api/collections/{slug}").json()
    assert {a["id"] for a in listed["articles"]} == {ids[CARTER_PARIS], ids[KERRY_MEASURES]}
    assert {a["note"] for a in listed["articles"]} == {"Both name Nice"}
    # The collection as a filter, with words, a person and the facets.
    total = c.get(f"/api/search?collection={slug}").json()
    assert total["total"] == 2
    assert {f["slug"]: f["count"] for f in total["facets"]["persons"]}["ash-carter"] == 1
    assert c.get(f"/api/search?collection={slug}&person=john-kerry").json()["total"] == 1
    assert c.get(f"/api/search?collection={slug}&q=Interpol").json()["total"] == 1
    chip = BeautifulSoup(c.get(f"/search?collection={slug}").text, "html.parser")
    assert "Mosul offensive" in chip.select_one("ul.filters").text
    # Exports follow the filter.
    exported = json.loads(c.get(f"/export.json?collection={slug}").text)
    assert sorted(a["id"] for a in exported) == sorted([ids[CARTER_PARIS], ids[KERRY_MEASURES]])
    rows = list(csv.DictReader(io.StringIO(c.get(f"/export.csv?collection={slug}").text)))
    assert sorted(int(row["id"]) for row in rows) == sorted(
        [ids[CARTER_PARIS], ids[KERRY_MEASURES]]
    )
    assert c.get(f"/feed.atom?collection={slug}").text.count("<entry>") == 2


def test_all_results_of_a_search_at_once_and_from_an_article_page(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    sign_in(c)
    page = BeautifulSoup(c.get("/search?q=Kerry").text, "html.parser")
    form = page.select_one("#collect-form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    answer = c.post(
        "/collections/add",
        data={**data, "new_title": "Kerry", "scope": "all"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert c.get("/api/search?collection=kerry").json()["total"] == 2
    # From an article page, into the same collection, with a note.
    article = BeautifulSoup(c.get(f"/articles/{ids[CARTER_REVENGE]}").text, "html.parser")
    form = article.select_one(".article-collections form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    c.post("/collections/add", data={**data, "collection": "kerry", "note": "Raqqa threat"})
    listed = c.get("/api/collections/kerry").json()["articles"]
    assert {a["id"]: a["note"] for a in listed} == {
        ids[COALITION_PARIS]: "",
        ids[KERRY_MEASURES]: "",
        ids[CARTER_REVENGE]: "Raqqa threat",
    }
    shown = BeautifulSoup(c.get(f"/articles/{ids[CARTER_REVENGE]}").text, "html.parser")
    assert "Raqqa threat" in shown.select_one(".article-collections").text


def test_notes_can_be_edited_and_articles_removed(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    sign_in(c)
    slug = create(c, "Notes")
    token = csrf_of(c, "/collections")
    c.post("/collections/add", data={"csrf_token": token, "collection": slug,
                                     "article": str(ids[CARTER_PARIS])})  # fmt: skip
    c.post(f"/collections/{slug}/note", data={"csrf_token": token,
           "article": str(ids[CARTER_PARIS]), "note": "Le Drian <b>quote</b>"})  # fmt: skip
    page = c.get(f"/collections/{slug}").text
    assert "Le Drian &lt;b&gt;quote&lt;/b&gt;" in page
    c.post(f"/collections/{slug}/remove", data={"csrf_token": token,
                                               "article": str(ids[CARTER_PARIS])})  # fmt: skip
    assert c.get(f"/api/collections/{slug}").json()["articles"] == []
    assert c.get(f"/api/search?collection={slug}").json()["total"] == 0


def test_anonymous_readers_read_collections_but_cannot_change_them(editable_client, editable_ids):
    c = editable_client
    sign_in(c)
    slug = create(c, "Public reading")
    token = csrf_of(c, "/collections")
    c.post("/logout", data={"csrf_token": token})
    assert c.get(f"/collections/{slug}").status_code == 200
    answer = c.post("/collections/add", data={"collection": slug, "article": "1"})
    assert answer.status_code == 401
    assert c.get(f"/api/collections/{slug}").json()["articles"] == []
    assert c.get("/api/search?collection=no-such-collection").status_code == 404
