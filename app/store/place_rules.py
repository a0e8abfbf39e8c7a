"""The archive-wide rule that makes one place one entity: a place stored without a GeoNames
entry (a village the text placed, ``app.extract.villages``) that is only another spelling
of a GeoNames city of the same country merges into that city, with a redirect.

FA-KES writes the same town "Abu Kamal", "Al Bukamal" and "Boukamal", and Deir ez-Zor
also "Deir Ezzor": when one spelling misses the gazetteer the text still places it ("the
town of Boukamal on the Iraqi border"), and it became a village of its own beside the
city. A village merges when exactly one GeoNames city of its country shares one of its
keys (the folded form) or, failing that, its consonant skeleton (the transliteration
match ``/cities?q=`` already uses), and that city is named in at least as many articles.

Two villages that neither spells a GeoNames city merge when they are one name's
transliterations: FA-KES writes the besieged pair "Foua"/"Fuaa"/"Foaa" and
"Kafraya"/"Kefraya", and each spelling was a village of its own, so a filter found a third
of the stories. They must share their country and their ``vowel_shape``: consonants in
order with the vowels between them as slots ("kefraya", "kafraya" -> "kafra"); the bare
consonant skeleton also joined "Hessan" with "Husainiyah" and "Jubar" with "Jaberiyeh".
Short shapes need near lengths too, and two villages named together in at least half
of the articles of either stay apart (a writer who names both means two places; a
round-up that pastes two outlets' copies may spell one village both ways, as FA-KES's
"Fuaa and Kafraya ... Foua and Kefraya" does once in ten stories). The village named in
the most articles keeps its name.
Run after every ingest and by ``entities repair`` (``app.ingest.entities.settle``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.extract.transliteration import ARTICLES
from app.store.merges import Merge, merge_entities
from app.store.models import ArticleCityRow, CityRow, EntityFormRow

# GeoNames' alternate names include short historic and local names other towns bear
# ("Adra" for Daraa): only those of at least this many letters match a village.
GEONAMES_MIN_KEY = 6
# Shapes shorter than this are shared by more unrelated names: their spellings must also be
# of near length.
SHORT_SHAPE = 4
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")


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
    merged: set[int] = set()
    for cid, (country, geonames_id) in sorted(cities.items()):
        if geonames_id is not None:
            continue
        target = _one(by_key, country, keys[cid]) or _one(by_skeleton, country, skeletons[cid])
        if target is not None and counts.get(target, 0) >= counts.get(cid, 0):
            merged.add(cid)
            merges.append(
                merge_entities(
                    session, kind="city", source_id=cid, target_id=target, reason="spelling"
                )
            )
    villages = {
        cid: (country, keys[cid])
        for cid, (country, geonames_id) in cities.items()
        if geonames_id is None and cid not in merged and keys[cid]
    }
    for source, target in _village_variants(session, villages, counts):
        merges.append(
            merge_entities(
                session, kind="city", source_id=source, target_id=target, reason="spelling"
            )
        )
    return merges


def _village_variants(
    session: Session, villages: dict[int, tuple[str, set[str]]], counts: dict[int, int]
) -> list[tuple[int, int]]:
    """(village, the village it is another spelling of) pairs, most-named first."""
    groups: dict[tuple[str, str], set[int]] = defaultdict(set)
    for cid, (country, names) in villages.items():
        for name in names:
            if shape := vowel_shape(name):
                groups[(country, shape)].add(cid)
    pairs: dict[int, int] = {}
    for (_country, shape), members in groups.items():
        if len(members) < 2:
            continue
        ranked = sorted(members, key=lambda cid: (-counts.get(cid, 0), cid))
        together = _named_together(session, ranked)
        head = ranked[0]
        for cid in ranked[1:]:
            if cid in pairs or head in pairs or cid in pairs.values():
                continue
            if 2 * together.get((head, cid), 0) >= min(counts.get(head, 0), counts.get(cid, 0)):
                continue
            if len(shape) < SHORT_SHAPE and not _near_length(villages[head][1], villages[cid][1]):
                continue
            pairs[cid] = head
    return sorted(pairs.items())


def vowel_shape(key: str) -> str:
    """A folded place key's consonants in order, each run of vowels between them one 'a':
    'al foua', 'fuaa' -> 'fa'; 'kefraya' -> 'kafra'; a final 'h' after a vowel, doubled
    letters and Arabic articles dropped. q stays apart from k: "Qassiab" (Hasakah) is
    not "Kasab" (Latakia). '' for names of other letters."""
    words = [w for w in key.split() if w not in ARTICLES]
    text = "".join(words)
    if not text.isalpha() or not text.isascii():
        return ""
    text = _DOUBLED.sub(r"\1", _FINAL_H.sub("", text))
    return _VOWEL_RUN.sub("a", text)


def _near_length(a: set[str], b: set[str]) -> bool:
    """Some spelling of each within half of the other's length ("fua", "foua")."""
    return any(max(len(x), len(y)) <= 1.5 * min(len(x), len(y)) for x in a for y in b)


def _named_together(session: Session, cities: list[int]) -> Counter[tuple[int, int]]:
    """How many articles name both of each pair of these cities."""
    rows = session.execute(
        select(ArticleCityRow.article_id, ArticleCityRow.city_id).where(
            ArticleCityRow.city_id.in_(cities)
        )
    ).all()
    by_article: dict[int, set[int]] = defaultdict(set)
    for article_id, city_id in rows:
        by_article[article_id].add(city_id)
    return Counter((a, b) for named in by_article.values() for a in named for b in named if a != b)


def _one(index: dict[tuple[str, str], set[int]], country: str, values: set[str]) -> int | None:
    """The one city of ``country`` the values point at, or None (none, or several)."""
    found = {cid for value in values for cid in index.get((country, value), ())}
    return found.pop() if len(found) == 1 else None
