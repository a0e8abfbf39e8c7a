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
