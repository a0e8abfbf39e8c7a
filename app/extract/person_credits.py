"""Where bylines and photo credits put a name: people the annotation counts who wrote the
story or took its pictures ("By X", "Reporting by X", "X/AFP" in a caption, "Photo credit:
X", "© X"). Split from ``person_context``; ``person_merge`` reads the labels to give such
people the role "credit".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.extract.chunks import Chunk
from app.extract.lexicons import FUNCTION_WORDS, PLACE_PREPOSITIONS
from app.extract.lexicons import words as _words

__all__ = [
    "AGENCY_NAMES",
    "CREDIT_VERBS",
    "CREDIT_WORDS",
    "NO_PHOTOGRAPHER",
    "agency_slash",
    "credit_position",
    "inline_credit_end",
    "inline_photo_credit",
    "photo_credit_label",
]

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
    # "This was reported by UNN with reference to ...": a passive verb in a sentence, no
    # credit (cities43)
    credited_by = credited_by and not (len(before) >= 3 and before[-3].lower() in _AUXILIARIES)
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
    return bool(on_credit_line or credited_by or photo_credit or labelled) or (
        bool(before) and before[-1] in {"/", ":"} and inline_photo_credit(chunk)
    )


# Auxiliaries of a passive verb: "was reported by", "has been posted by".
_AUXILIARIES = _words("was were is are been being be")


def photo_credit_label(before: Sequence[str]) -> bool:
    """ "Photo credit: X", "Credits: X", "© X", "Picture by X" (lower-cased words before
    the run): a label that credits the run with a picture, on any line."""
    if before[-1:] == ("©",):
        return True
    if len(before) >= 2 and before[-1] == ":" and before[-2] in _CREDIT_LABELS:
        return True
    return len(before) >= 2 and before[-1] == "by" and before[-2] in _PICTURE_WORDS


_PICTURE_WORDS = _words("photo photos picture pictures photograph photographs image images")


# persons14: a photo credit inside flattened text ("... Damascus August 21 2013.
# REUTERS/Bassam Khabieh Assads officials have said ..."): the agency and a slash credit the
# name after them on any line, not only at a caption's end (``clean._CREDIT_END``).
_SLASH_AGENCIES = frozenset(
    ["REUTERS", "Reuters", "AFP", "AP", "EPA", "EFE", "EPA-EFE", "Xinhua", "XINHUA"]
    + ["Anadolu", "ANADOLU", "SANA", "Sputnik", "TASS", "UPI", "IRNA", "ANSA", "AA"]
)
# "AP Photo/X", "AFP PHOTO/X", "Getty Images/X", "AFP/Getty Images/X", "Anadolu Agency/X"
_AGENCY_SECOND = frozenset(["Photo", "PHOTO", "Photos", "Images", "Agency"])
_PHOTO_LABELS = frozenset(["photo", "photos", "picture", "pictures", "image", "images"])
# What stands before a credit: the caption's last sentence, a bracket, a bar, a dash.
_CREDIT_OPENERS = (".", "(", "[", "|", "-", "—", "–", ":", '"', "”", "’", ";")
# What closes a credit that stands alone: nothing of the next sentence runs into its name.
_CREDIT_CLOSERS = frozenset([")", "]"])
# Words of a credit that are no photographer: "REUTERS/Stringer", "AFP/Handout".
NO_PHOTOGRAPHER = frozenset(
    ["stringer", "staff", "handout", "file", "files", "pool", "str", "ho", "uncredited"]
)


def agency_slash(wide_before: Sequence[str]) -> bool:
    """The words before a run end with an agency and a slash that open a photo credit."""
    if len(wide_before) < 2 or wide_before[-1] != "/":
        return False
    k = len(wide_before) - 2
    labelled = wide_before[k] in _AGENCY_SECOND
    if labelled:
        first = wide_before[k - 1] if k >= 1 else ""
        if wide_before[k] == "Images" and first == "Getty":
            k -= 1
            if k >= 2 and wide_before[k - 1] == "/" and wide_before[k - 2] in _SLASH_AGENCIES:
                k -= 2  # "AFP/Getty Images/X"
        elif first in _SLASH_AGENCIES or (wide_before[k] == "Agency" and first == "Anadolu"):
            k -= 1
        else:
            return _outlet_photo(wide_before[:k])
    elif wide_before[k] == "photo":
        return _outlet_photo(wide_before[:k])
    elif wide_before[k] not in _SLASH_AGENCIES:
        return False
    # "a Reuters/Ipsos poll": a bare agency credits after a sentence, a bracket or a bar, or
    # opening its line; "AP Photo/", "Getty Images/" credit anywhere.
    return labelled or k == 0 or wide_before[k - 1].endswith(_CREDIT_OPENERS)


# An outlet's own photo credit in brackets: "(Courthouse News photo/Molly Quell)".
_OUTLET_WORDS_MAX = 4


def _outlet_photo(outlet: Sequence[str]) -> bool:
    """The words before "photo/" are a bracket's opening and an outlet's name of one to
    four capitalised words ("(Courthouse News photo/X)"); not "a file photo/X" in prose."""
    for n in range(1, min(len(outlet) - 1, _OUTLET_WORDS_MAX) + 1):
        if outlet[-n - 1] == "(":
            return all(w[:1].isupper() for w in outlet[-n:])
    return False


def inline_photo_credit(chunk: Chunk) -> bool:
    """A photographer credited inside the text: "REUTERS/Rodi Said", "AP Photo/Hussein
    Malla", "AFP/Getty Images/Delil Souleiman", or a label before the name and the agency
    after it ("Photo: Ahmed Saad/Reuters")."""
    if agency_slash(chunk.wide_before):
        return True
    before, after = chunk.before, chunk.after
    return (
        len(before) >= 2
        and before[-1] == ":"
        and before[-2].lower() in _PHOTO_LABELS
        and len(after) >= 2
        and after[0] in {"/", ","}
        and after[1].lower() in AGENCY_NAMES
    )


# Agencies a photographer's name is credited to ("Ahmed Saad/Reuters"), lower-cased.
AGENCY_NAMES = frozenset(a.lower() for a in _SLASH_AGENCIES) | {"getty"}


def inline_credit_end(chunk: Chunk, is_sentence_word: Callable[[str], bool]) -> int:
    """How many of the run's words are the credited name after "REUTERS/": flattened text
    runs the next sentence's first words into it ("REUTERS/Rodi Said The advance",
    "REUTERS/Bassam Khabieh Assads officials said", "REUTERS/Khalil Ashawi Rebels said").
    The name stops at a function word or a word that opens sentences
    (``is_sentence_word``, from its second word on: a surname may be a country's name
    only in the first two), and a run running straight into lower-case words gives its
    last word to that sentence."""
    words = chunk.words
    if words[0].lower() in NO_PHOTOGRAPHER:
        return 1  # "REUTERS/Stringer Syrian army ..."
    if chunk.after[:1] and chunk.after[0] in _CREDIT_CLOSERS:
        return len(words)  # "(AP/Mohamed Sheikh Nor)": the bracket ends the name, no sentence
    if (
        chunk.after[:1] in {("/",), (",",)}
        and chunk.after[1:2]
        and (chunk.after[1].lower() in AGENCY_NAMES)
    ):
        return len(words)  # "Photo: Hassan Ali Nor/Reuters": the agency ends the name
    for j in range(1, len(words)):
        low = words[j].lower()
        if low in FUNCTION_WORDS or (j >= 2 and is_sentence_word(words[j])):
            return j
    after = chunk.after
    if (
        len(words) >= 2
        and after
        and after[0][:1].islower()
        and after[0].isalpha()
        and after[0].lower() not in FUNCTION_WORDS
        and after[0] != "via"  # "REUTERS/X via Getty Images"
    ):
        return len(words) - 1
    return len(words)
