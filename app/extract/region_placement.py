"""A name the text places in a region right after it: "had taken Vovche, in the southeast
corner of the Dnipropetrovsk region", "a stronghold around Marjah in southern Helmand",
"Pazi Gyi, in the Kanbalu township of Sagaing region".

News writing locates a front-line village it expects readers not to know by the region
around it. GeoNames (500+ inhabitants) lacks many such villages, and their names can be
written often enough in English ("Marjah" in 2010) to fail the rarity test a bare "in X"
needs (``villages.rarely_written``, Zipf < 1; here < 2). The region after the name is
the evidence: a region word ("region", "province", "district", "township", ...) or the
name of a region that is no town's, within a few words after "in", in the same clause.
A run the text has just called a part of a town ("the neighborhood of Sakhur in Aleppo")
is no village.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import PARTICLES
from app.extract.transliteration import fold

_REGION_WORDS = frozenset(
    ["region", "province", "district", "governorate", "oblast", "state", "county"]
    + ["township", "prefecture", "department"]
)
# Units below a region, right after the name that follows "in": Nigeria's local government
# areas ("Kulben in Mangu LGA", "in Mangu Local Government Area"), Indonesia's regencies,
# Cameroon's sub-divisions, South Asia's tehsils, Ethiopia's woredas, Ukraine's raions,
# Congo's territories ("Kilolirwe in Masisi territory").
_UNIT_WORDS = frozenset(
    ["lga", "regency", "sub-division", "subdivision", "tehsil", "woreda", "wereda", "raion"]
    + ["territory"]
)
# Words that end the clause the region must be named in.
_CLAUSE_ENDS = frozenset([".", ";", ":", ",", "(", ")", "!", "?", "and", "but", "where", "which"])
_WINDOW = 7  # words after "in" in which the region is named
_LGA = ["government", "area"]
_NAME_ZIPF = 2.0
_TOWN = 15_000
_PART_WORDS = frozenset(
    ["neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "district"]
    + ["districts", "area", "areas", "quarter", "quarters", "suburb", "suburbs", "base"]
)


def _name_like(words: tuple[str, ...]) -> bool:
    """Rarely written in English (Zipf < 2: "Marjah" 1.4, "Babaji" 1.8; not "Ghouta" 2.3,
    a region), and no part of a word after a hyphen in lower case ("YPG-dominated")."""
    if zipf_frequency(" ".join(words), "en") >= _NAME_ZIPF:
        return False
    return not any(
        part[:1].islower() and part not in PARTICLES for w in words for part in w.split("-")[1:]
    )


def placed_in_region(chunk: Chunk, gaz: Gazetteer, region_names: frozenset[str]) -> bool:
    """The run is followed by (a comma and) "in", then, within the clause, a region word
    or the name of a region (one the article names, or a first-level region GeoNames
    knows, capitalised)."""
    after = chunk.wide_after
    k = 1 if after[:1] == (",",) else 0
    if after[k : k + 1] != ("in",):
        return False  # read first: the word frequency _name_like looks up costs more
    if not _name_like(chunk.words) or _part_of_town(chunk):
        return False
    window = after[k + 1 : k + 1 + _WINDOW]
    for n, word in enumerate(window):
        low = word.lower()
        if low in _CLAUSE_ENDS:
            return False
        if low in _REGION_WORDS:
            return True
        named_just_before = n > 0 and all(w[:1].isupper() for w in window[:n])
        if named_just_before and (
            low in _UNIT_WORDS
            or (low == "local" and [w.lower() for w in window[n + 1 : n + 3]] == _LGA)
        ):
            return True  # "Kulben in Mangu Local Government Area", not "X in Y at Z LGA"
        if word[:1].isupper() and _region_only(word, gaz, region_names):
            return True
    return False


def _region_only(word: str, gaz: Gazetteer, region_names: frozenset[str]) -> bool:
    """A region's name that is no town's ("Helmand", "Borno"): "in Aleppo" may put a
    neighbourhood in the city ("the neighborhood of Sakhur in Aleppo")."""
    if not (fold(word) in region_names or gaz.regions.lookup(word)):
        return False
    return not any(c.population >= _TOWN for c in gaz.lookup(word))


def _part_of_town(chunk: Chunk) -> bool:
    """ "the neighborhood of Sakhur", "the areas of al-Midan and al-Muhafaza": the text
    names a part of a town in the words before the run."""
    return any(w.lower() in _PART_WORDS for w in chunk.wide_before)
