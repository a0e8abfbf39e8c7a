"""burmese_names.py: Burmese names, made of common syllables, with no given-name list."""

import pytest

from app.extract import extract_page
from app.extract.burmese_names import is_burmese_name


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


@pytest.mark.parametrize(
    ("core", "expected"),
    [
        (["Kyaw", "San", "Htay"], True),
        (["Zarni", "Win"], True),
        (["Kyaw", "Myint", "Tun"], True),
        (["Win", "Than"], False),  # English words only: could be a headline
        (["Kyaw"], False),  # one syllable alone is no full name
        (["Kyaw", "Smith"], False),  # not Burmese throughout
    ],
)
def test_is_burmese_name(core: list[str], expected: bool) -> None:
    assert is_burmese_name(core) is expected


def test_listed_soldiers_in_a_myanmar_story_are_persons() -> None:
    text = (
        "The Arakan Army said it captured soldiers of Myanmar's military. Among them were "
        "Kyaw San Htay from Ponnagyun and Zarni Win from Myebon, according to the statement."
    )
    assert {"Kyaw San Htay", "Zarni Win"} <= names(text)


def test_burmese_syllables_outside_a_myanmar_story_need_other_evidence() -> None:
    # No Myanmar in the text: the syllable rule does not apply.
    text = "Fans cheered as Kyaw San Htay arrived at the stadium in Bangkok."
    assert "Kyaw San Htay" not in names(text)


# persons7: in an article naming Myanmar, U, Daw, Ko, Naw, Saw, Salai... before a name are
# honorifics: no part of the name, and they vouch for it even when its syllables are
# English words ("Win Tin"); the Shan "Sai" and "Khun" are written as part of the name.
HONORIFIC_CASES = [
    ("Myanmar's junta freed U Win Tin on Monday.", {"Win Tin"}),
    ("In Myanmar, Daw Aung San Suu Kyi was detained again.", {"Aung San Suu Kyi"}),
    ("In Myanmar, Naw Zipporah Sein said the talks had failed.", {"Zipporah Sein"}),
    ("In Myanmar, Ko Than Htike, 32, was arrested.", {"Than Htike"}),
    ("In Myanmar, junta spokesman Khun Thein Maung declined to comment.", {"Khun Thein Maung"}),
    # without Myanmar in the article, no Burmese reading
    ("Ma Ying-jeou visited Taipei on Monday.", {"Ma Ying-jeou"}),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFIC_CASES)
def test_honorifics_before_burmese_names(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


# persons9: an honorific after a title ("Chief Minister U ...", "State Counsellor Daw ..."),
# the Shan prefix "Sai" opening a name, and "Thu" (also a weekday's abbreviation) ending one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Myanmar, the former Chief Minister U Zaw Myint Maung and State Counsellor Daw "
            "Khin Ma Ma Thein were charged.",
            {"Zaw Myint Maung", "Khin Ma Ma Thein"},
        ),
        (
            "Myanmar police said the village head Sai Htun Thein was detained.",
            {"Sai Htun Thein"},
        ),
        ("In Myanmar, the activist Min Aung Thu was arrested in Mandalay.", {"Min Aung Thu"}),
        # a doubled syllable marks a Burmese name though every syllable is an English word
        (
            "Myanmar villagers said Aye Aye Than and Tin Tin Win died in the fire.",
            {"Aye Aye Than", "Tin Tin Win"},
        ),
        # "Sai" before a single syllable is no name of three words
        ("Myanmar troops entered Sai Kyaw village.", set()),
    ],
)
def test_honorifics_after_titles_and_shan_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# persons12 (set z): "Suu" is a common syllable of Burmese names ("Aung San Suu Kyi").
def test_suu_is_a_burmese_name_syllable() -> None:
    assert is_burmese_name(["Aung", "San", "Suu", "Kyi"])
    text = "Talks in Myanmar stalled after Aung San Suu Kyi left the capital on Friday."
    assert names(text) == {"Aung San Suu Kyi"}


# persons13: doubled syllables of women's names the stock lacked ("Pa Pa", "Nu Nu").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Sagaing, Myanmar, soldiers shot Thida Soe, 33, and Pa Pa Hlaing, 19.",
            {"Thida Soe", "Pa Pa Hlaing"},
        ),
        ("In Myanmar, troops detained Nu Nu Yi and Lei Lei Aung.", {"Nu Nu Yi", "Lei Lei Aung"}),
    ],
)
def test_doubled_syllables(text: str, expected: set[str]) -> None:
    assert names(text) == expected
