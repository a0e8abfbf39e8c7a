"""Runs opened by a capitalised preposition ("In Pokrovsk, two people were injured").

The preposition is read as the place's cue, not as part of its name, unless GeoNames
knows a place whose own name starts so ("In Amenas", "In Salah").
"""

from __future__ import annotations

import dataclasses

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.transliteration import fold

# Capitalised prepositions that open a sentence's run ("In Pokrovsk, two were injured").
_LEAD_PREPOSITIONS = frozenset(["In", "At", "On", "To", "From", "Near", "Outside", "Inside"])
# A settlement word between the name and the comma: "At Jar Kuka community, one was killed".
_SETTLEMENT_WORD = frozenset([("community",), ("village",), ("town",)])


def lead_preposition(words: tuple[str, ...], gaz: Gazetteer) -> bool:
    """ "In Pokrovsk, two people were injured": a run opened by a capitalised preposition
    names the place after it, read as if the preposition stood before the run (the place's
    own name then counts against a namesake's old one, Engels once Pokrovsk, and "in" is
    its cue); not a place whose own name starts so ("In Amenas", "In Salah")."""
    if len(words) < 2 or words[0] not in _LEAD_PREPOSITIONS:
        return False
    head = fold(words[0]) + " "
    # GeoNames lookups drop "at"/"an" as Arabic articles: only a name that keeps the word
    # ("In Salah") is a place's own.
    return not any(
        fold(c.name).startswith(head) for k in (2, 3) for c in gaz.lookup(" ".join(words[:k]))
    )


def after_lead_preposition(chunk: Chunk, gaz: Gazetteer) -> Chunk:
    """ "In Bilingawa, 18 people were killed": the run after a capitalised preposition
    that opens a sentence, with the preposition before it, as "killed in Bilingawa" reads
    (its capital is the name's own, no sentence's), when a comma closes the phrase (after
    a settlement word too: "At Jar Kuka community, one was killed") and no
    word of the run is a place GeoNames knows (a village's name, for the village rules);
    other runs unchanged."""
    words = chunk.words
    if words[0] not in _LEAD_PREPOSITIONS:
        return chunk  # most runs
    if chunk.title_case_line or not lead_preposition(words, gaz) or "|" in words[:2]:
        return chunk
    # "At Jar Kuka community, one was killed": the settlement word closes the name, whatever
    # place GeoNames knows by a word of it (Jar, Iran)
    settled = chunk.after[:1] in _SETTLEMENT_WORD and chunk.after[1:2] == (",",)
    if not settled and (chunk.after[:1] != (",",) or any(gaz.lookup(w) for w in words[1:])):
        return chunk  # a place GeoNames knows: judged with "In" read as its cue, as before
    return _as_cue(chunk)


def region_after_lead_preposition(chunk: Chunk, gaz: Gazetteer) -> Chunk:
    """ "In Balochistan, gunmen killed 23": for the region rules, the run after a sentence's
    capitalised preposition with the preposition before it, as "killed in Balochistan"
    reads (a region's name needs no comma after it to be one); other runs unchanged."""
    words = chunk.words
    if words[0] not in _LEAD_PREPOSITIONS:
        return chunk  # most runs
    if chunk.title_case_line or "|" in words[:2] or not lead_preposition(words, gaz):
        return chunk
    return _as_cue(chunk)


def _as_cue(chunk: Chunk) -> Chunk:
    """The run without its first word, which becomes the word before it."""
    words = chunk.words
    return dataclasses.replace(
        chunk,
        toks=chunk.toks[1:],
        words=words[1:],
        before=(*chunk.before[-2:], words[0].lower()),
        wide_before=(*chunk.wide_before[-7:], words[0].lower()),
        sent_start=False,
    )


def after_sentence_the(chunk: Chunk, gaz: Gazetteer) -> Chunk:
    """ "The Nngi village of Martuni region was shelled", "The Sabon Gari attack began": a
    sentence's capitalised "The" before a name is the article, not a word of the name: the
    run after it, with "the" before it, as "shelled the Nngi village" reads (the village
    rules refused a name opening with "The"; a run kept whole was filed as the village "The
    Sabon Gari"). Not a place whose own name starts so ("The Hague"), nor in a Title Case
    line, where every word is capitalised."""
    words = chunk.words
    if words[0] != "The" or len(words) < 2 or not chunk.sent_start or chunk.title_case_line:
        return chunk  # most runs
    if "|" in words[:2] or any(
        fold(c.name).startswith("the ")
        for k in range(2, min(len(words), 4) + 1)
        for c in gaz.lookup(" ".join(words[:k]))
    ):
        return chunk
    return dataclasses.replace(
        chunk,
        toks=chunk.toks[1:],
        words=words[1:],
        before=(*chunk.before[-2:], "the"),
        wide_before=(*chunk.wide_before[-7:], "the"),
        sent_start=False,
    )
