"""The stored forms of entities: looking entities up the way users type them, and the
GeoNames alternate names of cities.

Matching is done by SQLite over the ``entity_forms`` keys (a LIKE over a few thousand
short strings), so the web never loads the gazetteer: the alternate names were stored at
ingest (``app.ingest.entities``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.domain import EntityRef
from app.extract.entity_keys import person_query_key, place_key, place_skeleton
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    CityRow,
    EntityFormRow,
    PersonRow,
)


def matching_entity_ids(session: Session, *, kind: str, query: str) -> set[int]:
    """Entities with a form that contains the query, compared by key: accents, case,
    hyphens and Arabic articles never matter; for places, a transliteration with the same
    consonant skeleton matches too ("Deir Ezzor" finds Deir ez-Zor)."""
    key = person_query_key(query) if kind == "person" else place_key(query)
    if not key:
        return set()
    condition = EntityFormRow.key.like(f"%{key}%")
    if kind == "city" and (sk := place_skeleton(query)):
        condition = condition | (EntityFormRow.skeleton == sk)
    stmt = select(EntityFormRow.entity_id).where(EntityFormRow.kind == kind, condition)
    return set(session.scalars(stmt.distinct()))


def cities_without_alternate_names(session: Session) -> dict[int, int]:
    """``{geonames id: city id}`` of the cities whose GeoNames names are not stored yet."""
    done = select(EntityFormRow.entity_id).where(
        EntityFormRow.kind == "city", EntityFormRow.source == "geonames"
    )
    rows = session.execute(select(CityRow.geonames_id, CityRow.id).where(CityRow.id.not_in(done)))
    return {geonames_id: city_id for geonames_id, city_id in rows}


def add_alternate_names(session: Session, *, names: dict[int, tuple[int, Iterable[str]]]) -> int:
    """Store GeoNames' names of these cities (city id -> folded names); returns how many.
    Each city also gets a "geonames:<id>" marker (key '', never matched by a search), so
    it is not looked up again; ``names`` maps city id -> (geonames id, names)."""
    have = {
        (city_id, form)
        for city_id, form in session.execute(
            select(EntityFormRow.entity_id, EntityFormRow.form).where(
                EntityFormRow.kind == "city", EntityFormRow.entity_id.in_(list(names))
            )
        )
    }
    rows = []
    for city_id, (geonames_id, forms) in names.items():
        marker = f"geonames:{geonames_id}"
        if (city_id, marker) not in have:
            have.add((city_id, marker))
            rows.append(_row(city_id, marker, "", ""))
        for form in dict.fromkeys(forms):
            key = place_key(form)
            if len(key) < 3 or (city_id, form) in have:
                continue
            have.add((city_id, form))
            rows.append(_row(city_id, form, key, place_skeleton(form)))
    if rows:
        session.execute(insert(EntityFormRow), rows)
    return len(rows)


def _row(city_id: int, form: str, key: str, skeleton: str) -> dict:
    return {
        "kind": "city",
        "entity_id": city_id,
        "form": form[:300],
        "key": key[:300],
        "skeleton": skeleton,
        "source": "geonames",
    }


def entity_summary(
    session: Session, *, kind: str, slug: str
) -> tuple[EntityRef, int, list[str]] | None:
    """An entity by slug: its reference, its article count (stories, as the lists count)
    and the forms the archive found it under (as written in articles), or None."""
    model, link, link_id = (
        (PersonRow, ArticlePersonRow, ArticlePersonRow.person_id)
        if kind == "person"
        else (CityRow, ArticleCityRow, ArticleCityRow.city_id)
    )
    row = session.scalar(select(model).where(model.slug == slug, model.hidden.is_(False)))
    if row is None:
        return None
    count = session.scalar(
        select(func.count(link.article_id))
        .join(ArticleRow, ArticleRow.id == link.article_id)
        .where(link_id == row.id, ArticleRow.duplicate_of.is_(None))
    )
    forms = session.scalars(
        select(EntityFormRow.form)
        .where(
            EntityFormRow.kind == kind,
            EntityFormRow.entity_id == row.id,
            EntityFormRow.source == "text",
        )
        .order_by(EntityFormRow.id)
    ).all()
    ref = (
        EntityRef(row.name, row.slug)
        if kind == "person"
        else EntityRef(row.name, row.slug, row.country, row.latitude, row.longitude)
    )
    return ref, count or 0, list(forms)
