"""What start-up makes is kept out of the collector's passes, and the collector comes back."""

from __future__ import annotations

import gc

import pytest

from app.heap import RARE_FULL_EVERY, long_lived, rare_full_passes


@pytest.fixture(autouse=True)
def thawed():
    yield
    gc.unfreeze()  # this test process's objects, back under the collector
    gc.enable()


def test_no_collection_runs_while_start_up_objects_are_made():
    with long_lived():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_start_up_objects_are_left_out_of_later_passes_but_freed_when_dropped():
    with long_lived():
        tables = [["Aleppo", n] for n in range(5000)]  # lists: objects the collector tracks
    with_tables = gc.get_freeze_count()
    assert not any(table is tables[0] for table in gc.get_objects())  # not scanned
    del tables  # no cycle: freed all the same
    assert gc.get_freeze_count() <= with_tables - 5000


def test_the_collector_comes_back_after_a_failed_start_up():
    with pytest.raises(OSError), long_lived():
        raise OSError("the index could not be opened")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with long_lived():
        pass
    assert not gc.isenabled()


def test_full_passes_are_rare_inside_and_as_before_after():
    before = gc.get_threshold()
    with rare_full_passes():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == before[:2]  # the young generations as usual
        assert full == max(before[2], RARE_FULL_EVERY)
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_after_a_failure():
    before = gc.get_threshold()
    with pytest.raises(OSError), rare_full_passes():
        raise OSError("the disk is full")
    assert gc.get_threshold() == before
