"""Names listed after a plural word for administrative units: "the townships of Pauktaw,
Minbya and Buthidaung", "districts such as Nangade, Macomia and Ancuabe".

Each name of such a list is the unit, not the town it is named after (the annotation rules
list districts and townships as no cities), however big the town: "the districts of Kabul
and Herat" names no city. The list runs on over commas and "and" from its
first name, as the village lists of ``villages`` do, and ends with the name after "and":
"the states of Borno and Yobe, Maiduguri and Damaturu were ..." lists two states, then towns.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.lexicons import DIRECTIONS

# Plural words for administrative units that may open a list of their names. Provinces,
# governorates, regions and states too ("the provinces of Jawf and Taiz", "the
# neighbouring provinces of Tartous, Hama and Homs"): the annotation rules list no
# province, whatever city shares its name (session 18; before, FA-KES stories listing
# "the provinces of Aleppo and Damascus" were kept under those cities).
_UNITS = frozenset(
    ["districts", "townships", "counties", "prefectures", "territories", "tehsils"]
    + ["woredas", "weredas", "localities", "subdistricts", "sub-districts"]
    + ["provinces", "governorates", "regions", "states", "oblasts"]
)
# Not "municipalities" or "communes": "the municipalities of Suarez and Caldono" names towns,
# as "the municipality of X" does (a Latin American or West African unit named after its
# town, listed by the annotation as the town).
# Words between the plural and the first name: "the townships of", "districts such as",
# "provinces including", "districts like".
_OPENERS = frozenset([("of",), ("including",), ("like",), ("such", "as")])
# ... or a verb that opens the list as the sentence's object: "The districts include
# Kofab, Argo and Yawan", "the districts are Nahrin and Doshi".
_OPENERS |= frozenset([("include",), ("includes",), ("included",), ("are",), ("were",)])
_OPENER_ENDS = frozenset(opener[-1] for opener in _OPENERS)
_JOINERS = frozenset([(",",), ("and",)])
# The characters from one listed name's end to the next one's start at most (", and ").
_GAP = 6
# A list may place each group of units in its province and part of the country before it
# goes on: "the districts of Nahrin and Doshi in Baghlan in the north, Shah Joy in Zabul in
# the south, ...", "Zibak and Baharak in Badakhshan, Panjwai in Kandahar, Zerok in Paktika".
# The words that may stand between a unit and the next unit then, and how far they reach.
_PLACING = frozenset(["in", "the", "also", "province", "provinces", "region", "state", "and", ","])
_PLACED_GAP = 30


class DivisionLists:
    """Follows an article's lists of units run by run (``holds`` is called for each run
    in reading order)."""

    def __init__(self) -> None:
        self.end: tuple[int, int] | None = None  # (line, offset) where the last name ended
        self.placed = False  # the last name held is the province placing the units before it
        self.closed = False  # the last name held came after "and": the list ended with it

    def holds(self, chunk: Chunk) -> bool:
        """The run is a name of a list of units: opened right before it, or going on from
        the list's previous name, or the province that places the units named before it
        while the list goes on after it ("Zibak in Badakhshan, Panjwai in Kandahar, Zerok
        in Paktika": Kandahar is the province there, no town)."""
        placing = self._placing(chunk)
        if placing or _opens(chunk.before) or _opens_parts(chunk) or self._continues(chunk):
            self.end = (chunk.line_no, chunk.toks[-1].end)
            self.placed = placing
            self.closed = chunk.before[-1:] == ("and",)
            return True
        self.end = None
        self.placed = False
        self.closed = False
        return False

    def _gap(self, chunk: Chunk) -> int:
        """The characters from the list's last name to the run, or -1 (no list, or
        another line)."""
        if self.end is None or chunk.line_no != self.end[0]:
            return -1
        return chunk.toks[0].start - self.end[1]

    def _continues(self, chunk: Chunk) -> bool:
        if chunk.before[-1:] not in _JOINERS:
            return False
        gap = self._gap(chunk)
        if 0 < gap <= _GAP:
            # "the states of Borno and Yobe, Maiduguri and Damaturu were ...": the list
            # ended with the name after "and"; a comma after it opens another phrase
            return not (self.closed and chunk.before[-1:] == (",",))
        # "... in Baghlan in the north, Shah Joy": only placing words since the province
        # that placed the units before (whose reading looked ahead to this name)
        return self.placed and 0 < gap <= _PLACED_GAP and _only_placing(chunk.wide_before, gap)

    def _placing(self, chunk: Chunk) -> bool:
        """ "in X" right after a listed unit, and the list goes on after it with another
        name (", Panjwai", "in the north, Shah Joy"): X is the units' province."""
        if chunk.before[-1:] != ("in",) or not 0 < self._gap(chunk) <= len(" in "):
            return False
        after = chunk.wide_after
        k = 0
        while k < len(after) and (after[k].lower() in _PLACING or after[k].lower() in DIRECTIONS):
            k += 1
        if not (0 < k < len(after) and after[k - 1] in {",", "and"}):
            return False
        # The next unit's name, of up to three capitalised words, then "in" or "and" ("...,
        # Zerok in Paktika"): not a country after a comma ("in Aleppo, Syria.").
        name = 0
        while k + name < len(after) and name < 3 and after[k + name][:1].isupper():
            name += 1
        return name > 0 and k + name < len(after) and after[k + name] in {"in", "and"}


def _only_placing(wide_before: tuple[str, ...], gap: int) -> bool:
    """The words right before the run, as many as fill ``gap`` characters, are only
    placing words ("in the north ,", "province also in the north , and")."""
    taken = 0
    for word in reversed(wide_before):
        if taken >= gap - 1:
            return True
        if word.lower() not in _PLACING and word.lower() not in DIRECTIONS:
            return False
        taken += len(word) + (0 if word == "," else 1)
    return False


# Plural words for a town's parts: "the neighbourhoods of A, B and C" lists parts of a
# town, never a town; but "the eastern neighbourhoods of Aleppo" names one, the town, so
# a list is held only when more names follow the first.
_PARTS = frozenset(["neighbourhoods", "neighborhoods", "quarters"])


def _opens_parts(chunk: Chunk) -> bool:
    """ "the neighborhoods of Kocatepe, Yenikent and Gulbahar": a plural for a town's parts
    and "of" right before the run, and another capitalised name after a comma or "and"
    that the list goes on with (not "of Aleppo, Syria.", a town and its country)."""
    before = tuple(b.lower() for b in chunk.before[-2:])
    if len(before) < 2 or before[1] != "of" or before[0] not in _PARTS:
        return False
    after = chunk.after
    if len(after) < 3 or after[0] not in (",", "and") or not after[1][:1].isupper():
        return False
    return after[0] == "and" or after[2] in (",", "and")


def _opens(before: tuple[str, ...]) -> bool:
    """ "the townships of", "districts such as": a unit plural, then an opener, right
    before the run."""
    if not before or before[-1].lower() not in _OPENER_ENDS:
        return False  # most runs: no opener's last word before them
    low = tuple(b.lower() for b in before)
    if any(low[-n:] in _OPENERS and len(low) > n and low[-n - 1] in _UNITS for n in (1, 2)):
        return True
    # "several Mexican states, including Sinaloa, Colima ...": a comma between the plural
    # of a first-level unit and "including" (lead20); not "several regions, including El
    # Fasher in North Darfur", nor "villages along ... Ye-U townships, including X, Y",
    # where the list may name towns
    return low[-3:-1] in _FIRST_LEVEL_COMMA and low[-1] == "including"


_FIRST_LEVEL_COMMA = frozenset(
    [("states", ","), ("provinces", ","), ("governorates", ","), ("oblasts", ",")]
    # persons24: "in several districts, including Volnovakha, Pokrovsk and Bakhmut" (a
    # Ukrainian oblast's raions, an Afghan province's districts: units named after towns)
    + [("districts", ",")]
)
