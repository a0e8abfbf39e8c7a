"""bracket_placement.py: a district, town or region of the article's country in brackets
right after a name places it ("Aitaroun (Bint Jbeil)").

Expectations written by hand from reading each text.
"""

import pytest

from app.extract import extract_page
from app.extract.bracket_placement import bracket_name


def places(text: str) -> dict[str, str]:
    """Each city or village found, with its country."""
    return {c.name: c.country_code for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A village GeoNames lacks, placed by its district's town, with no locative word.
        (
            "Israeli drones struck Aitaroun (Bint Jbeil) before dawn, Lebanon's health "
            "ministry said.",
            {"Aitaroun": "LB"},
        ),
        # ... and after "in", by a district word in the bracket.
        (
            "Israeli jets bombed a house in Shihin (Tyre district) and two people were "
            "wounded, Lebanon said.",
            {"Shihin": "LB"},
        ),
        (
            "Artillery shells fell on Yaroun (Bint Jbeil) overnight, Lebanon's army said.",
            {"Yaroun": "LB"},
        ),
        # A village GeoNames knows needs no locative word when the bracket places it.
        (
            "Israeli artillery also pounded Kfar Kila (Marjayoun) on Tuesday, according to "
            "residents in Lebanon and Syria.",
            {"Kfar Kila": "LB"},
        ),
    ],
)
def test_a_name_placed_by_a_bracket_is_a_village(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An old name of a country, glossed with the country's name, is no village.
        ("The first refugees migrated across the sea to Abyssinia (Ethiopia) in 615.", {}),
        # A translated name in brackets is a gloss, not a place.
        ("The wounded were taken to al-Mouwasat (University) hospital in Syria.", {}),
        # A group's acronym in brackets places nothing.
        ("Fighters of Hayat Tahrir al-Sham (HTS) attacked army posts in Syria.", {}),
    ],
)
def test_no_village_from_other_brackets(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (("(", "Bint", "Jbeil", ")", "on"), (("Bint", "Jbeil"), False)),
        (("(", "Sour", "district", ")", ","), (("Sour",), True)),
        # A unit word after the bracket: a district's two names, no placement.
        (("(", "Hpapun", ")", "District", ","), None),
        (("(", "HTS", ")", "attacked"), None),
        (("(", "or", "Togogwa", ")", ","), None),
        (("(", "University", ")", "hospital"), None),
        ((",", "Lebanon"), None),
    ],
)
def test_bracket_name(after, expected):
    assert bracket_name(after) == expected


# review19: a person's one name after a role noun, with the place he commands or comes
# from in brackets, is no village.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The commanders Hemedti (Nyala) and Kikel (Wad Madani) were sanctioned, Sudan said.",
            "Hemedti",
        ),
        (
            "The RSF commanders Hemedti (Nyala) and Abu Shotal were sanctioned, Sudan said.",
            "Hemedti",
        ),
    ],
)
def test_a_name_after_a_role_noun_is_no_village(text, person):
    assert person not in places(text)
