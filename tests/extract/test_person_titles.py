"""person_titles.py: the title phrase before a name inside a run. Each case written by hand
from reading the sentence."""

import pytest

from app.extract import extract_page

# persons6: an honorific that ends a run after a given name is the surname (Kashmir,
# Pakistan, Bangladesh): no name follows it for it to be the title of.
TRAILING_HONORIFICS = [
    ("A policeman, Mudasir Ahmad Sheikh, received critical injuries.", {"Mudasir Ahmad Sheikh"}),
    ("The slain militant was identified as Bashir Ahmad Sheikh of Tral.", {"Bashir Ahmad Sheikh"}),
    ("Elders met Ahmed Haji yesterday in Kismayo.", {"Ahmed Haji"}),
    # the title before a name, or with no given name before it, stays a title
    ("President Hassan Sheikh Mohamud visited Baidoa.", {"Hassan Sheikh Mohamud"}),
    ("He met the Saudi Sheikh in Riyadh.", set()),
    ("The Grand Sheikh of Al-Azhar condemned the attack.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_HONORIFICS)
def test_trailing_honorific_is_a_surname(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected


TITLE_PHRASES = [
    # the title phrase is cut off the name
    ("French Defense Minister Florence Parly visited Gao.", {"Florence Parly"}),
    # a South Asian post's jurisdiction stands between the title and the name
    ("SSP Srinagar Rakesh Balwal said two militants were killed.", {"Rakesh Balwal"}),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_PHRASES)
def test_title_phrases(text: str, expected: set[str]) -> None:
    assert {p.name for p in extract_page(text).persons} == expected
