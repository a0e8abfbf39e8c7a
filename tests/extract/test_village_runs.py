"""village_runs.py: villages written with a settlement word of their own.

Expectations written by hand from reading each text (none of the villages below is in
GeoNames under any spelling: checked by hand).
"""

import pytest

from app.extract import extract_page


def cities(text: str) -> set[tuple[str, str]]:
    return {(c.name, c.country_code) for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X community" with no article, then a preposition or a phrase end: a village.
        (
            "Boko Haram insurgents invaded Kofa community in Konduga local government area "
            "of Borno State.",
            {("Kofa", "NG")},
        ),
        (
            "Gunmen attacked Tashsan Alade community in Hawul, Nigeria.",
            {("Tashsan Alade", "NG"), ("Hawul", "NG")},
        ),
        # A capitalised settlement word after the name.
        (
            "The insurgents attacked Kondori Village in Konduga Local Government, Borno State.",
            {("Kondori", "NG")},
        ),
        ("Gunmen stormed Kuriga Village in Kaduna State, Nigeria.", {("Kuriga", "NG")}),
    ],
)
def test_villages_with_their_settlement_word(text, expected):
    assert cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A faith or a people's community is a group, not a place.
        ("The Christian community in Mosul fled, Iraqi officials said.", {("Mosul", "IQ")}),
        ("Fulani community leaders in Benue State, Nigeria, condemned the attack.", set()),
        # "community" followed by a noun: a group's members, not a village.
        ("Tiv community members in Makurdi, Nigeria, buried the dead.", {("Makurdi", "NG")}),
    ],
)
def test_groups_called_communities_are_no_villages(text, expected):
    assert cities(text) == expected
