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

__all__ = ["kin_owner"]

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
