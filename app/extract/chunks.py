"""Capitalised word runs ("chunks"): the raw material for person and city candidates.

Names in English news are runs of capitalised words, possibly with lower-case particles
("Abu Yassin al-Homsi", "al Hawl", "Deir ez-Zor") and initials ("Brigitte N. Brantley").
We tokenise each line once and cut it into such runs, keeping what the rules need to look at
around each run: the words before and after, whether it opens a sentence, and whether the
line is a Title Case headline (where capitals say nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress
from typing import NamedTuple

from app.extract.lexicons import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    PARTICLES,
    RUN_PARTICLES,
    SETTLEMENT_PLURALS,
)

# A word keeps its final period only when it is an initial ("N.", "U." of "U.S.") or a known
# abbreviation ("Gen.", "Lt."); a sentence's last word and its period are two tokens.
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# The lookahead (letters, then a period) only saves trying every abbreviation at each word
# (abbreviations are letters only): half of tokenising's CPU, the same tokens.
# A word is letters, digits and joining hyphens or apostrophes, each followed by a letter;
# written as runs of \w between them rather than one character at a time, and possessive
# (nothing after a word could make it give back a letter): the same tokens, a sixth less
# of the tokeniser's time.
_TOKEN = re.compile(
    rf"(?=[^\W\d_]++\.)(?:(?i:{_ABBR})|[^\W\d_])\.|[^\W\d_]\w*+(?:[-’'][^\W\d_]\w*+)*+"
    r"|\d[\w.,:/-]*+|[^\w\s]|\n"
)
# A token with the white space (or underscores: no token starts with either, but "\n",
# which is one) before it, so that findall gives every character of the line.
_SPACED_TOKEN = re.compile(r"((?:[^\S\n]|_)*+)(" + _TOKEN.pattern + ")")
# Text glued at a lower->upper boundary ("CarterSaul Loeb", "ImagesAHMAD") is two pieces.
# Three lower-case letters before the capital keep "McGurk", "MacDonald", "LeBron" whole,
# and so do the Ge'ez first halves of Ethiopian and Eritrean compound names ("servant of",
# "son of", "power of", "plant of", "gift of"...), often written with a capital inside:
# "GebreEgziabher", "WoldeMariam", "HaileSelassie", "TekleHaimanot"; and the Arabic
# "servant of" as Nigerian and Sudanese copy writes it: "AbdulGafar", "AbdulRahman".
_GEEZ_HEADS = ("Gebre", "Wolde", "Welde", "Walde", "Haile", "Tekle", "Habte", "Kidane", "Fikre")
_COMPOUND_HEADS = (*_GEEZ_HEADS, "Abdul")
_GLUED = re.compile(
    r"(?<=[a-z]{3})" + "".join(rf"(?<!\b{h})" for h in _COMPOUND_HEADS) + r"(?=[A-Z])"
)
_HAS_GLUE = re.compile(r"[a-z]{3}[A-Z]")


class Tok(NamedTuple):
    text: str  # without a possessive ending or a sentence-final period
    start: int
    end: int
    space_before: bool
    possessive: bool = False


@dataclass(frozen=True, slots=True)
class Chunk:
    toks: tuple[Tok, ...]
    line_no: int
    before: tuple[str, ...]  # up to 3 preceding words/punctuation, nearest last
    after: tuple[str, ...]  # up to 4 following words/punctuation
    sent_start: bool
    title_case_line: bool  # the sentence is in Title Case (capitals say nothing there)
    line_kind: str
    words: tuple[str, ...] = ()  # the tokens' texts (filled in by ``chunks``)
    # Up to 8 preceding words/punctuation, nearest last: an apposition's role may stand
    # further back than ``before`` reaches ("the mayor of Gao, Sadou Diallo, said").
    wide_before: tuple[str, ...] = ()
    # Up to 10 following words/punctuation: the region that places a village may be named
    # further on ("Vovche, in the southeast corner of the Dnipropetrovsk region").
    wide_after: tuple[str, ...] = ()
    # The word just before is a possessive ("Al Jazeera's Bernard Smith"): the run is
    # something of its owner's, so a name there is no phrase of the sentence.
    after_possessive: bool = False
    # A Title Case sentence that is a comma list of names ("The victims are Musa Sani, Bello
    # Garba and Sani Ali."): person finding reads it as body text.
    list_sentence: bool = False
    # "The villages, located west of Kadugli, are Tangal, El Nogra ...", "listed four
    # villages ... -- Novenke, Basivka": the plural settlement word ("villages") earlier in
    # the sentence when the run follows a copula, "include" or a dash; "" otherwise.
    listed_settlements: str = ""
    # Up to 24 following words when a comma follows the run, else (): the end of a list of
    # names of up to three words each, past ``wide_after`` ("Kann Ni, Mi Galon, Nyaung Yeik
    # Thar and Kaw Bein villages": "villages" is the 11th word after "Kann Ni").
    list_after: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def word_at(self, j: int) -> str:
        """The run's word at ``j``; past the run's end, the first word after it ("" at the
        line's end)."""
        return self.words[j] if j < len(self.words) else (self.after[0] if self.after else "")


def _elided(word: str) -> bool:
    """ "d'Eau", "d’Estaing": a French or Italian particle elided onto a capitalised word,
    the next word of the name before it ("Saut d'Eau", "Valéry Giscard d'Estaing")."""
    return len(word) > 2 and word[0] == "d" and word[1] in "'’" and word[2].isupper()


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(HYPHEN_PARTICLE.match(word))


def tokenize(line: str) -> list[Tok]:
    """Tokens of one line ('|' marks a glued boundary)."""
    sc = _Scan(line)
    return [sc.tok(k) for k in range(len(sc.texts))]


# Tok(...) without the Python-level __new__ a NamedTuple has: the fields in order.
_new_tok = tuple.__new__


class _Scan:
    """One line's tokens. Texts for all of them; positions, spacing and Tok objects only on
    demand - building those for every word was most of the extraction time, and only the
    capitalised runs need them."""

    __slots__ = ("pieces", "texts", "poss", "_offsets")

    def __init__(self, line: str) -> None:
        if _HAS_GLUE.search(line):
            line = _GLUED.sub("\n", line)
        # (white space before, token) pairs: with no match object per token, half the
        # tokeniser's time; offsets are summed from the pieces' lengths when first needed.
        self.pieces: list[tuple[str, str]] = _SPACED_TOKEN.findall(line)
        cut = "- " in line and _CUT_ARTICLE.search(line) is not None
        if cut:
            self.pieces = _join_broken_articles(self.pieces)
        if " X." in line:
            self.pieces = _platform_x(self.pieces)
        self._offsets: list[int] | None = None
        texts = [piece[1] for piece in self.pieces]
        if "\n" in line:
            texts = ["|" if w == "\n" else w for w in texts]
        self.poss: set[int] = set()
        if "'" in line or "’" in line:
            for k, w in enumerate(texts):
                if len(w) > 3 and (w[-1] in "’'" or (w[-1] == "s" and w[-2] in "’'")):
                    self.poss.add(k)
                    texts[k] = w[:-1] if w[-1] != "s" else w[:-2]
        self.texts = texts
        if cut:
            # "al- Msheik" (a broken form) is read as "al-Msheik"
            self.texts = [w.replace("- ", "-") if "- " in w else w for w in texts]

    def offsets(self) -> list[int]:
        """Where each piece ends: token k spans offsets[2k] to offsets[2k + 1]."""
        if self._offsets is None:
            self._offsets = list(accumulate(map(len, chain.from_iterable(self.pieces))))
        return self._offsets

    def space(self, k: int) -> bool:
        if k == 0:
            return bool(self.pieces[0][0])
        return self.texts[k - 1] == "|" or bool(self.pieces[k][0])

    def tok(self, k: int) -> Tok:
        at = self.offsets()
        return Tok(self.texts[k], at[2 * k], at[2 * k + 1], self.space(k), k in self.poss)

    def toks(self, i: int, j: int) -> tuple[Tok, ...]:
        """``tok(k)`` for k in i..j-1, built in one loop (a run's tokens, for its chunk)."""
        at, pieces, texts, poss = self.offsets(), self.pieces, self.texts, self.poss
        out = []
        for k in range(i, j):
            space = bool(pieces[k][0]) or (k > 0 and texts[k - 1] == "|")
            out.append(_new_tok(Tok, (texts[k], at[2 * k], at[2 * k + 1], space, k in poss)))
        return tuple(out)


def _platform_x(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "wrote on X. Benjamin Netanyahu said": the platform X and a sentence's period, no
    initial opening the next name (read so after "on" or "via")."""
    out: list[tuple[str, str]] = []
    for k, (space, text) in enumerate(pieces):
        if text == "X." and k > 0 and pieces[k - 1][1].lower() in _PLATFORM_BEFORE:
            out += [(space, "X"), ("", ".")]
        else:
            out.append((space, text))
    return out


_PLATFORM_BEFORE = frozenset(["on", "via"])


# The Arabic article and its assimilated forms as news writes them before a name ("al-",
# "el-", "ash-", "ad-", "ul-"), one list for ``_HYPHEN_HEADS`` and the broken word: an
# article cut from its name by a space ("the village of al- Msheik", "Ramziyya al- Abdul")
# is one word, as the pages whose every article is written so mean it.
_ARTICLE_FORMS: tuple[str, ...] = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az")
_ARTICLE_FORMS += ("ed", "en", "er", "es", "et", "ez", "ul")
_BROKEN_ARTICLES = frozenset(_ARTICLE_FORMS) | {"Al", "El"}
_CUT_ARTICLE = re.compile(rf"\b(?:Al|El|{'|'.join(_ARTICLE_FORMS)})- (?=[A-Z])")


def _join_broken_articles(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (space, token) pieces with "al", "-" and a capitalised word after one space
    joined into one piece ("al- Msheik"; its text is read without the space)."""
    out: list[tuple[str, str]] = []
    k, n = 0, len(pieces)
    while k < n:
        if (
            k + 2 < n
            and pieces[k][1] in _BROKEN_ARTICLES
            and pieces[k + 1] == ("", "-")
            and pieces[k + 2][0] == " "
            and pieces[k + 2][1][:1].isupper()
        ):
            out.append((pieces[k][0], pieces[k][1] + "- " + pieces[k + 2][1]))
            k += 3
            continue
        out.append(pieces[k])
        k += 1
    return out


def _title_case(words: list[str]) -> bool:
    if len(words) > 80:
        return False  # far more than 25 words: a paragraph, not a headline
    words = [w for w in words if w[:1].isalpha()]
    long = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(long) < 3:
        return False
    # Headlines in Title Case: (nearly) every content word capitalised, short line.
    return len(words) <= 25 and sum(w[:1].isupper() for w in long) / len(long) >= 0.9


def _list_sentence(words: list[str]) -> bool:
    """ "The victims are Musa Sani, Bello Garba, Abdullahi Yusuf and Sani Ali.": a sentence
    of names is mostly capitals, but a headline has no full stop after a comma list and no
    lower-case content word among its capitals ("Russia, Turkey, Iran Agree on Zones").
    Person finding reads such a sentence as body text; place finding keeps its Title Case
    reading (reading it as body text found wrong places on unseen pages)."""
    if words[-1:] != ["."]:
        return False
    if words.count(",") >= 2 and any(
        w.islower() and w.isalpha() and w not in FUNCTION_WORDS for w in words
    ):
        return True
    # "Others were Justices Joyce Abdulmalik, Emeka Nwite and Obiora Egwuatu.": Title Case
    # writes its verbs in capitals ("Others Were"); only articles, conjunctions and short
    # prepositions stay small. A lower-case verb in a sentence of names joined by a comma
    # or "and" is prose.
    return ("," in words or "and" in words) and any(w in _PROSE_VERBS for w in words if w.islower())


# Verbs a Title Case headline would capitalise ("Are", "Were", "Is"); in lower case they
# make the sentence prose.
_PROSE_VERBS = frozenset(
    ["is", "are", "was", "were", "be", "been", "include", "included", "includes", "has", "had"]
)


# "al Qaim", "el Hol": an Arabic article may open a name in lower case.
_LEAD_PARTICLES = frozenset(["al", "el"])
# "do" and "lui" are English and French words too: they join only before a word English
# rarely writes (Zipf < 4: "Rio do Sul", "Carlos do Rosário", "Vadul lui Voda"; not
# "Ukrainians do Christmas shopping", "the rebels do Battle").
_ADDED_PARTICLES = RUN_PARTICLES - PARTICLES
_RARE_ZIPF = 4.0


def _rare_in_english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < _RARE_ZIPF


_SENT_END = frozenset([".", "!", "?", ":", "“", '"', "|", "–", "—", "-", "(", "["])
_STOPS = frozenset([".", "!", "?"])


class _SentenceCase:
    """Title Case per sentence, computed only for sentences that hold a run: a headline
    glued in front of flattened story text ("Syria Five Civilians Killed in Car Bomb
    Attack. Five civilians were killed...") is Title Case on its own."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.first_end = next((k + 1 for k, w in enumerate(texts) if w in _STOPS), len(texts))
        self.memo: dict[bool, bool] = {}
        self.lists: dict[bool, bool] = {}

    def at(self, i: int) -> bool:
        # Only the line's first sentence can be a glued headline; the rest of the line is
        # judged as a whole, as before (a credit sentence "Reporting by Oliver Holmes;
        # Editing by ..." is all capitals but no headline).
        first = i < self.first_end < len(self.texts)
        if first not in self.memo:
            self.memo[first] = _title_case(self.texts[: self.first_end] if first else self.texts)
        return self.memo[first]

    def names_list(self, i: int) -> bool:
        """The sentence holding token ``i`` is a comma list of names (``_list_sentence``)."""
        first = i < self.first_end < len(self.texts)
        if first not in self.lists:
            self.lists[first] = _list_sentence(
                self.texts[: self.first_end] if first else self.texts
            )
        return self.lists[first]


def chunks(line: str, line_no: int = 0, kind: str = "body") -> list[Chunk]:
    if line.islower():
        # No capital anywhere, so no run: skip tokenising (a long page in lower case
        # spent seconds here to find nothing).
        return []
    sc = _Scan(line)
    texts = sc.texts
    n = len(texts)
    caps = list(map(_opens_capitalised.__getitem__, texts))
    if True not in caps:
        return []
    words = tuple(texts)  # (a chunk's word tuples are slices of it: one copy each)
    title_case = _SentenceCase(texts)
    poss = sc.poss
    space = sc.space
    out: list[Chunk] = []
    particles = RUN_PARTICLES
    # Only a capitalised word or a leading particle opens a run: the loop visits those
    # (found in C when the line has no particle) rather than every token of the line.
    if "al" in texts or "el" in texts:
        starts: Iterable[int] = [k for k in range(n) if caps[k] or texts[k] in _LEAD_PARTICLES]
    else:
        starts = compress(range(n), caps)
    end = 0  # where the last run ended: no run starts inside it
    for i in starts:
        if i < end:
            continue
        if not caps[i] and not (i + 1 < n and caps[i + 1] and space(i + 1)):
            continue  # a leading particle with no capitalised word after it
        j = i + 1
        while j < n:
            if j - 1 in poss:
                break
            w = texts[j]
            # A lower-case particle joins only when a capitalised word follows it.
            joins = (
                caps[j]
                or _elided(w)
                or (
                    (w in particles or w == "sheikh" or (w == "y" and j - i >= 2))
                    and j + 1 < n
                    and (w not in _ADDED_PARTICLES or _rare_in_english(texts[j + 1]))
                    and (
                        _is_cap(texts[j + 1])
                        # a two-word particle: "von der Leyen", "de los Santos"
                        or (texts[j + 1] in particles and j + 2 < n and _is_cap(texts[j + 2]))
                    )
                )
            )
            if not joins or (not space(j) and not texts[j - 1].endswith(".")):
                break
            j += 1
        # ("y" joins Spanish double surnames after a given name and a first surname:
        # "Alejandro Garza y Garza", "José Ortega y Gasset"; not "Juan y María".)
        # Trailing particles ("... of al") are not part of the run.
        while j - 1 > i and texts[j - 1] in particles:
            j -= 1
        prev = words[max(0, i - 3) : i]
        sent_start = (
            i == 0
            or (prev and prev[-1] in _SENT_END)
            or (i >= 2 and texts[i - 1] in {"“", '"'} and texts[i - 2] in _SENT_END)
        )
        tc = title_case.at(i)
        listed = (
            _settlements_listed(texts, i)
            if i
            and (
                texts[i - 1] in _LIST_OPENERS
                or (texts[i - 1] == "as" and i >= 2 and texts[i - 2] == "such")
            )
            else ""
        )
        out.append(
            Chunk(
                sc.toks(i, j),
                line_no,
                prev,
                words[j : j + 4],
                bool(sent_start),
                tc,
                kind,
                words[i:j],
                words[max(0, i - 8) : i],
                words[j : j + 10],
                i - 1 in poss,
                tc and title_case.names_list(i),
                listed,
                # (only a comma list needs the words past ``wide_after``)
                words[j : j + _LIST_REACH] if j < n and texts[j] == "," else (),
            )
        )
        end = j
    return out


# Words after which a list may name what the sentence's plural subject holds.
_LIST_OPENERS = frozenset(["are", "were", "include", "included", "including", ":", "-", "–", "—"])
# "eight townships in the municipality of X, including A, B and C": townships inside a
# municipality (Colombia's corregimientos) are its villages; elsewhere townships are units
# (Myanmar's), named after their towns (``division_lists``).
_MUNICIPALITY = frozenset(["municipality", "municipalities"])
_LOOK_BACK = 30  # words back to the sentence's start, at most
_LIST_REACH = 24  # words after a run that ``list_after`` keeps


def _settlements_listed(texts: list[str], i: int) -> str:
    """The plural settlement word earlier in the sentence before token ``i`` ("villages" in
    "The villages, located west of Kadugli, are"), or ""."""
    for k in range(i - 2, max(-1, i - 2 - _LOOK_BACK), -1):
        w = texts[k]
        if w in _STOPS or w == "|":
            return ""
        if w.lower() in SETTLEMENT_PLURALS:
            return w.lower()
        if w == "townships" and _MUNICIPALITY.intersection(texts[k + 1 : k + 5]):
            return w
    return ""


# First letters of hyphenated particles ("al-Homsi", "ez-Zor") that count as capitalised.
_HYPHEN_HEADS = frozenset(p + "-" if len(p) == 2 else p[:3] for p in _ARTICLE_FORMS)


# Distinct tokens ``_CapitalisedTokens`` keeps at most (numbers and typos keep coming).
_CAPITALISED_LIMIT = 1 << 17


class _CapitalisedTokens(dict):
    """Token -> whether it counts as capitalised (a capital first, or a hyphenated particle
    before one: "al-Homsi"). Remembered per process: the same tokens recur on every line,
    and a dict read per token (``map`` over the line, in C) costs half the test's time."""

    def __missing__(self, word: str) -> bool:
        if len(self) > _CAPITALISED_LIMIT:
            self.clear()
        cap = self[word] = word[0].isupper() or (word[:3] in _HYPHEN_HEADS and _is_cap(word))
        return cap


_opens_capitalised = _CapitalisedTokens()
