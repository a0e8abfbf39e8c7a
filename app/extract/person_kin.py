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

__all__ = ["kin_by_pronoun", "kin_owner", "kin_pairs", "pronoun_kin_pairs"]

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


# Possessive pronouns before a kin noun: "succeeded by his son, Mahamat Idriss Deby".
_POSSESSIVES = frozenset(["his", "her", "their"])


def kin_by_pronoun(chunk: Chunk) -> bool:
    """The run follows "his/her/their KIN", a comma or lower-case words aside ("succeeded by
    his son, Mahamat Idriss Deby", "after his father, President Idriss Deby Itno, died",
    "his late father Idriss Deby"): a relative of a person named before, whose name the
    relative's often holds whole (patronymic naming: the son's name ends in the father's)."""
    wide = chunk.wide_before
    k = len(wide) - 1
    if k >= 0 and wide[k] == ",":
        k -= 1
    while k >= 0 and wide[k].islower() and wide[k] not in KIN_WORDS and wide[k] != "of":
        k -= 1  # "his late father", "her eldest son"
    if k < 1 or wide[k].lower() not in KIN_WORDS:
        return False
    j = k - 1
    while j >= 1 and wide[j].islower() and wide[j] not in _POSSESSIVES:
        j -= 1  # "his eldest son"
    return wide[j].lower() in _POSSESSIVES


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


def pronoun_kin_pairs(
    kin: list[tuple[tuple[str, ...], Chunk]], full: list[tuple[tuple[str, ...], Chunk]]
) -> set[frozenset[str]]:
    """Pairs of name forms kept apart for each relative after "his/her KIN" (``kin_by_pronoun``):
    every other full name before it that one name's words end the other's ("Idriss Deby" and
    "Mahamat Idriss Deby"), the usual shape of a father's and a son's names, which the merge
    would otherwise join as one man's shorter and longer forms."""
    pairs: set[frozenset[str]] = set()
    for name, chunk in kin:
        here = (chunk.line_no, chunk.toks[0].start)
        key = [fold(w) for w in name]
        for other, ch in full:
            if (ch.line_no, ch.toks[0].start) >= here or len(other) < 2:
                continue
            okey = [fold(w) for w in other]
            if okey == key:
                continue
            short, long_ = sorted((key, okey), key=len)
            if len(short) >= 2 and long_[-len(short) :] == short:
                pairs.add(frozenset((" ".join(name), " ".join(other))))
    return pairs
