"""Every correction through the JSON API on the four seed pages, with expectations written
by hand from the pages (articles numbered as tests/conftest names them): the effect at once
in search, facets, lists and entity pages; 401 and no change without credentials; undo
restores the earlier state.

The seed archive's people and places used here: Ash Carter (000, 001), Haider al-Abadi
(002, 003), Obama (002), Tony Thomas (000), Stephen Townsend (000, 001); Paris (all
four), Nice (000, 003), Fallujah (002, 003), Ramadi (002)."""

from __future__ import annotations

from tests.conftest import CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES, basic


def articles(client, ids, **params) -> set[str]:  # type: ignore[no-untyped-def]
    by_id = {v: k for k, v in ids.items()}
    answer = client.get("/api/search", params={**params, "per_page": 100}).json()
    assert answer["total"] == len(answer["results"])
    return {by_id[r["id"]] for r in answer["results"]}


def person_facets(client, **params) -> dict[str, int]:  # type: ignore[no-untyped-def]
    facets = client.get("/api/search", params=params).json()["facets"]["persons"]
    return {f["slug"]: f["count"] for f in facets}


def people(client) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {p["slug"]: p["count"] for p in client.get("/api/people").json()}


def test_merging_two_persons_puts_their_articles_under_the_survivor(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    done = c.post("/api/people/haider-al-abadi/merge", json={"into": "ash-carter"}, headers=basic())
    assert done.status_code == 201
    assert done.json()["correction"]["summary"] == "Haider al-Abadi: merged into Ash Carter"
    everything = {CARTER_PARIS, CARTER_REVENGE, COALITION_PARIS, KERRY_MEASURES}
    assert articles(c, ids, person="ash-carter") == everything
    assert person_facets(c)["ash-carter"] == 4
    assert "haider-al-abadi" not in person_facets(c)
    assert people(c)["ash-carter"] == 4 and "haider-al-abadi" not in people(c)
    assert c.get("/api/people/ash-carter").json()["count"] == 4
    page = c.get("/people/ash-carter")
    assert "Person named in 4 articles" in page.text
    moved = c.get("/people/haider-al-abadi", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/people/ash-carter"
    moved = c.get("/api/search?person=haider-al-abadi", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/api/search?person=ash-carter"


def test_undoing_a_merge_restores_both_persons(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    cid = c.post(
        "/api/people/haider-al-abadi/merge", json={"into": "ash-carter"}, headers=basic()
    ).json()["correction"]["id"]
    undone = c.delete(f"/api/corrections/{cid}", headers=basic())
    assert undone.status_code == 200 and undone.json()["correction"]["undone_by"] == "alice"
    assert articles(c, ids, person="ash-carter") == {CARTER_PARIS, CARTER_REVENGE}
    assert articles(c, ids, person="haider-al-abadi") == {COALITION_PARIS, KERRY_MEASURES}
    assert c.get("/people/haider-al-abadi").status_code == 200
    assert people(c)["haider-al-abadi"] == 2 and people(c)["ash-carter"] == 2
    # Undone once is undone: a second undo is refused.
    assert c.delete(f"/api/corrections/{cid}", headers=basic()).status_code == 409


def test_without_credentials_every_write_is_401_and_nothing_changes(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    calls = [
        ("/api/people/haider-al-abadi/merge", {"into": "ash-carter"}),
        ("/api/people/obama/rename", {"name": "Barack Obama"}),
        ("/api/people/obama/not-a-person", None),
        ("/api/people/ash-carter/split", {"alias": "Ashton Carter"}),
        ("/api/cities/nice/merge", {"into": "paris"}),
        ("/api/cities/ramadi/not-a-place", None),
        ("/api/cities/paris/resolve", {"geonames_id": 4717560}),
        ("/api/cities/nice/locate", {"latitude": 1, "longitude": 2, "country": "France"}),
    ]
    for path, body in calls:
        assert c.post(path, json=body).status_code == 401, path
    # Wrong credentials are 401 too (four tries: the fifth would hit the rate limit).
    for path, body in calls[:4]:
        assert c.post(path, json=body, headers=basic(password="wrong pw")).status_code == 401
    cid = c.post("/api/people/obama/not-a-person", headers=basic()).json()["correction"]["id"]
    assert c.delete(f"/api/corrections/{cid}").status_code == 401
    assert len(c.get("/api/corrections").json()["corrections"]) == 1
    assert "obama" not in people(c)  # the one correction made with credentials holds
    assert people(c)["haider-al-abadi"] == 2
    assert articles(c, ids, city="nice") == {CARTER_PARIS, KERRY_MEASURES}
    assert c.get("/api/cities/paris").json()["country"] == "France"


def test_not_a_person_leaves_facets_lists_filters_and_pages_and_undo_brings_it_back(
    editable_client, editable_ids
):
    c, ids = editable_client, editable_ids
    cid = c.post("/api/people/obama/not-a-person", headers=basic()).json()["correction"]["id"]
    assert "obama" not in people(c)
    assert "obama" not in person_facets(c, q="Obama")
    assert c.get("/api/search?person=obama").status_code == 404
    assert c.get("/people/obama").status_code == 404
    assert c.get("/api/people?q=obama").json() == []
    article = c.get(f"/api/articles/{ids[COALITION_PARIS]}").json()
    assert "Obama" not in [p["name"] for p in article["persons"]]
    c.delete(f"/api/corrections/{cid}", headers=basic())
    assert people(c)["obama"] == 1
    assert articles(c, ids, person="obama") == {COALITION_PARIS}


def test_rename_changes_the_display_name_everywhere_and_keeps_the_url(
    editable_client, editable_ids
):
    c, ids = editable_client, editable_ids
    cid = c.post("/api/people/obama/rename", json={"name": "Barack Obama"}, headers=basic()).json()[
        "correction"
    ]["id"]
    assert c.get("/api/people/obama").json()["name"] == "Barack Obama"
    assert person_facets(c, q="Obama").get("obama") == 1
    facets = c.get("/api/search?q=Obama").json()["facets"]["persons"]
    assert {"name": "Barack Obama", "slug": "obama", "count": 1} in facets
    # The new name finds the person in the list.
    assert [p["slug"] for p in c.get("/api/people?q=barack").json()] == ["obama"]
    c.delete(f"/api/corrections/{cid}", headers=basic())
    assert c.get("/api/people/obama").json()["name"] == "Obama"
    assert c.get("/api/people?q=barack").json() == []
    assert articles(c, ids, person="obama") == {COALITION_PARIS}


def test_city_merge_not_a_place_and_their_undo(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    merged = c.post("/api/cities/ramadi/merge", json={"into": "fallujah"}, headers=basic())
    assert merged.status_code == 201
    assert articles(c, ids, city="fallujah") == {COALITION_PARIS, KERRY_MEASURES}
    assert c.get("/cities/ramadi", follow_redirects=False).headers["location"] == "/cities/fallujah"
    hidden = c.post("/api/cities/nice/not-a-place", headers=basic()).json()["correction"]["id"]
    city_slugs = {x["slug"] for x in c.get("/api/cities").json()}
    assert "nice" not in city_slugs and "ramadi" not in city_slugs
    facets = c.get("/api/search").json()["facets"]["cities"]
    assert "nice" not in {f["slug"] for f in facets}
    c.delete(f"/api/corrections/{hidden}", headers=basic())
    c.delete(f"/api/corrections/{merged.json()['correction']['id']}", headers=basic())
    assert articles(c, ids, city="nice") == {CARTER_PARIS, KERRY_MEASURES}
    assert articles(c, ids, city="ramadi") == {COALITION_PARIS}
    assert articles(c, ids, city="fallujah") == {COALITION_PARIS, KERRY_MEASURES}


def test_resolve_moves_a_city_to_another_geonames_place(editable_client):
    c = editable_client
    # Paris, Texas (GeoNames 4717560): the search an editor runs on the page finds it.
    found = c.get("/api/places?name=Paris&country=United States").json()["places"]
    assert found[0]["geonames_id"] == 4717560 and found[0]["country"] == "United States"
    cid = c.post(
        "/api/cities/paris/resolve", json={"geonames_id": 4717560}, headers=basic()
    ).json()["correction"]["id"]
    city = c.get("/api/cities/paris").json()
    assert city["country"] == "United States" and round(city["latitude"], 2) == 33.66
    facets = c.get("/api/search?city=paris").json()["facets"]["cities"]
    assert {"name": "Paris", "slug": "paris", "country": "United States", "count": 4} in facets
    c.delete(f"/api/corrections/{cid}", headers=basic())
    assert c.get("/api/cities/paris").json()["country"] == "France"


def test_resolving_to_a_place_the_archive_has_merges_into_it(editable_client, editable_ids):
    c, ids = editable_client, editable_ids
    # Nice resolved to Paris, France (2988507), already the archive's Paris.
    done = c.post("/api/cities/nice/resolve", json={"geonames_id": 2988507}, headers=basic())
    assert done.status_code == 201
    assert c.get("/cities/nice", follow_redirects=False).headers["location"] == "/cities/paris"
    c.delete(f"/api/corrections/{done.json()['correction']['id']}", headers=basic())
    assert articles(c, ids, city="nice") == {CARTER_PARIS, KERRY_MEASURES}


def test_locate_sets_coordinates_and_country(editable_client):
    c = editable_client
    body = {"latitude": 35.5, "longitude": 36.6, "country": "Syria", "region": "Idlib"}
    cid = c.post("/api/cities/ramadi/locate", json=body, headers=basic()).json()["correction"]
    city = c.get("/api/cities/ramadi").json()
    assert (city["latitude"], city["longitude"], city["country"]) == (35.5, 36.6, "Syria")
    assert cid["payload"]["region"] == "Idlib"
    facets = c.get("/api/search?city=ramadi").json()["facets"]["cities"]
    assert {"name": "Ramadi", "slug": "ramadi", "country": "Syria", "count": 1} in facets
    c.delete(f"/api/corrections/{cid['id']}", headers=basic())
    assert c.get("/api/cities/ramadi").json()["country"] == "Iraq"


def test_bad_corrections_are_clear_4xx_and_change_nothing(editable_client):
    c = editable_client
    cases = [
        ("/api/people/nobody/merge", {"into": "ash-carter"}, 404),
        ("/api/people/obama/merge", {"into": "nobody"}, 404),
        ("/api/people/obama/merge", {"into": "obama"}, 400),
        ("/api/people/obama/merge", {}, 400),
        ("/api/people/ash-carter/split", {"alias": "Tony Thomas"}, 400),
        ("/api/people/ash-carter/split", {"alias": "Ash Carter"}, 400),
        ("/api/cities/paris/resolve", {"geonames_id": 1}, 404),
        ("/api/cities/paris/locate", {"latitude": 91, "longitude": 0, "country": "France"}, 400),
        ("/api/cities/paris/locate", {"latitude": 1, "longitude": 0, "country": "Atlantis"}, 400),
        ("/api/people/obama/frobnicate", {}, 404),
    ]
    for path, body, status in cases:
        answer = c.post(path, json=body, headers=basic())
        assert answer.status_code == status, (path, answer.text)
        assert "message" in answer.json()["error"] or "detail" in answer.json()
    assert c.get("/api/corrections").json()["corrections"] == []
    assert c.delete("/api/corrections/999", headers=basic()).status_code == 404


def test_corrections_are_listed_with_who_and_when(editable_client):
    c = editable_client
    c.post("/api/people/obama/not-a-person", headers=basic())
    listed = c.get("/api/corrections").json()["corrections"]
    assert [(x["kind"], x["target"], x["actor"]) for x in listed] == [
        ("not-a-person", "obama", "alice")
    ]
    assert listed[0]["created_at"] and listed[0]["undone_at"] is None
    page = c.get("/corrections").text
    assert "Obama: marked not a person" in page


def test_the_api_is_documented(editable_client):
    paths = editable_client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/people/{slug}/merge",
        "/api/people/{slug}/rename",
        "/api/people/{slug}/not-a-person",
        "/api/people/{slug}/split",
        "/api/cities/{slug}/merge",
        "/api/cities/{slug}/not-a-place",
        "/api/cities/{slug}/resolve",
        "/api/cities/{slug}/locate",
        "/api/corrections",
        "/api/corrections/{correction_id}",
    ):
        assert path in paths, path
    assert "delete" in paths["/api/corrections/{correction_id}"]


def test_split_through_the_api_and_its_undo(editable_client):
    c = editable_client
    # 001 names both "Ash Carter" and "Ashton Carter": it stays with Ash Carter, so the
    # new person starts with no article (until an article names only Ashton Carter).
    done = c.post("/api/people/ash-carter/split", json={"alias": "Ashton Carter"}, headers=basic())
    assert done.status_code == 201
    assert done.json()["correction"]["payload"]["new_slug"] == "ashton-carter"
    assert c.get("/api/people/ashton-carter").json()["count"] == 0
    assert c.get("/api/people/ash-carter").json()["forms"] == ["Ash Carter"]
    c.delete(f"/api/corrections/{done.json()['correction']['id']}", headers=basic())
    assert c.get("/api/people/ash-carter").json()["forms"] == ["Ash Carter", "Ashton Carter"]
    moved = c.get("/api/people/ashton-carter", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/api/people/ash-carter"
