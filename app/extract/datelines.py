"""A story's opening dateline ("PARIS –", "WASHINGTON (Reuters) -", "KABUL, Afghanistan -",
"SANAA:", "ABU DHABI //"): where the story proper starts, and the place and agency it names."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ ]{1,40}?(?:/[A-Z][A-Za-z.'’ ]{1,30})*)"
    # ", Afghanistan", ", May 14", ", Yugoslavia, Sept. 30"
    r"(?:,\s*[A-Z][A-Za-z. ]{2,25}?(?:\s+\d{1,2})?){0,2}\s*"
    r"(?:\((?P<agency>[A-Za-z.]{2,12})\)\s*)?"
    # "SANA'A // Yemen's rebels ...": The National's dateline mark
    r"(?:[-–—:]|//|\s[-–—:])\s*",
)
_DATELINE_MARK = re.compile(r"[-–—:]|//")


def dateline_place(text: str) -> str | None:
    """'PARIS –', 'WASHINGTON (Reuters) -', 'KABUL, Afghanistan -', 'SANAA:' -> place text."""
    if not (text[:1].isupper() and _DATELINE_MARK.search(text, 0, 90)):
        return None
    m = DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    letters = re.sub(r"[^A-Za-z]", "", place)
    # Datelines are in capitals, or followed by an agency in brackets ("Paris —" is title
    # case in some outlets: accept one or two capitalised words before a dash).
    if letters.isupper() and len(letters) >= 3:
        return place
    if m.group("agency") or (len(place.split()) <= 2 and re.search(r"[–—]", text[: m.end()])):
        return place
    return None


def dateline(text: str) -> tuple[str, str | None] | None:
    """(place, agency) of a story's opening dateline, or None."""
    place = dateline_place(text)
    if place is None:
        return None
    return place, DATELINE.match(text).group("agency")  # type: ignore[union-attr]
