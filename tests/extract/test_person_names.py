"""person_names.py: words and shapes that no personal name has. Each case written by hand."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


NOT_NAMES = [
    # A hyphenated modifier opens no name, even when its first half is a given name.
    (
        "London-based JEM official Tahir Feki said the rebels had withdrawn.",
        {"Tahir Feki"},
    ),
    ("Jordan-backed Hamid Group fighters entered the town.", set()),
    # Korean given names are hyphenated with lower-case syllables.
    ("Secretary-General Ban Ki-moon met President Moon Jae-in.", {"Ban Ki-moon", "Moon Jae-in"}),
    # An ethnonym used as a surname after a name no list knows, when a cue vouches.
    (
        "Jehind Baloch, a spokesperson for the group, said the patrol was ambushed.",
        {"Jehind Baloch"},
    ),
    ("Baloch militants ambushed the patrol.", set()),
    # Armed groups whose first word is also a given name, or looks like one.
    ("Fighters had shelled bases belonging to Ansar al-Sharia and another group.", set()),
    ("Jund al-Aqsa and Faylaq al-Rahman fought for the hill.", set()),
    # ... while the given name still opens people's names.
    ("Journalist Ansar Abbasi wrote that the talks had failed.", {"Ansar Abbasi"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_words_no_name_has(text, expected):
    assert names(text) == expected
