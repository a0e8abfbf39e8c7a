"""Words an article writes as part of a person's name, which a bare mention then repeats.

News names a person in full once ("Parliament Speaker Nabih Berri", "Khushboo Jan of
Vehil") and then by one word ("Berri questioned whether ...", "Khushboo was fired at").
GeoNames holds many such words as places somewhere (Barrie, Canada, under "Berri"; Khushab,
Pakistan, whose skeleton "Khushboo" shares). The full form says what the bare word is: the
word next to a given name in a run of two or three capitalised words is a name's part.
Cities use this to refuse a bare, uncued match that is a place abroad or only another
spelling of one (``cities.CityFinder``); a place the text cues ("in Berri") is still read.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.lexicons import (
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_TYPE_AFTER,
    TITLE_WORDS,
    is_first_name,
)
from app.extract.transliteration import fold


def name_words(chunks: list[Chunk]) -> frozenset[str]:
    """Folded words written beside a given name in a person-shaped run: the surname after
    it ("Nabih Berri") or the word before a given name closing the run ("Khushboo Jan")."""
    found: set[str] = set()
    for chunk in chunks:
        if chunk.title_case_line or len(chunk.words) < 2:
            continue
        words = _without_titles(chunk.words)
        if not 2 <= len(words) <= 3 or not _person_shaped(words):
            continue
        if is_first_name(words[0]):
            found.update(fold(w) for w in words[1:] if not is_first_name(w))
        elif is_first_name(words[-1]):
            found.update(fold(w) for w in words[:-1] if not is_first_name(w))
    return frozenset(found)


def _without_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "Parliament Speaker Nabih Berri" -> "Nabih Berri" (title and office words off)."""
    k = 0
    while k < len(words) and (words[k].lower() in TITLE_WORDS or words[k].lower() in ORG_WORDS):
        k += 1
    return words[k:]


def _person_shaped(words: tuple[str, ...]) -> bool:
    """Capitalised name words only: no organisation, place-type or function word."""
    last = len(words) - 1
    return all(
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and (low := w.lower()) not in ORG_WORDS
        and low not in PLACE_TYPE_AFTER
        # A function word only closes a name, when it is a given name too ("Khushboo Jan";
        # not "In Ghazni")
        and (low not in FUNCTION_WORDS or (k == last and is_first_name(w)))
        for k, w in enumerate(words)
    )
