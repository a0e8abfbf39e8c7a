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


def community_cue(before: list[str], after: list[str]) -> bool:
    """ "invaded Kofa community in Konduga": ``after`` (lower-cased) opens with "community"
    followed by a phrase end or a preposition, and no article stands before the run ("the
    Christian community in Mosul" is a group)."""
    if after[:1] != ["community"] or before[-1:] in (["the"], ["a"], ["an"]):
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
