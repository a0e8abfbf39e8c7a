"""Surnames recognisable by their ending, for names no given-name list knows.

Across Russia, Ukraine, the Caucasus, the Balkans and Turkey a family name carries its
language's patronymic or clan suffix: "-ov", "-ev", "-yev" ("Lahiyalov", "Bataliyev"),
"-enko", "-chuk", "-ski" (Ukrainian, Polish), "-shvili", "-dze" (Georgian), "-yan"
(Armenian), "-ović", "-ić" (Bosnian, Serbian, Croatian), "-oğlu" (Turkish). Chechen and
Dagestani given names ("Ulluby", "Rezvan", "Magomed") are rarely in a given-name list, but
the surname after them says the run is a person. Place names with these endings are one
word ("Kharkov", "Rostov") or have the ending on another word ("Sergiyev Posad"), so the
ending is read on the last word of a run of two or three.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.extract.lexicons import is_common_form, is_everyday_word
from app.extract.transliteration import fold

__all__ = ["shaped_surname", "surname_shaped_name"]

_ENDINGS = re.compile(
    r"(?:ov|ev|yev|iev|aev|ayev|ova|eva|yeva|ovich|evich|ovna|evna|enko|ienko|chuk|czuk"
    r"|shvili|adze|idze|yan|yants|oglu|ovic|evic|vic)$"
)
# "-ić" only with its diacritic: "Orić", "Mladić" (plain "-ic" ends "Arabic", "Islamic").
_BALKAN_IC = re.compile(r"(?:ić|ić)$")


@lru_cache(maxsize=1 << 14)
def shaped_surname(word: str) -> bool:
    """A capitalised word of six letters or more with a surname's ending, no English word."""
    if len(word) < 6 or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    if is_common_form(word):
        return False
    return bool(_BALKAN_IC.search(word) or _ENDINGS.search(fold(word)))


def surname_shaped_name(core: Sequence[str]) -> bool:
    """Two or three capitalised words, the first no word English text uses, the last a
    surname by its ending ("Magomed Lahiyalov", "Nodar Gogiashvili", "Naser Orić")."""
    if not 2 <= len(core) <= 3:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in core):
        return False
    if is_everyday_word(core[0]) or any(is_common_form(w) for w in core[:-1]):
        return False
    return shaped_surname(core[-1])
