"""The archive's villages as the known-places pass needs them (``app.extract.known_places``),
the countries each article's places are in, and the links that pass adds."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.extract.known_places import StoredVillage
from app.store.article_entities import chunks
from app.store.models import (
    ArticleCityRow,
    ArticleRegionRow,
    ArticleRow,
    CityRow,
    EntityFormRow,
    RegionRow,
)


def stored_villages(session: Session) -> list[StoredVillage]:
    """Every visible place without a GeoNames entry, with its article count and the forms
    texts wrote it in."""
    counts = dict(
        session.execute(
            select(ArticleCityRow.city_id, func.count(ArticleCityRow.article_id)).group_by(
                ArticleCityRow.city_id
            )
        ).all()
    )
    villages = dict(
        session.execute(
            select(CityRow.id, CityRow.country_code).where(
                CityRow.geonames_id.is_(None), CityRow.hidden.is_(False)
            )
        ).all()
    )
    forms: dict[int, set[str]] = defaultdict(set)
    for cid, form in session.execute(
        select(EntityFormRow.entity_id, EntityFormRow.form).where(
            EntityFormRow.kind == "city", EntityFormRow.source != "geonames"
        )
    ):
        if cid in villages:
            forms[cid].add(form)
    return [
        StoredVillage(cid, country, counts.get(cid, 0), frozenset(forms[cid]))
        for cid, country in villages.items()
        if forms[cid]
    ]


def article_countries(session: Session, ids: Sequence[int]) -> dict[int, set[str]]:
    """The country codes of the places (cities and regions) each article is linked to."""
    countries: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(ids):
        for link, place in ((ArticleCityRow, CityRow), (ArticleRegionRow, RegionRow)):
            place_id = link.city_id if link is ArticleCityRow else link.region_id
            stmt = select(link.article_id, place.country_code).join(place, place.id == place_id)
            for article_id, code in session.execute(stmt.where(link.article_id.in_(chunk))):
                countries[article_id].add(code)
    return countries


def add_city_mentions(session: Session, *, found: dict[int, Counter[int]]) -> set[int]:
    """Link each article to the villages found in it that it is not linked to yet; links
    already there are left as they are. Returns the articles that got a link, marked for
    re-indexing."""
    linked: set[tuple[int, int]] = set()
    for chunk in chunks(list(found)):
        linked.update(
            (row[0], row[1])
            for row in session.execute(
                select(ArticleCityRow.article_id, ArticleCityRow.city_id).where(
                    ArticleCityRow.article_id.in_(chunk)
                )
            )
        )
    rows = [
        {"article_id": a, "city_id": c, "mentions": n}
        for a, cities in found.items()
        for c, n in cities.items()
        if (a, c) not in linked
    ]
    if rows:
        session.execute(insert(ArticleCityRow), rows)
    changed = sorted({row["article_id"] for row in rows})
    for chunk in chunks(changed):
        session.execute(update(ArticleRow).where(ArticleRow.id.in_(chunk)).values(indexed_at=None))
    return set(changed)


def linked_cities(session: Session, ids: Sequence[int]) -> set[int]:
    """The cities the given articles are linked to."""
    cities: set[int] = set()
    for chunk in chunks(ids):
        cities.update(
            session.scalars(
                select(ArticleCityRow.city_id).where(ArticleCityRow.article_id.in_(chunk))
            )
        )
    return cities
