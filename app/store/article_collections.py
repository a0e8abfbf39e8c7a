"""Collections of articles an editor keeps for a piece of work, with a note per article.

A collection is also a search filter: ``search_ids`` gives the ids search must keep to
(each near-duplicate as its story's primary, the only version search holds)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain import CollectedArticle, Collection
from app.store.models import ArticleRow, CollectionArticleRow, CollectionRow
from app.textfold import make_slug

MAX_NOTE = 5000


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _collection(row: CollectionRow, count: int = 0) -> Collection:
    return Collection(row.slug, row.title, row.description, row.created_by, row.created_at, count)


def create_collection(session: Session, *, title: str, description: str, actor: str) -> str:
    """A new collection; returns its slug (made from the title, never one taken)."""
    base = make_slug(title) or "collection"
    slug, n = base, 2
    while session.scalar(select(CollectionRow.id).where(CollectionRow.slug == slug)):
        slug, n = f"{base}-{n}", n + 1
    session.add(
        CollectionRow(
            slug=slug, title=title, description=description, created_by=actor,
            created_at=_now(),
        )
    )  # fmt: skip
    session.flush()
    return slug


def list_collections(session: Session) -> list[Collection]:
    count = func.count(CollectionArticleRow.article_id)
    rows = session.execute(
        select(CollectionRow, count)
        .outerjoin(CollectionArticleRow, CollectionArticleRow.collection_id == CollectionRow.id)
        .group_by(CollectionRow.id)
        .order_by(CollectionRow.title)
    )
    return [_collection(row, n) for row, n in rows]


def _row(session: Session, slug: str) -> CollectionRow | None:
    return session.scalar(select(CollectionRow).where(CollectionRow.slug == slug))


def get_collection(session: Session, *, slug: str) -> Collection | None:
    row = _row(session, slug)
    if row is None:
        return None
    n = session.scalar(select(func.count()).where(CollectionArticleRow.collection_id == row.id))
    return _collection(row, n or 0)


def delete_collection(session: Session, *, slug: str) -> bool:
    row = _row(session, slug)
    if row is not None:
        session.delete(row)
    return row is not None


def collected(session: Session, *, slug: str) -> list[CollectedArticle]:
    """The collection's articles, the first added first."""
    rows = session.execute(
        select(CollectionArticleRow, ArticleRow.title, ArticleRow.published, ArticleRow.source)
        .join(ArticleRow, ArticleRow.id == CollectionArticleRow.article_id)
        .join(CollectionRow, CollectionRow.id == CollectionArticleRow.collection_id)
        .where(CollectionRow.slug == slug)
        .order_by(CollectionArticleRow.added_at, CollectionArticleRow.article_id)
    )
    return [
        CollectedArticle(
            link.article_id, title, published, source, link.note, link.added_by, link.added_at
        )
        for link, title, published, source in rows
    ]


def search_ids(session: Session, *, slug: str) -> frozenset[int] | None:
    """The ids a search filtered by this collection keeps to; None: no such collection."""
    row = _row(session, slug)
    if row is None:
        return None
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.duplicate_of)
        .join(CollectionArticleRow, CollectionArticleRow.article_id == ArticleRow.id)
        .where(CollectionArticleRow.collection_id == row.id)
    )
    return frozenset(primary or article_id for article_id, primary in rows)


def add_articles(
    session: Session, *, slug: str, article_ids: Iterable[int], actor: str, note: str = ""
) -> int | None:
    """Add these articles (those already in it and unknown ids are left alone); returns
    how many were added, None when there is no such collection."""
    row = _row(session, slug)
    if row is None:
        return None
    wanted = sorted(set(article_ids))
    have: set[int] = set()
    known: set[int] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        have |= set(
            session.scalars(
                select(CollectionArticleRow.article_id).where(
                    CollectionArticleRow.collection_id == row.id,
                    CollectionArticleRow.article_id.in_(chunk),
                )
            )
        )
        known |= set(session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(chunk))))
    new = [a for a in wanted if a in known and a not in have]
    now = _now()
    session.add_all(
        CollectionArticleRow(
            collection_id=row.id, article_id=a, note=note[:MAX_NOTE], added_by=actor,
            added_at=now,
        )
        for a in new
    )  # fmt: skip
    session.flush()
    return len(new)


def remove_articles(session: Session, *, slug: str, article_ids: Iterable[int]) -> int:
    row = _row(session, slug)
    if row is None:
        return 0
    result = session.execute(
        delete(CollectionArticleRow).where(
            CollectionArticleRow.collection_id == row.id,
            CollectionArticleRow.article_id.in_(list(article_ids)),
        )
    )
    return result.rowcount


def set_note(session: Session, *, slug: str, article_id: int, note: str) -> bool:
    """True when the article is in the collection (its note is now ``note``)."""
    row = _row(session, slug)
    link = session.get(CollectionArticleRow, (row.id, article_id)) if row is not None else None
    if link is not None:
        link.note = note[:MAX_NOTE]
    return link is not None


def collections_of(session: Session, *, article_id: int) -> list[tuple[Collection, str]]:
    """The collections holding this article, with its note in each."""
    rows = session.execute(
        select(CollectionRow, CollectionArticleRow.note)
        .join(CollectionArticleRow, CollectionArticleRow.collection_id == CollectionRow.id)
        .where(CollectionArticleRow.article_id == article_id)
        .order_by(CollectionRow.title)
    )
    return [(_collection(row), note) for row, note in rows]
