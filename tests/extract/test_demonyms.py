"""demonyms.py: nationality words a lone capitalised word may be. Expectations written by
hand: which words are a country's people, which are given names."""

import pytest

from app.extract import extract_page
from app.extract.demonyms import is_demonym
from app.extract.page import gazetteer

WORDS = [
    ("Haitian", True),  # Haiti + an
    ("Peruvian", True),  # Peru + vian
    ("Bosnian", True),  # Bosnia (and Herzegovina) + n
    ("Canadian", True),  # Canad(a) + ian
    ("Chadian", True),  # Chad + ian
    ("Sudanese", True),
    ("Yemeni", True),
    # given names that derive from no country, and countries that are given names
    ("Christian", False),
    ("Adrian", False),
    ("Julian", False),
    ("Jordan", False),
    ("Hadi", False),
]


@pytest.mark.parametrize(("word", "expected"), WORDS)
def test_is_demonym(word: str, expected: bool) -> None:
    assert is_demonym(word, gazetteer()) is expected


SENTENCES = [
    ("The 52-year-old Haitian gang leader, Vitel Homme, was arrested.", {"Vitel Homme"}),
    ("Shining Path, a Peruvian rebel group, was defeated in the 1990s.", set()),
    ("Bosnian officials said the border was closed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_nationality_is_no_person(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons9: "-i" or "-n" after a short first word of a longer country's name ("San Marino",
# "New Zealand") makes no demonym: "Sani" is a Hausa given name; "Bosnian" and "Omani" stay.
@pytest.mark.parametrize(
    ("word", "expected"),
    [("Sani", False), ("Omani", True), ("Bosnian", True), ("Pakistani", True)],
)
def test_short_first_words_make_no_demonym(word: str, expected: bool) -> None:
    assert is_demonym(word, gazetteer()) is expected


def test_a_list_of_single_given_names_with_sani() -> None:
    text = "The dead were identified as Lawal, Sani, Haruna and Umaru, a relative said."
    assert {p.name for p in extract_page(text).persons} == {"Lawal", "Sani", "Haruna", "Umaru"}


# persons22 (set bt): a nationality, a region's people or a people written before a full
# name describes the person ("Singaporean Abdullah Ali"); "Sri Lankan" never opens a name.
# Near misses: a country's name before a kunya stays ("a native of Kazakhstan Abu ..."), an
# aircraft or a group after a nationality names no one, a given name is never cut.
LEADING_PEOPLES = [
    ("Singaporean Abdullah Ali was killed in the raid.", {"Abdullah Ali"}),
    ("Gunmen seized Sarawakian Bernard Thien off the coast.", {"Bernard Thien"}),
    ("Police named the suspect as Punjabi Harjit Singh Dhillon.", {"Harjit Singh Dhillon"}),
    ("Among the dead was Kashmiri Bashir Ahmad Lone, a trader.", {"Bashir Ahmad Lone"}),
    ("Dagestani Magomed Khasbulatov was detained at the border.", {"Magomed Khasbulatov"}),
    ("Bosnian Serb Ratko Mladic was sentenced to life.", {"Ratko Mladic"}),
    ("Sri Lankan Tamil refugees fled across the strait.", set()),
    (
        "Sri Lankan Tamil Tiger rebel leader Vellupillai Prabhakaran was killed.",
        {"Vellupillai Prabhakaran"},
    ),
    # near misses
    ("A native of Kazakhstan Abu Islam al-Kazaki led the assault units.", {"Abu Islam al-Kazaki"}),
    ("Russian Sukhoi Su-34 bombers struck the town.", set()),
    ("The Bosnian Serb Army shelled the town.", set()),
    ("Kenyan John Mwangi was freed on Monday.", {"John Mwangi"}),
    ("Sri Lankan President Mahinda Rajapaksa said the war was over.", {"Mahinda Rajapaksa"}),
]


@pytest.mark.parametrize(("text", "expected"), LEADING_PEOPLES)
def test_a_nationality_before_a_full_name_describes_the_person(
    text: str, expected: set[str]
) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons23 (set by probe): a nationality's noun with "man" or "woman" glued on opens the
# run before a full name and is no part of it ("Frenchwoman Sophie Petronin"). Near misses:
# a surname of that shape is kept, and the noun before no given name names no one.
NATIONAL_NOUNS = [
    ("Frenchwoman Sophie Petronin, 75, was freed with him.", {"Sophie Petronin"}),
    ("Police said Dutchman Johan Visser had left the town.", {"Johan Visser"}),
    ("Police said Irishman Patrick Ryan had been released.", {"Patrick Ryan"}),
    ("Englishwoman Sarah Jones was among the hostages.", {"Sarah Jones"}),
    # near misses
    ("A Frenchman was among the hostages freed on Friday.", set()),
    ("Sergeant Major Henry Freeman said the road was open.", {"Henry Freeman"}),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_NOUNS)
def test_a_nationals_noun_before_a_name(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected
