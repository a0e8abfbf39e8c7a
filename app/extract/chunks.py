"""Capitalised word runs ("chunks"): the raw material for person and city candidates.

Names in English news are runs of capitalised words, possibly with lower-case particles
("Abu Yassin al-Homsi", "al Hawl", "Deir ez-Zor") and initials ("Brigitte N. Brantley").
We tokenise each line once and cut it into such runs, keeping what the rules need to look at
around each run: the words before and after, whether it opens a sentence, and whether the
line is a Title Case headline (where capitals say nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.lexicons import ABBREVIATIONS, FUNCTION_WORDS, HYPHEN_PARTICLE, PARTICLES

_TOKEN = re.compile(r"[^\W\d_](?:[\w]|[-’'](?=[^\W\d_]))*\.?|\d[\w.,:/-]*|[^\w\s]")
# Text glued at a lower->upper boundary ("CarterSaul Loeb", "ImagesAHMAD") is two pieces.
# Three lower-case letters before the capital keep "McGurk", "MacDonald", "LeBron" whole.
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class Tok:
    text: str  # without a possessive ending or a sentence-final period
    start: int
    end: int
    space_before: bool
    possessive: bool = False


@dataclass(frozen=True)
class Chunk:
    toks: tuple[Tok, ...]
    line_no: int
    before: tuple[str, ...]  # up to 3 preceding words/punctuation, nearest last
    after: tuple[str, ...]  # up to 4 following words/punctuation
    sent_start: bool
    title_case_line: bool
    line_kind: str

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.toks]

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(HYPHEN_PARTICLE.match(word))


def tokenize(line: str) -> list[Tok]:
    line = _GLUED.sub("\n", line)
    toks: list[Tok] = []
    prev_end = 0
    for m in _TOKEN.finditer(line):
        word = m.group(0)
        space = m.start() > prev_end
        if "\n" in line[prev_end : m.start()]:
            toks.append(Tok("|", prev_end, m.start(), True))
        prev_end = m.end()
        if word.endswith(".") and len(word) > 1:
            core = word[:-1]
            if not (len(core) == 1 or core.lower() in ABBREVIATIONS or "." in core):
                toks.append(Tok(core, m.start(), m.end() - 1, space))
                toks.append(Tok(".", m.end() - 1, m.end(), False))
                continue
        poss = bool(_POSSESSIVE.search(word)) and len(word) > 3 and word[-2:] != "'"
        if poss:
            word = _POSSESSIVE.sub("", word)
        toks.append(Tok(word, m.start(), m.end(), space, poss))
    return toks


def _title_case(toks: list[Tok]) -> bool:
    words = [t.text for t in toks if t.text[:1].isalpha()]
    long = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(long) < 3:
        return False
    # Headlines in Title Case: (nearly) every content word capitalised, short line.
    return len(words) <= 25 and sum(w[:1].isupper() for w in long) / len(long) >= 0.9


# "al Qaim", "el Hol": an Arabic article may open a name in lower case.
_LEAD_PARTICLES = frozenset(["al", "el"])
_SENT_END = {".", "!", "?", ":", "“", '"', "|", "–", "—", "-", "(", "["}


def chunks(line: str, line_no: int = 0, kind: str = "body") -> list[Chunk]:
    toks = tokenize(line)
    title_case = _title_case(toks)
    out: list[Chunk] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        lead_particle = (
            t.text in _LEAD_PARTICLES
            and i + 1 < n
            and _is_cap(toks[i + 1].text)
            and toks[i + 1].space_before
        )
        if not (lead_particle or (_is_cap(t.text) and t.text[:1].isalpha())):
            i += 1
            continue
        j = i + 1
        while j < n:
            w = toks[j].text
            if not toks[j].space_before and not toks[j - 1].text.endswith("."):
                break
            if toks[j - 1].possessive:
                break
            if _is_cap(w) and w[:1].isalpha():
                j += 1
                continue
            # A lower-case particle joins only when a capitalised word follows it.
            if (w in PARTICLES or w == "sheikh") and j + 1 < n and _is_cap(toks[j + 1].text):
                j += 1
                continue
            break
        # Trailing particles ("... of al") are not part of the run.
        while j - 1 > i and toks[j - 1].text in PARTICLES:
            j -= 1
        prev = [x.text for x in toks[max(0, i - 3) : i]]
        sent_start = (
            i == 0
            or (prev and prev[-1] in _SENT_END)
            or (i >= 2 and toks[i - 1].text in {"“", '"'} and toks[i - 2].text in _SENT_END)
        )
        out.append(
            Chunk(
                tuple(toks[i:j]),
                line_no,
                tuple(prev),
                tuple(x.text for x in toks[j : j + 4]),
                bool(sent_start),
                title_case,
                kind,
            )
        )
        i = j
    return out
