"""Re-linking stored articles to entities (``newsarchive entities repair``): the links an
article has, the forms its entities were found under, and replacing the links in place.
Article ids never change; an article whose links change is marked unindexed so the index
follows (``app.ingest.entities.settle``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.store import region_namesakes
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRegionRow,
    ArticleRow,
    CityRow,
    EntityFormRow,
    PersonRow,
)
from app.store.writing import Links


def article_texts(session: Session, *, after: int, limit: int) -> list[tuple[int, str, str]]:
    """``(id, title, body)`` of the next ``limit`` articles with an id above ``after``."""
    stmt = (
        select(ArticleRow.id, ArticleRow.title, ArticleRow.body)
        .where(ArticleRow.id > after)
        .order_by(ArticleRow.id)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]


def stored_links(session: Session, *, article_ids: Sequence[int]) -> dict[int, Links]:
    links = {article_id: Links() for article_id in article_ids}
    for article_id, pid, mentions, role in session.execute(
        select(
            ArticlePersonRow.article_id,
            ArticlePersonRow.person_id,
            ArticlePersonRow.mentions,
            ArticlePersonRow.role,
        ).where(ArticlePersonRow.article_id.in_(article_ids))
    ):
        links[article_id].persons[pid] = (mentions, role)
    for article_id, cid, mentions in session.execute(
        select(ArticleCityRow.article_id, ArticleCityRow.city_id, ArticleCityRow.mentions).where(
            ArticleCityRow.article_id.in_(article_ids)
        )
    ):
        links[article_id].cities[cid] = mentions
    return links


def text_forms(session: Session, *, kind: str, entity_ids: set[int]) -> dict[int, list[str]]:
    """The forms each entity was found under in articles (not GeoNames' names)."""
    forms: dict[int, list[str]] = {}
    for chunk in _chunks(sorted(entity_ids)):
        for entity_id, form in session.execute(
            select(EntityFormRow.entity_id, EntityFormRow.form).where(
                EntityFormRow.kind == kind,
                EntityFormRow.entity_id.in_(chunk),
                EntityFormRow.source == "text",
            )
        ):
            forms.setdefault(entity_id, []).append(form)
    return forms


def entity_names(session: Session, *, kind: str, entity_ids: set[int]) -> dict[int, str]:
    model = PersonRow if kind == "person" else CityRow
    names: dict[int, str] = {}
    for chunk in _chunks(sorted(entity_ids)):
        names.update(session.execute(select(model.id, model.name).where(model.id.in_(chunk))).all())
    return names


def replace_links(session: Session, *, article_id: int, links: Links) -> None:
    """The article's links become ``links``; it is marked for re-indexing."""
    session.execute(delete(ArticlePersonRow).where(ArticlePersonRow.article_id == article_id))
    session.execute(delete(ArticleCityRow).where(ArticleCityRow.article_id == article_id))
    if links.persons:
        session.execute(
            insert(ArticlePersonRow),
            [
                {"article_id": article_id, "person_id": p, "mentions": n, "role": role}
                for p, (n, role) in links.persons.items()
            ],
        )
    if links.cities:
        session.execute(
            insert(ArticleCityRow),
            [
                {"article_id": article_id, "city_id": c, "mentions": n}
                for c, n in links.cities.items()
            ],
        )
    session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(indexed_at=None))


def replace_region_links(session: Session, *, regions: dict[int, dict[int, int]]) -> set[int]:
    """Each article's region links become ``regions[article]`` (region id -> mentions).
    The index holds an article's regions and the cities found through a region named
    after them (``app.store.region_namesakes``): the articles whose regions or such cities
    change are marked for indexing, and returned."""
    ids = list(regions)
    before_cities = region_namesakes.region_cities(session, article_ids=ids)
    before: dict[int, set[int]] = {}
    for chunk in _chunks(ids):
        for article_id, region_id in session.execute(
            select(ArticleRegionRow.article_id, ArticleRegionRow.region_id).where(
                ArticleRegionRow.article_id.in_(chunk)
            )
        ):
            before.setdefault(article_id, set()).add(region_id)
    for chunk in _chunks(ids):
        session.execute(delete(ArticleRegionRow).where(ArticleRegionRow.article_id.in_(chunk)))
    rows = [
        {"article_id": a, "region_id": r, "mentions": n}
        for a, links in regions.items()
        for r, n in links.items()
    ]
    if rows:
        session.execute(insert(ArticleRegionRow), rows)
    after_cities = region_namesakes.region_cities(session, article_ids=ids)
    changed = sorted(
        a
        for a in ids
        if before_cities.get(a, []) != after_cities.get(a, [])
        or set(regions[a]) != before.get(a, set())
    )
    region_namesakes.mark_unindexed(session, article_ids=changed)
    return set(changed)


def linked_entity_counts(session: Session) -> tuple[int, int]:
    """Persons and cities that at least one article names."""
    persons = session.scalar(select(func.count(func.distinct(ArticlePersonRow.person_id))))
    cities = session.scalar(select(func.count(func.distinct(ArticleCityRow.city_id))))
    return persons or 0, cities or 0


def _chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
