"""``newsarchive entities repair`` and ``entities report`` through the real entry point,
on archives built by real ingests."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.archive import open_archive
from app.ingest import entities
from app.ingest.indexing import index_pending
from app.store import repository, writing
from app.store.entity_report import Counted, suspicious_persons
from app.store.models import ArticleRow
from app.textfold import fold
from app.web import create_app
from tests.conftest import make_settings
from tests.entity_pages import ingest_pages
from tests.ingest.test_pipeline import run_cli


def build_with_old_rules(data_dir, url, folder, monkeypatch, *names):  # type: ignore[no-untyped-def]
    """An archive as the code before identity keys built it: persons found by their
    exactly folded form, no archive-wide rules after the ingest."""
    with monkeypatch.context() as patch:
        patch.setattr(writing, "identity_key", fold)
        patch.setattr(entities, "settle", lambda archive, **_: index_pending(archive))
        patch.setattr("app.ingest.pipeline.entities.settle", lambda archive, **_: _Settled())
        archive = open_archive(make_settings(data_dir, url))
        try:
            ingest_pages(archive, folder, *names)
        finally:
            archive.close()


class _Settled:
    merges: list = []  # type: ignore[type-arg]


def listing(data_dir, url) -> tuple[dict[str, int], dict[str, int]]:  # type: ignore[no-untyped-def]
    """(person name -> articles, origin file -> article id) of the archive."""
    archive = open_archive(make_settings(data_dir, url))
    try:
        with archive.sessions() as session:
            people = {ref.name: n for ref, n in repository.list_persons(session)}
            ids = {
                origin.rsplit("/", 1)[-1]: article_id
                for article_id, origin in session.execute(select(ArticleRow.id, ArticleRow.origin))
            }
    finally:
        archive.close()
    return people, ids


def test_repair_merges_an_archive_built_with_the_old_rules(tmp_path, monkeypatch, database_url):
    data, url = tmp_path / "data", database_url
    build_with_old_rules(data, url, tmp_path / "in", monkeypatch,
                         "rahman1", "rahman2", "rahman3", "rahman4", "trumps", "trump",
                         "bashar1", "bashar2", "hafez")  # fmt: skip
    before, ids_before = listing(data, url)
    assert before == {
        "Rami Abdel Rahman": 1,
        "Rami Abdulrahman": 1,
        "Rami Abdurrahman": 1,
        "Rami Abdul Rahman": 1,
        "Donald Trumps": 1,
        "Donald Trump": 1,
        "Bashar al-Assad": 1,
        "Bashar Assad": 1,
        "Hafez al-Assad": 1,
    }
    done = run_cli("entities", "repair", data_dir=data, database_url=url)
    assert done.returncode == 0, done.stderr
    # rahman2-4 and bashar2 re-linked to the identity survivors, trumps to Donald Trump
    assert "articles: 9, changed: 5" in done.stdout
    assert "persons: 9 -> 4" in done.stdout
    assert "merges: 5 (4 identity, 1 possessive)" in done.stdout
    after, ids_after = listing(data, url)
    assert after == {
        "Rami Abdel Rahman": 4,
        "Donald Trump": 2,
        "Bashar al-Assad": 2,
        "Hafez al-Assad": 1,
    }
    assert ids_after == ids_before  # same articles, same ids

    archive = open_archive(make_settings(data, url))
    try:
        with TestClient(create_app(archive.settings, archive)) as client:
            for old, new in [
                ("rami-abdulrahman", "rami-abdel-rahman"),
                ("rami-abdul-rahman", "rami-abdel-rahman"),
                ("donald-trumps", "donald-trump"),
                ("bashar-assad", "bashar-al-assad"),
            ]:
                moved = client.get(f"/people/{old}", follow_redirects=False)
                assert (moved.status_code, moved.headers["location"]) == (308, f"/people/{new}")
            # The index follows: the filter finds all four articles.
            found = client.get("/api/search", params={"person": "rami-abdel-rahman"}).json()
            assert found["total"] == 4
    finally:
        archive.close()

    again = run_cli("entities", "repair", data_dir=data, database_url=url)
    assert again.returncode == 0, again.stderr
    assert "articles: 9, changed: 0" in again.stdout
    assert "persons: 4 -> 4" in again.stdout
    assert "merges: 0" in again.stdout
    assert run_cli("check", data_dir=data, database_url=url).returncode == 0


@pytest.fixture
def reported(tmp_path, database_url):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    archive = open_archive(make_settings(data, database_url))
    try:
        ingest_pages(archive, tmp_path / "in", "khatib", "kateb", "jimmy", "ashton", "carter",
                     "bashar1", "bashar2")  # fmt: skip
    finally:
        archive.close()
    return data


def test_report_as_json(reported, database_url):  # type: ignore[no-untyped-def]
    done = run_cli("entities", "report", "--json", data_dir=reported, database_url=database_url)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["splits"] == [
        {
            "a": {"name": "Hamza Kateb", "slug": "hamza-kateb", "articles": 1},
            "b": {"name": "Hamza Khatib", "slug": "hamza-khatib", "articles": 1},
            "why": "names 2 letter(s) apart",
        }
    ]
    assert {"entity": {"name": "Carter", "slug": "carter", "articles": 1},
            "why": "one-word name"} in data["suspicious"]  # fmt: skip
    assert data["top_persons"][0] == {
        "name": "Bashar al-Assad",
        "slug": "bashar-al-assad",
        "articles": 2,
    }
    assert {"name": "Washington", "slug": "washington", "articles": 2} in data["top_cities"]


def test_report_as_text(reported, database_url):  # type: ignore[no-untyped-def]
    done = run_cli("entities", "report", data_dir=reported, database_url=database_url)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Likely splits (one person under two entities?):" in lines
    assert (
        "  Hamza Kateb (1) / Hamza Khatib (1)  [hamza-kateb / hamza-khatib]: "
        "names 2 letter(s) apart" in lines
    )
    assert "  Carter (1) [carter]: one-word name" in lines
    assert "      2  Bashar al-Assad [bashar-al-assad]" in lines


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Coordination Committees", "organisation word"),
        ("Free Syrian Army", "organisation word"),
        ("Aleppo", "a place in the gazetteer"),
        ("Bashir", "one-word name"),
        ("Rami Abdel Rahman", None),
    ],
)
def test_suspicious_persons(name: str, why: str | None) -> None:
    from app.extract.lexicons import ORG_WORDS

    person = Counted(name, fold(name).replace(" ", "-"), 3)
    found = suspicious_persons([person], ORG_WORDS, lambda n: n == "Aleppo")
    assert [s.why for s in found] == ([why] if why else [])


def test_repair_gives_an_archive_from_before_regions_its_regions(tmp_path):  # type: ignore[no-untyped-def]
    """Article regions deleted (as an archive upgraded from before regions has none):
    repair finds them again in the stored bodies; a second repair changes nothing."""
    from sqlalchemy import delete

    from app.ingest.repair import repair
    from app.store import regions
    from app.store.models import ArticleRegionRow
    from tests.place_pages import ingest_place_pages

    archive = open_archive(make_settings(tmp_path / "data"))
    try:
        ingest_place_pages(archive, tmp_path / "b1", "aleppo_province", "halab", "homs")
        with archive.sessions() as session, session.begin():
            session.execute(delete(ArticleRegionRow))
        with archive.sessions() as session:
            # Only the hierarchy is left: Homs is a city of Homs Province.
            counts = {ref.slug: n for ref, n in regions.list_regions(session)}
            assert "aleppo-province" not in counts
        repair(archive)
        repair(archive)
        with archive.sessions() as session:
            counts = {ref.slug: n for ref, n in regions.list_regions(session)}
        assert counts["aleppo-province"] == 2  # "northern Aleppo province", "the Halab countryside"
        assert counts["homs-province"] == 1
    finally:
        archive.close()


def test_repair_lets_the_city_filter_find_the_articles_naming_its_province(tmp_path):  # type: ignore[no-untyped-def]
    """An archive whose articles lost their region links (as one from before regions):
    the city of Idlib is found only where named. Repair finds "Idlib province" again in
    "idlib_province" and re-indexes it, so city=idlib finds it too; a second repair
    changes nothing."""
    from sqlalchemy import delete

    from app.domain import SearchRequest
    from app.ingest.repair import repair
    from app.store.models import ArticleRegionRow
    from tests.place_pages import ingest_place_pages

    archive = open_archive(make_settings(tmp_path / "data"))
    try:
        ingest_place_pages(archive, tmp_path / "b1", "idlib_province", "idlib_city")
        with archive.sessions() as session, session.begin():
            session.execute(delete(ArticleRegionRow))
            repository.mark_all_unindexed(session)
        index_pending(archive)
        with archive.sessions() as session:
            titles = dict(session.execute(select(ArticleRow.id, ArticleRow.title)).all())

        def idlib() -> set[str]:
            return {
                titles[i] for i in archive.search.matching_ids(SearchRequest(cities=("idlib",)))
            }

        assert idlib() == {"Protest in a northern city"}
        first = repair(archive)
        assert idlib() == {"Protest in a northern city", "Strikes on a town in the north west"}
        assert {titles[i] for i in first.changed} == {"Strikes on a town in the north west"}
        assert repair(archive).changed == set()
    finally:
        archive.close()
