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


# --- the hits' people and cities --------------------------------------------------------
# 25 reporters with distinct surnames (names alike would be merged into one person).
SURNAMES = (
    "Abbas", "Baker", "Cohen", "Dahl", "Evans", "Farah", "Grant", "Haddad", "Ito", "Jones",
    "Khan", "Lopez", "Moreau", "Nasser", "Okafor", "Petrov", "Quinn", "Rossi", "Suzuki",
    "Tanaka", "Usman", "Varga", "Weber", "Xu", "Young",
)  # fmt: skip


def _hand_built_client(archive):  # type: ignore[no-untyped-def]
    """An archive of hand-made extractions (people and cities with known mention counts),
    indexed, served by the real app."""
    from fastapi.testclient import TestClient

    from app.domain import CityMention, Extraction, PersonMention
    from app.ingest.indexing import index_pending
    from app.store import repository
    from app.web import create_app

    mosul = CityMention("Mosul", "Iraq", "IQ", 36.335, 43.119, 99072, count=2)
    aleppo = CityMention("Aleppo", "Syria", "SY", 36.202, 37.158, 170063, count=2)
    raqqa = CityMention("Raqqa", "Syria", "SY", 35.953, 39.009, 163915)
    pages = [
        Extraction(
            title="Coalition ministers meet",
            body="The coalition met to discuss the campaign.",
            persons=(
                PersonMention("Ash Carter"),
                PersonMention("John Kerry", count=3),
                PersonMention("Ban Ki-moon", role="author"),
            ),
            cities=(raqqa, mosul, aleppo),
        ),
        *(
            Extraction(
                title=f"Report {n}",
                body=f"Field report number {n} by {surname}.",
                persons=(PersonMention(f"Sami {surname}"),),
                cities=(mosul,),
            )
            for n, surname in enumerate(SURNAMES)
        ),
    ]
    with archive.sessions() as session, session.begin():
        for n, page in enumerate(pages):
            repository.add_article(
                session, extraction=page, content_hash=f"hash-{n}", origin=f"page-{n}.txt"
            )
    assert index_pending(archive) == 26
    return TestClient(create_app(archive.settings, archive))


def test_api_hits_list_their_people_and_cities_most_mentioned_first(archive):
    with _hand_built_client(archive) as client:
        data = client.get("/api/search", params={"q": "coalition"}).json()
    assert [hit["title"] for hit in data["results"]] == ["Coalition ministers meet"]
    hit = data["results"][0]
    # Kerry named 3 times, then Carter and the byline's Ban by name; every role is listed.
    assert hit["persons"] == [
        {"name": "John Kerry", "slug": "john-kerry"},
        {"name": "Ash Carter", "slug": "ash-carter"},
        {"name": "Ban Ki-moon", "slug": "ban-ki-moon"},
    ]
    # Mosul and Aleppo named twice (by name), Raqqa once.
    assert hit["cities"] == [
        {"name": "Aleppo", "slug": "aleppo", "country": "Syria"},
        {"name": "Mosul", "slug": "mosul", "country": "Iraq"},
        {"name": "Raqqa", "slug": "raqqa", "country": "Syria"},
    ]


def test_a_page_of_api_results_reads_the_database_once_whatever_its_size(archive):
    """README (JSON API): a search without filters costs one database query, the hits'
    people and cities, for a page of 1 or of 25 results."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    with _hand_built_client(archive) as client:
        event.listen(archive.engine, "before_cursor_execute", count)
        try:
            one = client.get("/api/search", params={"q": "report", "per_page": 1}).json()
            after_one = len(statements)
            many = client.get("/api/search", params={"q": "report", "per_page": 25}).json()
        finally:
            event.remove(archive.engine, "before_cursor_execute", count)
    assert len(one["results"]) == 1 and len(many["results"]) == 25
    assert after_one == 1 and len(statements) == 2
    assert all(hit["cities"] == [{"name": "Mosul", "slug": "mosul", "country": "Iraq"}]
               for hit in many["results"])  # fmt: skip
    assert {hit["persons"][0]["slug"] for hit in many["results"]} == {
        "sami-" + surname.lower() for surname in SURNAMES
    }
