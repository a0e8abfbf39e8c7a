"""Relatives named side by side are different people, however alike their names.

Reports name a person by a relative: "Ahmad Massoud, son of the late commander Ahmad Shah
Massoud", "Saif al-Islam, son of Muammar Gaddafi". Fathers and sons, brothers and cousins
share given names and surnames, so the merge of one person's forms ("Ash Carter",
"Ashton Carter") would make one person of them. ``kin_owner`` finds the name a run is the
relative of; ``persons.PersonFinder`` keeps such pairs apart in ``person_merge``.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.lexicons import words
from app.extract.transliteration import fold

__all__ = ["kin_owner", "kin_pairs"]

KIN_WORDS = words(
    """
son sons daughter daughters father mother brother brothers sister sisters wife husband
widow widower nephew niece uncle aunt cousin grandson granddaughter grandfather
grandmother stepson stepfather son-in-law brother-in-law father-in-law
"""
)


def kin_owner(chunk: Chunk) -> str | None:
    """The last word of the name the run is a relative of ("Massoud" for "Ahmad Massoud,
    son of the late commander Ahmad Shah Massoud"), or None: the run follows "KIN of" and
    lower-case words only, and a capitalised word ends what stands before the kin noun."""
    wide = chunk.wide_before
    k = len(wide) - 1
    while k >= 0 and wide[k].islower() and wide[k] != "of":
        k -= 1  # "the late commander"
    if k < 1 or wide[k] != "of" or wide[k - 1].lower() not in KIN_WORDS:
        return None
    j = k - 2
    if j >= 0 and wide[j] in (",", "("):
        j -= 1
    owner = wide[j] if j >= 0 else ""
    return owner if owner[:1].isupper() and owner.replace("-", "").isalpha() else None


def kin_pairs(
    kin: list[tuple[tuple[str, ...], Chunk, str]], full: list[tuple[tuple[str, ...], Chunk]]
) -> set[frozenset[str]]:
    """Pairs of name forms that are relatives named side by side: each relative (its words,
    run and owner word from ``kin_owner``) and the nearest name before it on its line that
    ends in the owner word."""
    pairs: set[frozenset[str]] = set()
    for name, chunk, owner in kin:
        before = [
            (n, ch)
            for n, ch in full
            if ch.line_no == chunk.line_no
            and ch.toks[-1].end < chunk.toks[0].start
            and fold(n[-1]) == fold(owner)
        ]
        if before:
            other = max(before, key=lambda r: r[1].toks[-1].end)[0]
            pairs.add(frozenset((" ".join(name), " ".join(other))))
    return pairs
