"""The archive-wide rule that makes one place one entity: a place stored without a GeoNames
entry (a village the text placed, ``app.extract.villages``) that is only another spelling
of a GeoNames city of the same country merges into that city, with a redirect.

FA-KES writes the same town "Abu Kamal", "Al Bukamal" and "Boukamal", and Deir ez-Zor
also "Deir Ezzor": when one spelling misses the gazetteer the text still places it ("the
town of Boukamal on the Iraqi border"), and it became a village of its own beside the
city. A village merges when exactly one GeoNames city of its country shares one of its
keys (the folded form) or, failing that, its consonant skeleton (the transliteration
match ``/cities?q=`` already uses), and that city is named in at least as many articles.
Run after every ingest and by ``entities repair`` (``app.ingest.entities.settle``).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.merges import Merge, merge_entities
from app.store.models import ArticleCityRow, CityRow, EntityFormRow

# GeoNames' alternate names include short historic and local names other towns bear
# ("Adra" for Daraa): only those of at least this many letters match a village.
GEONAMES_MIN_KEY = 6


def apply_place_rules(session: Session) -> list[Merge]:
    """Merge the villages that spell a GeoNames city; returns the merges (none on a second
    run)."""
    counts = dict(
        session.execute(
            select(ArticleCityRow.city_id, func.count(ArticleCityRow.article_id)).group_by(
                ArticleCityRow.city_id
            )
        ).all()
    )
    cities = {
        cid: (country, geonames_id)
        for cid, country, geonames_id in session.execute(
            select(CityRow.id, CityRow.country_code, CityRow.geonames_id).where(
                CityRow.hidden.is_(False)
            )
        )
    }
    keys: dict[int, set[str]] = defaultdict(set)
    skeletons: dict[int, set[str]] = defaultdict(set)
    by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_skeleton: dict[tuple[str, str], set[int]] = defaultdict(set)
    for cid, key, skeleton, source in session.execute(
        select(
            EntityFormRow.entity_id, EntityFormRow.key, EntityFormRow.skeleton, EntityFormRow.source
        ).where(EntityFormRow.kind == "city")
    ):
        if cid not in cities:
            continue
        if source == "geonames" and len(key.replace(" ", "")) < GEONAMES_MIN_KEY:
            continue  # "Adra", an old name of Daraa in GeoNames, is also a town of its own
        country, geonames_id = cities[cid]
        if key:
            keys[cid].add(key)
            if geonames_id is not None:
                by_key[(country, key)].add(cid)
        if skeleton:
            skeletons[cid].add(skeleton)
            if geonames_id is not None:
                by_skeleton[(country, skeleton)].add(cid)
    merges = []
    for cid, (country, geonames_id) in sorted(cities.items()):
        if geonames_id is not None:
            continue
        target = _one(by_key, country, keys[cid]) or _one(by_skeleton, country, skeletons[cid])
        if target is not None and counts.get(target, 0) >= counts.get(cid, 0):
            merges.append(
                merge_entities(
                    session, kind="city", source_id=cid, target_id=target, reason="spelling"
                )
            )
    return merges


def _one(index: dict[tuple[str, str], set[int]], country: str, values: set[str]) -> int | None:
    """The one city of ``country`` the values point at, or None (none, or several)."""
    found = {cid for value in values for cid in index.get((country, value), ())}
    return found.pop() if len(found) == 1 else None
