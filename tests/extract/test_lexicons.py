"""lexicons.py: the given-name test the person rules lean on. Written by hand."""

import pytest

from app.extract import extract_page
from app.extract.lexicons import is_common_form, is_first_name


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Sudanese and Egyptian spellings of "... al-Din" compounds
        ("Ezzeldin", True),
        ("Salaheldin", True),
        ("Badreldin", True),
        ("Kamaleldeen", True),
        ("Salahudin", True),
        ("Jamaludin", True),
        ("Rudin", False),
        # Arabic compounds the pattern already knew
        ("Zabiullah", True),
        ("Abdulrazaq", True),
        # English words stay out
        ("Weldin", False),
        ("Shelter", False),
    ],
)
def test_given_name_shapes(word: str, expected: bool) -> None:
    assert is_first_name(word) is expected


# persons9: the comparative of a "-y" adjective is a word's form when English text uses it
# ("Earlier," opening a sentence was read as a person); a rare "-ier" surname is not.
@pytest.mark.parametrize(
    ("word", "expected"),
    [("Earlier", True), ("Heavier", True), ("Mercier", False), ("Olivier", False)],
)
def test_comparatives_are_common_forms(word: str, expected: bool) -> None:
    assert is_common_form(word) is expected


def test_earlier_opening_a_sentence_is_no_person() -> None:
    text = "Earlier, a police spokesman said two suspects had been arrested."
    assert [p.name for p in extract_page(text).persons] == []


# cities25: "forest(s)" and "ranges" after a name make it a landmark, no town (GeoNames
# files "Boni" under Bonn); "within range of Kharkiv" still names the city.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants fled into Boni forest after attacking Mangai, police in Kenya said.", set()),
        (
            "The Kaduna forest guards were attacked near Birnin Gwari, officials in Nigeria said.",
            {"Birnin Gwari"},
        ),
        (
            "Russian forces shelled Kupiansk, within range of Kharkiv, officials in Ukraine said.",
            {"Kupiansk", "Kharkiv"},
        ),
    ],
)
def test_forests_and_ranges_are_no_towns(text, expected):
    assert {c.text_name for c in extract_page(text).cities} == expected


# persons19: given names of the Sahel and West Africa that gender-guesser lacks; towns that
# share a name ("Djibo") and English words ("Samba") stay out.
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Alassane", True),
        ("Mahamadou", True),
        ("Boubacar", True),
        ("Souleymane", True),
        ("Hissène", True),
        ("Mahamat", True),
        ("Ibrahima", True),
        ("Djibo", False),
        ("Samba", False),
    ],
)
def test_west_african_given_names(word: str, expected: bool) -> None:
    assert is_first_name(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The old regime fell after protests against Boubacar Diarra, the veteran leader of"
            " the ruling party.",
            {"Boubacar Diarra"},
        ),
        (
            "The vote went to a run-off between the two candidates, Souleymane Traoré and the"
            " outgoing mayor.",
            {"Souleymane Traoré"},
        ),
        ("Ibrahima Sangaré is also named to the finance ministry.", {"Ibrahima Sangaré"}),
    ],
)
def test_west_african_names_without_other_cues_are_persons(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chiefdom (Sierra Leone, Nigeria's Plateau, Zambia) is a unit named after a
        # name, no town; the village placed in it is.
        (
            "Herders raided Kwall village in Rukuba Chiefdom, Bassa LGA, Plateau State, Nigeria.",
            {"Kwall"},
        ),
        ("Rebels overran Pendembu in Upper Bambara Chiefdom, Sierra Leone.", {"Pendembu"}),
    ],
)
def test_chiefdom_is_a_unit(text, expected):
    assert {c.name for c in extract_page(text).cities} == expected


# Lead, session 18: common given names of other regions gender-guesser lacks.
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Khalifa", True),
        ("Nechirvan", True),
        ("Munther", True),
        ("Shehbaz", True),
        ("Yevhen", True),
        ("Halyna", True),
        ("Ramzan", True),
        ("Babagana", True),
        ("Bukar", True),
        ("Nhial", True),
        ("Jhon", True),
        ("Kirkuk", False),
        ("Burj", False),
    ],
)
def test_more_given_names(word: str, expected: bool) -> None:
    assert is_first_name(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces loyal to Khalifa Saadi shelled the southern suburbs overnight.",
            {"Khalifa Saadi"},
        ),
        ("Nechirvan Barwari met the delegation at the airport on Sunday.", {"Nechirvan Barwari"}),
        (
            "Babagana Kolo and Hauwa Gambo were among the passengers.",
            {"Babagana Kolo", "Hauwa Gambo"},
        ),
        ("The talks with Shehbaz Tarar ended without a deal.", {"Shehbaz Tarar"}),
        ("The Khalifa Tower was lit up for the national day.", set()),
    ],
)
def test_more_given_names_open_names(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected
