"""What vouches for a name of two words or more (``app/extract/person_vouching.py``):
a credit position, a known given name that opens no phrase, an "and" partner. Expectations
written by hand from each sentence."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


CASES = [
    # a byline's agency after the name, without a comma, is no part of it
    ("By AMINA YUSUF Associated Press\n\nThe road to the camp was cut.", {"Amina Yusuf"}),
    # a given name that is no English word makes the next word a surname
    ("Residents said Jalal Khan had left the village before dawn.", {"Jalal Khan"}),
    # a given name followed by common words is a phrase
    ("Workers marched on May Day in the capital.", set()),
    # a name-shaped run joined by "and" to a person is a person too
    (
        "The pilots Ahmed Karimov and Dzhabrail Umarov were released on Friday.",
        {"Ahmed Karimov", "Dzhabrail Umarov"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_vouches_for_a_name(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons7: an age just before a run vouches for it whatever its words (Shan, Ta'ang and
# Burmese names are syllables English also spells), when the clause or a verb follows it;
# a noun after it makes the run a thing's name.
AGE_BEFORE = [
    (
        "Victims included 46-year-old Tar Lo Swe; 56-year-old Yar Ah Ba; and two children.",
        {"Tar Lo Swe", "Yar Ah Ba"},
    ),
    ("His mother, 61-year-old Daw Hla, was buried the same evening.", {"Daw Hla"}),
    ("A 29-year-old Sai Kham Lu was shot at the checkpoint.", {"Sai Kham Lu"}),
    ("Farmers still drive a 40-year-old Land Rover pickup through the hills.", set()),
    ("The 12-year-old Civil War, which began in 2011, goes on.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AGE_BEFORE)
def test_an_age_before_vouches(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons15: an initial without a stop ("S Puleedevan") is judged by the words after it;
# "A" and "I" are words. A "son of" particle inside the run is no third word: a given name
# then an English-word surname is a name ("Osama bin Laden").
BARE_INITIALS_AND_PARTICLES = [
    ("The talks are over, said K Murugesan, a rebel negotiator.", {"K Murugesan"}),
    ("R Thangaraja said the camp was shelled twice.", {"R Thangaraja"}),
    ("Plan B Carter said nothing about the camp.", set()),
    ("Zone C Mogadishu residents fled the shelling.", set()),
    ("Osama bin Laden was hiding in a compound for years.", {"Osama bin Laden"}),
    ("Salim Bin Laden was questioned on Monday.", {"Salim Bin Laden"}),
    ("The Colombo Stock Exchange fell on Monday.", set()),
    # "A" before another bare initial is an initial too, after a title or after "said".
    ("Army spokesman Colonel A K Mathur said three militants were killed.", {"A K Mathur"}),
    ('"We will respond," said A K Antony, the defence minister.', {"A K Antony"}),
    ("A US official said the strike hit a depot.", set()),
    ("I D Card checks were tightened at the border.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BARE_INITIALS_AND_PARTICLES)
def test_bare_initials_and_particles(text: str, expected: set[str]) -> None:
    assert names(text) == expected
