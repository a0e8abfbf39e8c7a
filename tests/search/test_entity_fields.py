"""What both engines index of an article's people and places (app/search/entity_fields.py),
read off articles written here."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain import Article, EntityRef
from app.search.entity_fields import city_slugs, country_slugs, entity_rows, person_values


def make(**fields) -> Article:
    return Article(id=1, title="T", body="B", published=None, source=None, author=None,
                   url=None, ingested_at=datetime(2024, 1, 1, tzinfo=UTC), **fields)  # fmt: skip


def test_people_are_split_by_role_and_all_kept_together():
    article = make(
        persons=(
            EntityRef("John Kerry", "john-kerry", role="mentioned"),
            EntityRef("Lesley Wroughton", "lesley-wroughton", role="author"),
            EntityRef("Joshua Roberts", "joshua-roberts", role="credit"),
            EntityRef("Ash Carter", "ash-carter"),  # no role known: named in the story
        )
    )
    assert person_values(article) == {
        "persons": ["john-kerry", "ash-carter"],
        "authors": ["lesley-wroughton"],
        "credits": ["joshua-roberts"],
        "persons_any": ["john-kerry", "lesley-wroughton", "joshua-roberts", "ash-carter"],
    }


def test_cities_through_a_region_are_indexed_but_kept_apart_in_the_rows():
    article = make(
        cities=(EntityRef("Saraqeb", "saraqeb", "Syria", 35.8, 36.8),),
        region_cities=(EntityRef("Idlib", "idlib", "Syria", 35.9, 36.6, via="Idlib Province"),),
    )
    assert city_slugs(article) == ["saraqeb", "idlib"]
    assert country_slugs(article) == ["syria"]
    assert entity_rows(article) == [
        ["city", "saraqeb", "Saraqeb", "Syria", 35.8, 36.8],
        ["city-via-region", "idlib", "Idlib", "Syria", 35.9, 36.6],
    ]
