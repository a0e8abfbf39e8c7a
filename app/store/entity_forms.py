"""The stored forms of entities: looking entities up the way users type them, and the
GeoNames alternate names of cities.

Matching is done by SQLite over the ``entity_forms`` keys (a LIKE over a few thousand
short strings), so the web never loads the gazetteer: the alternate names were stored at
ingest (``app.ingest.entities``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.extract.entity_keys import person_query_key, place_key, place_skeleton
from app.store.models import CityRow, EntityFormRow


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
