"""A story's opening dateline ("PARIS –", "WASHINGTON (Reuters) -", "KABUL, Afghanistan -",
"SANAA:", "ABU DHABI //"): where the story proper starts, and the place and agency it names."""

from __future__ import annotations

import re

from app.extract.lexicons import RUN_PARTICLES

# Capital letters for a regular expression's character class, accented ones too: datelines
# are written "BOGOTÁ", "SÃO PAULO", "KRAKÓW", "NOUMÉA", and ASCII's A-Z stops at the accent.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LETTERS = "A-Za-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isalpha())

DATELINE = re.compile(
    # "GAZA/JERUSALEM", "EL GENEINA / ZALINGEI / NYALA" (Radio Dabanga's copies): places
    # between slashes, spaced or not.
    rf"^(?P<place>[{CAPITALS}][{_LETTERS}.'’ ]{{1,40}}?"
    rf"(?:\s?/\s?[{CAPITALS}][{_LETTERS}.'’ ]{{1,30}})*)"
    # ", Afghanistan", ", May 14", ", Yugoslavia, Sept. 30"
    rf"(?:,\s*[{CAPITALS}][{_LETTERS}. ]{{2,25}}?(?:\s+\d{{1,2}})?){{0,2}}\s*"
    r"(?:\((?P<agency>[A-Za-z.]{2,12})\)\s*)?"
    # "SANA'A // Yemen's rebels ...": The National's dateline mark; "RAKITNICA, Yugoslavia
    # (AP) _ A burned-out house": the AP archive's underscore for a dash (1985-2000 copy,
    # cities38), once followed by a real dash ("KRAJKOVA, Yugoslavia _ — The boy's")
    r"(?:[-–—:]|//|\s[-–—:]|_(?:\s+[-–—])?(?=\s))\s*",
)
_DATELINE_MARK = re.compile(r"[-–—:]|//|\s_\s")


def dateline_place(text: str) -> str | None:
    """'PARIS –', 'WASHINGTON (Reuters) -', 'KABUL, Afghanistan -', 'SANAA:' -> place text."""
    if not (text[:1].isupper() and _DATELINE_MARK.search(text, 0, 90)):
        return None
    m = DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    letters = "".join(c for c in place if c.isalpha())
    # Datelines are in capitals, or followed by an agency in brackets ("Paris —" is title
    # case in some outlets: accept one or two capitalised words before a dash).
    if letters.isupper() and len(letters) >= 3:
        return place
    if m.group("agency"):
        return place
    # cities43: a title-case place before a dash opens the story only when the story's
    # first word follows ("Paris — Police said"); "Kordofan – an area the size of France –
    # has become", "One woman – a mother of six – was shot" are a sentence's subject and
    # its dashed aside; a place's words are capitalised or particles ("Ras al Ain"), so "One
    # woman – 61-year-old Majida Obaid –" names no place.
    if (
        len(place.split()) <= 2
        and re.search(r"[–—]", text[: m.end()])
        and not text[m.end() : m.end() + 1].islower()
        and not any(w.isalpha() and w.islower() and w not in RUN_PARTICLES for w in place.split())
    ):
        return place
    return None


def dateline(text: str) -> tuple[str, str | None] | None:
    """(place, agency) of a story's opening dateline, or None."""
    place = dateline_place(text)
    if place is None:
        return None
    return place, DATELINE.match(text).group("agency")  # type: ignore[union-attr]
