"""Failed sign-ins as rows, shared by every server process and machine over one database
(``app.accounts.login_limits`` decides what they mean).

Each failure is its own row, inserted: two processes failing at once both count, with no
counter to update and lose. One check is one SELECT; one failure one INSERT (and, every
``PRUNE_EVERY`` rows, one DELETE of the rows older than the window, through the index on
``failed_at``), so the table holds the window's failures and at most ``PRUNE_EVERY`` more.
"""

from __future__ import annotations

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from app.domain import LoginFailures
from app.store.models import LoginFailureRow

# Old rows are deleted when a new row's id is a multiple of this: a prune costs one
# indexed DELETE per 64 failures, and the table never holds more than 64 rows beyond the
# window's (an attacker's flood is bounded per address by the limit itself).
PRUNE_EVERY = 64
ADDRESS_LENGTH = 64  # the column's length: an IPv6 address with a zone fits
NAME_LENGTH = 100  # as editors.name: a longer name is no editor's, and still counts


def recent(session: Session, *, address: str, name_key: str, since: float) -> LoginFailures:
    """This address's failures after ``since``: with this name, and with any name."""
    is_pair = LoginFailureRow.name_key == name_key[:NAME_LENGTH]
    pair, pair_oldest, anyone, anyone_oldest = session.execute(
        select(
            func.count(case((is_pair, 1))),
            func.min(case((is_pair, LoginFailureRow.failed_at))),
            func.count(),
            func.min(LoginFailureRow.failed_at),
        ).where(
            LoginFailureRow.address == address[:ADDRESS_LENGTH],
            LoginFailureRow.failed_at > since,
        )
    ).one()
    return LoginFailures(
        pair=pair, pair_oldest=pair_oldest, address=anyone, address_oldest=anyone_oldest
    )


def record(
    session: Session, *, address: str, name_key: str, at: float, prune_before: float
) -> None:
    """Add one failure at ``at``; now and then, delete those at or before ``prune_before``."""
    new_id = session.execute(
        insert(LoginFailureRow)
        .values(address=address[:ADDRESS_LENGTH], name_key=name_key[:NAME_LENGTH], failed_at=at)
        .returning(LoginFailureRow.id)
    ).scalar_one()
    if new_id % PRUNE_EVERY == 0:
        session.execute(delete(LoginFailureRow).where(LoginFailureRow.failed_at <= prune_before))


def clear(session: Session, *, address: str, name_key: str) -> None:
    """Forget this address's failures with this name (it signed in)."""
    session.execute(
        delete(LoginFailureRow).where(
            LoginFailureRow.address == address[:ADDRESS_LENGTH],
            LoginFailureRow.name_key == name_key[:NAME_LENGTH],
        )
    )


def count_all(session: Session) -> int:
    """Rows held, failures of the window and older ones not pruned yet (for ``check``)."""
    return session.scalar(select(func.count()).select_from(LoginFailureRow)) or 0
