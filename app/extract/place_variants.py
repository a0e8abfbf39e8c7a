"""Another spelling of a known place: matching transliterations through skeletons.

Names from Arabic, Persian, Pashto or Somali reach English in many spellings ("Deir Ezzor",
"Dier el-Zour", "Dayr az Zawr"). When no spelling matches, the gazetteer's skeleton index
may find the place, but a shared skeleton is weak evidence: it only counts in a country the
article names whose names are transliterated, and never for ordinary words, given names,
demonyms or faiths. Cities use it to resolve such spellings; persons use it to refuse a run
that is a place's spelling ("Maaret al-Numan").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import (
    FAITHS_AND_PEOPLES,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREFIXES,
    RESPELLED_COUNTRIES,
    TITLE_WORDS,
    TRANSLITERATED_COUNTRIES,
    is_common_form,
    is_first_name,
)
from app.extract.namesake_choice import BIG_CITY, TOWN
from app.extract.transliteration import fold, similar_spelling, skeleton, strip_article

# Adjectives and demonyms ("Parisian", "Lebanese", "Kurdish") are never a place name.
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ist", "ists", "ians")
# Lineage words: "Mohammed Bin-Zayed" is a man, whatever city bears his name.
_LINEAGE = frozenset(["bin", "ibn", "bint", "ben", "ould", "ag"])
# A title that also opens Arabic place names, "the sheikh's (shrine)": "Sheikh Zuweid",
# "Shaykh Badr", "Sheikh Othman". Before another word it may be the place's first word;
# the callers keep such a place only where a place is expected (persons take "Sheikh
# Hamad met the envoy" first).
TITLED_PLACE_OPENERS = frozenset(["sheikh", "shaykh", "sheik", "shaikh", "cheikh"])


def variant_candidates(span: tuple[str, ...], gaz: Gazetteer) -> tuple[City, ...]:
    """Places in transliterating countries that ``span`` may be another spelling of.
    The caller keeps those in a country the article names. Short skeletons only for big
    cities."""
    names = [w for w in span if w.lower() not in PARTICLES]
    # "Tel Rifaat", "Maaret al-Noman": after an Arabic place word, a word that is also a
    # given name ("Rifaat", "Noman") is a word of the place's name; so after a title that
    # opens place names ("Sheikh Zuweid", "Sheikh Badr"), itself no obstacle then.
    titled = len(names) > 1 and fold(names[0]) in TITLED_PLACE_OPENERS
    prefixed = titled or (len(names) > 1 and names[0].lower() in PLACE_PREFIXES)
    if any(_never_a_variant(w, gaz, given_ok=prefixed) for w in names[titled:]):
        return ()
    # One English word is never enough; in a longer name one may be ("Dier el-Zour").
    if all(is_common_form(w) for w in names) or (len(names) == 1 and is_common_form(names[0])):
        return ()
    key = strip_article(fold(" ".join(span)))
    short = len(skeleton(key)) < 4
    cands = [c for c in gaz.lookup_variant(key) if c.country_code in TRANSLITERATED_COUNTRIES]
    found = tuple(
        c
        for c in cands
        if _final_h(key, strip_article(fold(c.name)))
        or (
            similar_spelling(key, strip_article(fold(c.name)), 2 if short else 1)
            and c.population >= (BIG_CITY if short else 0)
        )
    )
    if not found and short:
        # "al-Hudeidah": close to another of the place's names ("Al Hudaydah"), not to the
        # one it is shown under ("Hodeidah"): a big city, the first three letters and the
        # last one (a final "h" aside) shared ("al-Buseiri" is not "al Busrah")
        found = tuple(
            c
            for c in cands
            if c.population >= BIG_CITY
            and any(_close_form(key, strip_article(f)) for f in gaz.place_aliases(c.geonames_id))
        )
    return found or _doubled(key, gaz) or _final_h_form(key, gaz)


def _close_form(key: str, form: str) -> bool:
    return (
        similar_spelling(key, form, 3)
        and key.rstrip("h")[-1:] == form.rstrip("h")[-1:]
        and key[-1:].isalpha()
    )


def _final_h(key: str, name: str) -> bool:
    """ "Hawija" for GeoNames' "Al Hawijah": the same letters but a final "h" (the Arabic
    ta marbuta, written or not), a spelling close enough for a short name of any size."""
    return len(key) >= 5 and key != name and key.rstrip("h") == name.rstrip("h")


def _final_h_form(key: str, gaz: Gazetteer) -> tuple[City, ...]:
    """ "al-Asabia" for GeoNames' "Al Asabiah": the ``_final_h`` spelling looked up as a
    form, for names whose skeleton is too short for the skeleton index ("sb")."""
    if " " in key or len(key) < 5 or not key.isalpha():
        return ()
    if key.endswith(("ah", "eh")):
        other = key[:-1]
    elif key.endswith(("a", "e")):
        other = key + "h"
    else:
        return ()
    return tuple(c for c in gaz.lookup(other) if c.country_code in TRANSLITERATED_COUNTRIES)


def _doubling_respellings(key: str) -> set[str]:
    """``key`` with every doubled letter undoubled, and with one letter of that doubled:
    the spellings transliterations disagree on ("Raqa"/"Raqqa", "Baramulla"/"Baramula")."""
    single = "".join(ch for k, ch in enumerate(key) if k == 0 or ch != key[k - 1])
    return {single[:k] + single[k] + single[k:] for k in range(len(single))} | {single}


def _doubled(key: str, gaz: Gazetteer) -> tuple[City, ...]:
    """A town spelt with one letter doubled or undoubled ("Raqa" for Raqqa, "Sanna" for
    Sanaa): transliterations disagree on doubled letters, and a two-consonant skeleton is
    too short for the skeleton index. Towns only (15,000+), in transliterating countries."""
    if " " in key or len(key) < 4:
        return ()
    tries = _doubling_respellings(key)
    tries.discard(key)
    return tuple(
        c
        for form in sorted(tries)
        for c in gaz.lookup(form)
        if c.country_code in TRANSLITERATED_COUNTRIES and c.population >= _DOUBLED_MIN
    )


_DOUBLED_MIN = 15_000  # the TOWN band of city_evidence


_VOWELS = "aeiou"


def respelt_towns(span: tuple[str, ...], gaz: Gazetteer) -> tuple[City, ...]:
    """Towns (15,000+) of a South Asian country that a one-word ``span`` spells one vowel or
    one doubled letter differently from a name GeoNames has ("Rajouri" for Rajauri,
    "Baramulla" for Baramula). Their consonant skeletons collide too often to be matched
    like Arabic names ("Bhejji" is no Bhuj, "Manipur" no Mainpuri); the caller keeps the
    towns of a country the article names."""
    if len(span) != 1 or _never_a_variant(span[0], gaz) or is_common_form(span[0]):
        return ()
    key = fold(span[0])
    if len(key) < 5 or not key.isalpha():
        return ()
    tries = _doubling_respellings(key)
    tries |= {
        key[:k] + v + key[k + 1 :] for k in range(1, len(key)) if key[k] in _VOWELS for v in _VOWELS
    }
    tries.add(key.replace("oo", "u"))  # "Akhnoor" for Akhnur
    stem = key.removesuffix("pore").removesuffix("pora").removesuffix("pura").removesuffix("pur")
    if stem != key:  # "Churachandpore", "Bandipora": -pur, -pore, -pora and -pura alternate
        tries |= {stem + end for end in _PUR_ENDINGS}
    tries.discard(key)
    found = {
        c.geonames_id: c
        for form in sorted(tries)
        for c in gaz.lookup(form)
        if c.country_code in RESPELLED_COUNTRIES and c.population >= TOWN
    }
    return tuple(found.values())


_PUR_ENDINGS = ("pur", "pore", "pora", "pura")


def spells_a_place(name: Sequence[str], gaz: Gazetteer, variant_countries: set[str]) -> bool:
    """A name-shaped run that is another spelling of a place in one of the article's
    transliterating countries ("Maaret al-Numan"): no person."""
    if not variant_countries:
        return False
    key = fold(" ".join(name))
    if len(skeleton(key)) < 5 or any(w in _LINEAGE for w in key.split()):
        return False
    return any(c.country_code in variant_countries for c in gaz.lookup_variant(key))


def _never_a_variant(word: str, gaz: Gazetteer, *, given_ok: bool = False) -> bool:
    """Short words, given names (unless ``given_ok``), acronyms, adjectives and non-place
    words."""
    return (
        len(word) < 3
        or (is_first_name(word) and not given_ok)
        or word.isupper()
        or word.lower().endswith(_ADJECTIVE_ENDINGS)
        or _not_a_place_word(word, gaz)
    )


def _not_a_place_word(word: str, gaz: Gazetteer) -> bool:
    """Groups, titles, faiths and countries - also in flattened possessives ("Syrias")."""
    low = word.lower()
    for w in (low, low[:-1] if low.endswith("s") else low):
        if w in TITLE_WORDS or w in ORG_WORDS or w in FAITHS_AND_PEOPLES:
            return True
        if fold(w) in gaz.country_forms:
            return True
    return False
