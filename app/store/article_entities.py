"""The people and cities stored articles name, for many articles at once.

One loading path for everything that lists them: whole articles (``repository.
load_articles``: pages, exports, indexing) and a page of search results (the API shows
each hit's people and cities, and nothing else of the stored article). Two queries for any
number of articles (per chunk of ``IN_CHUNK`` ids), never one per article: a page of 20
hits costs the same two indexed lookups as one hit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import EntityRef, NamedEntities
from app.store.models import ArticleCityRow, ArticlePersonRow, CityRow, PersonRow

# SQLite allows 32,766 bound parameters per statement (999 before 3.32); stay below.
IN_CHUNK = 900


def named_entities(session: Session, *, article_ids: Sequence[int]) -> dict[int, NamedEntities]:
    """Article id -> its people and cities, for every id asked (empty when it names none
    or is not stored)."""
    wanted = list(dict.fromkeys(article_ids))
    persons: dict[int, tuple[EntityRef, ...]] = {}
    cities: dict[int, tuple[EntityRef, ...]] = {}
    for chunk in chunks(wanted):
        persons |= persons_of(session, article_ids=chunk)
        cities |= cities_of(session, article_ids=chunk)
    return {a: NamedEntities(persons.get(a, ()), cities.get(a, ())) for a in wanted}


def persons_of(session: Session, *, article_ids: Sequence[int]) -> dict[int, tuple[EntityRef, ...]]:
    """Article id -> its people, each with its role in that article; persons an editor
    marked "not a person" are left out. One query (``article_ids`` at most ``IN_CHUNK``)."""
    if not article_ids:
        return {}
    rows = session.execute(
        select(
            ArticlePersonRow.article_id,
            ArticlePersonRow.mentions,
            ArticlePersonRow.role,
            PersonRow.name,
            PersonRow.slug,
        )
        .join(PersonRow, PersonRow.id == ArticlePersonRow.person_id)
        .where(ArticlePersonRow.article_id.in_(article_ids), PersonRow.hidden.is_(False))
        .order_by(ArticlePersonRow.article_id, ArticlePersonRow.person_id)
    )
    links: dict[int, list[tuple[int, str, EntityRef]]] = {}
    for article_id, mentions, role, name, slug in rows:
        links.setdefault(article_id, []).append((mentions, name, EntityRef(name, slug, role=role)))
    return {article_id: by_mentions(found) for article_id, found in links.items()}


def cities_of(session: Session, *, article_ids: Sequence[int]) -> dict[int, tuple[EntityRef, ...]]:
    """Article id -> the cities its text names, with country and coordinates; cities an
    editor marked "not a place" are left out. One query (``article_ids`` at most
    ``IN_CHUNK``)."""
    if not article_ids:
        return {}
    rows = session.execute(
        select(
            ArticleCityRow.article_id,
            ArticleCityRow.mentions,
            CityRow.name,
            CityRow.slug,
            CityRow.country,
            CityRow.latitude,
            CityRow.longitude,
        )
        .join(CityRow, CityRow.id == ArticleCityRow.city_id)
        .where(ArticleCityRow.article_id.in_(article_ids), CityRow.hidden.is_(False))
        .order_by(ArticleCityRow.article_id, ArticleCityRow.city_id)
    )
    links: dict[int, list[tuple[int, str, EntityRef]]] = {}
    for article_id, mentions, name, slug, country, latitude, longitude in rows:
        ref = EntityRef(name, slug, country, latitude, longitude)
        links.setdefault(article_id, []).append((mentions, name, ref))
    return {article_id: by_mentions(found) for article_id, found in links.items()}


def by_mentions(links: list[tuple[int, str, EntityRef]]) -> tuple[EntityRef, ...]:
    """Most mentioned first, then by name (in Python, not SQL: PostgreSQL would order the
    names by its locale's collation and SQLite by code point); equal names stay in id order."""
    return tuple(ref for _, _, ref in sorted(links, key=lambda link: (-link[0], link[1])))


def chunks(values: Sequence[int], size: int = IN_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
