"""Texts read over several processes: the same results, in the same order, as read here."""

from __future__ import annotations

import pytest

from app.ingest import scanning
from app.ingest.scanning import read_all


def _length_and_capitals(text: str) -> tuple[int, int]:
    return len(text), sum(ch.isupper() for ch in text)


@pytest.fixture
def small_rounds(monkeypatch):
    monkeypatch.setattr(scanning, "PARALLEL_FROM", 50)
    monkeypatch.setattr(scanning, "BLOCK", 30)
    monkeypatch.setattr(scanning, "CHUNK", 7)


def _texts(count: int) -> list[str]:
    return [f"Talks in Geneva, day {n}" + " resumed" * (n % 5) for n in range(count)]


@pytest.mark.parametrize("count", [0, 10, 49, 50, 51, 200])
def test_results_come_in_order_over_processes_as_in_one(small_rounds, count):
    texts = _texts(count)
    alone = list(read_all(_length_and_capitals, texts, processes=1))
    spread = list(read_all(_length_and_capitals, iter(texts), processes=2))
    assert spread == alone == [(t, _length_and_capitals(t)) for t in texts]


def test_a_closure_over_a_table_is_read_by_the_forked_processes(small_rounds):
    table = {"Geneva": 1, "Talks": 2}

    def read(text: str) -> int:
        return sum(table.get(word.strip(","), 0) for word in text.split())

    assert [n for _t, n in read_all(read, _texts(120), processes=2)] == [3] * 120


def test_an_error_while_reading_is_raised_here(small_rounds):
    def read(text: str) -> int:
        if text.split()[4] == "77":
            raise ValueError("bad text")
        return 0

    with pytest.raises(ValueError, match="bad text"):
        list(read_all(read, _texts(150), processes=2))
