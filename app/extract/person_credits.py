"""Where bylines and photo credits put a name: people the annotation counts who wrote the
story or took its pictures ("By X", "Reporting by X", "X/AFP" in a caption, "Photo credit:
X", "© X"). Split from ``person_context``; ``person_merge`` reads the labels to give such
people the role "credit".
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.chunks import Chunk
from app.extract.lexicons import PLACE_PREPOSITIONS
from app.extract.lexicons import words as _words

__all__ = ["CREDIT_VERBS", "CREDIT_WORDS", "credit_position", "photo_credit_label"]

# Words before "by" that credit the name after it: "Reporting by X", "Photos by X".
CREDIT_VERBS = _words(
    """
reporting writing editing compiled additional photos photo pictures picture photograph
photographs photographed image images video footage story reported written produced posted
"""
)
CREDIT_WORDS = _words(
    """
photo photos photograph photographs picture pictures credit image images
"""
)
_CREDIT_LABELS = _words("credit credits")


def credit_position(chunk: Chunk, before: tuple[str, ...], credit_line: bool) -> bool:
    """Where a byline or a photo credit puts a name."""
    on_credit_line = credit_line and (
        not before
        or before[-1] in {"by", "/", "and", ",", "|", ":"}
        or chunk.after_possessive  # "The Washington Post's X contributed to this report"
    )
    labelled = photo_credit_label(before)
    # "... Reporting by Oliver Holmes; Editing by ..." inside flattened text
    credited_by = len(before) >= 2 and before[-1] == "by" and before[-2].lower() in CREDIT_VERBS
    # "Posted by: Fred Okafor", "Reported by:Aliyu Musa": a colon after "by"
    credited_by = credited_by or (
        before[-2:] == ("by", ":") and len(before) >= 3 and before[-3].lower() in CREDIT_VERBS
    )
    photo_credit = (
        chunk.line_kind == "caption"
        and (
            (bool(before) and before[-1] in {"/", "|"})
            or chunk.after[:1] == ("/",)
            or (len(before) >= 2 and before[-1] == ":" and before[-2] in CREDIT_WORDS)
        )
        and not (before and before[-1] in PLACE_PREPOSITIONS)
    )
    return bool(on_credit_line or credited_by or photo_credit or labelled)


def photo_credit_label(before: Sequence[str]) -> bool:
    """ "Photo credit: X", "Credits: X", "© X", "Picture by X" (lower-cased words before
    the run): a label that credits the run with a picture, on any line."""
    if before[-1:] == ("©",):
        return True
    if len(before) >= 2 and before[-1] == ":" and before[-2] in _CREDIT_LABELS:
        return True
    return len(before) >= 2 and before[-1] == "by" and before[-2] in _PICTURE_WORDS


_PICTURE_WORDS = _words("photo photos picture pictures photograph photographs image images")
