"""The JSON API, with the search page's parameters."""

from tests.conftest import CARTER_PARIS, CARTER_REVENGE


def test_api_search_shape_and_facets(client, seed_ids):
    data = client.get("/api/search", params={"q": "Mosul", "person": "ash-carter"}).json()
    assert data["query"] == "Mosul" and data["total"] == 2
    assert data["page"] == 1 and data["per_page"] == 20
    assert {r["id"] for r in data["results"]} == {seed_ids[CARTER_PARIS], seed_ids[CARTER_REVENGE]}
    first = data["results"][0]
    assert set(first) == {
        "id",
        "title",
        "published",
        "source",
        "url",
        "snippet",
        "highlights",
        "snippet_html",
        "persons",
        "cities",
    }
    assert {"name": "Ash Carter", "slug": "ash-carter"} in first["persons"]
    persons = {f["slug"]: f for f in data["facets"]["persons"]}
    assert persons["ash-carter"] == {"name": "Ash Carter", "slug": "ash-carter", "count": 2}
    mosul = next(f for f in data["facets"]["cities"] if f["slug"] == "mosul")
    assert mosul == {"name": "Mosul", "slug": "mosul", "country": "Iraq", "count": 2}


def test_api_per_page_and_facet_limit(client):
    data = client.get("/api/search", params={"q": "Islamic State", "per_page": 2, "facet_limit": 3})
    data = data.json()
    assert data["total"] == 4 and len(data["results"]) == 2
    assert len(data["facets"]["persons"]) == 3 and len(data["facets"]["cities"]) == 3
    assert client.get("/api/search", params={"per_page": 101}).status_code == 400


def test_api_article(client, seed_ids):
    data = client.get(f"/api/articles/{seed_ids[CARTER_PARIS]}").json()
    assert data["source"] == "Stars and Stripes"
    assert {"name": "Ash Carter", "slug": "ash-carter", "role": "mentioned"} in data["persons"]
    assert {"name": "Nice", "slug": "nice", "country": "France"} in data["cities"]
    assert data["other_versions"] == []  # no other outlet ran this story
    missing = client.get("/api/articles/999999")
    assert missing.status_code == 404
    assert "no article 999999" in missing.json()["error"]["message"]


def test_api_people_and_cities_fold_accents_and_case(client):
    people = client.get("/api/people", params={"q": "CAVUSOGLU"}).json()
    assert people == [{"name": "Mevlüt Çavuşoğlu", "slug": "mevlut-cavusoglu", "count": 1}]
    everyone = {p["slug"]: p["count"] for p in client.get("/api/people").json()}
    assert everyone["ash-carter"] == 2 and everyone["john-kerry"] == 2
    cities = client.get("/api/cities", params={"q": "falluja"}).json()
    assert cities == [{"name": "Fallujah", "slug": "fallujah", "country": "Iraq", "count": 2}]


def test_openapi_documents_the_search_parameters(client):
    spec = client.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert names == {
        "q", "person", "role", "city", "region", "country", "source", "from", "to",
        "collection", "sort", "page", "per_page", "facet_limit",
    }  # fmt: skip
    assert client.get("/docs").status_code == 200


def test_api_search_echoes_every_filter(client):
    data = client.get(
        "/api/search?q=Coalition&city=paris&country=france&from=2015&to=2016-07&sort=oldest"
        "&per_page=5&facet_limit=4"
    ).json()
    assert data["filters"] == {
        "q": "Coalition",
        "person": [],
        "role": "mentioned",
        "city": ["paris"],
        "country": ["france"],
        "source": [],
        "from": "2015-01-01",
        "to": "2016-07-31",
        "sort": "oldest",
        "page": 1,
        "per_page": 5,
        "facet_limit": 4,
    }


def test_api_snippets_are_plain_text_with_the_offsets_of_matched_words(client, seed_ids):
    data = client.get("/api/search", params={"q": "Mosul", "person": "ash-carter"}).json()
    revenge = next(r for r in data["results"] if r["id"] == seed_ids[CARTER_REVENGE])
    assert "<mark>" not in revenge["snippet"] and "<mark>Mosul</mark>" in revenge["snippet_html"]
    # The page's text: "...killed 35 ISIS commanders in Mosul in the last 90 days."
    assert '"The most dangerous job in Iraq' in revenge["snippet"]  # quotes unescaped
    marked = [revenge["snippet"][start:end] for start, end in revenge["highlights"]]
    assert marked == ["Mosul", "Mosul", "Mosul"]
    assert {"name": "Mosul", "slug": "mosul", "country": "Iraq"} in revenge["cities"]


def test_api_search_returns_every_facet_the_page_shows(client):
    facets = client.get("/api/search", params={"q": "Mosul", "person": "ash-carter"}).json()[
        "facets"
    ]
    assert set(facets) == {"persons", "cities", "countries", "sources", "regions"}
    assert {"name": "Iraq", "slug": "iraq", "count": 2} in facets["countries"]
    assert {"name": "Stars and Stripes", "slug": "Stars and Stripes", "count": 1} in facets[
        "sources"
    ]
