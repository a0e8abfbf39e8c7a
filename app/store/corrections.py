"""Corrections as rows: recording one, listing them, marking one undone, and the
constraints active corrections put on the archive-wide rules.

What each correction does to persons and places is in ``person_corrections``,
``place_corrections`` and ``merge_corrections``; this module only keeps the record.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Correction
from app.store.models import CorrectionRow


class CorrectionRefused(Exception):
    """A correction (or undo) that cannot be made as asked; the message says why and what
    to do, ``status`` is the HTTP answer (400 bad input, 404 no such entity, 409 the
    archive has changed in a way that forbids it)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def record(
    session: Session, *, kind: str, entity_kind: str, target: str, payload: dict, actor: str
) -> Correction:
    row = CorrectionRow(
        kind=kind,
        entity_kind=entity_kind,
        target=target,
        payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        actor=actor,
        created_at=now(),
    )
    session.add(row)
    session.flush()
    return _correction(row)


def _correction(row: CorrectionRow) -> Correction:
    return Correction(
        id=row.id,
        kind=row.kind,
        entity_kind=row.entity_kind,
        target=row.target,
        payload=json.loads(row.payload),
        actor=row.actor,
        created_at=row.created_at,
        undone_at=row.undone_at,
        undone_by=row.undone_by,
    )


def get_correction(session: Session, *, correction_id: int) -> Correction | None:
    row = session.get(CorrectionRow, correction_id)
    return _correction(row) if row is not None else None


def list_corrections(session: Session, *, limit: int = 500) -> list[Correction]:
    """Newest first, undone ones included (marked)."""
    rows = session.scalars(select(CorrectionRow).order_by(CorrectionRow.id.desc()).limit(limit))
    return [_correction(row) for row in rows]


def mark_undone(session: Session, *, correction_id: int, actor: str) -> Correction:
    row = session.get(CorrectionRow, correction_id)
    if row is None:
        raise CorrectionRefused(f"There is no correction {correction_id}.", 404)
    row.undone_at, row.undone_by = now(), actor
    session.flush()
    return _correction(row)


def later_active(session: Session, *, correction_id: int) -> list[Correction]:
    """Corrections made after this one and still in force (an undo goes newest first
    where they touch the same entities)."""
    rows = session.scalars(
        select(CorrectionRow)
        .where(CorrectionRow.id > correction_id, CorrectionRow.undone_at.is_(None))
        .order_by(CorrectionRow.id)
    )
    return [_correction(row) for row in rows]


def kept_apart(session: Session) -> set[frozenset[int]]:
    """Pairs of person ids an editor split apart (active "split" corrections): the person
    rules never merge them again."""
    rows = session.scalars(
        select(CorrectionRow.payload).where(
            CorrectionRow.kind == "split", CorrectionRow.undone_at.is_(None)
        )
    )
    pairs = set()
    for payload in rows:
        data = json.loads(payload)
        pairs.add(frozenset((data["person_id"], data["new_id"])))
    return pairs
