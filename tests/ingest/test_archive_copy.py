"""``newsarchive copy``: an embedded archive moved into PostgreSQL and another search index,
every row kept with its id, so article URLs and entity slugs (and redirects) keep working.
The embedded archive is the reference the copy is compared with."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.archive import open_archive
from app.config import Settings
from app.domain import SearchRequest
from app.ingest.archive_copy import CopyRefused, target_settings
from app.web import create_app
from tests.conftest import SEED_PAGES
from tests.ingest.test_interrupted import fakes_subset
from tests.ingest.test_pipeline import copy_seeds, run_cli

pytestmark = pytest.mark.slow

TABLES = (
    "articles",
    "persons",
    "cities",
    "entity_forms",
    "entity_redirects",
    "article_persons",
    "article_cities",
    "article_signatures",
)
# Every row of every table, in a fixed order, with the columns users see through URLs.
ROWS_OF = {
    "articles": "SELECT id, content_hash, title, duplicate_of FROM articles ORDER BY id",
    "persons": "SELECT id, slug, name FROM persons ORDER BY id",
    "cities": "SELECT id, slug, geonames_id FROM cities ORDER BY id",
    "entity_redirects": "SELECT kind, old_slug, target_id FROM entity_redirects ORDER BY id",
    "article_persons": "SELECT article_id, person_id, mentions, role FROM article_persons "
    "ORDER BY article_id, person_id",
    "article_cities": "SELECT article_id, city_id, mentions FROM article_cities "
    "ORDER BY article_id, city_id",
    "entity_forms": "SELECT id, kind, entity_id, form, key, mentions FROM entity_forms ORDER BY id",
    "article_signatures": "SELECT article_id, minhash FROM article_signatures ORDER BY article_id",
}


def rows(url: str) -> dict[str, list[tuple]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: [tuple(r) for r in connection.execute(text(sql))]
                for table, sql in ROWS_OF.items()
            }
    finally:
        engine.dispose()


def errors(done) -> str:  # type: ignore[no-untyped-def]
    """What a command wrote to stderr besides the "archive: ..." line every command
    starts with: one line for an operational failure."""
    lines = [line for line in done.stderr.strip().splitlines() if not line.startswith("archive:")]
    assert len(lines) == 1, done.stderr
    return lines[0]


def search_ids(settings: Settings, request: SearchRequest) -> tuple[list[int], list[str]]:
    archive = open_archive(settings)
    try:
        page = archive.search.search(request)
        return archive.search.matching_ids(request), sorted(h.title for h in page.hits)
    finally:
        archive.close()


def test_copy_moves_every_row_with_its_id_into_postgresql(tmp_path: Path, postgres):
    source_dir, target_dir = tmp_path / "data", tmp_path / "copy"
    pages = copy_seeds(tmp_path / "in")
    export, distinct = fakes_subset(tmp_path / "in" / "fakes.csv", 20)
    assert distinct == 20  # the first 20 rows of FA-KES are 20 different texts
    done = run_cli("ingest", str(pages), data_dir=source_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    source = Settings(data_dir=source_dir, database_url=None)
    target_url = postgres.create_database()

    moved = run_cli(
        "copy", "--to-database", target_url, "--to-search", str(target_dir), data_dir=source_dir
    )

    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert "indexed 24 articles" in moved.stdout  # 4 seed pages + 20 FA-KES stories
    before, after = rows(source.sqlalchemy_url), rows(target_url)
    assert len(after["articles"]) == 4 + 20
    for table in TABLES:
        assert after[table] == before[table], table
    assert {slug for _id, slug, _name in after["persons"]} >= {"ash-carter", "john-kerry"}
    # The ingest merged "Bashar Assads" and the lone "Assad" into Bashar al-Assad.
    assad_id = next(i for i, slug, _name in after["persons"] if slug == "bashar-al-assad")
    assert sorted(after["entity_redirects"]) == [
        ("person", "assad", assad_id),
        ("person", "bashar-assads", assad_id),
    ]

    # The same filtered search finds the same articles by the same ids in the copy.
    target = Settings(data_dir=target_dir, database_url=target_url)
    request = SearchRequest(q="Aleppo", sources=("nna",), sort="date")
    ids, titles = search_ids(target, request)
    title_of = {row[0]: row[2] for row in after["articles"]}
    # The five of the first ten FA-KES rows (all from NNA) whose text names Aleppo.
    assert titles == [
        "29 Syria Rebels Dead in Fighting for Key Aleppo Road",
        "Aleppo bomb blast kills six Syrian state TV",
        "Death toll from Aleppo bomb attack at least 112",
        "Suicide bomber kills 4 in Assad clans hometown",
        "Syria attack symptoms consistent with nerve agent use WHO",
    ]
    # Newest first, as published: 2017-04-19, 2017-04-16, 2017-04-05, 2016-07-10, 2015-02-22.
    assert [title_of[i] for i in ids] == [
        "Aleppo bomb blast kills six Syrian state TV",
        "Death toll from Aleppo bomb attack at least 112",
        "Syria attack symptoms consistent with nerve agent use WHO",
        "29 Syria Rebels Dead in Fighting for Key Aleppo Road",
        "Suicide bomber kills 4 in Assad clans hometown",
    ]
    assert ids == search_ids(source, request)[0]

    # Bookmarked URLs: an article page by its id, a merged person's old slug.
    kerry = next(i for i, _h, title, _d in after["articles"] if title.startswith("Kerry calls"))
    moved_archive = open_archive(target)
    try:
        with TestClient(create_app(target, moved_archive)) as client:
            page = client.get(f"/articles/{kerry}")
            assert page.status_code == 200 and "Kerry calls for new measures" in page.text
            old = client.get("/people/assad", follow_redirects=False)
            assert (old.status_code, old.headers["location"]) == (308, "/people/bashar-al-assad")
    finally:
        moved_archive.close()

    # PostgreSQL's id sequences were moved past the copied ids: the next article is 25.
    (extra := tmp_path / "extra").mkdir()
    (extra / "new.txt").write_text(
        "Kobani, Syria - Kurdish fighters retook the eastern quarter of the town on Sunday, "
        "a spokesman said, after three days of fighting around the grain silos.\n",
        encoding="utf-8",
    )
    more = run_cli("ingest", str(extra), data_dir=target_dir, database_url=target_url)
    assert more.returncode == 0, more.stdout + more.stderr
    assert rows(target_url)["articles"][-1][0] == 25

    # A second copy into the same, no longer empty, database is refused; nothing changes.
    again = run_cli(
        "copy",
        "--to-database",
        target_url,
        "--to-search",
        str(tmp_path / "c2"),
        data_dir=source_dir,
    )
    assert again.returncode == 1
    assert errors(again) == (
        "error: the target database already holds rows in articles: copy needs an empty "
        "database (create a new one)"
    )
    assert len(rows(target_url)["articles"]) == 25


def test_copy_into_a_database_that_does_not_answer_is_one_line(tmp_path: Path, postgres):
    done = run_cli("ingest", str(SEED_PAGES[0]), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    url = postgres.url("no_such_database")
    moved = run_cli(
        "copy", "--to-database", url, "--to-search", str(tmp_path / "c"), data_dir=tmp_path / "data"
    )
    assert moved.returncode == 1
    line = errors(moved)
    assert line.startswith("error: the database could not be used:")
    assert '"no_such_database" does not exist' in line


def test_the_target_search_engine_is_a_solr_url_or_a_folder(tmp_path: Path):
    source = Settings(data_dir=tmp_path / "data", database_url=None)
    url = "postgresql+psycopg://u@127.0.0.1:5432/archive"
    solr = target_settings(
        source, to_database=url, to_search="solr://127.0.0.1:8983/solr/newsarchive"
    )
    assert (solr.database_url, solr.search_url) == (url, "solr://127.0.0.1:8983/solr/newsarchive")
    folder = target_settings(source, to_database=url, to_search=str(tmp_path / "copy"))
    assert (folder.search_url, folder.index_dir) == (None, tmp_path / "copy" / "index")
    with pytest.raises(CopyRefused, match="the archive's own index folder"):
        target_settings(source, to_database=url, to_search=str(tmp_path / "data"))
    with pytest.raises(CopyRefused, match="the archive's own database"):
        target_settings(source, to_database=source.sqlalchemy_url, to_search=str(tmp_path / "c"))
