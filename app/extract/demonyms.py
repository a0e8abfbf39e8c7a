"""Nationality words a lone capitalised word may be: "Haitian", "Peruvian", "Bosnian".

The gazetteer's country forms hold country names and their regular demonyms ("Syrian",
"Iraqi"); the irregular ones ("Haitian" from Haiti, "Peruvian" from Peru, "Canadian" from
Canada, "Chadian" from Chad) are read here by undoing the usual endings, so that "the
46-year-old Haitian gang leader" or "a Peruvian terrorist group" names no one. Used by the
person finder only; the place finder keeps its own reading of country words.
"""

from __future__ import annotations

from app.extract.countries import country_labels
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import FAITHS_AND_PEOPLES, is_first_name
from app.extract.transliteration import fold

__all__ = ["is_demonym", "leading_peoples"]

# (ending to cut, what the country name ends with instead): Haiti-an, Peru-vian,
# Canad(a)-ian, Chad-ian, Sudan-ese, Ukrain(e)-ian, Russia-n, Pakistan-i.
_ENDINGS = (
    ("an", ""),
    ("vian", ""),
    ("ian", "a"),
    ("ian", ""),
    ("ian", "e"),
    ("ese", ""),
    ("n", ""),
    ("i", ""),
)
_SHORTEST_STEM = 3
# First words of country names this short ("san", "new", "sri") are no stem for "-i"/"-n".
_SHORT_FIRST = 5


def is_demonym(word: str, gaz: Gazetteer) -> bool:
    """A capitalised word that is a country's demonym. A country's own name that is also a
    given name ("Jordan", "Chad") is left to the context; a derived form is never a given
    name's only reading ("Haitian" is in given-name lists, "Christian" derives from no
    country)."""
    if not word[:1].isupper():
        return False
    folded = fold(word)
    if folded in gaz.country_forms:
        # a demonym among the forms ("Haitian", cities19) is one whatever given name it is
        return not is_first_name(word) or folded not in country_labels(gaz)[1]
    stems = _country_stems(gaz)
    for ending, restore in _ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= _SHORTEST_STEM and stem + restore in stems:
            # a bare letter added to a short first word of a longer country's name is a
            # name, not a demonym ("Sani": no "San Marino" adjective; "Bosnian" stays one)
            base = stem + restore
            if len(ending) == 1 and base not in gaz.country_forms and len(base) < _SHORT_FIRST:
                continue
            return True
    return False


def _country_stems(gaz: Gazetteer) -> frozenset[str]:
    """Country forms and the first word of the longer ones ("bosnia" of "Bosnia and
    Herzegovina")."""
    cache = gaz.memo("country_stems")
    if "stems" not in cache:
        forms = set(gaz.country_forms)
        forms |= {f.split()[0] for f in gaz.country_forms if " " in f}
        cache["stems"] = frozenset(forms)
    return cache["stems"]


# A region's people, named after it: Sarawak-ian, Sabah-an, Punjab-i, Dagestan-i, Aceh-nese.
_REGION_ENDINGS = (("ian", ""), ("an", ""), ("i", ""), ("nese", ""), ("ese", ""))
_REGION_STEM = 4
# Peoples the faiths-and-peoples list leaves out, written after a nationality ("Bosnian Serb
# Ratko Mladic", "Kosovar Albanian Salih Mustafa", "Sri Lankan Tamil ...").
_MORE_PEOPLES = frozenset(["serb", "serbs", "bosniak", "bosniaks", "kosovar", "tamil", "sinhalese"])


def leading_peoples(words: list[str], gaz: Gazetteer) -> int:
    """How many words open a run as a nationality or a people before a full name:
    "Singaporean Abdullah Ali", "Sarawakian Bernard Thien", "Bosnian Serb Ratko Mladic",
    "Sri Lankan Kumar Perera" (0 when none, when fewer than two name words would be left,
    or when no given name follows: "Bosnian Serb Army", "Syrian Arab Red Crescent"). A
    given name is never cut ("Christian Smith", "Kurd Hassan"), nor a country's name."""
    # "Sri Lankan", "South Sudanese": a country's two-word name or demonym never opens a
    # name ("Sri" is an honorific too: "Sri Lankan Tamil refugees" names no one)
    pair = 2 if len(words) >= 3 and fold(" ".join(words[:2])) in gaz.country_forms else 0
    k = pair
    while k < pair + 2 and k < len(words) and _people_word(words[k], gaz):
        k += 1
    # Only before a given name: "Russian Sukhoi Su-34" is an aircraft, "Kazakhstan Abu Islam"
    # a kunya the country's name introduces ("a native of Kazakhstan Abu Islam al-Kazaki").
    if k > pair and len(words) - k >= 2 and is_first_name(words[k]):
        return k
    return pair


def _national_noun(folded: str, gaz: Gazetteer) -> bool:
    """ "Frenchwoman", "Dutchman", "Englishman", "Scotsman": a nationality's adjective with
    "man" or "woman" glued on (persons23: "Frenchwoman Sophie Petronin, 75")."""
    for noun in ("woman", "man"):
        stem = folded[: -len(noun)]
        if folded.endswith(noun) and (stem in gaz.country_forms or stem == "scots"):
            return True
    return False


def _people_word(word: str, gaz: Gazetteer) -> bool:
    if not word[:1].isupper() or is_first_name(word):
        return False
    low, folded = word.lower(), fold(word)
    if folded in country_labels(gaz)[1]:
        return False  # a country's name, not its people's
    return (
        low in FAITHS_AND_PEOPLES
        or low in _MORE_PEOPLES
        or _national_noun(folded, gaz)
        or folded in gaz.country_forms
        or is_demonym(word, gaz)
        or _region_demonym(fold(word), gaz)
    )


def _region_demonym(folded: str, gaz: Gazetteer) -> bool:
    """ "sarawakian", "punjabi", "dagestani", "acehnese": a region's name and a people's
    ending (the stem four letters or more, so no short word's ending is read so)."""
    for ending, restore in _REGION_ENDINGS:
        stem = folded[: -len(ending)] + restore
        if folded.endswith(ending) and len(stem) >= _REGION_STEM and gaz.regions.lookup(stem):
            return True
    return False
