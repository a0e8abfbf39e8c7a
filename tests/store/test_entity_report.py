"""The curators' likely splits (``app.store.entity_report.likely_splits``) on hand-made
lists of persons: the pairs a curator should look at, written by hand."""

from __future__ import annotations

import pytest

from app.store.entity_report import Counted, likely_splits


def counted(name: str, articles: int) -> Counted:
    return Counted(name, name.lower().replace(" ", "-"), articles)


@pytest.mark.parametrize(
    ("persons", "expected"),
    [
        # A family's surname run on into headline words: no rule merges it, the report asks.
        (
            [("Donald Trump", 19), ("Melania Trump", 1), ("Trump Decisions", 1)],
            {("Donald Trump", "Trump Decisions", "a known surname run on into headline words")},
        ),
        (
            [("Boris Johnson", 7), ("Lord Johnson", 1)],
            {("Boris Johnson", "Lord Johnson", "a known surname after everyday words")},
        ),
        # Two people who share a surname are no split.
        ([("Jimmy Carter", 3), ("Ashton Carter", 2)], set()),
        ([("Zahran Alloush", 4), ("Islam Alloush", 2)], set()),
    ],
)
def test_likely_splits(persons, expected) -> None:  # type: ignore[no-untyped-def]
    found = likely_splits([counted(n, a) for n, a in persons])
    assert {(s.a.name, s.b.name, s.why) for s in found} == expected
