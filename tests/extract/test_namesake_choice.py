"""namesake_choice.py: which of a name's places the text means.

Expectations written by hand from reading each text.
"""

import pytest

from app.extract import extract_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name many villages of one country bear is a village, not the big city that
        # once had it as its name (Donetsk was Oleksandrivka; Bilozerka, Ivanivka).
        (
            "The Russians hit the villages of Oleksandrivka and Tymofiivka in the "
            "Bohodukhiv district of Ukraine.",
            {("Oleksandrivka", ()), ("Tymofiivka", ())},
        ),
        (
            "Russian forces shelled Ivanivka and Kherson in Ukraine.",
            {("Ivanivka", ()), ("Kherson", ())},
        ),
        # An old name few places bear still names the city it was ("Krasnoarmeysk").
        (
            "Fighting raged around Krasnoarmeysk in eastern Ukraine.",
            {("Pokrovsk", ("Krasnoarmeysk",))},
        ),
    ],
)
def test_common_village_names_are_villages(text, expected):
    assert {(c.name, c.aliases) for c in extract_page(text).cities} == expected
