"""Every query the app makes, as small keyword-only functions over a Session.

Rows never leave this module: callers get the plain dataclasses of ``app.domain``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.domain import Article, CityMention, EntityRef, Extraction, PersonMention
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    CityRow,
    PersonFormRow,
    PersonRow,
)
from app.textfold import fold, make_slug


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- writing (ingest only) ---------------------------------------------------------------


def article_id_for_hash(session: Session, *, content_hash: str) -> int | None:
    """The id of the article with this content, if the archive has it already."""
    return session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))


def add_article(
    session: Session, *, extraction: Extraction, content_hash: str, origin: str | None
) -> int:
    """Store one extracted article with its persons and cities; returns its id."""
    row = ArticleRow(
        title=extraction.title,
        body=extraction.body,
        published=extraction.published,
        source=extraction.source,
        author=extraction.author,
        url=extraction.url,
        content_hash=content_hash,
        origin=origin,
        ingested_at=utcnow(),
    )
    session.add(row)
    for person in extraction.persons:
        row.person_links.append(
            ArticlePersonRow(person=_person_for(session, person), mentions=person.count)
        )
    for city in extraction.cities:
        row.city_links.append(ArticleCityRow(city=_city_for(session, city), mentions=city.count))
    session.flush()
    return row.id


def _person_for(session: Session, mention: PersonMention) -> PersonRow:
    """The archive's entity for this person: found by any folded form, or created."""
    keys = [k for k in dict.fromkeys(fold(n) for n in (mention.name, *mention.aliases)) if k]
    person = None
    for key in keys:
        form = session.get(PersonFormRow, key)
        if form is not None:
            person = form.person
            break
    if person is None:
        person = PersonRow(name=mention.name, slug=_free_slug(session, PersonRow, mention.name))
        session.add(person)
    for key in keys:
        if session.get(PersonFormRow, key) is None:
            session.add(PersonFormRow(key=key, person=person))
    session.flush()
    return person


def _city_for(session: Session, mention: CityMention) -> CityRow:
    """The archive's entity for this GeoNames place, created on first sight."""
    city = session.scalar(select(CityRow).where(CityRow.geonames_id == mention.geonames_id))
    if city is None:
        slug = _free_slug(
            session, CityRow, mention.name, fallback=f"{mention.name} {mention.country}"
        )
        city = CityRow(
            name=mention.name,
            slug=slug,
            country=mention.country,
            country_code=mention.country_code,
            latitude=mention.latitude,
            longitude=mention.longitude,
            geonames_id=mention.geonames_id,
        )
        session.add(city)
        session.flush()
    return city


def _free_slug(session: Session, model: type, name: str, fallback: str | None = None) -> str:
    """The name's slug, or a longer one when another entity has it (slugs never change)."""
    candidates = [make_slug(name)]
    if fallback:
        candidates.append(make_slug(fallback))
    for slug in candidates:
        if session.scalar(select(model.id).where(model.slug == slug)) is None:
            return slug
    base, n = candidates[-1], 2
    while session.scalar(select(model.id).where(model.slug == f"{base}-{n}")) is not None:
        n += 1
    return f"{base}-{n}"


def unindexed_article_ids(session: Session) -> list[int]:
    return list(session.scalars(select(ArticleRow.id).where(ArticleRow.indexed_at.is_(None))))


def mark_indexed(session: Session, *, article_ids: Sequence[int]) -> None:
    if article_ids:
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(article_ids)).values(indexed_at=utcnow())
        )


def mark_all_unindexed(session: Session) -> None:
    session.execute(update(ArticleRow).values(indexed_at=None))


def all_article_ids(session: Session) -> list[int]:
    return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))


# --- reading -------------------------------------------------------------------------------


def load_articles(session: Session, *, article_ids: Iterable[int]) -> list[Article]:
    """Articles with their persons and cities, in id order."""
    rows = session.scalars(
        select(ArticleRow)
        .where(ArticleRow.id.in_(list(article_ids)))
        .options(
            selectinload(ArticleRow.person_links).selectinload(ArticlePersonRow.person),
            selectinload(ArticleRow.city_links).selectinload(ArticleCityRow.city),
        )
        .order_by(ArticleRow.id)
    )
    return [_article(row) for row in rows]


def get_article(session: Session, *, article_id: int) -> Article | None:
    found = load_articles(session, article_ids=[article_id])
    return found[0] if found else None


def _article(row: ArticleRow) -> Article:
    persons = sorted(row.person_links, key=lambda link: (-link.mentions, link.person.name))
    cities = sorted(row.city_links, key=lambda link: (-link.mentions, link.city.name))
    return Article(
        id=row.id,
        title=row.title,
        body=row.body,
        published=row.published,
        source=row.source,
        author=row.author,
        url=row.url,
        ingested_at=row.ingested_at,
        persons=tuple(EntityRef(link.person.name, link.person.slug) for link in persons),
        cities=tuple(_city_ref(link.city) for link in cities),
    )


def _city_ref(row: CityRow) -> EntityRef:
    return EntityRef(row.name, row.slug, row.country, row.latitude, row.longitude)


def count_articles(session: Session) -> int:
    return session.scalar(select(func.count(ArticleRow.id))) or 0


def persons_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, EntityRef]:
    rows = session.scalars(select(PersonRow).where(PersonRow.slug.in_(list(slugs))))
    return {row.slug: EntityRef(row.name, row.slug) for row in rows}


def cities_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, EntityRef]:
    rows = session.scalars(select(CityRow).where(CityRow.slug.in_(list(slugs))))
    return {row.slug: _city_ref(row) for row in rows}


def list_persons(
    session: Session, *, name_query: str = "", limit: int | None = None
) -> list[tuple[EntityRef, int]]:
    """Persons with their article counts, most covered first; ``name_query`` folds accents."""
    count = func.count(ArticlePersonRow.article_id)
    stmt = (
        select(PersonRow.name, PersonRow.slug, count)
        .join(ArticlePersonRow, ArticlePersonRow.person_id == PersonRow.id)
        .group_by(PersonRow.id)
        .order_by(count.desc(), PersonRow.name)
    )
    rows = [(EntityRef(name, slug), n) for name, slug, n in session.execute(stmt)]
    return _narrow(rows, name_query)[:limit]


def list_cities(
    session: Session, *, name_query: str = "", limit: int | None = None
) -> list[tuple[EntityRef, int]]:
    """Cities with their article counts, most covered first; ``name_query`` folds accents."""
    count = func.count(ArticleCityRow.article_id)
    stmt = (
        select(CityRow.name, CityRow.slug, CityRow.country, count)
        .join(ArticleCityRow, ArticleCityRow.city_id == CityRow.id)
        .group_by(CityRow.id)
        .order_by(count.desc(), CityRow.name)
    )
    rows = [(EntityRef(name, slug, country), n) for name, slug, country, n in session.execute(stmt)]
    return _narrow(rows, name_query)[:limit]


def _narrow(rows: list[tuple[EntityRef, int]], name_query: str) -> list[tuple[EntityRef, int]]:
    """Keep entities whose folded name contains the folded query (done in Python: SQLite
    cannot fold accents, and the entity lists are small next to the articles)."""
    needle = fold(name_query)
    if not needle:
        return rows
    return [(ref, n) for ref, n in rows if needle in fold(ref.name)]


def list_sources(session: Session) -> list[tuple[str, int]]:
    """Every source with its article count, most articles first."""
    count = func.count(ArticleRow.id)
    stmt = (
        select(ArticleRow.source, count)
        .where(ArticleRow.source.is_not(None))
        .group_by(ArticleRow.source)
        .order_by(count.desc(), ArticleRow.source)
    )
    return [(source, n) for source, n in session.execute(stmt)]


def countries_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, str]:
    """Country names of the archive's cities, by slug."""
    wanted = set(slugs)
    names = session.scalars(select(CityRow.country).distinct())
    return {make_slug(name): name for name in names if make_slug(name) in wanted}


def known_sources(session: Session, *, names: Iterable[str]) -> set[str]:
    wanted = list(names)
    return set(
        session.scalars(select(ArticleRow.source).where(ArticleRow.source.in_(wanted)).distinct())
    )
