"""lexicons.py: the given-name test the person rules lean on. Written by hand."""

import pytest

from app.extract.lexicons import is_first_name


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
