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


# Lead, session 19: a given name that English also spells but seldom writes ("bola",
# "kola", "wale": Zipf under 3), then a surname that is no English word, is a name when the
# sentence vouches for it (a speech verb, a role); everyday words still open phrases.
RARE_WORD_GIVEN_NAMES = [
    ("Bola Tinubu said the army would stay in the north.", {"Bola Tinubu"}),
    ("Earlier Bola Tinubu said the army would stay in the north.", {"Bola Tinubu"}),
    ("Kola Adeyemi told reporters the attack had been repelled.", {"Kola Adeyemi"}),
    ("Wale Okediran, a doctor at the clinic, said eight were wounded.", {"Wale Okediran"}),
    # a group's or an outlet's name before the verb stays no person
    ("Ansar Dine said it had taken the town.", set()),
    ("Enab Baladi reported that the market was hit.", set()),
    ("Wadi Barada said in a statement that the water was cut.", set()),
    # an everyday word first is a phrase, whatever follows
    ("Black Hawks said to be missing were found.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RARE_WORD_GIVEN_NAMES)
def test_a_rare_word_given_name_before_a_foreign_surname(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Korean names end on a syllable that is also the United Nations' acronym when written "UN":
# "Un" so written at the end of a name run is the name's.
KOREAN_UN = [
    ("Kim Jong Un said the test of the new missile was a success.", {"Kim Jong Un"}),
    ("North Korean leader Kim Jong Un oversaw the test.", {"Kim Jong Un"}),
    ("The envoy met UN Secretary-General Antonio Guterres.", {"Antonio Guterres"}),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN_UN)
def test_korean_un_is_a_name_syllable(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# Clergy titles of the Eastern churches and the Holy See are titles, not given names.
CLERGY_TITLES = [
    (
        "The killings were reported by Assyrian Archimandrite Emanuel Youkhana to a "
        "charity. Archimandrite Youkhana said almost 1000 families had arrived.",
        {"Emanuel Youkhana"},
    ),
    ("The Apostolic Nuncio Mario Zenari said the city was suffering.", {"Mario Zenari"}),
]


@pytest.mark.parametrize(("text", "expected"), CLERGY_TITLES)
def test_eastern_clergy_titles(text: str, expected: set[str]) -> None:
    assert names(text) == expected
