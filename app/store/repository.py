"""Every query the app makes, as small keyword-only functions over a Session.

Rows never leave this module: callers get the plain dataclasses of ``app.domain``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.domain import Article, ArticleVersion, EntityRef, Extraction, Provenance
from app.store import article_entities, entity_forms, region_namesakes, regions, writing
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    ArticleSignatureRow,
    CityRow,
    PersonRow,
)
from app.textfold import fold, make_slug, source_key


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- writing (ingest only) ---------------------------------------------------------------


def article_id_for_hash(session: Session, *, content_hash: str) -> int | None:
    """The id of the article with this content, if the archive has it already."""
    return session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))


def add_article(
    session: Session,
    *,
    extraction: Extraction,
    content_hash: str,
    origin: str | None,
    duplicate_of: int | None = None,
    signature: bytes | None = None,
) -> int:
    """Store one extracted article with its persons and cities; returns its id.
    (Ingest stores whole batches through ``app.store.writing``.)"""
    writer = writing.BatchWriter(session, extractions=[extraction])
    article_id = writer.add(
        extraction=extraction,
        content_hash=content_hash,
        origin=origin,
        ingested_at=utcnow(),
        duplicate_of=duplicate_of,
        signature=signature,
    )
    writer.finish()
    return article_id


def signatures(session: Session) -> Iterator[tuple[int, int | None, bytes]]:
    """``(article id, its group's primary or None, MinHash signature)`` of every article
    that has one, streamed."""
    stmt = (
        select(ArticleRow.id, ArticleRow.duplicate_of, ArticleSignatureRow.minhash)
        .join(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
        .order_by(ArticleRow.id)
        .execution_options(yield_per=2000)
    )
    for row in session.execute(stmt):
        yield row.id, row.duplicate_of, row.minhash


def bodies_without_signature(session: Session) -> list[tuple[int, str]]:
    """Articles stored before signatures were kept (schema 0001): ``(id, body)``."""
    stmt = (
        select(ArticleRow.id, ArticleRow.body)
        .outerjoin(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
        .where(ArticleSignatureRow.article_id.is_(None))
        .order_by(ArticleRow.id)
    )
    return [(article_id, body) for article_id, body in session.execute(stmt)]


# ``indexed_at`` of an article an indexer has read but not yet committed. A change made
# meanwhile (an editor's correction, a later batch's merge) sets NULL again, which the
# indexer's mark after its commit then leaves alone, so the change is indexed too.
BEING_INDEXED = datetime(1970, 1, 1)


def unindexed_article_ids(session: Session) -> list[int]:
    """Primaries the index does not have yet (near-duplicates are never indexed), and those
    an indexer that was killed had read but not committed."""
    # Only indexed_at in the WHERE clause, so SQLite walks its index (few rows are
    # unindexed); with duplicate_of there too it picks that index and visits every
    # primary's row instead: 0.1-0.3 s at 100k articles, at every server start.
    stmt = select(ArticleRow.id, ArticleRow.duplicate_of).where(
        or_(ArticleRow.indexed_at.is_(None), ArticleRow.indexed_at == BEING_INDEXED)
    )
    rows = session.execute(stmt.order_by(ArticleRow.id))
    return [article_id for article_id, duplicate_of in rows if duplicate_of is None]


def claim_for_indexing(session: Session, *, article_ids: Sequence[int]) -> None:
    """Mark articles as read by an indexer, before it reads them."""
    for start in range(0, len(article_ids), 900):
        chunk = article_ids[start : start + 900]
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(chunk)).values(indexed_at=BEING_INDEXED)
        )


def mark_claimed_indexed(session: Session, *, article_ids: Sequence[int]) -> None:
    """After the index commit: the claimed articles are indexed, except those changed
    since they were claimed (unindexed again), which stay for the next pass."""
    for start in range(0, len(article_ids), 900):
        chunk = article_ids[start : start + 900]
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id.in_(chunk), ArticleRow.indexed_at == BEING_INDEXED)
            .values(indexed_at=utcnow())
        )


def mark_indexed(session: Session, *, article_ids: Sequence[int]) -> None:
    if article_ids:
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(article_ids)).values(indexed_at=utcnow())
        )


def mark_all_unindexed(session: Session) -> None:
    session.execute(update(ArticleRow).values(indexed_at=None))


def all_article_ids(session: Session) -> list[int]:
    return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))


def primary_article_ids(session: Session) -> list[int]:
    """Every article that is no near-duplicate of another: what the index must hold."""
    stmt = select(ArticleRow.id).where(ArticleRow.duplicate_of.is_(None)).order_by(ArticleRow.id)
    return list(session.scalars(stmt))


def duplicate_article_ids(session: Session) -> list[int]:
    stmt = select(ArticleRow.id).where(ArticleRow.duplicate_of.is_not(None))
    return list(session.scalars(stmt.order_by(ArticleRow.id)))


# --- reading -------------------------------------------------------------------------------


def load_articles(
    session: Session, *, article_ids: Iterable[int], with_regions: bool = True
) -> list[Article]:
    """Articles with their persons, cities and regions, in id order.

    Plain queries rather than ORM objects with eager-loaded relationships: indexing loads
    every article, and the ORM path cost ~0.7 ms an article (a seventh of indexing).
    ``with_regions=False`` leaves ``regions`` and ``region_cities`` empty: only the search
    index uses them (a region filter finds the stories about its cities), and they take
    more queries than the rest together; pages and exports do not show them.
    """
    wanted = list(article_ids)
    persons: dict[int, tuple[EntityRef, ...]] = {}
    cities: dict[int, tuple[EntityRef, ...]] = {}
    in_regions: dict[int, list[EntityRef]] = {}
    rows = []
    for chunk in article_entities.chunks(wanted):
        rows += session.execute(
            select(
                ArticleRow.id,
                ArticleRow.title,
                ArticleRow.body,
                ArticleRow.published,
                ArticleRow.source,
                ArticleRow.author,
                ArticleRow.url,
                ArticleRow.ingested_at,
                ArticleRow.origin,
                ArticleRow.content_hash,
                ArticleRow.capture_uri,
                ArticleRow.captured_at,
            ).where(ArticleRow.id.in_(chunk))
        ).all()
        named = article_entities.entities_of(session, article_ids=chunk)
        persons |= named.persons
        cities |= named.cities
        if with_regions:
            for article_id, ref in regions.article_region_refs(session, article_ids=chunk):
                in_regions.setdefault(article_id, []).append(ref)
    rows.sort(key=lambda row: row.id)
    through_regions = (
        region_namesakes.region_cities(session, article_ids=wanted) if with_regions else {}
    )
    return [
        Article(
            id=row.id,
            title=row.title,
            body=row.body,
            published=row.published,
            source=row.source,
            author=row.author,
            url=row.url,
            ingested_at=row.ingested_at,
            persons=persons.get(row.id, ()),
            cities=cities.get(row.id, ()),
            provenance=Provenance(row.origin, row.content_hash, row.capture_uri, row.captured_at),
            regions=tuple(in_regions.get(row.id, ())),
            region_cities=tuple(through_regions.get(row.id, ())),
        )
        for row in rows
    ]


# The largest id an ``Integer`` column holds: PostgreSQL's INTEGER is 32 bits, SQLite's
# 64. An id from a URL beyond it names no article (PostgreSQL would refuse the query).
LARGEST_ID = {"postgresql": 2**31 - 1}


def get_article(session: Session, *, article_id: int, with_regions: bool = True) -> Article | None:
    if article_id > LARGEST_ID.get(session.get_bind().dialect.name, 2**63 - 1):
        return None
    found = load_articles(session, article_ids=[article_id], with_regions=with_regions)
    return found[0] if found else None


def _city_ref(row: CityRow) -> EntityRef:
    return EntityRef(row.name, row.slug, row.country, row.latitude, row.longitude)


def count_articles(session: Session) -> int:
    """Every stored article, near-duplicates included."""
    return session.scalar(select(func.count(ArticleRow.id))) or 0


def has_articles(session: Session) -> bool:
    """Whether the archive holds any article: one row read, where counting walks them all
    (serve asks this at every start)."""
    return session.scalar(select(ArticleRow.id).limit(1)) is not None


def count_stories(session: Session) -> int:
    """Stories: articles that are no near-duplicate of another (what search counts)."""
    stmt = select(func.count(ArticleRow.id)).where(ArticleRow.duplicate_of.is_(None))
    return session.scalar(stmt) or 0


def story_versions(session: Session, *, article_id: int) -> tuple[ArticleVersion, ...]:
    """Every version of this article's story (itself included), the primary first, then
    in id order; a single version when no other outlet's copy was found."""
    primary = session.scalar(select(ArticleRow.duplicate_of).where(ArticleRow.id == article_id))
    root = primary or article_id
    rows = session.execute(
        select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.source,
            ArticleRow.published,
            ArticleRow.url,
            ArticleRow.duplicate_of,
        )
        .where((ArticleRow.id == root) | (ArticleRow.duplicate_of == root))
        .order_by(ArticleRow.duplicate_of.is_not(None), ArticleRow.id)
    )
    return tuple(
        ArticleVersion(
            id=row.id,
            title=row.title,
            source=row.source,
            published=row.published,
            url=row.url,
            is_primary=row.duplicate_of is None,
        )
        for row in rows
    )


def version_ids(session: Session, *, article_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """For each article, the ids of its story's other versions (primary first, then by id);
    empty for a story with one version. For exports: a few queries per chunk."""
    roots: dict[int, int] = {}
    for chunk in article_entities.chunks(list(article_ids)):
        stmt = select(ArticleRow.id, ArticleRow.duplicate_of).where(ArticleRow.id.in_(chunk))
        roots.update({a: primary or a for a, primary in session.execute(stmt)})
    members: dict[int, list[int]] = {root: [root] for root in roots.values()}
    for chunk in article_entities.chunks(sorted(members)):
        stmt = select(ArticleRow.duplicate_of, ArticleRow.id).where(
            ArticleRow.duplicate_of.in_(chunk)
        )
        for root, copy in session.execute(stmt.order_by(ArticleRow.id)):
            members[root].append(copy)
    return {
        article_id: tuple(v for v in members[root] if v != article_id)
        for article_id, root in roots.items()
    }


def persons_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, EntityRef]:
    """Persons by slug; one an editor marked "not a person" is not found."""
    wanted = list(slugs)
    if not wanted:  # a search without a person filter: no query
        return {}
    rows = session.scalars(
        select(PersonRow).where(PersonRow.slug.in_(wanted), PersonRow.hidden.is_(False))
    )
    return {row.slug: EntityRef(row.name, row.slug) for row in rows}


def cities_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, EntityRef]:
    """Cities by slug; one an editor marked "not a place" is not found."""
    wanted = list(slugs)
    if not wanted:
        return {}
    rows = session.scalars(
        select(CityRow).where(CityRow.slug.in_(wanted), CityRow.hidden.is_(False))
    )
    return {row.slug: _city_ref(row) for row in rows}


def list_persons(
    session: Session, *, name_query: str = "", limit: int | None = None
) -> list[tuple[EntityRef, int]]:
    """Persons with their article counts (stories: near-duplicates are not counted again),
    most covered first; ``name_query`` folds accents."""
    count = func.count(ArticlePersonRow.article_id)
    stmt = (
        select(PersonRow.id, PersonRow.name, PersonRow.slug, count)
        .join(ArticlePersonRow, ArticlePersonRow.person_id == PersonRow.id)
        .join(ArticleRow, ArticleRow.id == ArticlePersonRow.article_id)
        .where(ArticleRow.duplicate_of.is_(None), PersonRow.hidden.is_(False))
        .group_by(PersonRow.id)
        .order_by(count.desc(), PersonRow.name)
    )
    rows = [(pid, EntityRef(name, slug), n) for pid, name, slug, n in session.execute(stmt)]
    return _narrow(session, "person", rows, name_query)[:limit]


def list_cities(
    session: Session, *, name_query: str = "", limit: int | None = None
) -> list[tuple[EntityRef, int]]:
    """Cities with their article counts (stories, as for persons), most covered first;
    ``name_query`` folds accents."""
    count = func.count(ArticleCityRow.article_id)
    stmt = (
        select(CityRow.id, CityRow.name, CityRow.slug, CityRow.country, count)
        .join(ArticleCityRow, ArticleCityRow.city_id == CityRow.id)
        .join(ArticleRow, ArticleRow.id == ArticleCityRow.article_id)
        .where(ArticleRow.duplicate_of.is_(None), CityRow.hidden.is_(False))
        .group_by(CityRow.id)
        .order_by(count.desc(), CityRow.name)
    )
    rows = [
        (cid, EntityRef(name, slug, country), n)
        for cid, name, slug, country, n in session.execute(stmt)
    ]
    return _narrow(session, "city", rows, name_query)[:limit]


def _narrow(
    session: Session, kind: str, rows: list[tuple[int, EntityRef, int]], name_query: str
) -> list[tuple[EntityRef, int]]:
    """Keep entities whose folded name contains the folded query, or with any stored form
    that matches it the way users type names (``entity_forms.matching_entity_ids``:
    "Abdulrahman" finds Rami Abdel Rahman, "Quneitra" the city stored as Qunaytirah)."""
    needle = fold(name_query)
    if not needle:
        return [(ref, n) for _id, ref, n in rows]
    ids = entity_forms.matching_entity_ids(session, kind=kind, query=name_query)
    return [(ref, n) for eid, ref, n in rows if eid in ids or needle in fold(ref.name)]


def list_sources(session: Session) -> list[tuple[str, int]]:
    """Every source with its article count, most articles first."""
    count = func.count(ArticleRow.id)
    stmt = (
        select(ArticleRow.source, count)
        .where(ArticleRow.source.is_not(None), ArticleRow.duplicate_of.is_(None))
        .group_by(ArticleRow.source)
        .order_by(count.desc(), ArticleRow.source)
    )
    return [(source, n) for source, n in session.execute(stmt)]


def countries_by_slug(session: Session, *, slugs: Iterable[str]) -> dict[str, str]:
    """Country names of the archive's cities, by slug."""
    wanted = set(slugs)
    if not wanted:  # every search asks: reading every city's country for nothing
        return {}
    names = session.scalars(select(CityRow.country).distinct())
    return {make_slug(name): name for name in names if make_slug(name) in wanted}


def known_sources(session: Session, *, names: Iterable[str]) -> dict[str, str]:
    """The archive's name of each source asked for, however it is spelled ("reuters",
    "REUTERS" -> "Reuters"); sources the archive does not have are left out."""
    wanted = {name: source_key(name) for name in names}
    keys = [key for key in wanted.values() if key]
    if not keys:
        return {}
    stmt = (
        select(ArticleRow.source_key, ArticleRow.source)
        .where(ArticleRow.source_key.in_(keys))
        .distinct()
    )
    spelled = dict(session.execute(stmt).all())
    return {name: spelled[key] for name, key in wanted.items() if key in spelled}
