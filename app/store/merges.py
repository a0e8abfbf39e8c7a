"""Merging one entity into another, for persons and cities alike, kept as data.

A merge moves the entity's article links and forms to the surviving entity, deletes it,
and records a redirect (old slug -> survivor, reason, when, who) so bookmarks, API calls
and search filters that name the old slug keep working. The rules of
``app.store.person_rules`` merge through here, and so will editors' corrections later
(reason "correction", ``actor`` the editor). Affected articles are marked unindexed in the
same transaction: the index follows at the next ``index_pending`` (called by
``app.ingest.entities.settle``), and an interrupted run leaves them for the next one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.store.models import (
    ArticleCityRow,
    ArticlePersonRow,
    ArticleRow,
    CityRow,
    EntityFormRow,
    EntityRedirectRow,
    PersonRow,
)

KINDS = ("person", "city")
# When one article names both entities, the merged link keeps the strongest role: named
# in the story beats wrote it, which beats took its pictures.
ROLE_RANK = {"mentioned": 0, "author": 1, "credit": 2}


@dataclass(frozen=True)
class Merge:
    """One merge done: what went where, and why."""

    kind: str
    old_slug: str
    old_name: str
    target_slug: str
    target_name: str
    reason: str
    articles: frozenset[int]


def entity_tables(kind: str):  # type: ignore[no-untyped-def]
    """The entity model, its link model and the link's entity column, for a kind."""
    if kind == "person":
        return PersonRow, ArticlePersonRow, ArticlePersonRow.person_id
    if kind == "city":
        return CityRow, ArticleCityRow, ArticleCityRow.city_id
    raise ValueError(f"unknown entity kind {kind!r}")


def merge_entities(
    session: Session,
    *,
    kind: str,
    source_id: int,
    target_id: int,
    reason: str,
    actor: str | None = None,
) -> Merge:
    """Merge entity ``source_id`` into ``target_id`` (the survivor keeps its name and slug)."""
    if source_id == target_id:
        raise ValueError("an entity cannot be merged into itself")
    model, _link, _ = entity_tables(kind)
    source = session.get(model, source_id)
    target = session.get(model, target_id)
    if source is None or target is None:
        raise LookupError(f"no {kind} {source_id if source is None else target_id}")
    articles = _move_links(session, kind, source_id, target_id)
    _move_forms(session, kind, source_id, target_id)
    if kind == "city":  # later mentions of its GeoNames id find the survivor
        _add_form(session, kind, target_id, f"geonames:{source.geonames_id}", "merge")
    # Redirects that pointed at the merged entity now point at the survivor (no chains).
    session.execute(
        update(EntityRedirectRow)
        .where(EntityRedirectRow.kind == kind, EntityRedirectRow.target_id == source_id)
        .values(target_id=target_id)
    )
    session.add(
        EntityRedirectRow(
            kind=kind,
            old_slug=source.slug,
            old_name=source.name,
            target_id=target_id,
            reason=reason,
            created_at=datetime.now(UTC).replace(tzinfo=None),
            actor=actor,
        )
    )
    merge = Merge(kind, source.slug, source.name, target.slug, target.name, reason, articles)
    session.delete(source)
    session.flush()
    if articles:
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(articles)).values(indexed_at=None)
        )
    return merge


def _move_links(session: Session, kind: str, source_id: int, target_id: int) -> frozenset[int]:
    """Articles of the merged entity now link the survivor (one link each, mentions added)."""
    _model, link, link_entity = entity_tables(kind)
    moved = session.scalars(select(link).where(link_entity == source_id)).all()
    kept = {
        row.article_id: row
        for row in session.scalars(
            select(link).where(
                link_entity == target_id, link.article_id.in_([r.article_id for r in moved])
            )
        )
    }
    for row in moved:
        survivor = kept.get(row.article_id)
        if survivor is None:
            session.add(_copy_link(kind, row, target_id))
        else:
            survivor.mentions += row.mentions
            if kind == "person" and ROLE_RANK[row.role] < ROLE_RANK[survivor.role]:
                survivor.role = row.role
        session.delete(row)
    session.flush()
    return frozenset(row.article_id for row in moved)


def _copy_link(kind: str, row, target_id: int):  # type: ignore[no-untyped-def]
    if kind == "person":
        return ArticlePersonRow(
            article_id=row.article_id, person_id=target_id, mentions=row.mentions, role=row.role
        )
    return ArticleCityRow(article_id=row.article_id, city_id=target_id, mentions=row.mentions)


def _move_forms(session: Session, kind: str, source_id: int, target_id: int) -> None:
    have = {
        row.form: row
        for row in session.scalars(
            select(EntityFormRow).where(
                EntityFormRow.kind == kind, EntityFormRow.entity_id == target_id
            )
        )
    }
    for row in session.scalars(
        select(EntityFormRow).where(
            EntityFormRow.kind == kind, EntityFormRow.entity_id == source_id
        )
    ):
        if row.form in have:
            have[row.form].mentions += row.mentions  # both were named so: counts add up
            session.delete(row)
        else:
            row.entity_id = target_id
            have[row.form] = row
    session.flush()


def _add_form(session: Session, kind: str, entity_id: int, form: str, source: str) -> None:
    exists = session.scalar(
        select(EntityFormRow.id).where(
            EntityFormRow.kind == kind,
            EntityFormRow.entity_id == entity_id,
            EntityFormRow.form == form,
        )
    )
    if exists is None:
        session.add(
            EntityFormRow(
                kind=kind, entity_id=entity_id, form=form, key="", skeleton="", source=source
            )
        )


def redirect_target(session: Session, *, kind: str, slug: str) -> str | None:
    """The slug a merged entity's old slug now leads to, or None when it was never merged."""
    model, _link, _ = entity_tables(kind)
    return session.scalar(
        select(model.slug)
        .join(EntityRedirectRow, EntityRedirectRow.target_id == model.id)
        .where(EntityRedirectRow.kind == kind, EntityRedirectRow.old_slug == slug)
    )


def redirected_slugs(session: Session, *, kind: str) -> set[str]:
    """Every old slug of this kind (new entities never take one)."""
    return set(
        session.scalars(select(EntityRedirectRow.old_slug).where(EntityRedirectRow.kind == kind))
    )


def forget_entity_forms(session: Session, *, kind: str, entity_ids: list[int]) -> None:
    """Forms of entities deleted without a merge (none left pointing nowhere)."""
    if entity_ids:
        session.execute(
            delete(EntityFormRow).where(
                EntityFormRow.kind == kind, EntityFormRow.entity_id.in_(entity_ids)
            )
        )
