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
