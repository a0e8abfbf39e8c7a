"""Village names written with a settlement word of their own: "Kofa community", "Kondori
Village".

Nigerian, Ghanaian and Kenyan reporting names a village as "X community" ("Boko Haram
insurgents invaded Kofa community in Konduga local government area", "gunmen attacked
Maganho community"), and many outlets capitalise the settlement word ("attacked Kondori
Village in Konduga", "killed at Lighitlubang Village"). The annotation rules list such
villages; a people or faith before "community" ("the Hazara community in Quetta", "Christian
community leaders") names no place.
"""

from __future__ import annotations

import dataclasses

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer

# Words after "X community" that end the phrase or place it: a village's name, not a
# group's ("Fulani community leaders", "Igbo community members").
_COMMUNITY_NEXT = frozenset(
    [",", ".", ";", ")", "in", "of", "on", "near", "at", "along", "and", "is", "was", "were"]
    + ["under", "within", "outside", "between", "which", "where", "after", "before", "|"]
)
# Capitalised settlement words that may end a village's run ("Kondori Village").
_TAILS = frozenset(["Village", "Community"])


def community_cue(before: list[str], after: list[str], place_head: bool = False) -> bool:
    """ "invaded Kofa community in Konduga": ``after`` (lower-cased) opens with "community"
    followed by a phrase end or a preposition, and no article stands before the run ("the
    Christian community in Mosul" is a group), unless a Hausa village's head opens the run
    (``place_head``: "the Kurmin Dangana community of Chikun", "the Anguwan Makera
    Community"; no people's name opens so; "the Puerto Rican community" is a people's)."""
    if after[:1] != ["community"] or before[-1:] in (["a"], ["an"]):
        return False
    if before[-1:] == ["the"] and not place_head:
        return False
    return len(after) < 2 or after[1] in _COMMUNITY_NEXT


def without_settlement_tail(chunk: Chunk, gaz: Gazetteer) -> Chunk:
    """ "Kondori Village" -> the run "Kondori", with "village" read after it, when GeoNames
    does not know the name (a place it knows is found inside the run anyway; "Greenwich
    Village" is a part of New York, not Greenwich); other runs unchanged. Not in a Title
    Case line, where every word is capitalised."""
    words = chunk.words
    if len(words) < 2 or words[-1] not in _TAILS or chunk.title_case_line:
        return chunk
    if gaz.lookup(" ".join(words[:-1])):
        return chunk
    tail = words[-1].lower()
    return dataclasses.replace(
        chunk,
        toks=chunk.toks[:-1],
        words=words[:-1],
        after=(tail, *chunk.after[:3]),
        wide_after=(tail, *chunk.wide_after[:9]),
    )


# Verbs whose object is a place, before a list of names ("occupy Gisiza, Gasiza and
# Basare"): the list is of villages even when its names look like a list of people.
_SIEGE_VERBS = frozenset(
    ["shelled", "bombed", "bombarded", "besieged", "retook", "recaptured", "overran"]
    + ["stormed", "occupy", "occupied", "liberated"]
)


def siege_list(chunk: Chunk) -> bool:
    """ "the rebels occupy Gisiza, Gasiza, ...": a one-word run right after a verb of siege
    that opens a list (a comma or "and" follows)."""
    return (
        len(chunk.words) == 1
        and chunk.before[-1:] != ()
        and chunk.before[-1].lower() in _SIEGE_VERBS
        and chunk.after[:1] in ((",",), ("and",))
    )


# A road's nouns, and the words that take it from one place to another.
_ROAD_NOUNS = frozenset(["road", "roads", "highway", "highways", "route", "routes", "railway"])
_ROAD_LINKS = frozenset(["connecting", "connects", "linking", "links", "joining", "joins"])
# "the road between X and Y", "the highway from X to Y": the opener and the glue it takes.
_ROAD_SPANS = {"between": "and", "from": "to"}
_LINK_GLUE = frozenset(["with", "and", "to"])
_END_TYPES = frozenset(["town", "city", "village"])
# The words a road's end may follow (lower case, as written mid-sentence).
_ROAD_LAST = _ROAD_LINKS | _LINK_GLUE | frozenset(_ROAD_SPANS)


def road_end(wide_before: tuple[str, ...]) -> bool:
    """The run is an end of a road the words before it name: "the road connecting X with
    Y", "a highway linking X and Y", "the road between X and Y", "the main road from X to Y"
    (either end; ``wide_before`` holds the words before the run). Not "a report linking X to
    the attack": a road's noun must open the phrase."""
    if not wide_before or wide_before[-1] not in _ROAD_LAST:
        return False  # most runs: read no further
    wide = [w.lower() for w in wide_before]
    glue = ""
    k = len(wide) - 1
    if wide[k] in _LINK_GLUE:
        # the second end: skip the first one ("Kyein Chaung", "Maungdaw town") back to the
        # word that opened the phrase
        glue, k = wide[k], k - 1
        start = k
        while k >= 0 and (wide_before[k][:1].isupper() or wide[k] in _END_TYPES):
            k -= 1
        if k == start or start - k > 4:
            return False
    if k < 1:
        return False
    opener = wide[k]
    if opener in _ROAD_LINKS:
        return any(w in _ROAD_NOUNS for w in wide[max(0, k - 3) : k])
    if opener in _ROAD_SPANS and (not glue or _ROAD_SPANS[opener] == glue):
        return any(w in _ROAD_NOUNS for w in wide[max(0, k - 2) : k])
    return False
