"""surname_shapes.py: surnames known by their ending vouch for names no given-name list
knows (Caucasus, Russia, Ukraine, Georgia, Armenia, the Balkans, Turkey). Written by hand."""

import pytest

from app.extract import extract_page
from app.extract.surname_shapes import shaped_surname


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


CASES = [
    ("Ruslan Tsechoyev was detained in Nazran on Monday.", {"Ruslan Tsechoyev"}),
    ("Residents said Ulluby Khasanov had been taken away.", {"Ulluby Khasanov"}),
    ("Nodar Gogiashvili fled Gori with his family.", {"Nodar Gogiashvili"}),
    ("The commander, Naser Orić, denied the charges.", {"Naser Orić"}),
    ("Ahmet Kaplanoglu runs a bakery in Hatay.", {"Ahmet Kaplanoglu"}),
    # places: the ending on one word alone, or on no last word
    ("The talks in Rostov ended without a deal.", set()),
    ("Fighting continued near Velyka Novosilka and Staromlynivka.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surname_endings_vouch_for_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Lahiyalov", True),
        ("Harutyunyan", True),
        ("Mladić", True),
        ("Islamic", False),  # "-ic" without the diacritic is an English ending
        ("Kov", False),  # too short to carry a suffix
    ],
)
def test_surname_endings(word: str, expected: bool) -> None:
    assert shaped_surname(word) is expected
