"""Names an article gives to parts of a town: "the city's Sala neighborhood", "Aden's
Tawahi district", "the Homs district of Khaldiyeh", "the Mogadishu neighbourhood of Hodan".

The annotation rules exclude districts and neighbourhoods. Once the text has said what such
a name is, its bare uses later ("bodies were found in Sala", "residents fled Tawahi") mean
the same part, not a namesake town GeoNames holds (Sale, Morocco, written "Sala") nor a
village it lacks. The finder treats these names as it treats the regions the article names
(``city_readings.region_meant``): a town's own name written in full stays the town.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.transliteration import fold

# Words that name a part of a town after its name ("Sala neighborhood").
_NEIGHBOURHOOD_WORDS = frozenset(["neighbourhood", "neighborhood", "quarter"])
_PART_WORDS = _NEIGHBOURHOOD_WORDS | {"district"}
# The same before "of", after a town's name ("the Homs district of Khaldiyeh"); not
# "suburb": "the Damascus suburb of Douma" names a town of its own.
_TOWN_POP = 15_000


def part_names(chunks: list[Chunk], gaz: Gazetteer) -> frozenset[str]:
    """Folded names the article gives as parts of a town."""
    names = set()
    for chunk in chunks:
        if _named_before_part_word(chunk, gaz) or _part_of_a_town(chunk, gaz):
            names.add(fold(" ".join(chunk.words)))
    return frozenset(names)


def _named_before_part_word(chunk: Chunk, gaz: Gazetteer) -> bool:
    """ "the city's Sala neighborhood", "Aden's Tawahi district". A district must follow a
    town's name: "Kupwara district", "Nijrab district" are named after their towns."""
    after = chunk.after
    if not after or chunk.toks[-1].possessive:
        return False
    word = after[0].lower()
    if word in _NEIGHBOURHOOD_WORDS:
        return True
    return word == "district" and bool(chunk.before) and _town(chunk.before[-1], gaz)


def _part_of_a_town(chunk: Chunk, gaz: Gazetteer) -> bool:
    """ "the Homs district of Khaldiyeh": a town of 15,000 or more, a part word, "of"; not
    when the name after "of" is a bigger town than the one before ("the Sabra neighbourhood
    of Gaza City": Sabra is also a name of Sabratha, Libya; the part is named first)
    (lead20)."""
    before = chunk.before
    if len(before) < 3 or before[-1] != "of" or before[-2].lower() not in _PART_WORDS:
        return False
    if not before[-3][:1].isupper():
        return False
    owner = max((c.population for c in gaz.lookup(before[-3])), default=0)
    if owner < _TOWN_POP:
        return False
    own = max((c.population for c in gaz.lookup(" ".join(chunk.words))), default=0)
    return own < owner


def _town(word: str, gaz: Gazetteer) -> bool:
    return word[:1].isupper() and any(c.population >= _TOWN_POP for c in gaz.lookup(word))
