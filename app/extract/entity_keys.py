"""Keys users' spellings are matched on when they look an entity up by name: pure
functions over ``person_identity`` and ``transliteration``.

A person is matched by identity key ("Abdulrahman" finds Rami Abdel Rahman, "Assad"
finds Bashar al-Assad). A place by its folded form without articles or doubled letters,
and by its consonant skeleton for transliterations ("Deir Ezzor" and "Deir ez-Zor" share
"drzr"); the stored forms of a city include GeoNames' alternate names ("Quneitra" for the
city GeoNames calls Al Qunaytirah), read from the gazetteer extraction already loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.extract.person_identity import ARTICLES, identity_key
from app.extract.transliteration import fold, skeleton

_DOUBLED = re.compile(r"(.)\1+")
_NOT_KEY = re.compile(r"[^a-z0-9 ]+")
# A skeleton this short is shared by unrelated names ("Homs" and "Hama's" "hms"/"hm").
MIN_SKELETON = 4


def place_key(text: str) -> str:
    """'Deir ez-Zor' -> 'deir zor'; 'Al Qunaytirah' -> 'qunaytirah'."""
    words = _NOT_KEY.sub(" ", fold(text)).split()
    kept = [w for w in words if w not in ARTICLES] or words
    return " ".join(_DOUBLED.sub(r"\1", w) for w in kept)


def place_skeleton(text: str) -> str:
    """The consonant skeleton of a place name, '' when too short to tell places apart."""
    sk = skeleton(fold(text))
    return sk if len(sk) >= MIN_SKELETON else ""


def person_query_key(text: str) -> str:
    return identity_key(text)


def alternate_names(gaz, geonames_ids: Iterable[int]) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    """GeoNames' alternate names (folded, as the gazetteer keeps them) of these cities.

    One pass over the gazetteer's ~580k forms (~0.15 s), so callers ask for all the cities
    they need at once."""
    wanted = set(geonames_ids)
    found: dict[int, list[str]] = {}
    if not wanted:
        return found
    for form, ids in gaz.forms.items():
        for geonames_id in ids:
            if geonames_id in wanted:
                found.setdefault(geonames_id, []).append(form)
    return found
