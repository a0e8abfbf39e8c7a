"""Cities an article reaches through the region it names, when the region is named after
the city: "Idlib province" -> Idlib, "Aleppo Governorate" -> Aleppo, "Donetsk Oblast" ->
Donetsk.

The annotation rules (and so the extraction) say a province is not a city, yet a reader
filtering by Idlib expects the stories about the fighting "in Idlib province". The pairs are
decided from the stored data alone, never from a list of places: the city lies in the
region (``cities.region_id``) and the region's name without its type word has the city's
name key (``place_key``, which folds accents, case, articles and doubled letters).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain import EntityRef
from app.extract.entity_keys import place_key
from app.store.models import ArticleCityRow, ArticleRegionRow, ArticleRow, CityRow, RegionRow

IN_CHUNK = 900  # bound parameters per IN query, as elsewhere in the store
# The words a region's display name ends with to say what kind of region it is (the
# gazetteer names regions "Aleppo Province", "Borno State", "Donetsk Oblast").
TYPE_WORDS = frozenset(
    [
        "province",
        "governorate",
        "state",
        "region",
        "oblast",
        "prefecture",
        "department",
        "county",
        "district",
    ]
)


@lru_cache(maxsize=65_536)
def region_base_key(name: str) -> str:
    """The name key of a region without its trailing type word ("Aleppo Province" ->
    "alepo"); '' when nothing is left."""
    words = place_key(name).split()
    while words and words[-1] in TYPE_WORDS:
        words.pop()
    return " ".join(words)


# A city's name key, kept per name: indexing loads the cities of every region its articles
# name, batch after batch, the same names again and again (place_key folds each).
_city_key = lru_cache(maxsize=65_536)(place_key)


class NamesakeCity(NamedTuple):
    """The columns of a city that its region's articles reach (read as columns: building
    ORM objects for every city of the regions an indexing batch names was a fifth of
    loading its articles)."""

    id: int
    name: str
    slug: str
    country: str | None
    latitude: float | None
    longitude: float | None


def _chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


def namesake_cities(
    session: Session, *, region_ids: Iterable[int]
) -> dict[int, list[NamesakeCity]]:
    """Region id -> the visible cities in it that carry its name (usually one).

    A region the text named without telling which ISO region it is ("the province of
    Raqa", stored by name) stands for the coded region of the same name (Raqqa Province)
    when exactly one such region is in its country (in any country when the text gave
    none), and so reaches that region's namesake city."""
    wanted = sorted(set(region_ids))
    same = _coded_twins(session, wanted)
    coded = sorted(set(wanted) | set(same.values()))
    found: dict[int, list[NamesakeCity]] = {}
    for chunk in _chunks(coded):
        rows = session.execute(
            select(
                RegionRow.id,
                RegionRow.name,
                CityRow.id,
                CityRow.name,
                CityRow.slug,
                CityRow.country,
                CityRow.latitude,
                CityRow.longitude,
            )
            .join(CityRow, CityRow.region_id == RegionRow.id)
            .where(RegionRow.id.in_(chunk), CityRow.hidden.is_(False))
        ).all()
        for region_id, region_name, *city in rows:
            base = region_base_key(region_name)
            if base and _city_key(city[1]) == base:
                found.setdefault(region_id, []).append(NamesakeCity(*city))
    for uncoded, twin in same.items():
        if twin in found:
            found[uncoded] = found[twin]
    return {rid: cities for rid, cities in found.items() if rid in set(wanted)}


def _coded_twins(session: Session, region_ids: Sequence[int]) -> dict[int, int]:
    """Uncoded region id -> the one coded region with its base name in its country."""
    uncoded = []
    for chunk in _chunks(region_ids):
        uncoded += session.execute(
            select(RegionRow.id, RegionRow.name, RegionRow.country_code).where(
                RegionRow.id.in_(chunk), RegionRow.code.is_(None)
            )
        ).all()
    if not uncoded:
        return {}
    by_key: dict[str, list[tuple[int, str]]] = {}
    for rid, name, country in session.execute(
        select(RegionRow.id, RegionRow.name, RegionRow.country_code).where(
            RegionRow.code.is_not(None)
        )
    ):
        by_key.setdefault(region_base_key(name), []).append((rid, country))
    twins = {}
    for rid, name, country in uncoded:
        base = region_base_key(name)
        candidates = [c for c, cc in by_key.get(base, ()) if not country or cc == country]
        if base and len(candidates) == 1:
            twins[rid] = candidates[0]
    return twins


def region_cities(session: Session, *, article_ids: Iterable[int]) -> dict[int, list[EntityRef]]:
    """Article id -> the cities it reaches only through a region named after them (not
    those it names itself), each with ``via`` the region's name."""
    wanted = sorted(set(article_ids))
    links: list[tuple[int, int, str]] = []  # (article, region, region name)
    named: set[tuple[int, int]] = set()  # (article, city) the text names
    for chunk in _chunks(wanted):
        links += session.execute(
            select(ArticleRegionRow.article_id, RegionRow.id, RegionRow.name)
            .join(RegionRow, RegionRow.id == ArticleRegionRow.region_id)
            .where(ArticleRegionRow.article_id.in_(chunk))
            .order_by(ArticleRegionRow.article_id, ArticleRegionRow.mentions.desc(), RegionRow.id)
        ).all()
    namesakes = namesake_cities(session, region_ids=[rid for _a, rid, _n in links])
    if not namesakes:
        return {}
    for chunk in _chunks(sorted({a for a, rid, _n in links if rid in namesakes})):
        named.update(
            session.execute(
                select(ArticleCityRow.article_id, ArticleCityRow.city_id).where(
                    ArticleCityRow.article_id.in_(chunk)
                )
            ).all()
        )
    found: dict[int, list[EntityRef]] = {}
    for article_id, region_id, region_name in links:
        for city in namesakes.get(region_id, ()):
            refs = found.setdefault(article_id, [])
            if (article_id, city.id) in named or any(r.slug == city.slug for r in refs):
                continue
            refs.append(
                EntityRef(
                    city.name,
                    city.slug,
                    city.country,
                    city.latitude,
                    city.longitude,
                    via=region_name,
                )  # fmt: skip
            )
    return {a: refs for a, refs in found.items() if refs}


def namesake_region(session: Session, *, city_slug: str) -> EntityRef | None:
    """The region named after this city, whose articles the city filter also finds (for
    the notice on the city page and the search page); None when there is none."""
    city = session.scalar(select(CityRow).where(CityRow.slug == city_slug))
    if city is None or city.region_id is None or city.hidden:
        return None
    region = session.get(RegionRow, city.region_id)
    if region is None or region_base_key(region.name) != place_key(city.name):
        return None
    return EntityRef(region.name, region.slug, region.country or None)


def reindex_region_articles(session: Session, *, city_ids: Iterable[int]) -> int:
    """Mark for indexing the stored articles naming the region a new city is the namesake
    of (they reach the city now); returns how many were marked."""
    wanted = sorted(set(city_ids))
    if not wanted:
        return 0
    region_ids = sorted(
        {
            city.region_id
            for chunk in _chunks(wanted)
            for city in session.scalars(select(CityRow).where(CityRow.id.in_(chunk)))
            if city.region_id is not None
        }
    )
    namesakes = namesake_cities(session, region_ids=region_ids)
    new = set(wanted)
    regions = sorted(rid for rid, cities in namesakes.items() if {c.id for c in cities} & new)
    return mark_unindexed(session, article_ids=_articles_of_regions(session, regions))


def _articles_of_regions(session: Session, region_ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(region_ids):
        found += session.scalars(
            select(ArticleRegionRow.article_id).where(ArticleRegionRow.region_id.in_(chunk))
        )
    return sorted(set(found))


def mark_unindexed(session: Session, *, article_ids: Sequence[int]) -> int:
    """The next ``index_pending`` indexes these articles again."""
    for chunk in _chunks(article_ids):
        session.execute(update(ArticleRow).where(ArticleRow.id.in_(chunk)).values(indexed_at=None))
    return len(article_ids)
