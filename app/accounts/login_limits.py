"""Login rate limits: after ``max_failures`` failed sign-ins for one editor name from one
address within ``window`` seconds, that pair is refused until the oldest failure ages
out; one address is also limited to ten times that over all names (guessing many names).
A successful sign-in clears the pair's failures.

The failures are kept where every server process can see them: in the archive's
database (``DatabaseFailures``), so ``serve --workers N`` and N machines over one
PostgreSQL allow an attacker the same five guesses as one process. Only an archive
served from a read-only folder, which cannot write, counts in each process's memory
(``MemoryFailures``). Times are wall-clock seconds (machines' clocks kept by NTP).

A check and the failure it may lead to are two statements, not one transaction: requests
checked at the same moment may all pass before any failure is recorded, so an attacker's
parallel requests can exceed the limit by the number answered at once (each costs an
Argon2id hash, ~0.25 s of a core); every failure still counts for the next check.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.accounts.failure_records import FailureRecord

NAMES_PER_ADDRESS = 10  # an address may fail this many times max_failures, over all names


@dataclass(frozen=True)
class Standing:
    """Where an address stands with a name: seconds to wait (0: it may try now), and its
    failures with that name (a success need clear nothing when there are none)."""

    retry_after: int
    failures: int


class LoginLimiter:
    def __init__(
        self,
        record: FailureRecord,
        max_failures: int,
        window: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.record = record
        self.max_failures = max_failures
        self.window = window
        self.clock = clock

    def standing(self, address: str, name: str) -> Standing:
        """One read of the record: the wait, and the pair's failures."""
        now = self.clock()
        found = self.record.recent(address, name.casefold(), now - self.window)
        waits = []
        if found.pair >= self.max_failures and found.pair_oldest is not None:
            waits.append(found.pair_oldest + self.window - now)
        if (
            found.address >= self.max_failures * NAMES_PER_ADDRESS
            and found.address_oldest is not None
        ):
            waits.append(found.address_oldest + self.window - now)
        wait = max(1, int(max(waits)) + 1) if waits else 0
        return Standing(retry_after=wait, failures=found.pair)

    def retry_after(self, address: str, name: str) -> int:
        """Seconds until this address may try this name again (0: it may now)."""
        return self.standing(address, name).retry_after

    def failed(self, address: str, name: str) -> None:
        now = self.clock()
        self.record.add(address, name.casefold(), now, now - self.window)

    def succeeded(self, address: str, name: str) -> None:
        self.record.clear(address, name.casefold())
