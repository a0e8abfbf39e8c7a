"""Failed sign-ins as rows, on SQLite and PostgreSQL: what one check reads, pruning, and
failures recorded at the same moment by two processes (two engines) all counted."""

from __future__ import annotations

import threading

import pytest

from app.store import db, login_failures
from app.store.login_failures import PRUNE_EVERY


@pytest.fixture
def sessions(settings):  # type: ignore[no-untyped-def]
    db.upgrade(settings)
    engine = db.make_engine(settings)
    yield db.make_sessionmaker(engine)
    engine.dispose()


def add(sessions, address: str, name_key: str, at: float, prune_before: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session, session.begin():
        login_failures.record(
            session, address=address, name_key=name_key, at=at, prune_before=prune_before
        )


def recent(sessions, address: str, name_key: str, since: float):  # type: ignore[no-untyped-def]
    with sessions() as session:
        return login_failures.recent(session, address=address, name_key=name_key, since=since)


def held(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return login_failures.count_all(session)


def test_a_check_reads_the_pair_and_the_whole_address_within_the_window(sessions):
    add(sessions, "10.0.0.1", "alice", 100.0)  # before the window: not counted
    add(sessions, "10.0.0.1", "alice", 250.0)
    add(sessions, "10.0.0.1", "alice", 300.0)
    add(sessions, "10.0.0.1", "bob", 220.0)
    add(sessions, "10.0.0.2", "alice", 210.0)  # another address
    found = recent(sessions, "10.0.0.1", "alice", since=200.0)
    assert (found.pair, found.pair_oldest) == (2, 250.0)
    assert (found.address, found.address_oldest) == (3, 220.0)
    nobody = recent(sessions, "10.0.0.3", "alice", since=200.0)
    assert (nobody.pair, nobody.pair_oldest, nobody.address, nobody.address_oldest) == (
        0,
        None,
        0,
        None,
    )


def test_a_failure_at_the_edge_of_the_window_is_out_of_it(sessions):
    add(sessions, "10.0.0.1", "alice", 200.0)
    assert recent(sessions, "10.0.0.1", "alice", since=200.0).pair == 0


def test_clearing_forgets_only_that_name_from_that_address(sessions):
    add(sessions, "10.0.0.1", "alice", 300.0)
    add(sessions, "10.0.0.1", "bob", 300.0)
    add(sessions, "10.0.0.2", "alice", 300.0)
    with sessions() as session, session.begin():
        login_failures.clear(session, address="10.0.0.1", name_key="alice")
    assert recent(sessions, "10.0.0.1", "alice", since=0.0).pair == 0
    assert recent(sessions, "10.0.0.1", "bob", since=0.0).pair == 1
    assert recent(sessions, "10.0.0.2", "alice", since=0.0).pair == 1


def test_names_and_addresses_longer_than_their_columns_still_count(sessions):
    """PostgreSQL refuses a value longer than its column: a 300-character name guessed
    over HTTP Basic is cut to the column, and counted, not an error."""
    long_name, long_address = "x" * 300, "a" * 80
    add(sessions, long_address, long_name, 300.0)
    add(sessions, long_address, long_name, 301.0)
    assert recent(sessions, long_address, long_name, since=0.0).pair == 2


def test_old_rows_are_pruned_every_64_failures(sessions):
    assert PRUNE_EVERY == 64
    for _ in range(63):  # long ago
        add(sessions, "10.0.0.1", "alice", 100.0, prune_before=0.0)
    assert held(sessions) == 63
    # The 64th row prunes whatever is at or before prune_before: the 63 old ones go.
    add(sessions, "10.0.0.1", "alice", 2000.0, prune_before=1100.0)
    assert held(sessions) == 1
    assert recent(sessions, "10.0.0.1", "alice", since=0.0).pair_oldest == 2000.0


def test_failures_recorded_at_once_by_two_processes_all_count(settings, sessions):
    """Two engines (as two server processes have), eight threads each, all released at
    once: 2 x 8 x 5 inserts, none lost (each failure is its own row, no counter)."""
    other = db.make_engine(settings)
    try:
        makers = [sessions, db.make_sessionmaker(other)]
        start = threading.Barrier(16)
        errors: list[BaseException] = []

        def fail_five(maker) -> None:  # type: ignore[no-untyped-def]
            try:
                start.wait()
                for i in range(5):
                    add(maker, "10.0.0.1", "alice", 500.0 + i)
            except BaseException as error:  # reported below, not lost in the thread
                errors.append(error)

        threads = [threading.Thread(target=fail_five, args=(m,)) for m in makers * 8]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert recent(sessions, "10.0.0.1", "alice", since=0.0).pair == 80
    finally:
        other.dispose()
