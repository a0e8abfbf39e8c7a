"""A full name whose fate the sentence tells past a comma-closed aside
(``app/extract/person_asides.py``). Sentences written for these tests; each expectation
by hand."""

import pytest

from app.extract import extract_page


def names(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


FATES_PAST_AN_ASIDE = [
    # a known given name before words that are English words too, then where he was taken
    (
        "Tomer Ben Ami, also seized at the festival grounds, was abducted with two friends.",
        {"Tomer Ben Ami"},
    ),
    # no given-name list knows the name: the aside says where the person is from
    (
        "Eliud Kabogo Nyaga, from a farming family near the border, was arrested at dawn.",
        {"Eliud Kabogo Nyaga"},
    ),
    (
        "Lisandro Cuervo Mejía, from a farming family in the hills, had been detained for a week.",
        {"Lisandro Cuervo Mejía"},
    ),
    # after "said Monday that", a quoted nickname with its gloss, then "had been"
    (
        "The army said Monday that Fidencio Ojeda Carranza, known as “El Zorro,” or “The Fox,” "
        "had been killed.",
        {"Fidencio Ojeda Carranza"},
    ),
]

NOT_PEOPLE = [
    # places and groups undergo other verbs
    ("Kafr Battikh, a farming village east of the city, was shelled overnight.", set()),
    ("Tel Rifaat, north of the front line, was captured by the rebels.", set()),
    # "which" opens a thing's relative clause
    ("Jabhat Tahrir Suriya, which controls the crossing, was attacked again.", set()),
    # an aircraft is shot down
    ("Sukhoi Flanker, a Russian jet, was shot down over the sea.", set()),
    # "born" and "buried" are said of groups and towns too
    ("Jaish al-Adl, a Baluch militant group, was born out of an older movement.", set()),
    ("Armero, a town of farmers, was buried under mud.", set()),
    # "shot at" is said of anything
    ("Jabal Akhdar Hotel, near the old port, was shot at overnight.", set()),
    # a list goes on after "and"
    ("Wadi Barada, and the villages around it, were shelled.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FATES_PAST_AN_ASIDE)
def test_fate_told_past_an_aside(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(("text", "expected"), NOT_PEOPLE)
def test_places_and_groups_past_an_aside(text: str, expected: set[str]) -> None:
    assert names(text) == expected
