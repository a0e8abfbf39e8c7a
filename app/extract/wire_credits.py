"""Wire credit lines without "By": "Haro Chakmakjian, AFP", "NIKO PRICE, Associated Press
Writer", or a photo credit ending a caption ("... Marawi, August 30, 2017. Froilan
Gallardo, Reuters", "... on September 3. JUAN PEREZ (AFP)"). The annotation rules count
these people, with the role the credit gives them (``author`` for a byline, ``credit``
for a photo).
"""

from __future__ import annotations

import re

from app.extract.chunks import Chunk
from app.extract.lexicons import words as _words
from app.extract.person_names import AGENCY_WORDS

__all__ = ["wire_credit_line", "wire_credit_role"]

# Wire agencies as a byline writes them after the reporter's name.
_WIRE_AGENCIES = (
    "AFP",
    "Reuters",
    "AP",
    "Associated Press",
    "Agence France-Presse",
    "EFE",
    "Anadolu",
    "Xinhua",
    "dpa",
    "DPA",
    "ANSA",
    "UPI",
    "APAnews",
    "AA",
    "IANS",
    "PTI",
    "Bloomberg",
    "TASS",
    "Sputnik",
)
_WIRE_CREDIT_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, ?(?:"
    + "|".join(sorted(_WIRE_AGENCIES, key=len, reverse=True))
    + r")\s*$"
)


_NAME_AGENCY_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} (?:Associated Press|Agence France-Presse)$"
)


def wire_credit_line(text: str) -> bool:
    """A line that is only a wire byline ("Haro Chakmakjian, AFP", "Yuri Bagrov Associated
    Press"): kept with the story even above the headline, where page furniture is dropped."""
    line = text.strip()
    return len(text) <= 80 and bool(
        _WIRE_CREDIT_LINE.match(line)
        or (_NAME_AGENCY_LINE.match(line) and not line.startswith("The "))
    )


def wire_credit_role(chunk: Chunk) -> str | None:
    """ "Haro Chakmakjian, AFP" alone on a line (a wire byline) or ending a caption ("...
    Marawi, August 30, 2017. Froilan Gallardo, Reuters": a photo credit); the role its
    line gets, or None."""
    if _name_then_agency(chunk):
        return "credit" if chunk.line_kind == "caption" else "author"
    if _paren_agency_credit(chunk):
        return "credit"
    if len(chunk.words) < 2 or len(chunk.words) > 4:
        return None
    if chunk.before and not chunk.before[-1].endswith((".", "—", "–", "-", "|")):
        return None  # the credit opens its line or follows a caption's last sentence
    after = [a.lower() for a in chunk.after]
    while len(after) > 2 and after[-1] in _CREDIT_JOBS:
        after.pop()  # "NIKO PRICE, Associated Press Writer"
    agency = after[1:] in (["associated", "press"], ["agence", "france-presse"]) or (
        len(after) == 2 and after[1] in AGENCY_WORDS
    )
    if not (after[:1] == [","] and agency):
        return None
    # After a sentence of its own line the credit is a photo's, whatever the segmenter
    # called the line: a byline stands alone.
    return "credit" if chunk.line_kind == "caption" or chunk.before else "author"


_CREDIT_JOBS = _words("writer writers staff correspondent reporter photographer")
# Agencies whose two-word name no personal name ends with: a byline line may give them after
# the reporter's name with no comma ("Yuri Bagrov Associated Press").
_TWO_WORD_AGENCIES = (("Associated", "Press"), ("Agence", "France-Presse"))


def _paren_agency_credit(chunk: Chunk) -> bool:
    """A caption ends with the photographer and the agency in brackets: "... an operation
    on September 3. JUAN PEREZ (AFP)"."""
    after = chunk.after
    return (
        chunk.line_kind == "caption"
        and 2 <= len(chunk.words) <= 4
        and len(after) == 3
        and after[0] == "("
        and after[2] == ")"
        and (after[1].lower() in AGENCY_WORDS or after[1] in _WIRE_AGENCIES)
        # after the caption's sentence: a caption that is only "Rebels Feeling Defenseless
        # (AP)" is a headline's copy with the agency
        and bool(chunk.before)
        and chunk.before[-1].endswith((".", "—", "–", "-", "|"))
    )


def _name_then_agency(chunk: Chunk) -> bool:
    """The whole line is a name of two or three words and a two-word agency."""
    words = chunk.words
    return (
        not chunk.before
        and not chunk.after
        and 4 <= len(words) <= 5
        and words[-2:] in _TWO_WORD_AGENCIES
        and words[0].lower() not in AGENCY_WORDS
        and words[0] != "The"
    )
