"""Looking a span of words up in the gazetteer: is it a country, which places can it name.

A sentence's opening word is dropped ("As Colombia's minister"), but not the article of a
place named with it ("in The Hague"); countries (also flattened
possessives, "Iraqs") and continents name no city, and a US state's name also names its
world city ("New York").
"""

from __future__ import annotations

import re

from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import WORLD_REGIONS
from app.extract.transliteration import fold


def resolve_span(
    span: tuple[str, ...], gaz: Gazetteer, cache: dict
) -> tuple[bool, tuple[City, ...]]:
    """(is a country, places the span can name): cached per process, words recur."""
    hit = cache.get(span)
    if hit is None and len(span) > 1 and span[0] in _OPENERS:
        # "judges in The Hague": a place whose own name opens with the article keeps it
        # (the Hague), and so does one whose name opens with a word English uses as a
        # preposition (Algeria's "In Salah", "In Guezzam": Tuareg "in", "the place of");
        # "The Gambia", a country, and "The Nngi village" go on below.
        head = fold(span[0]) + " "
        named = tuple(c for c in gaz.lookup(" ".join(span)) if fold(c.name).startswith(head))
        if named:
            hit = cache[span] = (False, named)
    if hit is None and len(span) > 1 and span[0] in _OPENERS:
        # "As Colombia’s minister": a sentence's opening word, not an Arabic article.
        hit = cache[span] = resolve_span(span[1:], gaz, cache)
    if hit is None:
        text = " ".join(span)
        key = fold(text)
        bare = re.sub(r"['’]s$", "", key)  # "Colombia’s" is the country's
        # Flattened text drops apostrophes: "Iraqs", "Egypts" are countries, not places.
        # Continents are no more cities than countries are ("ASIA:" over a wire story).
        country = (
            bare in gaz.country_forms
            or bare in WORLD_REGIONS
            or (len(span) == 1 and key.endswith("s") and key[:-1] in gaz.country_forms)
        )
        hit = (True, ()) if country else (False, _lookup(text, key, gaz))
        cache[span] = hit
    return hit


def opener_dropped(span: tuple[str, ...], cands: tuple[City, ...]) -> bool:
    """The span's places were found without its first word, an opener that is no part of
    their names ("Shelling Kills Five In Homs", "Fighters Close In On Raqqa": a Title Case
    headline's preposition inside the run): the name starts after it (cities47)."""
    if len(span) < 2 or span[0] not in _OPENERS or span[0] in _ARTICLES_TOO:
        return False
    head = fold(span[0]) + " "
    return not any(fold(c.name).startswith(head) for c in cands)


# Openers that are also Arabic articles: "between Ash Sholah and As Sukhnah" keeps the
# article, the text's spelling of the town.
_ARTICLES_TOO = frozenset(["As", "At", "An"])


# A US state's name is its world city's when GeoNames files that city as "<name> City"
# and it is this big: "told reporters in New York" (New York City, 8.8 million); not
# "Oklahoma" (Oklahoma City, 0.7 million), which news uses for the state.
WORLD_CITY = 1_000_000


def _lookup(text: str, key: str, gaz: Gazetteer) -> tuple[City, ...]:
    """The places ``text`` can name; a US state's name also names its world city."""
    cands = gaz.lookup(text)
    if key in gaz.us_states:
        world = tuple(c for c in gaz.lookup(text + " City") if c.population >= WORLD_CITY)
        cands = world + tuple(c for c in cands if c not in world)
    return cands


_OPENERS = frozenset(["As", "In", "At", "On", "The", "A", "An", "To", "By", "From", "For"])
