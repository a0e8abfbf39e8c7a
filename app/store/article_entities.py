"""The people and cities stored articles name, for many articles at once.

One loading path for everything that lists them: whole articles (``repository.
load_articles``: pages, exports, indexing) and a page of search results (the API shows
each hit's people and cities, and nothing else of the stored article). One query for any
number of articles (per chunk of ``IN_CHUNK`` ids), never one per article: a page of 20
hits costs the same round trip to the database as one hit. (On a loaded machine each round
trip to PostgreSQL waits for its server process to be scheduled: 1-4 ms each, measured.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Float, String, cast, literal, null, select, union_all
from sqlalchemy.orm import Session

from app.domain import EntityRef, NamedEntities
from app.store.models import ArticleCityRow, ArticlePersonRow, CityRow, PersonRow

# SQLite allows 32,766 bound parameters per statement (999 before 3.32); stay below.
IN_CHUNK = 900
PERSON, CITY = "person", "city"


def named_entities(session: Session, *, article_ids: Sequence[int]) -> dict[int, NamedEntities]:
    """Article id -> its people and cities, for every id asked (empty when it names none
    or is not stored)."""
    wanted = list(dict.fromkeys(article_ids))
    persons: dict[int, tuple[EntityRef, ...]] = {}
    cities: dict[int, tuple[EntityRef, ...]] = {}
    for chunk in chunks(wanted):
        found = entities_of(session, article_ids=chunk)
        persons |= found.persons
        cities |= found.cities
    return {a: NamedEntities(persons.get(a, ()), cities.get(a, ())) for a in wanted}


@dataclass(frozen=True)
class Links:
    """Article id -> its people (each with its role in that article), and -> the cities
    its text names (with country and coordinates), each most mentioned first."""

    persons: dict[int, tuple[EntityRef, ...]]
    cities: dict[int, tuple[EntityRef, ...]]


def entities_of(session: Session, *, article_ids: Sequence[int]) -> Links:
    """The people and cities of these articles (at most ``IN_CHUNK``) in one query, one
    round trip to the database; persons an editor marked "not a person" and cities marked
    "not a place" are left out."""
    if not article_ids:
        return Links({}, {})
    no_text, no_float = cast(null(), String), cast(null(), Float)
    persons = (
        select(
            literal(PERSON).label("kind"),
            ArticlePersonRow.article_id,
            ArticlePersonRow.person_id.label("entity_id"),
            ArticlePersonRow.mentions,
            PersonRow.name,
            PersonRow.slug,
            ArticlePersonRow.role,
            no_text.label("country"),
            no_float.label("latitude"),
            no_float.label("longitude"),
        )
        .join(PersonRow, PersonRow.id == ArticlePersonRow.person_id)
        .where(ArticlePersonRow.article_id.in_(article_ids), PersonRow.hidden.is_(False))
    )
    cities = (
        select(
            literal(CITY).label("kind"),
            ArticleCityRow.article_id,
            ArticleCityRow.city_id.label("entity_id"),
            ArticleCityRow.mentions,
            CityRow.name,
            CityRow.slug,
            no_text.label("role"),
            CityRow.country,
            CityRow.latitude,
            CityRow.longitude,
        )
        .join(CityRow, CityRow.id == ArticleCityRow.city_id)
        .where(ArticleCityRow.article_id.in_(article_ids), CityRow.hidden.is_(False))
    )
    # Rows unpacked as tuples: reading each column by name cost more than the query.
    rows = [tuple(row) for row in session.execute(union_all(persons, cities))]
    # Entity id order first (the order equal names keep), then most mentioned first.
    rows.sort(key=lambda row: (row[1], row[2]))
    links: dict[str, dict[int, list[tuple[int, str, EntityRef]]]] = {PERSON: {}, CITY: {}}
    for kind, article_id, _entity_id, mentions, name, slug, role, country, lat, lon in rows:
        if kind == PERSON:
            ref = EntityRef(name, slug, role=role)
        else:
            ref = EntityRef(name, slug, country, lat, lon)
        links[kind].setdefault(article_id, []).append((mentions, name, ref))
    return Links(
        {article_id: by_mentions(found) for article_id, found in links[PERSON].items()},
        {article_id: by_mentions(found) for article_id, found in links[CITY].items()},
    )


def by_mentions(links: list[tuple[int, str, EntityRef]]) -> tuple[EntityRef, ...]:
    """Most mentioned first, then by name (in Python, not SQL: PostgreSQL would order the
    names by its locale's collation and SQLite by code point); equal names stay in id order."""
    return tuple(ref for _, _, ref in sorted(links, key=lambda link: (-link[0], link[1])))


def chunks(values: Sequence[int], size: int = IN_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
