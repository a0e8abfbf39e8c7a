"""The Regions facet counted in memory, on a real archive of hand-written pages
(tests/place_pages.py), on both databases: its counts, articles ingested after the links
were first read, and a correction that hides a city."""

from __future__ import annotations

from pathlib import Path

from app.archive import Archive
from app.ingest import correcting
from app.store import repository
from tests.place_pages import ingest_place_pages


def _facet(archive: Archive) -> list[tuple[str, int]]:
    with archive.sessions() as session:
        ids = repository.primary_article_ids(session)
        found = archive.region_links.facets(session, article_ids=ids, limit=10)
    return [(value.slug, value.count) for value in found]


def test_counts_each_story_once_per_region_and_follows_later_ingests(
    archive: Archive, tmp_path: Path
) -> None:
    ingest_place_pages(archive, tmp_path / "b1", "aleppo_province", "azaz")
    # Both have a Beirut dateline; one names Aleppo province, the other Azaz, a town in it.
    assert _facet(archive) == [("aleppo-province", 2), ("beirut-governorate", 2)]
    ingest_place_pages(archive, tmp_path / "b2", "homs", "halab")
    # Read again at once, not after the links' age limit: newer articles are read on sight.
    assert _facet(archive) == [
        ("beirut-governorate", 4),
        ("aleppo-province", 3),
        ("homs-province", 1),
    ]


def test_only_the_given_articles_are_counted(archive: Archive, tmp_path: Path) -> None:
    ingest_place_pages(archive, tmp_path / "b1", "aleppo_province", "homs")
    with archive.sessions() as session:
        stored = repository.load_articles(
            session, article_ids=repository.primary_article_ids(session)
        )
        homs = [a.id for a in stored if a.title == "Fighting in Homs"]
        found = archive.region_links.facets(session, article_ids=homs, limit=10)
        assert [(v.name, v.slug, v.count) for v in found] == [
            ("Beirut Governorate", "beirut-governorate", 1),
            ("Homs Province", "homs-province", 1),
        ]
        assert archive.region_links.facets(session, article_ids=[], limit=10) == ()


def test_a_hidden_city_leaves_the_facet_at_once(archive: Archive, tmp_path: Path) -> None:
    ingest_place_pages(archive, tmp_path / "b1", "aleppo_province", "azaz")
    assert ("aleppo-province", 2) in _facet(archive)
    correcting.correct(
        archive, entity_kind="city", kind="not-a-place", slug="azaz", body={}, actor="alice"
    )
    # Azaz was the second page's only link to the province.
    assert ("aleppo-province", 1) in _facet(archive)
