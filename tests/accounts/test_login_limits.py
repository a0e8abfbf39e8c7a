"""Login rate limits: five failures per address and name in 15 minutes, then a wait.

Each expectation holds for both records: the archive's database (what a server uses) and
one process's memory (a read-only archive)."""

from __future__ import annotations

import pytest

from app.accounts.failure_records import DatabaseFailures, MemoryFailures
from app.accounts.login_limits import LoginLimiter
from app.store import db


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["database", "memory"])
def record(request, settings):  # type: ignore[no-untyped-def]
    """Where the failures are kept: a fresh archive database, or this process's memory."""
    if request.param == "memory":
        yield MemoryFailures()
        return
    db.upgrade(settings)
    engine = db.make_engine(settings)
    yield DatabaseFailures(db.make_sessionmaker(engine))
    engine.dispose()


def test_the_sixth_attempt_within_the_window_must_wait(record):
    clock = Clock()
    limiter = LoginLimiter(record, 5, 900, clock)
    for _ in range(5):
        assert limiter.retry_after("10.0.0.1", "alice") == 0
        limiter.failed("10.0.0.1", "alice")
        clock.now += 10
    # The first failure was 50 s ago: it ages out in 850 s.
    assert limiter.retry_after("10.0.0.1", "alice") == 851
    # Another name, or another address, is not held up.
    assert limiter.retry_after("10.0.0.1", "bob") == 0
    assert limiter.retry_after("10.0.0.2", "alice") == 0
    # Names are compared without case.
    assert limiter.retry_after("10.0.0.1", "ALICE") == 851


def test_attempts_are_allowed_again_once_the_failures_age_out(record):
    clock = Clock()
    limiter = LoginLimiter(record, 5, 900, clock)
    for _ in range(5):
        limiter.failed("10.0.0.1", "alice")
    clock.now += 901
    assert limiter.retry_after("10.0.0.1", "alice") == 0


def test_a_success_clears_the_failures_of_the_pair(record):
    limiter = LoginLimiter(record, 5, 900, Clock())
    for _ in range(4):
        limiter.failed("10.0.0.1", "alice")
    limiter.succeeded("10.0.0.1", "alice")
    for _ in range(4):
        limiter.failed("10.0.0.1", "alice")
    assert limiter.retry_after("10.0.0.1", "alice") == 0


def test_one_address_guessing_many_names_is_held_up_too(record):
    limiter = LoginLimiter(record, 5, 900, Clock())
    for i in range(50):  # 10 names x 5 failures
        limiter.failed("10.0.0.9", f"name{i}")
    assert limiter.retry_after("10.0.0.9", "someone-else") > 0


def test_the_address_wait_is_told_when_it_is_the_longer_one(record):
    clock = Clock()
    limiter = LoginLimiter(record, 5, 900, clock)
    for i in range(49):  # 49 names, one failure each, 1 s apart: t = 1000 ... 1048
        limiter.failed("10.0.0.9", f"name{i}")
        clock.now += 1
    assert limiter.retry_after("10.0.0.9", "name0") == 0  # one short of 50
    limiter.failed("10.0.0.9", "name49")  # the 50th, at t = 1049
    clock.now = 1100.0
    # The oldest failure (t = 1000) ages out at t = 1900: 800 s from now, plus the 1 s
    # the limiter adds so that a client waiting exactly that long is let in.
    assert limiter.retry_after("10.0.0.9", "anyone") == 801


def test_the_standing_tells_a_success_whether_there_is_anything_to_clear(record):
    limiter = LoginLimiter(record, 5, 900, Clock())
    assert limiter.standing("10.0.0.1", "alice").failures == 0
    limiter.failed("10.0.0.1", "Alice")
    limiter.failed("10.0.0.1", "bob")
    assert limiter.standing("10.0.0.1", "alice").failures == 1


def test_failures_through_one_process_hold_up_another_on_the_same_database(settings):
    """Two server processes over one database each build their own limiter (and engine):
    what one records the other counts."""
    db.upgrade(settings)
    engines = [db.make_engine(settings), db.make_engine(settings)]
    try:
        clock = Clock()
        first, second = (
            LoginLimiter(DatabaseFailures(db.make_sessionmaker(e)), 5, 900, clock) for e in engines
        )
        for _ in range(3):
            first.failed("10.0.0.1", "alice")
        for _ in range(2):
            second.failed("10.0.0.1", "alice")
        clock.now += 100
        # Five failures in all, the first 100 s ago: 800 s to wait, seen by both.
        assert first.retry_after("10.0.0.1", "alice") == 801
        assert second.retry_after("10.0.0.1", "alice") == 801
        second.succeeded("10.0.0.1", "alice")
        assert first.retry_after("10.0.0.1", "alice") == 0
    finally:
        for engine in engines:
            engine.dispose()
