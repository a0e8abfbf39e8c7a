"""Addresses written "VILLAGE DISTRICT": "from Barpora Pulwama", "at Arhama Shopian".

Kashmiri and other South Asian reporting gives a person's or an incident's place as a
village followed by its district town, with no comma ("militants from Tengwani Shopian
and Washbugh Pulwama"). Such a run is no person's name: its last word is a town of the
article's country and its first words are no given name English writes. It names two
places: the village (GeoNames rarely knows it) and the town.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from app.extract.demonyms import is_demonym
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    FAITHS_AND_PEOPLES,
    PLACE_PREFIXES,
    TITLE_WORDS,
    is_everyday_word,
    is_first_name,
)
from app.extract.transliteration import fold

# A district town is at least this big (Shopian 16,000); a hamlet as the last word is as
# often a surname ("Ahmad Dar": Dar is a village too).
_DISTRICT_TOWN = 10_000
_RARE_ZIPF = 1.0  # the village words are hardly ever written in English


def village_then_town(words: tuple[str, ...] | list[str], gaz: Gazetteer, countries) -> int:
    """Where the district town starts in a "VILLAGE DISTRICT" run of two or three words
    ("Banpora Ladhoo Pampore" -> 2), or 0 when the run is no such address."""
    if not 2 <= len(words) <= 3 or not countries:
        return 0
    head, town = words[:-1], words[-1]
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return 0
    if any(_no_village_word(w, gaz) for w in head):
        return 0
    if len(head) == 1 and fold(head[0]) in PLACE_PREFIXES:
        return 0  # "in Gidan Jaja", "Tal Hamis": a word that only opens a name, no village
    if zipf_frequency(" ".join(head), "en") >= _RARE_ZIPF or gaz.lookup(" ".join(words)):
        return 0
    local = [c for c in gaz.lookup(town) if c.country_code in countries]
    return len(head) if any(c.population >= _DISTRICT_TOWN for c in local) else 0


def _no_village_word(word: str, gaz: Gazetteer) -> bool:
    """A given name, an English word, a title, a country or its demonym ("Turkmen Bari"),
    or a country's flattened possessive ("in Syrias Idlib province")."""
    key = fold(word)
    return (
        is_first_name(word)
        or is_everyday_word(word)
        or word.lower() in TITLE_WORDS
        or key in gaz.country_forms
        or (key.endswith("s") and key[:-1] in gaz.country_forms)
        or is_demonym(word, gaz)
        or word.lower() in FAITHS_AND_PEOPLES
    )
