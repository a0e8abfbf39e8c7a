"""Corrections of one entity in place, for persons and places alike: hide ("not a
person", "not a place"), rename, and for persons split an alias off into a new person;
each with its undo. Every function returns the articles whose index documents must
change (they are marked unindexed here, in the same transaction)."""

from __future__ import annotations

import re

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.extract.entity_keys import place_key, place_skeleton
from app.extract.person_identity import identity_key
from app.store import writing
from app.store.corrections import CorrectionRefused
from app.store.merges import entity_tables, merge_entities, redirect_target
from app.store.models import ArticlePersonRow, ArticleRow, EntityFormRow, PersonRow
from app.textfold import fold

NOUN = {"person": "person", "city": "place"}


def entity_row(session: Session, *, kind: str, slug: str, hidden_ok: bool = False):  # type: ignore[no-untyped-def]
    """The entity with this slug, or CorrectionRefused (404) saying where it went."""
    model, _link, _ = entity_tables(kind)
    row = session.scalar(select(model).where(model.slug == slug))
    if row is None:
        moved = redirect_target(session, kind=kind, slug=slug)
        where = f"; it was merged into {moved!r}" if moved else ""
        raise CorrectionRefused(f"The archive has no {kind} {slug!r}{where}.", 404)
    if row.hidden and not hidden_ok:
        raise CorrectionRefused(
            f"{row.name} is marked not a {NOUN[kind]}: undo that correction first.", 409
        )
    return row


def linked_articles(session: Session, *, kind: str, entity_id: int) -> set[int]:
    _model, link, link_entity = entity_tables(kind)
    return set(session.scalars(select(link.article_id).where(link_entity == entity_id)))


def mark_unindexed(session: Session, article_ids: set[int]) -> None:
    ids = sorted(article_ids)
    for start in range(0, len(ids), 900):
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id.in_(ids[start : start + 900]))
            .values(indexed_at=None)
        )


def set_hidden(session: Session, *, kind: str, entity_id: int, hidden: bool) -> set[int]:
    model, _link, _ = entity_tables(kind)
    row = session.get(model, entity_id)
    if row is None:
        raise CorrectionRefused(f"That {kind} has since been merged away.", 409)
    row.hidden = hidden
    articles = linked_articles(session, kind=kind, entity_id=entity_id)
    mark_unindexed(session, articles)
    return articles


def rename(session: Session, *, kind: str, entity_id: int, name: str) -> tuple[dict, set[int]]:
    """Set the display name (the slug stays: URLs keep working); the new name becomes a
    form of the entity, so it is found by it and later articles using it link here."""
    model, _link, _ = entity_tables(kind)
    row = session.get(model, entity_id)
    key = identity_key(name) if kind == "person" else place_key(name)
    if not key:
        raise CorrectionRefused(f"{name!r} has no letters to name a {NOUN[kind]} by.")
    payload = {"id": row.id, "name": row.name, "old_name": row.name, "new_name": name}
    exists = session.scalar(
        select(EntityFormRow.id).where(
            EntityFormRow.kind == kind, EntityFormRow.entity_id == row.id,
            EntityFormRow.form == name[:300],
        )
    )  # fmt: skip
    if exists is None:
        form = EntityFormRow(
            kind=kind, entity_id=row.id, form=name[:300], key=key[:300],
            skeleton=place_skeleton(name) if kind == "city" else "", source="correction",
        )  # fmt: skip
        session.add(form)
        session.flush()
        payload["form_id"] = form.id
    row.name = name
    articles = linked_articles(session, kind=kind, entity_id=row.id)
    mark_unindexed(session, articles)
    return payload, articles


def undo_rename(session: Session, *, kind: str, payload: dict) -> set[int]:
    model, _link, _ = entity_tables(kind)
    row = session.get(model, payload["id"])
    if row is None:
        raise CorrectionRefused(f"{payload['new_name']} has since been merged away.", 409)
    row.name = payload["old_name"]
    if "form_id" in payload:
        form = session.get(EntityFormRow, payload["form_id"])
        if form is not None:
            session.delete(form)
    articles = linked_articles(session, kind=kind, entity_id=row.id)
    mark_unindexed(session, articles)
    return articles


def split_alias(session: Session, *, person: PersonRow, alias: str) -> tuple[dict, set[int]]:
    """A new person under ``alias`` (one of the person's forms), taking every form with
    the same identity key and the articles that name the alias but none of the person's
    other forms. The two are kept apart from then on (``kept_apart``)."""
    forms = session.scalars(
        select(EntityFormRow).where(
            EntityFormRow.kind == "person", EntityFormRow.entity_id == person.id
        )
    ).all()
    key = identity_key(alias)
    moving = [f for f in forms if f.key == key or f.form == alias]
    if not moving:
        known = ", ".join(sorted(f.form for f in forms if f.source == "text"))
        raise CorrectionRefused(f"{alias!r} is not a form of {person.name}; its forms: {known}.")
    staying = [f.form for f in forms if f not in moving]
    if identity_key(person.name) == key or not staying:
        raise CorrectionRefused(
            f"{alias!r} is {person.name}'s own name: rename the person instead of splitting."
        )
    new = PersonRow(name=alias, slug=writing.new_slug(session, kind="person", name=alias))
    session.add(new)
    session.flush()
    for form in moving:
        form.entity_id = new.id
    moved = _move_articles(session, person.id, new.id, alias, [*staying, person.name])
    mark_unindexed(session, moved)
    payload = {
        "name": person.name,
        "person_id": person.id,
        "new_id": new.id,
        "new_slug": new.slug,
        "alias": alias,
        "articles": sorted(moved),
    }
    return payload, moved


def _move_articles(session: Session, old: int, new: int, alias: str, others: list[str]) -> set[int]:
    """Links of ``old`` whose article names the alias and none of the other forms."""
    pattern = _words(alias)
    other_patterns = [_words(o) for o in others if fold(o) != fold(alias)]
    moved = set()
    rows = session.execute(
        select(ArticlePersonRow, ArticleRow.title, ArticleRow.body)
        .join(ArticleRow, ArticleRow.id == ArticlePersonRow.article_id)
        .where(ArticlePersonRow.person_id == old)
    ).all()
    for link, title, body in rows:
        text = fold(f"{title}\n{body}")
        if pattern.search(text) and not any(p.search(text) for p in other_patterns):
            link.person_id = new
            moved.add(link.article_id)
    session.flush()
    return moved


def _words(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(form)) + r"(?!\w)")


def undo_split(session: Session, *, payload: dict, actor: str) -> set[int]:
    """The split-off person goes back into the person (a merge: its slug redirects)."""
    if session.get(PersonRow, payload["person_id"]) is None:
        raise CorrectionRefused(f"{payload['name']} has since been merged away.", 409)
    if session.get(PersonRow, payload["new_id"]) is None:
        raise CorrectionRefused(f"{payload['alias']} has since been merged away.", 409)
    merge = merge_entities(
        session, kind="person", source_id=payload["new_id"], target_id=payload["person_id"],
        reason="correction", actor=actor,
    )  # fmt: skip
    return set(merge.articles)
