"""Login rate limits: after ``max_failures`` failed sign-ins for one editor name from one
address within ``window`` seconds, that pair is refused until the oldest failure ages
out; one address is also limited to ten times that over all names (guessing many names).

Kept in memory: right for the embedded default (one server process); several processes
behind a balancer would each count on their own, which multiplies the allowance by their
number. A successful sign-in clears the pair's failures.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

NAMES_PER_ADDRESS = 10  # an address may fail this many times max_failures, over all names


class LoginLimiter:
    def __init__(
        self, max_failures: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._by_address: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, address: str, name: str) -> int:
        """Seconds until this address may try this name again (0: it may now)."""
        now = self.clock()
        with self._lock:
            pair = self._recent(self._failures, (address, name.casefold()), now)
            anyone = self._recent(self._by_address, address, now)
            waits = []
            if len(pair) >= self.max_failures:
                waits.append(pair[0] + self.window - now)
            if len(anyone) >= self.max_failures * NAMES_PER_ADDRESS:
                waits.append(anyone[0] + self.window - now)
        return max(1, int(max(waits)) + 1) if waits else 0

    def failed(self, address: str, name: str) -> None:
        now = self.clock()
        with self._lock:
            self._recent(self._failures, (address, name.casefold()), now).append(now)
            self._recent(self._by_address, address, now).append(now)

    def succeeded(self, address: str, name: str) -> None:
        with self._lock:
            self._failures.pop((address, name.casefold()), None)

    def _recent(self, table: dict, key, now: float) -> deque[float]:  # type: ignore[no-untyped-def,type-arg]
        found = table.setdefault(key, deque())
        while found and found[0] <= now - self.window:
            found.popleft()
        return found
