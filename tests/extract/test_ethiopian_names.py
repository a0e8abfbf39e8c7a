"""Ethiopian and Eritrean names (``app/extract/ethiopian_names.py``): compounds of religious
stems vouch for a name no given-name list knows. Expectations written by hand."""

import pytest

from app.extract import extract_page
from app.extract.ethiopian_names import is_habesha_compound


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


CASES = [
    ("Debretsion Gebremichael rejected the offer on Sunday.", {"Debretsion Gebremichael"}),
    ("Tigrayan forces under Tsadkan Gebretensae moved south.", {"Tsadkan Gebretensae"}),
    (
        "Fisseha Haileselassie and Kiros Woldemariam were arrested in Mekelle.",
        {"Fisseha Haileselassie", "Kiros Woldemariam"},
    ),
    # towns built on the same words are written in two words, or are one compound alone
    ("The road from Debre Markos to Debre Tabor was cut.", set()),
    ("Fighting reached Debrebirhan and Debre Sina.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_habesha_compounds_vouch_for_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Gebremichael", True),
        ("Haileselassie", True),
        ("Woldemariam", True),
        ("Debre", False),  # the stem alone opens place names
        ("Michael", False),  # an English given name, which the lexicon already knows
        ("Selassie", False),
    ],
)
def test_compound_shapes(word: str, expected: bool) -> None:
    assert is_habesha_compound(word) is expected
