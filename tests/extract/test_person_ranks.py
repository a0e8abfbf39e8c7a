"""Ranks of any army or police before names no given-name list knows
(``app/extract/person_ranks.py``): expectations written by hand from reading each sentence."""

import pytest

from app.extract import extract_page
from app.extract.person_ranks import rank_prefix


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


# Class 2: ranks and titles of any army or police before names no name list knows.
RANKS = [
    (
        "The dead were Sergeant-Chief Mbah Divine Atanga, Private Class Ekane Tabot and "
        "Private First Class Nfor Kinyuy.",
        {"Mbah Divine Atanga", "Ekane Tabot", "Nfor Kinyuy"},
    ),
    (
        "During the raid, Police inspectors Ndip and Ayuk were shot dead.",
        {"Ndip", "Ayuk"},
    ),
    (
        "Chief Warrant Officer Tchouta Eyenga led the patrol into the forest.",
        {"Tchouta Eyenga"},
    ),
    ("Lance-Corporal Ousmane Diarra was wounded in the ambush.", {"Ousmane Diarra"}),
    # abbreviated ranks are titles, not names
    ("Military spokesman Lieut. Mike Cody confirmed the attack.", {"Mike Cody"}),
    ("Supt. Rashid Mahmood led the raid.", {"Rashid Mahmood"}),
    # a role written as a title
    ("Eyewitness Abdirahman Yusuf said the blast shook the market.", {"Abdirahman Yusuf"}),
    ("The Witness Protection Program was closed.", set()),
    # a rank word in a Title Case headline
    ("Private Sector Workers Strike Over Unpaid Wages", set()),
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_ranked_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Private", "Class", "Yinda", "Bobekreo"], 2),
        (["Sergeant-Chief", "Tih", "Julius", "Angu"], 1),
        (["Chief", "Warrant", "Officer", "Tchouta", "Eyenga"], 3),
        (["Police", "Inspector", "Ngah"], 2),
        # no rank noun: "Chief" and "Staff" only qualify one
        (["Chief", "Staff", "Ngah"], 0),
        # a rank phrase and nothing after it is no name
        (["Master", "Corporal"], 0),
        (["Ousmane", "Diarra"], 0),
    ],
)
def test_rank_prefix(words: list[str], expected: int) -> None:
    assert rank_prefix(words) == expected


# persons6: enlisted ranks' abbreviations in Philippine and US reports are titles.
ABBREVIATED_ENLISTED_RANKS = [
    (
        "The wounded were Pvt. Jerome Taguba, Pfc. Almer Salik, and Sgt. Nestor Olan.",
        {"Jerome Taguba", "Almer Salik", "Nestor Olan"},
    ),
    ("SSg. Rodel Bantugan was hit by a sniper near Marawi.", {"Rodel Bantugan"}),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_ENLISTED_RANKS)
def test_abbreviated_enlisted_ranks(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons9: the ranks of the Pakistani and Indian armies (ISPR and Indian Army lists name the
# dead by them), and a month's abbreviation ending a name after a rank ("Jan").
SOUTH_ASIAN_RANKS = [
    (
        "The martyred were Havildar Gul Sher, Naik Tariq Mehmood, Lance Naik Ayaz Ali and "
        "Sepoy Sher Jan.",
        {"Gul Sher", "Tariq Mehmood", "Ayaz Ali", "Sher Jan"},
    ),
    ("Naib Subedar Khadim Hussain led the patrol.", {"Khadim Hussain"}),
    # "nawab" is in the big word list but no everyday word: the month abbreviation after it
    # is a surname
    ("Among the dead was Sepoy Nawab Jan of Mardan.", {"Nawab Jan"}),
    ("Subedar Major Noor Zaman retired last year.", {"Noor Zaman"}),
    # a month's abbreviation after a weekday stays a date, not a surname
    ("The convoy left on Saturday Jan 6.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SOUTH_ASIAN_RANKS)
def test_south_asian_ranks(text: str, expected: set[str]) -> None:
    assert names(text) == expected
