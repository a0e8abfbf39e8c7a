"""Nicknames quoted inside a personal name: 'Ismael "El Mayo" Zambada'.

News copy gives a nickname between a person's given name and surname ("Joaquin 'El Chapo'
Guzman", "Mohamed Hamdan “Hemedti” Dagalo"). The quotes cut the capitalised run in two, so
neither half is read as the full name and the nickname itself ("Chapo") can pass for a
place. The quoted nickname is blanked out with spaces of the same length before the line is
cut into runs, which keeps every offset and joins given name and surname again.
"""

from __future__ import annotations

import re

from app.extract.lexicons import is_first_name
from app.extract.transliteration import fold

# One or two capitalised words ("Mohamed Hamdan"), a quoted nickname
# of one to three capitalised words ("El Mayo"), then the surname.
# (The lookahead, implied by both ways the given name opens, turns away every other
# position of the line at one character: a quarter of this search's time.)
_QUOTED = re.compile(
    r"(?P<given>(?=[A-ZÀ-Þ])\b(?:[A-ZÀ-Þ][\w’'-]*\s+)?[A-ZÀ-Þ][\w’'-]*)"
    r"(?P<nick>\s+[\"“‘'](?:[A-Z][\w’'-]*)(?:\s[A-Z][\w’'-]*){0,2}[\"”’'])"
    # the surname: a capital, or an Arabic article joined to one ("al-Saadi", "el-Masri")
    r"(?=\s+(?:[A-Z][\w-]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]))"
)
# Articles that open nicknames ("El Chapo", "Al Hajji"): "Chapo" alone is the nickname too.
_ARTICLES = frozenset(["el", "al", "la", "le", "the"])
# Fast rejection: most lines hold no quote followed by a capital.
_HAS_QUOTED_CAP = re.compile(r"[\"“‘'][A-Z]")


def blank_nicknames(line: str, found: set[str] | None = None) -> str:
    """The line with each nickname quoted between a given name and a surname replaced by
    spaces; lines without one are returned unchanged. The nicknames blanked are added to
    ``found`` (folded, with and without a leading article: "el chapo", "chapo"), so that
    the article's other mentions of them ('"El Chapo's" sons') are not read as places."""
    if not _HAS_QUOTED_CAP.search(line):
        return line

    def blank(m: re.Match[str]) -> str:
        # Only after a known given name: 'Operation "Iron Sword" Launched' keeps its quotes.
        if not any(is_first_name(w) for w in m.group("given").split()):
            return m.group(0)
        if found is not None:
            nick = fold(m.group("nick").strip().strip("\"“”‘’'"))
            found.add(nick)
            head, _, rest = nick.partition(" ")
            if rest and head in _ARTICLES:
                found.add(rest)
        return m.group("given") + " " * len(m.group("nick"))

    return _QUOTED.sub(blank, line)
