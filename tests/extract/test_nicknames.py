"""nicknames.py: a nickname quoted between a given name and a surname.

Expected names written by hand from reading each sentence.
"""

import pytest

from app.extract import extract_page
from app.extract.nicknames import blank_nicknames


def persons(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


def cities(text: str) -> set[str]:
    return {c.name for c in extract_page(text).cities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Violence surged after the arrest of the cartel\'s co-founder Ismael "El Mayo" '
            "Zambada in the United States.",
            {"Ismael Zambada"},
        ),
        (
            "The war pits his relatives against the sons of drug trafficker "
            "Joaquin “El Chapo” Guzman, who co-founded the cartel.",
            {"Joaquin Guzman"},
        ),
        (
            "For months, Haitian warlord Jimmy “Barbecue” Cherizier has announced his targets "
            "on social media.",
            {"Jimmy Cherizier"},
        ),
        # Two given names before the nickname: the first is the one the lists know.
        (
            "The RSF is loyal to General Mohamed Hamdan “Hemedti” Dagalo.",
            {"Mohamed Hamdan Dagalo"},
        ),
        (
            "The gang leader Jimmy 'Barbecue' Cherizier said his men would not stop.",
            {"Jimmy Cherizier"},
        ),
    ],
)
def test_name_with_quoted_nickname_is_one_person(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


def test_nickname_mentioned_alone_is_no_place() -> None:
    text = (
        'Joaquin "El Chapo" Guzman co-founded the cartel. His son landed with Joaquin '
        'Guzman Lopez, one of "El Chapo\'s" sons, in Culiacan.'
    )
    assert cities(text) == {"Culiacan"}


@pytest.mark.parametrize(
    "line",
    [
        # No given name before the quotes: an operation, a headline, a quoted phrase.
        'Israel launched Operation "Iron Swords" Saturday after the attack.',
        'Biden Calls Strike "Very Concerning" Amid Talks',
        "He said “Never Again” Tuesday.",
        "No quotes here at all, Ismael Zambada.",
    ],
)
def test_lines_without_a_nickname_are_unchanged(line: str) -> None:
    assert blank_nicknames(line) == line


def test_blanking_keeps_every_offset() -> None:
    line = 'arrest of Ismael "El Mayo" Zambada in'
    out = blank_nicknames(line)
    assert len(out) == len(line)
    assert out.index("Zambada") == line.index("Zambada")
    assert out == "arrest of Ismael           Zambada in"


# persons9: the surname after the quoted nickname may open with an Arabic article joined by a
# hyphen ("al-", "el-"); quotes between no given name and a body stay quotes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militia officials said the strike killed Karim Hassan “Abu Ali” al-Jubouri.",
            {"Karim Hassan al-Jubouri"},
        ),
        ("The cell was run by Omar 'Al Faransi' el-Masri, police said.", {"Omar el-Masri"}),
        ("Fighters of the Hamas “Qassam” Brigades fired rockets.", set()),
    ],
)
def test_nickname_before_a_surname_with_an_article(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


# Lead, session 19: a one-word nickname no dictionary holds, unquoted after "known as" and
# a person noun ("commander", "warlord"), names the man; a dictionary word there, or a
# phrase that names something of his ("a camp known as"), does not.
UNQUOTED_NICKNAMES = [
    ("The RSF commander, known as Hemedti, met the envoy.", {"Hemedti"}),
    ("The rebel commander known as Sultani was killed last week.", {"Sultani"}),
    ("The commander of a camp known as Tora fled.", set()),
    ("A gang leader, better known as Barbecue, threatened the capital.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNQUOTED_NICKNAMES)
def test_an_unquoted_nickname_after_a_person_noun(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


# review22: several people "known as" one word are a group ("his men, known as X"), and a
# possessive after "known as" describes the man by someone else's name ("known as
# Tatmadaw's best sniper"): neither word is the man's nickname.
NOT_A_MANS_NICKNAME = [
    ("A militia leader's men, known as Zaraguinas, blocked the road.", set()),
    ("The women, known as Mahaba, cooked for the fighters.", set()),
    ("The soldier, known as Tatmadaw's best sniper, was killed.", set()),
    ("The commander, known as Wazalendo's toughest fighter, was shot.", set()),
    ("The rebel commander, known as Kamwina, was killed last year.", {"Kamwina"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_MANS_NICKNAME)
def test_a_groups_or_owners_name_after_known_as_is_no_nickname(
    text: str, expected: set[str]
) -> None:
    assert persons(text) == expected
