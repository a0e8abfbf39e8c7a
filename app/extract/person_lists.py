"""Names in lists, vouched for by the person the list starts with.

"five of his children: Saeed, Ibrahim, Taqwa, Maryam and Musab", "Police inspectors Ngah
and Nkelle", "identified as Ahmed Khan Bashir s/o Haleem Khan, Shah Amanullah, ...",
"searched for Dante and Juan Carlos": once one item is a person, the items joined to it by a
comma or "and" are people too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import is_everyday_word, is_first_name
from app.extract.person_cues import name_shaped
from app.extract.transliteration import fold

__all__ = ["chain_lists", "comma_partners", "given_name_lists", "listed", "single_bounds"]

_LIST_GLUE = (",", "and")
_PHRASE_ENDS = frozenset(["of", "in", "at", "on", "from", "during", "since", "until", "near"])
LoneWord = tuple[str, Chunk, bool]


def listed(core: Sequence[str], chunk: Chunk) -> bool:
    """A name-shaped run in a comma list ("identified as Ahmed Khan Bashir, Shah Amanullah,
    Zarman Den, Naseeb Khan"): a person if the run next to it is one (``comma_partners``)."""
    return (
        2 <= len(core) <= 4
        and not chunk.title_case_line
        # the last item follows "and": "Zarman Den, Naseeb Khan and Gul Agha"
        and (chunk.after[:1] == (",",) or chunk.before[-1:] in ((",",), ("and",)))
        # "Shah Amanullah": an English word may open a name a given name completes;
        # "Amin Khan": a given name that is also an English word opens one too
        and (not is_everyday_word(core[0]) or any(map(is_first_name, core)))
        and (is_first_name(core[0]) or not all(map(is_everyday_word, core)))
    )


Run = tuple[tuple[str, ...], Chunk]


def comma_partners(maybe: list[Run], bounds: set[tuple[int, int]]) -> list[Run]:
    """The listed runs whose neighbour across a comma (", "), " and " or ", and " is a person,
    taken along the list: each one taken vouches for the next."""
    taken: list[Run] = []
    left = list(maybe)
    grew = True
    while grew:
        grew = False
        for run in list(left):
            if _next_to(run[1], bounds, (2, 5, 6)):
                taken.append(run)
                left.remove(run)
                bounds.add((run[1].line_no, run[1].toks[0].start))
                bounds.add((run[1].line_no, -run[1].toks[-1].end))
                grew = True
    return taken


# A list of one-word items this long, most of them given names, is a list of people.
_MIN_NAME_LIST = 3
_NOT_BEFORE_PEOPLE = frozenset(["in", "at", "near", "from", "to", "of", "into", "outside"])


def given_name_lists(singles: list[LoneWord], gaz: Gazetteer) -> list[LoneWord]:
    """ "Rahim, Karim, Jamal and Nasir were killed": three one-word items or more, joined by
    commas and "and", most of them given names and none a place the gazetteer knows, are
    people though nothing else vouches for them. Not after a place preposition ("stormed
    Gubio, Magumeri and Kukawa" has no given names; "the villages of ..." names places)."""
    out = list(singles)
    run: list[int] = []
    for k, (_, chunk, _strict) in enumerate(singles):
        prev = singles[run[-1]] if run else None
        joined = (
            prev is not None
            and prev[1].line_no == chunk.line_no
            and _glued_after(chunk.wide_before, prev[1].words[-1])
            and 0 < chunk.toks[0].start - prev[1].toks[-1].end <= _gap(chunk.wide_before)
        )
        if not joined:
            _take_name_list(run, out, gaz)
            run = []
        run.append(k)
    _take_name_list(run, out, gaz)
    return out


def _take_name_list(run: list[int], out: list[LoneWord], gaz: Gazetteer) -> None:
    if len(run) < _MIN_NAME_LIST:
        return
    items = [out[k] for k in run]
    first_chunk = items[0][1]
    opener = first_chunk.before[-1].lower() if first_chunk.before else ""
    if opener in _NOT_BEFORE_PEOPLE or opener in _LIST_GLUE:
        return  # after a place preposition, or the list began with something else
    words = [w for w, _, _ in items]
    given = sum(map(is_first_name, words))
    if given * 2 < len(words) or given < 2:
        return
    if not all(name_shaped(w, gaz) and (is_first_name(w) or not _a_place(w, gaz)) for w in words):
        return
    for k in run:
        word, chunk, _ = out[k]
        out[k] = (word, chunk, True)


def _a_place(word: str, gaz: Gazetteer) -> bool:
    """The gazetteer holds a place of exactly this name (its lookups also return other
    spellings: "Musa" finds Mawza)."""
    folded = fold(word)
    return any(fold(c.name) == folded for c in gaz.lookup(word))


def single_bounds(singles: list[LoneWord]) -> set[tuple[int, int]]:
    """Where the one-word names taken as people start and end (as ``bounds`` holds them)."""
    out: set[tuple[int, int]] = set()
    for _, chunk, strict in singles:
        if strict:
            out.add((chunk.line_no, chunk.toks[0].start))
            out.add((chunk.line_no, -chunk.toks[-1].end))
    return out


def _glued_after(before: Sequence[str], prev_word: str) -> bool:
    """The run follows ``prev_word`` across ", ", " and " or ", and " (the serial comma),
    or across the age of the person before: "Fauzi, 25, Jafar", "Hamid, 30, and Karim"."""
    if before[-1:] == ("and",) and _age_item(before[-2:-1]):
        before = before[:-1]
    if _age_item(before[-1:]) and before[-2:-1] == (",",):
        return before[-3:-2] == (prev_word,)
    if before[-1:] in ((",",), ("and",)):
        return before[-2:-1] == (prev_word,) or (
            before[-2:] == (",", "and") and before[-3:-2] == (prev_word,)
        )
    return False


def _age_item(words: Sequence[str]) -> bool:
    """An age between two listed names, its comma glued to it by the tokenizer ("25,")."""
    return len(words) == 1 and _AGE_ITEM.fullmatch(words[0]) is not None


_AGE_ITEM = re.compile(r"\d{1,3},")
# Between two listed names: ", " or ", and " (6 characters), or with an age: ", 25, and ".
_PLAIN_GAP = 6
_AGED_GAP = 11


def _aged_items(prev_word: str, word: str, gaz: Gazetteer) -> bool:
    """Across an age, a list of people goes on only from a word that is no place to a
    given name that is none: "Shelling hit Avdiivka, 12, Marinka and Vuhledar" counts the
    dead of towns."""
    settled = not is_first_name(prev_word) and bool(gaz.lookup(prev_word))
    return not settled and is_first_name(word) and not _a_place(word, gaz)


def _gap(before: Sequence[str]) -> int:
    """The most characters between two listed names ``before`` allows."""
    aged = _age_item(before[-1:]) or (before[-1:] == ("and",) and _age_item(before[-2:-1]))
    return _AGED_GAP if aged else _PLAIN_GAP


def _mid_list(chunk: Chunk, bounds: set[tuple[int, int]]) -> bool:
    """Inside a list: a comma before it, a comma or "and" after it, and a taken name on
    one side ("Shehroz Shakeel, Hasnain, Zia-ur-Rehman")."""
    line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
    return (
        chunk.before[-1:] == (",",)
        and chunk.after[:1] in ((",",), ("and",))
        and ((line, -(start - 2)) in bounds or any((line, end + d) in bounds for d in (2, 5, 6)))
    )


def _next_to(chunk: Chunk, bounds: set[tuple[int, int]], gaps: tuple[int, ...]) -> bool:
    """A person's run starts or ends ``gaps`` characters from this one (", ", " and ")."""
    line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
    return any((line, end + d) in bounds or (line, -(start - d)) in bounds for d in gaps)


def chain_lists(
    singles: list[LoneWord],
    gaz: Gazetteer,
    bounds: set[tuple[int, int]] | None = None,
    lone: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[LoneWord]:
    """A vouched one-word name carries the list it opens: in "children: Saeed, Ibrahim,
    Taqwa, Maryam and Musab" or "inspectors Ngah and Nkelle" each next item, joined by a
    comma or "and", is a person too; so is a given name listed next to a person's full
    name (``bounds``: where accepted runs start and end; ``lone``: where the one-word names
    taken so far do, which vouch only for a word inside a list: "Ramadan, NAK said" is
    none)."""
    out: list[LoneWord] = []
    prev: LoneWord | None = None
    for item in singles:
        word, chunk, titled = item
        if (
            not titled
            and prev is not None
            and prev[2]
            and prev[1].line_no == chunk.line_no
            and _glued_after(chunk.wide_before, prev[1].words[-1])
            and 0 < chunk.toks[0].start - prev[1].toks[-1].end <= _gap(chunk.wide_before)
            and name_shaped(word, gaz)
            and (_gap(chunk.wide_before) == _PLAIN_GAP or _aged_items(prev[0], word, gaz))
        ):
            item = (word, chunk, True)
        elif (
            not titled
            and (bounds or lone)
            and (chunk.after[:1] in ((",",), ("and",)) or chunk.before[-1:] in ((",",), ("and",)))
            # "the month of Ramadan, Nasir Ahmadzai told": after "of", "in", "during" a
            # word is the end of a phrase, not the first name of a list
            and not (chunk.before[-1:] and chunk.before[-1].lower() in _PHRASE_ENDS)
            # a given name next to a person's full name, or any name-shaped word inside a
            # list of people ("Shehroz Shakeel, Hasnain, Zia-ur-Rehman")
            and (
                (is_first_name(word) and _next_to(chunk, bounds or set(), (2, 5, 6)))
                # the weaker cue: no word the gazetteer knows ("near Mosul, Qayyarah,
                # Sultan Abdallah and Tal Afar" lists places)
                or (_mid_list(chunk, (bounds or set()) | lone) and not gaz.lookup(word))
            )
            and name_shaped(word, gaz)
        ):
            item = (word, chunk, True)  # "searched for Dante and Juan Carlos"
        out.append(item)
        prev = item
    return out
