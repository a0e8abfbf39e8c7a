"""``newsarchive copy`` into the real cluster: an embedded archive (SQLite + Whoosh) moved
into PostgreSQL and a SolrCloud collection keeps its article ids and entity slugs, and the
copy finds, filters and counts what the embedded archive did."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.config import Settings
from app.domain import SearchRequest
from app.web import create_app
from tests.ingest.test_archive_copy import rows
from tests.ingest.test_interrupted import fakes_subset
from tests.ingest.test_pipeline import copy_seeds, run_cli
from tests.search.local_cluster import shared_cluster

pytestmark = pytest.mark.slow


def countable(settings: Settings, request: SearchRequest) -> tuple:  # type: ignore[type-arg]
    """What a reader can count on a results page, and the ids in date order."""
    archive = open_archive(settings)
    try:
        page = archive.search.search(request)
        facets = (page.person_facets, page.city_facets, page.country_facets, page.source_facets)
        return (
            page.total,
            [[(f.slug, f.count) for f in values] for values in facets],
            archive.search.matching_ids(request),
        )
    finally:
        archive.close()


def test_copy_moves_an_embedded_archive_into_postgresql_and_solrcloud(tmp_path: Path, postgres):
    source_dir = tmp_path / "data"
    pages = copy_seeds(tmp_path / "in")
    fakes_subset(tmp_path / "in" / "fakes.csv", 20)
    done = run_cli("ingest", str(pages), data_dir=source_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    target_url = postgres.create_database()
    solr_url = shared_cluster().collection_url("copied_archive")

    moved = run_cli(
        "copy", "--to-database", target_url, "--to-search", solr_url, data_dir=source_dir
    )

    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert "indexed 24 articles" in moved.stdout  # 4 seed pages + the first 20 FA-KES rows
    source = Settings(data_dir=source_dir, database_url=None)
    before, after = rows(source.sqlalchemy_url), rows(target_url)
    assert after == before  # every row of every table, ids included

    target = Settings(data_dir=tmp_path / "unused", database_url=target_url, search_url=solr_url)
    # The five of the first twenty FA-KES rows from NNA whose text names Aleppo, newest
    # first (2017-04-19, 2017-04-16, 2017-04-05, 2016-07-10, 2015-02-22).
    aleppo = SearchRequest(q="Aleppo", sources=("nna",), sort="date")
    title_of = {row[0]: row[2] for row in after["articles"]}
    assert [title_of[i] for i in countable(target, aleppo)[2]] == [
        "Aleppo bomb blast kills six Syrian state TV",
        "Death toll from Aleppo bomb attack at least 112",
        "Syria attack symptoms consistent with nerve agent use WHO",
        "29 Syria Rebels Dead in Fighting for Key Aleppo Road",
        "Suicide bomber kills 4 in Assad clans hometown",
    ]
    for request in (
        SearchRequest(sort="oldest"),
        aleppo,
        SearchRequest(q="Syria", sort="oldest"),
        SearchRequest(persons=("bashar-al-assad",), sort="oldest"),
        SearchRequest(q='"air strike" OR airstrike', sort="oldest"),
    ):
        assert countable(target, request) == countable(source, request), request

    # Bookmarked URLs answer on the copy: an article by its id, a merged person's old slug.
    kerry = next(i for i, _h, title, _d in after["articles"] if title.startswith("Kerry calls"))
    archive = open_archive(target)
    try:
        with TestClient(create_app(target, archive)) as client:
            page = client.get(f"/articles/{kerry}")
            assert page.status_code == 200 and "Kerry calls for new measures" in page.text
            old = client.get("/people/assad", follow_redirects=False)
            assert (old.status_code, old.headers["location"]) == (308, "/people/bashar-al-assad")
            # Kerry is named in two seed pages: the Kerry story and the Paris coalition one.
            found = client.get("/api/search", params={"q": "Kerry", "sort": "oldest"}).json()
            titles = [title_of[hit["id"]] for hit in found["results"]]
            assert titles == [
                "Small-Group Coalition to Convene in Paris, Discuss Plan for Countering "
                "Islamic State",
                title_of[kerry],
            ]
    finally:
        archive.close()
