"""The country a village lies in when neither its sentence nor a single country tells.

A story about a front line often names two countries ("Russian forces shelled the village
of Stepnohirske", "Moscow-backed officials"), so a village with no place beside it used to
have no country and was dropped. The places the article itself locates (the regions and
cities it names, each with its country) say where the story is: when one country holds
clearly more of them than any other, the village is there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# The leading country must hold at least this many named places, and at least this many
# times as many as the next: one Kyiv against one Moscow decides nothing.
_MIN_PLACES = 2
_LEAD = 2


def country_most_placed(places: Iterable[tuple[int, int, str, str | None]]) -> str | None:
    """The ISO code of the country most of the article's ``places`` (line, offset,
    country, region) lie in, when it clearly leads; None otherwise."""
    counts = Counter(cc for _, _, cc, _ in places if cc)
    top = counts.most_common(2)
    if not top or top[0][1] < _MIN_PLACES:
        return None
    if len(top) == 2 and top[0][1] < _LEAD * top[1][1]:
        return None
    return top[0][0]
