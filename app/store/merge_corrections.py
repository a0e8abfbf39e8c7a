"""An editor's merge of one person or place into another, and its undo.

The merge itself is ``app.store.merges.merge_entities`` (reason "correction", the editor
as actor: the old slug redirects like any merge). Before it runs, everything the merge
changes is kept in the correction's payload: the merged entity's row, its forms, its
links, the survivor's links on the same articles, and the redirects that pointed at it.
The undo puts exactly that back (same id, same slug), so links, pages and filters are as
they were before.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.store.corrections import CorrectionRefused
from app.store.merges import entity_tables as _tables
from app.store.merges import merge_entities
from app.store.models import ArticleRow, CityRow, EntityFormRow, EntityRedirectRow

CITY_FIELDS = ("country", "country_code", "latitude", "longitude", "geonames_id")


def merge_with_undo(
    session: Session, *, kind: str, source_id: int, target_id: int, actor: str
) -> tuple[dict, set[int]]:
    """Merge and return (payload, affected articles)."""
    model, link, link_entity = _tables(kind)
    source = session.get(model, source_id)
    target = session.get(model, target_id)
    row = {"id": source.id, "name": source.name, "slug": source.slug, "hidden": source.hidden}
    if kind == "city":
        row.update({f: getattr(source, f) for f in CITY_FIELDS})
    target_forms = set(
        session.scalars(
            select(EntityFormRow.form).where(
                EntityFormRow.kind == kind, EntityFormRow.entity_id == target_id
            )
        )
    )
    forms = [
        {
            "form": f.form,
            "key": f.key,
            "skeleton": f.skeleton,
            "source": f.source,
            "shared": f.form in target_forms,
        }  # fmt: skip
        for f in session.scalars(
            select(EntityFormRow).where(
                EntityFormRow.kind == kind, EntityFormRow.entity_id == source_id
            )
        )
    ]
    links = [
        [r.article_id, r.mentions, getattr(r, "role", None)]
        for r in session.scalars(select(link).where(link_entity == source_id))
    ]
    article_ids = [a for a, _m, _r in links]
    target_links = {
        str(r.article_id): [r.mentions, getattr(r, "role", None)]
        for r in session.scalars(
            select(link).where(link_entity == target_id, link.article_id.in_(article_ids))
        )
    }
    redirects = list(
        session.scalars(
            select(EntityRedirectRow.id).where(
                EntityRedirectRow.kind == kind, EntityRedirectRow.target_id == source_id
            )
        )
    )
    marker = f"geonames:{source.geonames_id}" if kind == "city" else None
    merge = merge_entities(
        session, kind=kind, source_id=source_id, target_id=target_id, reason="correction",
        actor=actor,
    )  # fmt: skip
    payload = {
        "name": row["name"],
        "into": target.slug,
        "into_name": target.name,
        "target_id": target_id,
        "entity": row,
        "forms": forms,
        "links": links,
        "target_links": target_links,
        "redirects": redirects,
        "marker_added": marker is not None and marker not in target_forms,
    }
    return payload, set(merge.articles)


def undo_merge(session: Session, *, kind: str, payload: dict) -> set[int]:
    """Put the merged entity back as it was; returns the articles whose links changed."""
    model, link, link_entity = _tables(kind)
    target_id, row = payload["target_id"], payload["entity"]
    target = session.get(model, target_id)
    if target is None:
        raise CorrectionRefused(
            f"{payload['into_name']} has since been merged into another entity: undo that first.",
            409,
        )
    session.execute(
        delete(EntityRedirectRow).where(
            EntityRedirectRow.kind == kind, EntityRedirectRow.old_slug == row["slug"]
        )
    )
    session.flush()
    if kind == "city" and payload["marker_added"]:
        session.execute(
            delete(EntityFormRow).where(
                EntityFormRow.kind == "city",
                EntityFormRow.entity_id == target_id,
                EntityFormRow.form == f"geonames:{row['geonames_id']}",
            )
        )
    session.add(model(**row))
    session.flush()
    if payload["redirects"]:
        session.execute(
            update(EntityRedirectRow)
            .where(EntityRedirectRow.id.in_(payload["redirects"]))
            .values(target_id=row["id"])
        )
    _restore_forms(session, kind, row["id"], target_id, payload["forms"])
    existing = set(session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(
        [a for a, _m, _r in payload["links"]]))))  # fmt: skip
    for article_id, mentions, role in payload["links"]:
        if article_id not in existing:
            continue  # the article is gone since
        now_link = session.scalar(
            select(link).where(link_entity == target_id, link.article_id == article_id)
        )
        before = payload["target_links"].get(str(article_id))
        if now_link is not None and before is None:
            session.delete(now_link)
        elif now_link is not None:
            now_link.mentions = before[0]
            if kind == "person":
                now_link.role = before[1]
        session.add(_link(kind, article_id, row["id"], mentions, role))
    session.flush()
    touched = existing
    if touched:
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(touched)).values(indexed_at=None)
        )
    return touched


def _restore_forms(
    session: Session, kind: str, entity_id: int, target_id: int, forms: list[dict]
) -> None:
    for form in forms:
        moved = None
        if not form["shared"]:
            moved = session.scalar(
                select(EntityFormRow).where(
                    EntityFormRow.kind == kind,
                    EntityFormRow.entity_id == target_id,
                    EntityFormRow.form == form["form"],
                )
            )
        if moved is not None:
            moved.entity_id = entity_id
        else:
            session.add(
                EntityFormRow(
                    kind=kind, entity_id=entity_id, form=form["form"], key=form["key"],
                    skeleton=form["skeleton"], source=form["source"],
                )
            )  # fmt: skip
    session.flush()


def _link(kind: str, article_id: int, entity_id: int, mentions: int, role: str | None):  # type: ignore[no-untyped-def]
    _model, link, _ = _tables(kind)
    if kind == "person":
        return link(article_id=article_id, person_id=entity_id, mentions=mentions, role=role)
    return link(article_id=article_id, city_id=entity_id, mentions=mentions)


def city_exists(session: Session, *, geonames_id: int) -> int | None:
    return session.scalar(select(CityRow.id).where(CityRow.geonames_id == geonames_id))
