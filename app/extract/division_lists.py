"""Names listed after a plural word for administrative units: "the townships of Pauktaw,
Minbya and Buthidaung", "districts such as Nangade, Macomia and Ancuabe".

Each name of such a list is the unit, not the town it is named after (the annotation rules
list districts and townships as no cities), however big the town: "the districts of Kabul
and Herat" names no city. The list runs on over commas and "and" from its
first name, as the village lists of ``villages`` do.
"""

from __future__ import annotations

from app.extract.chunks import Chunk

# Plural words for units below a region that may open a list of their names. Not
# "provinces", "governorates" or "regions": "the provinces of Aleppo and Damascus" names
# units that share big cities' names, and the FA-KES stories that list them so are found
# under those cities by the readers the city filter serves (11 stories lost them).
_UNITS = frozenset(
    ["districts", "townships", "counties", "prefectures", "territories", "tehsils"]
    + ["woredas", "localities", "subdistricts", "sub-districts"]
)
# Not "municipalities" or "communes": "the municipalities of Suarez and Caldono" names towns,
# as "the municipality of X" does (a Latin American or West African unit named after its
# town, listed by the annotation as the town).
# Words between the plural and the first name: "the townships of", "districts such as",
# "provinces including", "districts like".
_OPENERS = frozenset([("of",), ("including",), ("like",), ("such", "as")])
_OPENER_ENDS = frozenset(opener[-1] for opener in _OPENERS)
_JOINERS = frozenset([(",",), ("and",)])
# The characters from one listed name's end to the next one's start at most (", and ").
_GAP = 6


class DivisionLists:
    """Follows an article's lists of units run by run (``holds`` is called for each run
    in reading order)."""

    def __init__(self) -> None:
        self.end: tuple[int, int] | None = None  # (line, offset) where the last name ended

    def holds(self, chunk: Chunk) -> bool:
        """The run is a name of a list of units: opened right before it, or going on from
        the list's previous name."""
        if _opens(chunk.before) or self._continues(chunk):
            self.end = (chunk.line_no, chunk.toks[-1].end)
            return True
        self.end = None
        return False

    def _continues(self, chunk: Chunk) -> bool:
        if self.end is None or chunk.before[-1:] not in _JOINERS:
            return False
        line, offset = self.end
        return chunk.line_no == line and 0 < chunk.toks[0].start - offset <= _GAP


def _opens(before: tuple[str, ...]) -> bool:
    """ "the townships of", "districts such as": a unit plural, then an opener, right
    before the run."""
    if not before or before[-1].lower() not in _OPENER_ENDS:
        return False  # most runs: no opener's last word before them
    low = tuple(b.lower() for b in before)
    return any(low[-n:] in _OPENERS and len(low) > n and low[-n - 1] in _UNITS for n in (1, 2))
