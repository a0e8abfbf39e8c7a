"""Typos and surnames run on into words that are no name (``app.store.person_runons``):
hand-made archives of persons (name, articles) and the merges expected, written by hand."""

from __future__ import annotations

import pytest

from app.extract.person_identity import identity_key
from app.store.person_rules import _Person
from app.store.person_runons import headline_words, romanisations


def _people(*rows):  # type: ignore[no-untyped-def]
    """(id, name, articles) -> the rules' view of an archive's persons."""
    return {pid: _Person(pid, name, {identity_key(name)}, n) for pid, name, n in rows}


@pytest.mark.parametrize(
    ("rows", "merges"),
    [
        # FA-KES: "Lavrov Reveals US Secretary of State Kerrys Demands in Syria".
        ([(1, "John Kerry", 15), (2, "Kerrys Demands", 1)], [(2, 1)]),
        # "British FM Johnson said" and a title the page took for a given name.
        ([(1, "Boris Johnson", 7), (2, "FM Johnson", 1)], [(2, 1)]),
        # "in Paris Fabius said": Paris is a city the archive lists (see below).
        ([(1, "Laurent Fabius", 5), (2, "Paris Fabius", 1)], [(2, 1)]),
        # A given name the archive knows as no place stays a person of its own.
        ([(1, "Laurent Fabius", 5), (2, "Pierre Fabius", 1)], []),
        # A family: "Trump Decisions" may be any Trump's.
        ([(1, "Donald Trump", 19), (3, "Melania Trump", 1), (2, "Trump Decisions", 1)], []),
        # A name, not headline words: Attar is a surname (and a rare English word).
        ([(1, "Rami Abdel Rahman", 113), (2, "Abdulrahman Attar", 2)], []),
        # The surname's bearer too little known to own it.
        ([(1, "Angela Kane", 2), (2, "Kanes Visit", 1)], []),
    ],
)
def test_headline_words(rows, merges) -> None:  # type: ignore[no-untyped-def]
    found = headline_words(_people(*rows), min_articles=3, places=frozenset({"paris"}))
    assert [(a, b) for a, b, _why in found] == merges


@pytest.mark.parametrize(
    ("rows", "merges"),
    [
        # One name, two romanisations, each written once: the older survives the tie.
        ([(1, "Yasser al-Shoubaki", 1), (2, "Yasser Shobaki", 1)], [(2, 1)]),
        ([(1, "Nizar Alhallaq", 2), (2, "Nizar al-Hallaq", 3)], [(1, 2)]),
        # No Arabic article in either: an English surname a vowel apart stays apart.
        ([(1, "Mark Hansen", 4), (2, "Mark Hanson", 1)], []),
        ([(1, "John Albert", 2), (2, "John Bert", 1)], []),
        # Two people the variant could be ("Qasimi" is a vowel from each): left for a curator.
        ([(1, "Fadi al-Qasemi", 3), (2, "Fadi al-Qasimo", 2), (3, "Fadi Qasimi", 1)], []),
    ],
)
def test_romanisations(rows, merges) -> None:  # type: ignore[no-untyped-def]
    found = romanisations(_people(*rows))
    assert [(a, b) for a, b, _why in found] == merges
