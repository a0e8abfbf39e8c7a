"""Where failed sign-ins are kept for ``app.accounts.login_limits``: the archive's
database (shared by every process and machine serving it: the default), or one process's
memory (an archive served from a read-only folder, whose database cannot be written).

Names arrive folded (``casefold``); each method is one short transaction of its own.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from app.domain import LoginFailures
from app.store import login_failures


class FailureRecord(Protocol):
    def recent(self, address: str, name_key: str, since: float) -> LoginFailures: ...

    def add(self, address: str, name_key: str, at: float, prune_before: float) -> None: ...

    def clear(self, address: str, name_key: str) -> None: ...


class DatabaseFailures:
    """In the ``login_failures`` table: what one process records, all see at once."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def recent(self, address: str, name_key: str, since: float) -> LoginFailures:
        with self.sessions() as session:
            return login_failures.recent(session, address=address, name_key=name_key, since=since)

    def add(self, address: str, name_key: str, at: float, prune_before: float) -> None:
        with self.sessions() as session, session.begin():
            login_failures.record(
                session, address=address, name_key=name_key, at=at, prune_before=prune_before
            )

    def clear(self, address: str, name_key: str) -> None:
        with self.sessions() as session, session.begin():
            login_failures.clear(session, address=address, name_key=name_key)


class MemoryFailures:
    """In this process only: each process of a server counts on its own (read-only
    archives, which cannot write the database). Entries older than the window are
    dropped whenever their address is looked at or fails again."""

    def __init__(self) -> None:
        self._by_address: dict[str, deque[tuple[float, str]]] = {}
        self._lock = threading.Lock()

    def recent(self, address: str, name_key: str, since: float) -> LoginFailures:
        with self._lock:
            kept = list(self._since(address, since))
        pair = [at for at, name in kept if name == name_key]
        return LoginFailures(
            pair=len(pair),
            pair_oldest=pair[0] if pair else None,
            address=len(kept),
            address_oldest=kept[0][0] if kept else None,
        )

    def add(self, address: str, name_key: str, at: float, prune_before: float) -> None:
        with self._lock:
            self._since(address, prune_before).append((at, name_key))

    def clear(self, address: str, name_key: str) -> None:
        with self._lock:
            found = self._by_address.get(address, deque())
            self._by_address[address] = deque(x for x in found if x[1] != name_key)

    def _since(self, address: str, since: float) -> deque[tuple[float, str]]:
        found = self._by_address.setdefault(address, deque())
        while found and found[0][0] <= since:
            found.popleft()
        return found
