"""Editors' corrections, end to end: check the request, change the store and record the
correction in one transaction, then bring the index up to date at once through
``index_pending`` (the same one path ``app.ingest.entities.settle`` uses), so search,
filters, facets, entity pages, the map and exports show the correction without a restart.

The web layer and the API call ``correct`` and ``undo``; both raise CorrectionRefused
with a message and an HTTP status when the request cannot be done.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.archive import Archive
from app.domain import Correction
from app.ingest.indexing import index_pending
from app.locks import index_lock
from app.store import corrections, entity_forms, merge_corrections, place_corrections
from app.store.corrections import CorrectionRefused
from app.store.entity_corrections import (
    entity_row,
    rename,
    set_hidden,
    split_alias,
    undo_rename,
    undo_split,
)

log = logging.getLogger(__name__)

PERSON_KINDS = ("merge", "split", "rename", "not-a-person")
CITY_KINDS = ("merge", "not-a-place", "resolve", "locate")
MAX_NAME = 200


def correct(
    archive: Archive, *, entity_kind: str, kind: str, slug: str, body: dict, actor: str
) -> Correction:
    allowed = PERSON_KINDS if entity_kind == "person" else CITY_KINDS
    if kind not in allowed:
        raise CorrectionRefused(f"Unknown correction {kind!r}: use one of {', '.join(allowed)}.")
    gaz = _gazetteer() if kind in ("resolve", "locate") else None
    with archive.sessions() as session, session.begin():
        row = entity_row(session, kind=entity_kind, slug=slug)
        payload, articles = _APPLY[kind](session, entity_kind, row, body, actor, gaz)
        done = corrections.record(
            session, kind=kind, entity_kind=entity_kind, target=slug, payload=payload,
            actor=actor,
        )  # fmt: skip
        if kind == "resolve" and "merged" not in payload:
            names = _alternate_names(gaz, payload["geonames_id"])
            entity_forms.add_alternate_names(
                session, names={row.id: (payload["geonames_id"], names)}
            )
    log.info("correction %d by %s: %s", done.id, actor, done.summary)
    _reindex(archive, articles)
    return done


def undo(archive: Archive, *, correction_id: int, actor: str) -> Correction:
    with archive.sessions() as session, session.begin():
        found = corrections.get_correction(session, correction_id=correction_id)
        if found is None:
            raise CorrectionRefused(f"There is no correction {correction_id}.", 404)
        if found.undone_at is not None:
            raise CorrectionRefused(f"Correction {correction_id} was undone already.", 409)
        articles = _undo_one(session, found, actor)
        done = corrections.mark_undone(session, correction_id=correction_id, actor=actor)
    log.info("correction %d undone by %s", correction_id, actor)
    _reindex(archive, articles)
    return done


def _undo_one(session: Session, found: Correction, actor: str) -> set[int]:
    kind, p = found.kind, found.payload
    if kind == "merge" or (kind == "resolve" and "merged" in p):
        return merge_corrections.undo_merge(
            session, kind=found.entity_kind, payload=p.get("merged", p)
        )
    if kind in ("not-a-person", "not-a-place"):
        return set_hidden(session, kind=found.entity_kind, entity_id=p["id"], hidden=False)
    if kind == "rename":
        return undo_rename(session, kind=found.entity_kind, payload=p)
    if kind == "split":
        return undo_split(session, payload=p, actor=actor)
    if kind == "resolve":
        return place_corrections.undo_resolve(session, payload=p)
    return place_corrections.undo_locate(session, payload=p)


def _reindex(archive: Archive, articles: set[int]) -> None:
    """Index what the correction changed; if the index is busy (an ingest holds its
    writer), the articles stay marked and the ingest indexes them."""
    if not articles:
        return
    # One at a time across the server's processes, not only its threads (app.locks).
    with index_lock(archive.settings.data_dir):
        try:
            index_pending(archive)
        except Exception as error:  # the engine's lock error: no common family to name
            log.warning("the index is busy (%s); the next ingest or serve indexes it", error)


# --- each kind -------------------------------------------------------------------------


def _merge(session, entity_kind, row, body, actor, _gaz):  # type: ignore[no-untyped-def]
    into = _text(body, "into")
    if into == row.slug:
        raise CorrectionRefused("An entity cannot be merged into itself.")
    target = entity_row(session, kind=entity_kind, slug=into)
    return merge_corrections.merge_with_undo(
        session, kind=entity_kind, source_id=row.id, target_id=target.id, actor=actor
    )


def _split(session, _entity_kind, row, body, _actor, _gaz):  # type: ignore[no-untyped-def]
    return split_alias(session, person=row, alias=_text(body, "alias"))


def _rename(session, entity_kind, row, body, _actor, _gaz):  # type: ignore[no-untyped-def]
    return rename(session, kind=entity_kind, entity_id=row.id, name=_text(body, "name"))


def _hide(session, entity_kind, row, _body, _actor, _gaz):  # type: ignore[no-untyped-def]
    articles = set_hidden(session, kind=entity_kind, entity_id=row.id, hidden=True)
    return {"id": row.id, "name": row.name, "articles": len(articles)}, articles


def _resolve(session, _entity_kind, row, body, actor, gaz):  # type: ignore[no-untyped-def]
    geonames_id = _number(body, "geonames_id", whole=True)
    place = gaz.cities.get(geonames_id)
    if place is None:
        raise CorrectionRefused(f"GeoNames place {geonames_id} is not in the gazetteer.", 404)
    if geonames_id == row.geonames_id:
        raise CorrectionRefused(f"{row.name} is GeoNames place {geonames_id} already.")
    other = merge_corrections.city_exists(session, geonames_id=geonames_id)
    if other is not None:  # the place is in the archive already: this city goes into it
        merged, articles = merge_corrections.merge_with_undo(
            session, kind="city", source_id=row.id, target_id=other, actor=actor
        )
        return {"name": row.name, "geonames_id": geonames_id, "merged": merged}, articles
    fields = {
        "name": place.name,
        "country": gaz.countries.get(place.country_code, place.country_code),
        "country_code": place.country_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geonames_id": geonames_id,
    }
    return place_corrections.resolve(session, city=row, place=fields)


def _locate(session, _entity_kind, row, body, _actor, gaz):  # type: ignore[no-untyped-def]
    latitude = _number(body, "latitude")
    longitude = _number(body, "longitude")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise CorrectionRefused("latitude must be within -90..90 and longitude -180..180.")
    code = country_code(gaz, _text(body, "country"))
    region = str(body.get("region") or "").strip()[:MAX_NAME]
    position = {
        "latitude": latitude,
        "longitude": longitude,
        "country": gaz.countries[code],
        "country_code": code,
        "region": region or None,
    }
    return place_corrections.locate(session, city=row, position=position)


_APPLY: dict[str, Callable] = {  # type: ignore[type-arg]
    "merge": _merge,
    "split": _split,
    "rename": _rename,
    "not-a-person": _hide,
    "not-a-place": _hide,
    "resolve": _resolve,
    "locate": _locate,
}


# --- input -----------------------------------------------------------------------------


def _text(body: dict, key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CorrectionRefused(f"{key!r} is required (a non-empty string).")
    if len(value) > MAX_NAME:
        raise CorrectionRefused(f"{key!r} is longer than {MAX_NAME} characters.")
    return " ".join(value.split())


def _number(body: dict, key: str, *, whole: bool = False) -> float | int:
    value = body.get(key)
    try:
        number = int(value) if whole else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        kind = "a whole number" if whole else "a number"
        raise CorrectionRefused(f"{key!r} must be {kind}.") from None
    if not math.isfinite(number):
        raise CorrectionRefused(f"{key!r} must be a finite number.")
    return number


def country_code(gaz, name: str) -> str:  # type: ignore[no-untyped-def]
    """ISO code of a country named in English (or given as its code)."""
    from app.extract.gazetteer import fold

    if name.upper() in gaz.countries:
        return name.upper()
    code = gaz.country_forms.get(fold(name))
    if code is None or code not in gaz.countries:
        raise CorrectionRefused(f"Unknown country {name!r}: give its English name or ISO code.")
    return code


def find_places(name: str, country: str = "", limit: int = 20) -> list[dict]:
    """GeoNames places a name can stand for (variant spellings too), in one country when
    given, biggest first: the choices of the "re-resolve" form."""
    gaz = _gazetteer()
    code = country_code(gaz, country) if country.strip() else None

    def fitting(cities) -> list:  # type: ignore[no-untyped-def,type-arg]
        found = {c.geonames_id: c for c in cities if code is None or c.country_code == code}
        return sorted(found.values(), key=lambda c: -c.population)

    # The name's own places first; other transliterations only when it has none.
    places = (fitting(gaz.lookup(name)) or fitting(gaz.lookup_variant(name)))[:limit]
    return [
        {
            "geonames_id": c.geonames_id,
            "name": c.name,
            "country": gaz.countries.get(c.country_code, c.country_code),
            "latitude": c.latitude,
            "longitude": c.longitude,
            "population": c.population,
        }
        for c in places
    ]


def _gazetteer():  # type: ignore[no-untyped-def]
    from app.extract.gazetteer import gazetteer

    return gazetteer()


def _alternate_names(gaz, geonames_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    from app.extract.entity_keys import alternate_names

    return alternate_names(gaz, [geonames_id]).get(geonames_id, [])
