"""Ingest's writes for places beyond GeoNames cities: regions (provinces, governorates,
states) and villages GeoNames lacks, a batch at a time like ``app.store.writing``.

A region is one row per ISO 3166-2 code, or per folded name in its country when the text
gave no code; its forms go to ``entity_forms`` (kind "region") so it is found by any
spelling an article used. A city's region code links the city to its region (creating the
region, named as the gazetteer names it, when no article named it yet), which is what lets
a region filter find the articles about its cities. A village is a city row with no
GeoNames id and no position, found again by its folded name in its country.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.domain import CityMention, Extraction, RegionMention
from app.extract.entity_keys import place_key, place_skeleton
from app.store.models import ArticleCityRow, ArticleRow, CityRow, EntityFormRow, RegionRow
from app.store.slugs import SlugPicker

IN_CHUNK = 900  # bound parameters per IN query, as in app.store.writing

RegionKey = tuple[str, ...]  # ("code", "SY-HL") or ("name", "aleppo province", "SY")
VillageKey = tuple[str, str]  # (folded name, country code)


def _chunks(values: Sequence, size: int = IN_CHUNK) -> Iterator[Sequence]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start : start + size]


def region_key(mention: RegionMention) -> RegionKey:
    if mention.code:
        return ("code", mention.code)
    return ("name", place_key(mention.name), mention.country_code or "")


def village_key(city: CityMention) -> VillageKey:
    return (place_key(city.name), city.country_code)


def resolve_regions(session: Session, *, extractions: Sequence[Extraction]) -> dict[RegionKey, int]:
    """Find or create every region these extractions name, and those their cities lie in;
    returns region key -> region id. New spellings become region forms."""
    mentions = [r for e in extractions for r in e.regions]
    codes = {c.region_code: c for e in extractions for c in e.cities if c.region_code}
    ids = _known_regions(session, mentions, set(codes))
    slugs = SlugPicker(session, RegionRow, "region")
    forms: list[tuple[int, str]] = []  # (region id, a form it was written under)
    for mention in mentions:
        key = region_key(mention)
        if key not in ids:
            ids[key] = _insert_region(
                session, slugs, mention.name, mention.country, mention.country_code, mention.code
            )
        forms += [(ids[key], form) for form in (mention.name, *mention.aliases)]
    for code, city in codes.items():
        if ("code", code) not in ids and (name := _gazetteer_region_name(code)):
            ids[("code", code)] = _insert_region(
                session, slugs, name, city.country, city.country_code, code
            )
            forms.append((ids[("code", code)], name))
    _add_forms(session, forms)
    return ids


def _known_regions(
    session: Session, mentions: list[RegionMention], codes: set[str]
) -> dict[RegionKey, int]:
    ids: dict[RegionKey, int] = {}
    wanted = sorted(codes | {m.code for m in mentions if m.code})
    for chunk in _chunks(wanted):
        for code, rid in session.execute(
            select(RegionRow.code, RegionRow.id).where(RegionRow.code.in_(chunk))
        ):
            ids[("code", code)] = rid
    names = sorted({region_key(m)[1] for m in mentions if not m.code})
    for chunk in _chunks(names):
        for key, cc, rid in session.execute(
            select(RegionRow.name_key, RegionRow.country_code, RegionRow.id).where(
                RegionRow.code.is_(None), RegionRow.name_key.in_(chunk)
            )
        ):
            ids[("name", key, cc)] = rid
    return ids


def _insert_region(  # noqa: PLR0913 - the columns of one row
    session: Session,
    slugs: SlugPicker,
    name: str,
    country: str | None,
    country_code: str | None,
    code: str | None,
) -> int:
    return session.execute(
        insert(RegionRow).values(
            name=name,
            slug=slugs.pick(name, fallback=f"{name} {country or ''}"),
            country=country or "",
            country_code=country_code or "",
            code=code,
            name_key=place_key(name)[:300],
        )
    ).inserted_primary_key[0]


def _gazetteer_region_name(code: str) -> str | None:
    """The display name of a region no article named yet, as the extractor would name it
    ("Aleppo Province"). The gazetteer is loaded once per process (cached)."""
    from app.extract.gazetteer import gazetteer
    from app.extract.region_index import display_name

    region = gazetteer().regions.regions.get(code)
    return display_name(region) if region else None


def _add_forms(session: Session, forms: list[tuple[int, str]]) -> None:
    """Record the forms not stored yet, so users find each region by any of them."""
    known: set[tuple[int, str]] = set()
    for chunk in _chunks(sorted({rid for rid, _form in forms})):
        known.update(
            session.execute(
                select(EntityFormRow.entity_id, EntityFormRow.form).where(
                    EntityFormRow.kind == "region", EntityFormRow.entity_id.in_(chunk)
                )
            ).all()
        )
    rows = []
    for rid, form in forms:
        if (rid, form) not in known and place_key(form):
            known.add((rid, form))
            rows.append(place_form_row("region", rid, form))
    if rows:
        session.execute(insert(EntityFormRow), rows)


def place_form_row(kind: str, entity_id: int, form: str, source: str = "text") -> dict:
    """An ``entity_forms`` row of a city or region form, matched by key or skeleton."""
    return {
        "kind": kind,
        "entity_id": entity_id,
        "form": form[:300],
        "key": place_key(form)[:300],
        "skeleton": place_skeleton(form),
        "source": source,
    }


def known_villages(session: Session, *, cities: Sequence[CityMention]) -> dict[VillageKey, int]:
    """The villages (cities without a GeoNames id) already stored, by folded name and country,
    then the places of that country one of whose stored spellings the name is: a village
    merged into another place ("Fuaa" into al-Foua) stays merged when articles name it again
    (a later ingest, a repair), instead of coming back as a place of its own."""
    wanted = {village_key(c) for c in cities if c.geonames_id is None}
    countries = sorted({cc for _key, cc in wanted})
    found: dict[VillageKey, int] = {}
    for chunk in _chunks(countries):
        for cid, name, cc in session.execute(
            select(CityRow.id, CityRow.name, CityRow.country_code).where(
                CityRow.geonames_id.is_(None), CityRow.country_code.in_(chunk)
            )
        ):
            key = (place_key(name), cc)
            if key in wanted:
                found.setdefault(key, cid)
    found.update(_spelled_villages(session, wanted - set(found)))
    return found


def _spelled_villages(session: Session, wanted: set[VillageKey]) -> dict[VillageKey, int]:
    """Village key -> the one place of its country that has the name among its forms (none
    when two places of the country share that spelling)."""
    places: dict[VillageKey, set[int]] = {}
    keys = sorted({key for key, _cc in wanted})
    for chunk in _chunks(keys):
        for cid, key, cc in session.execute(
            select(EntityFormRow.entity_id, EntityFormRow.key, CityRow.country_code)
            .join(CityRow, CityRow.id == EntityFormRow.entity_id)
            .where(EntityFormRow.kind == "city", EntityFormRow.key.in_(chunk))
        ):
            if (key, cc) in wanted:
                places.setdefault((key, cc), set()).add(cid)
    return {key: ids.pop() for key, ids in places.items() if len(ids) == 1}


def link_cities_to_regions(session: Session, *, city_regions: dict[int, int]) -> None:
    """Set the region of cities stored before their region was known (city id -> region).
    Their articles already indexed are indexed again: a region's filter finds its cities'."""
    if city_regions:
        regionless = set(
            session.scalars(
                select(CityRow.id).where(
                    CityRow.id.in_(list(city_regions)), CityRow.region_id.is_(None)
                )
            )
        )
        if regionless:
            session.execute(
                update(ArticleRow)
                .where(
                    ArticleRow.id.in_(
                        select(ArticleCityRow.article_id).where(
                            ArticleCityRow.city_id.in_(sorted(regionless))
                        )
                    )
                )
                .values(indexed_at=None)
            )
        cities = CityRow.__table__  # Core: one executemany
        session.execute(
            update(cities)
            .where(cities.c.id == bindparam("city_id"), cities.c.region_id.is_(None))
            .values(region_id=bindparam("new_region")),
            [{"city_id": cid, "new_region": rid} for cid, rid in city_regions.items()],
        )
