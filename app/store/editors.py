"""Editor accounts as rows: only a password hash is ever stored (``app.accounts``)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.store.models import EditorRow


def add_editor(session: Session, *, name: str, password_hash: str) -> None:
    session.add(
        EditorRow(
            name=name,
            password_hash=password_hash,
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    session.flush()


def set_password_hash(session: Session, *, name: str, password_hash: str) -> None:
    row = session.scalar(select(EditorRow).where(EditorRow.name == name))
    if row is not None:
        row.password_hash = password_hash


def password_hash(session: Session, *, name: str) -> str | None:
    """The stored hash of this editor, None when there is no such editor."""
    return session.scalar(select(EditorRow.password_hash).where(EditorRow.name == name))


def editor_exists(session: Session, *, name: str) -> bool:
    return password_hash(session, name=name) is not None


def list_editors(session: Session) -> list[tuple[str, datetime]]:
    rows = session.execute(select(EditorRow.name, EditorRow.created_at).order_by(EditorRow.name))
    return [(name, created) for name, created in rows]


def remove_editor(session: Session, *, name: str) -> bool:
    """True when the editor existed. Their corrections and collections stay (by name)."""
    return session.execute(delete(EditorRow).where(EditorRow.name == name)).rowcount > 0
