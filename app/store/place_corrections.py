"""Corrections of a place's identity and position: re-resolve it to another GeoNames
place, or locate a village the gazetteer lacks (coordinates, country, a region name);
each with its undo.

A re-resolved city keeps its id and slug and takes the other place's name, country and
coordinates; a "geonames:<old id>" form (source "correction") makes later mentions of the
old place find it (``app.store.writing`` resolves cities through such forms), so a
re-ingest or ``entities repair`` keeps the correction. Its stored GeoNames alternate
names are replaced by the new place's (the caller stores them).
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.store.corrections import CorrectionRefused
from app.store.entity_corrections import linked_articles, mark_unindexed
from app.store.models import CityRow, EntityFormRow

POSITION = ("name", "country", "country_code", "latitude", "longitude", "geonames_id")


def resolve(session: Session, *, city: CityRow, place: dict) -> tuple[dict, set[int]]:
    """``place``: name, country, country_code, latitude, longitude, geonames_id."""
    old_id = city.geonames_id
    before = {f: getattr(city, f) for f in POSITION}
    names = session.scalars(
        select(EntityFormRow).where(
            EntityFormRow.kind == "city",
            EntityFormRow.entity_id == city.id,
            EntityFormRow.source == "geonames",
        )
    ).all()
    dropped = [{"form": f.form, "key": f.key, "skeleton": f.skeleton} for f in names]
    for form in names:
        session.delete(form)
    marker = f"geonames:{old_id}"
    has_marker = session.scalar(
        select(EntityFormRow.id).where(
            EntityFormRow.kind == "city", EntityFormRow.entity_id == city.id,
            EntityFormRow.form == marker,
        )
    )  # fmt: skip
    session.flush()
    for field, value in place.items():
        setattr(city, field, value)
    if has_marker is None:  # a GeoNames marker was among the names dropped, or none was kept
        session.add(
            EntityFormRow(
                kind="city", entity_id=city.id, form=marker, key="", skeleton="",
                source="correction",
            )
        )  # fmt: skip
    session.flush()
    payload = {
        "name": before["name"],
        "id": city.id,
        "geonames_id": place["geonames_id"],
        "new_name": place["name"],
        "before": before,
        "geonames_names": dropped,
    }
    articles = linked_articles(session, kind="city", entity_id=city.id)
    mark_unindexed(session, articles)
    return payload, articles


def undo_resolve(session: Session, *, payload: dict) -> set[int]:
    city = session.get(CityRow, payload["id"])
    if city is None:
        raise CorrectionRefused(f"{payload['new_name']} has since been merged away.", 409)
    before = payload["before"]
    session.execute(
        delete(EntityFormRow).where(
            EntityFormRow.kind == "city",
            EntityFormRow.entity_id == city.id,
            (EntityFormRow.source == "geonames")
            | (
                (EntityFormRow.source == "correction")
                & (EntityFormRow.form == f"geonames:{before['geonames_id']}")
            ),
        )
    )
    session.flush()
    for field in POSITION:
        setattr(city, field, before[field])
    for form in payload["geonames_names"]:
        session.add(EntityFormRow(kind="city", entity_id=city.id, source="geonames", **form))
    session.flush()
    articles = linked_articles(session, kind="city", entity_id=city.id)
    mark_unindexed(session, articles)
    return articles


def locate(session: Session, *, city: CityRow, position: dict) -> tuple[dict, set[int]]:
    """``position``: latitude, longitude, country, country_code and an optional free
    ``region`` name (kept in the correction: regions come with the places work)."""
    before = {f: getattr(city, f) for f in ("latitude", "longitude", "country", "country_code")}
    for field in before:
        setattr(city, field, position[field])
    payload = {"name": city.name, "id": city.id, "before": before, **position}
    articles = linked_articles(session, kind="city", entity_id=city.id)
    mark_unindexed(session, articles)
    return payload, articles


def undo_locate(session: Session, *, payload: dict) -> set[int]:
    city = session.get(CityRow, payload["id"])
    if city is None:
        raise CorrectionRefused(f"{payload['name']} has since been merged away.", 409)
    for field, value in payload["before"].items():
        setattr(city, field, value)
    articles = linked_articles(session, kind="city", entity_id=city.id)
    mark_unindexed(session, articles)
    return articles
