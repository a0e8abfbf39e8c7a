"""persons.py: who is named, under which form, and what is not a person."""

import pytest

from app.extract import extract_page
from app.extract.persons import person_key
from tests.extract.paths import seed_text


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


SEED_PERSONS = {
    "000": {
        "Ash Carter",
        "Mohammed Bin-Zayed",
        "Brigitte N. Brantley",
        "Jean-Yves Le Drian",
        "Stephen Townsend",
        "Tony Thomas",
    },
    "001": {"Ash Carter", "Jean-Yves Le Drian", "Stephen Townsend", "Ahmad al-Rubaye", "Saul Loeb"},
    "002": {"Obama", "Mevlüt Çavuşoğlu", "Haider al-Abadi", "John Kerry"},
    "003": {
        "John Kerry",
        "Joshua Roberts",
        "Brett McGurk",
        "Haider al-Abadi",
        "Khalid al-Obeidi",
        "Walter Steinmeier",
        "Andrea Shalal",
        "Lesley Wroughton",
        "James Dalgleish",
        "Bernard Orr",
    },
}


@pytest.mark.parametrize("seed", sorted(SEED_PERSONS))
def test_seed_persons(seed):
    assert names(seed_text(seed)) == SEED_PERSONS[seed]


def test_seed_000_excludes_newspaper_state_and_email_names():
    found = names(seed_text("000"))
    for wrong in ("Charlie Hebdo", "Tara Copp", "Maryland", "France", "Islamic State"):
        assert wrong not in found


def test_aliases_merge_forms_of_one_person():
    e = extract_page(seed_text("001"))
    carter = next(p for p in e.persons if p.name == "Ash Carter")
    assert carter.aliases == ("Ashton Carter",)
    assert carter.count >= 8  # "Ash Carter", "Carter" many times, "Ashton Carter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Gen. Stephen Townsend said the campaign was on track.", {"Stephen Townsend"}),
        ("Israeli strikes hit the home of Mr Mohammed Deif, officials said.", {"Mohammed Deif"}),
        ("French Defense Minister Jean-Yves Le Drian arrived.", {"Jean-Yves Le Drian"}),
        ("Taliban spokesman Zabiullah Mujahid claimed the attack.", {"Zabiullah Mujahid"}),
        ('"It fell," Muhannad Haimour, a spokesman for the governor, said.', {"Muhannad Haimour"}),
        ("President Obama spoke on Tuesday.", {"Obama"}),
        # Single-surname mentions are counted under the full name.
        (
            "Bashar al-Assad spoke. Later Mr Assad left and Assad's aides stayed.",
            {"Bashar al-Assad"},
        ),
        # Caption photographers and credit lines count.
        ("A soldier on a truck. NAJEEB ALMAHBOOBI / EPA", {"Najeeb Almahboobi"}),
        (
            "Reporting by Jane Roe and Sam Poe; Editing by Ann Lee",
            {"Jane Roe", "Sam Poe", "Ann Lee"},
        ),
        # Organisations, groups, newspapers and places are not persons.
        ("The Islamic State group and Human Rights Watch said so.", set()),
        ("Gunmen attacked the offices of the satirical newspaper Charlie Hebdo.", set()),
        ("Leaders met in Abu Dhabi on Monday.", set()),
        ("Fighting raged near Tal Hamis and Khan Shaykhun.", set()),
        ("Contact copp.tara@stripes.com Twitter:@TaraCopp", set()),
    ],
)
def test_person_rules(text, expected):
    assert names(text) == expected


def test_two_spellings_become_one_person_with_an_alias():
    text = (
        "General Sergey Surovikin said troops were leaving. (AP)\n\n"
        "General Sergei Surovikin reported to the minister. Surovikin said supplies were cut."
    )
    (person,) = extract_page(text).persons
    assert {person.name, *person.aliases} == {"Sergei Surovikin", "Sergey Surovikin"}
    assert person.count == 3


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
        ("Haider al-Abadi", "HAIDER AL-ABADI"),
        ("Jean-Yves Le Drian", "Jean Yves  Le Drian"),
    ],
)
def test_person_key_folds_accents_case_and_hyphens(a, b):
    assert person_key(a) == person_key(b)


def test_person_key_keeps_different_people_apart():
    assert person_key("Ash Carter") != person_key("Jimmy Carter")
