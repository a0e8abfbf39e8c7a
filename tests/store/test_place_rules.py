"""One place, one entity: a village the gazetteer missed under one spelling merges into
the GeoNames city it spells, and villages the gazetteer lacks merge when they are one
name's spellings, through real ingests (expectations written by hand)."""

from __future__ import annotations

from sqlalchemy import select

from app.store import repository
from app.store.models import CityRow, EntityRedirectRow
from tests.entity_pages import ingest_pages


def places(archive) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with archive.sessions() as session:
        return {ref.name: n for ref, n in repository.list_cities(session)}


def test_a_village_spelling_a_city_merges_into_it(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "abukamal1", "abukamal2", "boukamal")
    assert places(archive)["Abu Kamal"] == 3
    assert "Boukamal" not in places(archive)
    with archive.sessions() as session:
        rows = session.execute(
            select(EntityRedirectRow.old_slug, EntityRedirectRow.reason, CityRow.slug).join(
                CityRow, CityRow.id == EntityRedirectRow.target_id
            )
        ).all()
    assert [tuple(r) for r in rows] == [("boukamal", "spelling", "abu-kamal")]


def test_a_village_in_another_country_stays_apart(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "abukamal1", "abukamal2", "boukamal_lb")
    found = places(archive)
    assert (found["Abu Kamal"], found["Boukamal"]) == (2, 1)


def test_spellings_of_one_village_the_gazetteer_lacks_become_one_place(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "kefraya", "kafraya", "foaa")
    found = places(archive)
    # Each spelling in one article: the first stored (files are read in name order, foaa.txt
    # first) keeps its name.
    assert {name: n for name, n in found.items() if name[0] in "FK"} == {"Foaa": 3, "Kafraya": 2}


def test_villages_one_article_names_together_stay_apart(archive, tmp_path):
    # "Kafraya" and "Kufriya" share the skeleton k-f-r, but one article names both.
    ingest_pages(archive, tmp_path / "b1", "kafraya", "kufriya")
    found = places(archive)
    assert (found["Kafraya"], found["Kufriya"]) == (2, 1)
