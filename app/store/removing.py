"""Taking articles out of the archive: choosing them (by id, source, origin, demo mark),
and removing them with everything that hangs on them, keeping every other article whole.

Links and signatures go with their article (ON DELETE CASCADE). A story whose primary is
removed keeps its other versions: the oldest remaining one becomes the primary, so the
story stays searchable. Persons and cities no remaining article names are dropped, so
the entity lists do not show them with no articles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from app.domain import ArticleListing, Removal
from app.store.models import ArticleCityRow, ArticlePersonRow, ArticleRow, CityRow, PersonRow
from app.textfold import source_key

# SQLite allows 32,766 bound parameters per statement (999 before 3.32); stay below.
IN_CHUNK = 900


def _chunks(values: Sequence[int], size: int = IN_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_ids(session: Session, *, article_ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(article_ids))
    found: set[int] = set()
    for chunk in _chunks(wanted):
        found.update(session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(chunk))))
    return found


def ids_from_sources(session: Session, *, sources: Sequence[str]) -> set[int]:
    """Articles of these sources, however spelled ("reuters" is "Reuters")."""
    keys = [key for key in (source_key(source) for source in sources) if key]
    if not keys:
        return set()
    return set(session.scalars(select(ArticleRow.id).where(ArticleRow.source_key.in_(keys))))


def ids_from_origins(session: Session, *, origins: Sequence[str]) -> set[int]:
    """Articles ingested from these files or folders: a file's own article, every record of
    an export or web archive ("file.csv:row 3") and everything under a folder. A path is
    compared both as given and made absolute (ingest stores absolute paths)."""
    conditions = []
    for given in origins:
        for path in dict.fromkeys((given.rstrip("/"), os.path.abspath(given))):
            escaped = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions += [
                ArticleRow.origin == path,
                ArticleRow.origin.like(escaped + ":%", escape="\\"),
                ArticleRow.origin.like(escaped + "/%", escape="\\"),
            ]
    if not conditions:
        return set()
    return set(session.scalars(select(ArticleRow.id).where(or_(*conditions))))


def demo_ids(session: Session) -> set[int]:
    return set(session.scalars(select(ArticleRow.id).where(ArticleRow.demo.is_(True))))


def with_versions(session: Session, *, article_ids: Iterable[int]) -> set[int]:
    """These articles and every other version of their stories."""
    chosen = set(article_ids)
    roots = set()
    for chunk in _chunks(sorted(chosen)):
        for article_id, primary in session.execute(
            select(ArticleRow.id, ArticleRow.duplicate_of).where(ArticleRow.id.in_(chunk))
        ):
            roots.add(primary or article_id)
    chosen.update(roots)
    for chunk in _chunks(sorted(roots)):
        chosen.update(
            session.scalars(select(ArticleRow.id).where(ArticleRow.duplicate_of.in_(chunk)))
        )
    return chosen


def listings(session: Session, *, article_ids: Iterable[int]) -> list[ArticleListing]:
    """The articles in id order, as a dry run lists them."""
    found = []
    for chunk in _chunks(sorted(set(article_ids))):
        found += session.execute(
            select(
                ArticleRow.id,
                ArticleRow.title,
                ArticleRow.source,
                ArticleRow.published,
                ArticleRow.origin,
                ArticleRow.duplicate_of,
            ).where(ArticleRow.id.in_(chunk))
        ).all()
    return [ArticleListing(*row) for row in sorted(found, key=lambda row: row.id)]


def remove_articles(session: Session, *, article_ids: Iterable[int]) -> Removal:
    """Delete these articles (in the caller's transaction); see the module's docstring.
    Promoted primaries are marked unindexed: the index must now show them."""
    doomed = sorted(existing_ids(session, article_ids=article_ids))
    promoted = _promote_survivors(session, set(doomed))
    for chunk in _chunks(doomed):
        session.execute(delete(ArticleRow).where(ArticleRow.id.in_(chunk)))
    persons = session.execute(
        delete(PersonRow).where(
            ~select(ArticlePersonRow.person_id)
            .where(ArticlePersonRow.person_id == PersonRow.id)
            .exists()
        )
    ).rowcount
    cities = session.execute(
        delete(CityRow).where(
            ~select(ArticleCityRow.city_id).where(ArticleCityRow.city_id == CityRow.id).exists()
        )
    ).rowcount
    return Removal(tuple(doomed), tuple(promoted), persons, cities)


def _promote_survivors(session: Session, doomed: set[int]) -> list[int]:
    """For each removed primary with versions that stay, make the oldest stay-er the
    primary and point the others at it; returns the new primaries."""
    promoted = []
    for chunk in _chunks(sorted(doomed)):
        groups: dict[int, list[int]] = {}
        rows = session.execute(
            select(ArticleRow.duplicate_of, ArticleRow.id)
            .where(ArticleRow.duplicate_of.in_(chunk))
            .order_by(ArticleRow.id)
        )
        for primary, copy in rows:
            if copy not in doomed:
                groups.setdefault(primary, []).append(copy)
        for old_primary, survivors in groups.items():
            new_primary, rest = survivors[0], survivors[1:]
            session.execute(
                update(ArticleRow)
                .where(ArticleRow.id == new_primary)
                .values(duplicate_of=None, indexed_at=None)
            )
            if rest:
                session.execute(
                    update(ArticleRow)
                    .where(ArticleRow.duplicate_of == old_primary, ArticleRow.id.in_(rest))
                    .values(duplicate_of=new_primary)
                )
            promoted.append(new_primary)
    return promoted
