"""datelines.py: a story's opening dateline (expectations written by hand)."""

import pytest

from app.extract import extract_page
from app.extract.datelines import dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS – Police cleared the square on Monday.", ("PARIS", None)),
        ("KABUL (Reuters) - A bomb exploded near the ministry.", ("KABUL", "Reuters")),
        # cities19: "//" after the place, as The National wrote its datelines
        ("SANAA // Rebels denied the ambush on Tuesday.", ("SANAA", None)),
        ("ABU DHABI // Officials announced the talks.", ("ABU DHABI", None)),
        ("Officials // said nothing.", None),
    ],
)
def test_opening_datelines(text, expected):
    assert dateline(text) == expected


def test_a_slashed_dateline_names_its_city():
    text = "SANAA // Yemen's rebels denied on Tuesday that they had attacked the convoy."
    assert [c.name for c in extract_page(text).cities] == ["Sanaa"]
