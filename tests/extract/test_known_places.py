"""Known villages found again in texts that name them without a cue (expectations written
by hand from the sentences)."""

from __future__ import annotations

import re

import pytest

from app.extract.known_places import (
    StoredVillage,
    build_place_table,
    find_known_places,
    forms_pattern,
    usable_form,
)

KEFRAYA = StoredVillage(1, "SY", 5, frozenset({"Kefraya", "al-Foua"}))
ZARZOUR = StoredVillage(2, "SY", 1, frozenset({"Zarzour"}))  # placed by one story only
BASHIQA = StoredVillage(3, "IQ", 2, frozenset({"Bashiqa"}))
TABLE = build_place_table([KEFRAYA, ZARZOUR, BASHIQA])


@pytest.mark.parametrize(
    ("form", "usable"),
    [
        ("Kefraya", True),
        ("al-Foua", True),
        ("Fua", False),  # three letters: too many names are that short
        ("Hope", False),  # an everyday English word
        ("Maria", False),  # a given name
        ("kefraya", False),  # not capitalised
        ("Tell Rifaat", True),
    ],
)
def test_forms_that_can_only_name_the_village(form, usable):
    assert usable_form(form) is usable


@pytest.mark.parametrize(
    ("text", "countries", "found"),
    [
        ("Residents of al-Foua and Kefraya were waiting.", {"SY"}, {1: 2}),
        ("51 martyrs from Kefraya were escorted to the hospital.", {"SY"}, {1: 1}),
        ("Shells fell overnight. Kefraya was hit again.", {"SY"}, {1: 1}),
        ("Al-Foua came under fire.", {"SY"}, {1: 1}),
        ("The Kefraya-based fighters left.", {"SY"}, {}),  # a modifier
        ("Jets hit the Kefraya military base.", {"SY"}, {}),  # a facility's name
        ("Rebels entered the Kefraya district.", {"SY"}, {}),
        ("The Abu Kefraya brigade claimed it.", {"SY"}, {}),  # the end of a longer name
        ("Kefraya was shelled.", {"IQ"}, {}),  # the story's places are in another country
        ("Kefraya was shelled.", set(), {}),
        ("Fighting near Zarzour went on.", {"SY"}, {}),  # known from one story only
        ("Troops entered Bashiqa on Monday.", {"IQ", "SY"}, {3: 1}),
    ],
)
def test_known_villages_found_where_they_name_the_place(text, countries, found):
    assert dict(find_known_places(text, TABLE, countries)) == found


def test_a_form_two_villages_share_finds_neither():
    # Two villages the texts both write "Tal Hamid" (in two countries): the form cannot
    # say which, so neither is looked for under it.
    syria = StoredVillage(4, "SY", 3, frozenset({"Tal Hamid"}))
    iraq = StoredVillage(5, "IQ", 3, frozenset({"Tal Hamid", "Tel Hamid"}))
    table = build_place_table([syria, iraq])
    assert dict(find_known_places("Shelling hit Tal Hamid.", table, {"SY", "IQ"})) == {}
    assert dict(find_known_places("Shelling hit Tel Hamid.", table, {"IQ"})) == {5: 1}


# Forms where one is the start of another, and texts where the longer one is there, is
# there cut short, or is followed by a letter (then the shorter one is the match).
NESTED_FORMS = ["Kafr", "Kafr Nabl", "Kafr Nabl al-Sharqi", "Kafr Zita", "Kafrun", "Nabl"]


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Shells hit Kafr Nabl al-Sharqi at dawn.", ["Kafr Nabl al-Sharqi"]),
        ("Shells hit Kafr Nabl al-Sharq at dawn.", ["Kafr Nabl"]),
        ("Shells hit Kafr Nablus.", ["Kafr"]),
        ("Kafrun, Kafr Zita and Kafr Zitan.", ["Kafrun", "Kafr Zita", "Kafr"]),
        ("Nabl and Kafr Nabl.", ["Nabl", "Kafr Nabl"]),
        ("Nothing here.", []),
    ],
)
def test_the_forms_pattern_takes_the_longest_form_as_the_sorted_alternation_does(text, matches):
    def found(written: str) -> list[str]:
        return re.findall(rf"(?<![\w-])({written})(?![\w-])", text)

    alternation = "|".join(re.escape(f) for f in sorted(NESTED_FORMS, key=len, reverse=True))
    assert found(forms_pattern(NESTED_FORMS)) == matches
    assert found(alternation) == matches  # the reference the trie replaces
