"""Reading regions: lookups by slug, the list with counts, a region's cities, the articles
a region filter matches.

A region's articles are those naming the region or any city in it (``cities.region_id``):
"Azaz" in a story puts it under Aleppo Province, as a researcher filtering by the province
expects. Counts are stories (near-duplicates are not counted again), as for persons and cities.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from app.domain import EntityRef
from app.store import entity_forms
from app.store.models import ArticleCityRow, ArticleRegionRow, ArticleRow, CityRow, RegionRow
from app.textfold import fold


def _ref(row: RegionRow) -> EntityRef:
    return EntityRef(row.name, row.slug, row.country or None)


def regions_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, EntityRef]:
    wanted = list(slugs)
    if not wanted:  # a search without a region filter: no query
        return {}
    rows = session.scalars(select(RegionRow).where(RegionRow.slug.in_(wanted)))
    return {row.slug: _ref(row) for row in rows}


def _region_articles():  # type: ignore[no-untyped-def]
    """(article id, region id) for every article naming a region or a city in it."""
    named = select(ArticleRegionRow.article_id, ArticleRegionRow.region_id)
    by_city = (
        select(ArticleCityRow.article_id, CityRow.region_id)
        .join(CityRow, CityRow.id == ArticleCityRow.city_id)
        .where(CityRow.region_id.is_not(None), CityRow.hidden.is_(False))
    )
    return union(named, by_city).subquery()


def article_region_refs(
    session: Session, *, article_ids: Sequence[int]
) -> list[tuple[int, EntityRef]]:
    """(article id, region) for these articles: the regions each names, and those of the
    cities it names, once each, by name (what the search engines index)."""
    wanted = list(article_ids)
    # Each side filtered by the ids itself (no reliance on the planner pushing the filter
    # into the union): both use their article_id index.
    links = union(
        select(ArticleRegionRow.article_id, ArticleRegionRow.region_id).where(
            ArticleRegionRow.article_id.in_(wanted)
        ),
        select(ArticleCityRow.article_id, CityRow.region_id)
        .join(CityRow, CityRow.id == ArticleCityRow.city_id)
        .where(
            ArticleCityRow.article_id.in_(wanted),
            CityRow.region_id.is_not(None),
            CityRow.hidden.is_(False),
        ),
    ).subquery()
    # Columns, not RegionRow entities: indexing loads ~8 regions an article, and building
    # ORM objects for them was a third of loading an article.
    stmt = (
        select(links.c.article_id, RegionRow.name, RegionRow.slug, RegionRow.country)
        .join(RegionRow, RegionRow.id == links.c.region_id)
        .order_by(links.c.article_id, RegionRow.name, RegionRow.id)
    )
    # Unpacked as tuples: reading the columns by name cost a third of this function.
    return [
        (article_id, EntityRef(name, slug, country or None))
        for article_id, name, slug, country in session.execute(stmt)
    ]


def region_article_ids(
    session: Session, *, slug: str, primaries_only: bool = False
) -> frozenset[int]:
    """The articles a ``region=`` filter keeps: naming the region or any of its cities
    (only the stories' primaries when counting, as the lists count)."""
    links = _region_articles()
    stmt = (
        select(links.c.article_id)
        .join(RegionRow, RegionRow.id == links.c.region_id)
        .where(RegionRow.slug == slug)
    )
    if primaries_only:
        stmt = stmt.join(ArticleRow, ArticleRow.id == links.c.article_id).where(
            ArticleRow.duplicate_of.is_(None)
        )
    return frozenset(session.scalars(stmt))


def list_regions(session: Session, *, name_query: str = "") -> list[tuple[EntityRef, int]]:
    """Regions with their story counts (the region or its cities named), most covered
    first; ``name_query`` matches any stored spelling ("Halab" finds Aleppo Province)."""
    links = _region_articles()
    count = func.count(links.c.article_id)
    stmt = (
        select(RegionRow, count)
        .join(links, links.c.region_id == RegionRow.id)
        .join(ArticleRow, ArticleRow.id == links.c.article_id)
        .where(ArticleRow.duplicate_of.is_(None))
        .group_by(RegionRow.id)
        .order_by(count.desc(), RegionRow.name)
    )
    rows = [(row.id, _ref(row), n) for row, n in session.execute(stmt)]
    needle = fold(name_query)
    if not needle:
        return [(ref, n) for _id, ref, n in rows]
    ids = entity_forms.matching_entity_ids(session, kind="region", query=name_query)
    return [(ref, n) for rid, ref, n in rows if rid in ids or needle in fold(ref.name)]


def region_summary(
    session: Session, *, slug: str
) -> tuple[EntityRef, str | None, list[str]] | None:
    """A region by slug: its reference, ISO 3166-2 code and the forms it was found under."""
    row = session.scalar(select(RegionRow).where(RegionRow.slug == slug))
    if row is None:
        return None
    forms = entity_forms.entity_forms_of(session, kind="region", entity_id=row.id)
    return _ref(row), row.code, forms


def region_cities(session: Session, *, slug: str) -> list[tuple[EntityRef, int]]:
    """The region's cities (villages included) with their story counts, most named first."""
    count = func.count(ArticleCityRow.article_id)
    stmt = (
        select(CityRow, count)
        .join(RegionRow, RegionRow.id == CityRow.region_id)
        .join(ArticleCityRow, ArticleCityRow.city_id == CityRow.id)
        .join(ArticleRow, ArticleRow.id == ArticleCityRow.article_id)
        .where(RegionRow.slug == slug, CityRow.hidden.is_(False), ArticleRow.duplicate_of.is_(None))
        .group_by(CityRow.id)
        .order_by(count.desc(), CityRow.name)
    )
    return [
        (EntityRef(c.name, c.slug, c.country, c.latitude, c.longitude), n)
        for c, n in session.execute(stmt)
    ]
