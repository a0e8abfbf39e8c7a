"""The archive's people as the known-names pass needs them (``app.extract.known_names``),
and the links that pass adds: an article naming a known person that its own extraction
missed gets a "mentioned" link, and is marked for re-indexing."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.extract.known_names import StoredPerson
from app.extract.transliteration import fold
from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    CityRow,
    EntityFormRow,
    PersonRow,
)


def stored_persons(session: Session) -> list[StoredPerson]:
    """Every visible person with its article count and the keys of its text forms."""
    counts = dict(
        session.execute(
            select(ArticlePersonRow.person_id, func.count(ArticlePersonRow.article_id)).group_by(
                ArticlePersonRow.person_id
            )
        ).all()
    )
    keys: dict[int, set[str]] = defaultdict(set)
    for pid, key in session.execute(
        select(EntityFormRow.entity_id, EntityFormRow.key).where(
            EntityFormRow.kind == "person", EntityFormRow.source != "geonames"
        )
    ):
        if key:
            keys[pid].add(key)
    return [
        StoredPerson(pid, name, counts.get(pid, 0), frozenset(keys.get(pid, ())))
        for pid, name in session.execute(
            select(PersonRow.id, PersonRow.name).where(PersonRow.hidden.is_(False))
        )
    ]


# A place the archive names in this many articles is its place, whoever bears its name.
PLACE_MIN_ARTICLES = 2


def place_names(session: Session) -> set[str]:
    """Folded names and text forms of the places the archive names in at least
    PLACE_MIN_ARTICLES articles ("raqqa", "amman"): no lone surname spelt so names one
    person."""
    cities = (
        select(ArticleCityRow.city_id)
        .group_by(ArticleCityRow.city_id)
        .having(func.count(ArticleCityRow.article_id) >= PLACE_MIN_ARTICLES)
    )
    names = session.scalars(select(CityRow.name).where(CityRow.id.in_(cities)))
    forms = session.scalars(
        select(EntityFormRow.form).where(
            EntityFormRow.kind == "city",
            EntityFormRow.source == "text",
            EntityFormRow.entity_id.in_(cities),
        )
    )
    return {fold(name) for name in [*names, *forms]}


def article_ids(session: Session, *, after: int = 0) -> list[int]:
    """Ids of the articles above ``after``, in order."""
    return list(
        session.scalars(select(ArticleRow.id).where(ArticleRow.id > after).order_by(ArticleRow.id))
    )


def last_article_id(session: Session) -> int:
    return session.scalar(select(func.max(ArticleRow.id))) or 0


def article_texts(session: Session, *, ids: Sequence[int]) -> Iterator[tuple[int, str, str]]:
    """``(id, title, body)`` of the given articles."""
    for chunk in _chunks(ids):
        stmt = select(ArticleRow.id, ArticleRow.title, ArticleRow.body)
        for row in session.execute(stmt.where(ArticleRow.id.in_(chunk))):
            yield row[0], row[1], row[2]


def add_mentions(session: Session, *, found: dict[int, Counter[int]]) -> set[int]:
    """Link each article to the persons found in it that it is not linked to yet (role
    "mentioned"); links already there, whatever their role, are left as they are.
    Returns the articles that got a link, marked for re-indexing."""
    ids = list(found)
    linked: set[tuple[int, int]] = set()
    for chunk in _chunks(ids):
        linked.update(
            (row[0], row[1])
            for row in session.execute(
                select(ArticlePersonRow.article_id, ArticlePersonRow.person_id).where(
                    ArticlePersonRow.article_id.in_(chunk)
                )
            )
        )
    rows = [
        {"article_id": a, "person_id": p, "mentions": n, "role": "mentioned"}
        for a, persons in found.items()
        for p, n in persons.items()
        if (a, p) not in linked
    ]
    if rows:
        session.execute(insert(ArticlePersonRow), rows)
    changed = sorted({row["article_id"] for row in rows})
    for chunk in _chunks(changed):
        session.execute(update(ArticleRow).where(ArticleRow.id.in_(chunk)).values(indexed_at=None))
    return set(changed)


def _chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
