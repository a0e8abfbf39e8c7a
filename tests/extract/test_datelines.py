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


# cities27: places between spaced slashes (Radio Dabanga's copies: "EL GENEINA / ZALINGEI /
# NYALA - May 23, 2023"), as between bare ones ("GAZA/JERUSALEM").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KADUGLI / DILLING - Shelling hit both towns on Monday.", ("KADUGLI / DILLING", None)),
        (
            "EL FASHER / KABKABIYA / SARAF OMRA - July 2, 2022 Gunmen raided a market.",
            ("EL FASHER / KABKABIYA / SARAF OMRA", None),
        ),
        ("MOSUL/ERBIL (Reuters) - Troops advanced.", ("MOSUL/ERBIL", "Reuters")),
    ],
)
def test_places_between_spaced_slashes(text, expected):
    assert dateline(text) == expected


def test_each_place_of_a_spaced_slash_dateline_is_a_city():
    text = (
        "Darfur markets shut\n\nKADUGLI / EL OBEID - Traders closed their shops on Sunday"
        " after gunmen robbed a convoy, witnesses said."
    )
    assert {c.name for c in extract_page(text).cities} >= {"Kadugli", "El Obeid"}


# cities38: the AP archive (1985-2000 copy) writes an underscore for the dateline's dash,
# once followed by a real dash; an underscore elsewhere is no dateline mark.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VRBOVAC, Yugoslavia (AP) _ Police searched houses on Monday.", ("VRBOVAC", "AP")),
        ("ZENICA, Bosnia (AP) _ Shells fell overnight.", ("ZENICA", "AP")),
        ("MALO SELO, Yugoslavia _ — Villagers buried two men.", ("MALO SELO", None)),
        ("TUMBES, Peru (AP) _ Rebels blew up a pylon.", ("TUMBES", "AP")),
        # near misses: an underscore inside words or a sentence is no dateline
        ("Police said _ nothing more on Monday.", None),
        ("The user_name field was empty.", None),
    ],
)
def test_ap_archive_underscore_datelines(text, expected):
    assert dateline(text) == expected


def test_an_underscore_dateline_names_its_village():
    text = (
        "Raid in Kosovo\n\nGLOBOCICA, Yugoslavia (AP) _ Police raided the hamlet at dawn,"
        " residents said, and two houses burned."
    )
    assert "Globocica" in {c.name for c in extract_page(text).cities}


# cities43: a title-case place and a dash open a story only when its first word follows
# ("Paris — Police said"); a sentence's subject and its dashed aside ("Kordofan – an area
# the size of France – has become", "One woman – 61-year-old X – was shot") are no dateline.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris — Police cleared the square on Monday.", ("Paris", None)),
        ("Gaza City — Israeli strikes killed 12 people.", ("Gaza City", None)),
        ("Khan Younis — Medics said four died.", ("Khan Younis", None)),
        ("Darfur – a region the size of Spain – is in ruins.", None),
        ("Kordofan – an area nearly as big as France – has become the front.", None),
        ("One man – 45-year-old Ali Hassan – died in hospital.", None),
        ("Two boys – both aged 12 – were wounded.", None),
    ],
)
def test_title_case_subject_with_a_dashed_aside_is_no_dateline(text, expected):
    assert dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting widens in the south\n\nWitnesses described the strikes.\n\nKordofan – an"
            " area nearly as large as France – has become the main front.",
            set(),
        ),
        (
            "Raid on camp\n\nSoldiers entered at dawn.\n\nOne woman – 58-year-old Amal Saleh –"
            " was shot at her window in Nablus.",
            {"Nablus"},
        ),
    ],
)
def test_a_dashed_aside_names_no_town(text, expected):
    assert {c.name for c in extract_page(text).cities} == expected
