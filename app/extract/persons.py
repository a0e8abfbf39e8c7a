"""Person names from capitalised word runs, by rules and lexicons (no statistical model).

A run becomes a person when, after dropping its title phrase ("French Defense Minister"),
what is left looks like a personal name and something vouches for it: a known given name
first, a title or role in front ("Gen.", "spokesman"), a speech verb after ("X told"), or a
credit position (byline, "Reporting by", a photo credit next to an agency). Runs holding an
organisation, building or place word are not people. All forms of one person in the article
are then merged under the fullest one; lone surnames only count as mentions of a full name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from app.domain import PersonMention
from app.extract.chunks import Chunk
from app.extract.gazetteer import Gazetteer, fold, skeleton
from app.extract.lexicons import (
    DIRECTIONS,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    SETTLEMENT_WORDS,
    STRICT_TITLES,
    TITLE_WORDS,
    TRANSLITERATED_COUNTRIES,
    is_common_form,
    is_common_word,
    is_first_name,
)
from app.extract.lexicons import words as _words

SPEECH_VERBS = _words(
    """
said says told added stated explained wrote noted warned claimed insisted argued
announced confirmed denied urged called acknowledged asked replied continued recalled
estimated
"""
)
ROLE_WORDS = STRICT_TITLES | _words(
    """
spokesman spokeswoman spokesperson official commander activist resident witness analyst
expert researcher member head leader chief founder director officer soldier fighter
militant lawmaker politician minister envoy adviser advisor aide negotiator doctor nurse
student teacher father mother son daughter brother sister wife husband photographer
journalist reporter correspondent editor writer professor pilot victim cameraman
photojournalist colleague lawmaker
"""
)
CREDIT_VERBS = _words("reporting writing editing compiled additional photos photo pictures")
# Verbs that may stand before the speaker's name: '..., said Umm Khaled, a mother of five.'
INVERTED_SPEECH = _words("said says added explained continued noted wrote")
# Honorifics that are also part of some personal names: "President Hassan Sheikh Mohamud".
NAME_HONORIFICS = _words("sheikh shaikh sheik haji hajji")
# "in X", "near X": a run right after these is a place ("in Sulaiman al-Halabi"), not a person.
PLACE_ONLY_PREPOSITIONS = _words("in near into toward towards outside inside across around")
_KUNYA = frozenset(["abu", "umm"])
_LINEAGE = frozenset(["bin", "ibn", "bint", "ben", "ould", "ag"])
# Credit-line words that are agencies or photo furniture, never a photographer's name.
AGENCY_WORDS = _words(
    """
afp ap reuters epa efe getty images photo photos pool handout dod xinhua anadolu sana
upi tass irna ansa sputnik shutterstock bloomberg video file courtesy picture pictures
ria novosti interfax amaq tasnim mehr isna anha petra kuna qna wam
"""
)
CREDIT_WORDS = _words(
    """
photo photos picture pictures credit image images
"""
)
# Nouns that introduce the name of a publication, group or thing, not a person.
MEDIA_NOUNS = _words(
    """
newspaper magazine daily weekly channel station broadcaster agency website site outlet
group party militia faction organisation organization company firm ship vessel operation
hotel brand network programme program show film book novel
"""
)
PLACE_PREPOSITIONS = _words(
    """
in at near from to outside into
"""
)
# A place this big as the whole candidate is a place ("Abu Dhabi"), not a kunya.
_PLACE_NOT_PERSON_POP = 1000
# A city this big glued in front of a name is the end of the previous phrase.
_PLACE_HEAD_POP = 100_000


def person_key(name: str) -> str:
    """Identity of a person across the archive: accents, case, punctuation folded."""
    text = anyascii(name).lower()
    text = re.sub(r"[’'`.]", "", text)
    return re.sub(r"[\s\-]+", " ", text).strip()


def _norm_word(word: str, shout: bool) -> str:
    """'AL-RUBAYE' -> 'al-Rubaye', 'AHMAD' -> 'Ahmad' (only for names written in capitals)."""
    if not shout:
        return word
    parts = word.split("-")
    out = []
    for k, p in enumerate(parts):
        low = p.lower()
        if k < len(parts) - 1 and low in PARTICLES | {"ad", "an", "ar", "as", "ash", "at", "az"}:
            out.append(low)
        else:
            out.append(p[:1] + p[1:].lower())
    return "-".join(out)


@lru_cache(maxsize=1 << 14)
def _bare(word: str) -> str:
    """Surname without an Arabic article: 'al-Homsi' -> 'homsi'."""
    w = fold(word)
    return re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul) ", "", w)


@dataclass
class _Person:
    words: tuple[str, ...]
    forms: Counter = field(default_factory=Counter)  # display form -> mentions
    count: int = 0

    @property
    def last(self) -> str:
        return _bare(self.words[-1])

    @property
    def first(self) -> str:
        return fold(self.words[0])


def _split_repeats(words: list[str]) -> list[list[str]]:
    """'AHMAD AL-RUBAYEAHMAD AL-RUBAYE' (a credit printed twice, glued) -> two runs; a list
    without commas ('Omar Al Shishani Alaa Al Din Al Shishani') -> one run per name."""
    head = words[0]
    for k, w in enumerate(words[1:], start=1):
        if w.isupper() and len(w) > len(head) + 2 and w.endswith(head):
            return [words[:k] + [w[: -len(head)]]] + _split_repeats([head] + words[k + 1 :])
    for k, w in enumerate(words[:-2]):
        if len(w) > 3 and w.lower() not in PARTICLES and k >= 1 and w in words[k + 2 :]:
            return [words[: k + 1]] + _split_repeats(words[k + 1 :])
    return [words]


def _is_titleish(word: str, gaz: Gazetteer) -> bool:
    if word[:1].islower():
        return False  # inside a run, a lower-case word is part of the name ("Hassan sheikh")
    low = word.lower().strip(".")
    return (
        low in TITLE_WORDS
        or low in FUNCTION_WORDS
        or fold(word) in gaz.country_forms
        or low.rstrip("s") in TITLE_WORDS
    )


class PersonFinder:
    """Collects candidates over an article's chunks, then merges them."""

    def __init__(self, gaz: Gazetteer, countries: frozenset[str] | set[str] = frozenset()) -> None:
        self.gaz = gaz
        # Countries the article names where place names are transliterated: a run that is
        # another spelling of a place there ("Maaret al-Numan") is no person.
        self.variant_countries = set(countries) & TRANSLITERATED_COUNTRIES
        self.full: list[tuple[tuple[str, ...], Chunk]] = []
        self.singles: list[tuple[str, Chunk, bool]] = []  # (word, chunk, titled)
        self.spans: set[tuple[int, int]] = set()  # (line_no, token start) used by persons
        self.maybe: list[tuple[tuple[str, ...], Chunk]] = []
        self.bounds: set[tuple[int, int]] = set()  # accepted runs: (line, start), (line, -end)

    def feed(self, chunk: Chunk, credit_line: bool) -> None:
        words = [w for w in chunk.words if w != "|"]
        if not words or (len(words) == 1 and words[0].lower() in FUNCTION_WORDS):
            return  # "The", "In": a capitalised sentence opener
        if len(words) > 1:
            for part in _split_repeats(words):
                self._take(part, chunk, credit_line)
        else:
            self._take(words, chunk, credit_line)

    def _take(self, words: list[str], chunk: Chunk, credit_line: bool) -> None:
        gaz = self.gaz
        # The name is the run's tail after its last title/organisation word.
        k = len(words)
        while (
            k > 0 and not _is_titleish(words[k - 1], gaz) and words[k - 1].lower() not in ORG_WORDS
        ):
            k -= 1
        name = words[k:]
        head = words[:k]
        if (
            len(name) >= 3
            and name[0][:1].isupper()
            and "-" not in name[0]
            and fold(name[0]) not in PLACE_PREFIXES
            and name[1][:1].isupper()
            and is_first_name(name[1])
            and any(c.population >= _PLACE_HEAD_POP for c in gaz.lookup(name[0]))
            and not is_first_name(name[0])
        ):
            # Flattened text: "... district in Aleppo Ibrahim Abu Leith told Anadolu".
            head, name = [*head, name[0]], name[1:]
        if (
            name
            and len(head) >= 2
            and head[-1].lower() in NAME_HONORIFICS
            and is_first_name(head[-2])
            and not _is_titleish(head[-2], gaz)
        ):
            # "President Hassan Sheikh Mohamud": the honorific sits inside the name.
            name, head = head[-2:] + name, head[:-2]
        if chunk.title_case_line and len(name) > 1:
            # In a Title Case headline the name ends where the verb begins ("Pope Francis
            # Prays for ...", "Ash Carter Visits Iraq"); in a longer run, at the first
            # ordinary word.
            cut = next(
                (
                    m
                    for m, w in enumerate(name[1:], start=1)
                    if is_common_form(w) and not is_common_word(w) and not is_first_name(w)
                ),
                None,
            )
            if cut is None and len(name) > 2:
                cut = next(
                    (
                        m
                        for m, w in enumerate(name[1:], start=1)
                        if is_common_form(w) and not is_first_name(w)
                    ),
                    None,
                )
            if cut is not None:
                name = name[:cut]
        if not name or len(name) > 5:
            return
        before = [b.lower().strip(".") for b in chunk.before]
        strict = (
            any(w.lower().strip(".") in STRICT_TITLES for w in head)
            or (not head and bool(before) and before[-1] in ROLE_WORDS)
            or (
                bool(head)
                and len(before) >= 2
                and before[-1] == "of"
                and before[-2] in STRICT_TITLES
            )
        )
        if head and head[-1].lower() in ORG_WORDS and not strict:
            return  # "Islamic State Abu Bakr" is not how names are written: skip the run
        if (
            len(before) >= 2
            and before[-1] == "of"
            and (before[-2] in PLACE_TYPE_AFTER or before[-2] in SETTLEMENT_WORDS)
        ):
            return  # "the neighborhoods of Sulaiman al-Halabi", "the town of Abu Hamam"
        if name and fold(name[0]) in PLACE_PREFIXES | DIRECTIONS:
            return  # "Tal Hamis", "Khan Shaykhun": Arabic place names
        if any(fold(w) in DIRECTIONS for w in name):
            return
        if before and before[-1] in MEDIA_NOUNS:
            return  # "the satirical newspaper Charlie Hebdo", "the group Ahrar al-Sham"
        if fold(name[0]) in NUMBER_WORDS:
            return  # "Five Civilians Killed"
        if chunk.after and chunk.after[0].lower() in PLACE_TYPE_AFTER:
            return  # "Sheikh Radwan neighbourhood", "Abu Ghraib prison"
        if chunk.after[:1] == ("and",) and any(
            a.lower() in PLACE_TYPE_AFTER for a in chunk.after[2:4]
        ):
            return  # "on Sulaiman al-Halabi and al-Midan neighborhoods"
        if (
            len(chunk.after) >= 3
            and chunk.after[0] in {"(", "["}
            and chunk.after[2] in {")", "]"}
            and chunk.after[1].isupper()
            and len(chunk.after[1]) >= 2
        ):
            return  # "Hayat Tahrir al-Sham (HTS)": a name with an acronym is an organisation
        if (
            len(name) >= 3
            and name[-1].isupper()
            and len(name[-1]) >= 2
            and not all(w.isupper() for w in name)
        ):
            name = name[:-1]  # "Silvia Dallatomasina MSF": a trailing acronym is no name
        credit = (
            (
                (credit_line and (not before or before[-1] in {"by", "/", "and", ",", "|"}))
                # "... Reporting by Oliver Holmes; Editing by ..." inside flattened text
                or (len(before) >= 2 and before[-1] == "by" and before[-2].lower() in CREDIT_VERBS)
            )
            or (
                chunk.line_kind == "caption"
                and (
                    (before and before[-1] in {"/", "|"})
                    or chunk.after[:1] == ("/",)
                    or (len(before) >= 2 and before[-1] == ":" and before[-2] in CREDIT_WORDS)
                )
                and not (before and before[-1] in PLACE_PREPOSITIONS)
            )
        )
        after = [a.lower() for a in chunk.after]
        speech = (bool(after) and after[0] in SPEECH_VERBS) or (
            # '..., said Umm Khaled, a mother of five.'
            bool(before)
            and before[-1] in INVERTED_SPEECH
            and not head
            and (not after or after[0] in {",", ".", "|"})
        )
        role_before = not head and (
            (len(before) >= 1 and before[-1].rstrip("s") in ROLE_WORDS)
            # "Her husband, Abu Ahmed, was held"
            or (len(before) >= 2 and before[-1] == "," and before[-2] in ROLE_WORDS)
        )
        place_context = not head and bool(before) and before[-1] in PLACE_ONLY_PREPOSITIONS
        role_after = (
            len(after) >= 3
            and after[0] == ","
            and after[1] in {"a", "an", "the"}
            and any(a.strip(".") in ROLE_WORDS for a in after[2:])
        )
        shout = all(w.isupper() for w in name if len(w) > 1)
        name = [_norm_word(w, shout) for w in name]
        core = [w for w in name if w.lower() not in PARTICLES]
        kunya = len(name) >= 2 and fold(name[0]) in _KUNYA and len(core) == 1
        if kunya:
            core = name  # "Umm Khaled", "Abu Ahmed": a kunya is a full name
        if not core or any(
            (w.isupper() and len(w) > 3 and is_common_form(w) and not is_first_name(w))
            or w.lower() in FAITHS_AND_PEOPLES
            or w.lower() in ORG_WORDS
            or w.lower() in AGENCY_WORDS
            or w.lower() in PLACE_TYPE_AFTER
            for w in core
        ):
            return
        if any(fold(w) in gaz.country_forms for w in core):
            return
        first = core[0]
        # Single initials and abbreviations alone are not names.
        if all(len(w.rstrip(".")) <= 1 for w in core):
            return
        if place_context and not (strict or credit):
            return  # "in Sulaiman al-Halabi", "near Salah al-Din": a place
        if len(core) == 1:
            word = core[0]
            # A common word ("Carter", "Said") may still be the surname of someone named in
            # full; it never starts a person of its own unless a title vouches for a name.
            strict = strict and not (is_common_word(word) and not is_first_name(word))
            self.singles.append((" ".join(name), chunk, strict))
            return
        if (
            credit
            and shout is False
            and all(w[:1].isupper() or w.lower() in PARTICLES for w in name)
        ):
            ok = True
        else:
            known = (is_first_name(first) and fold(first) not in NUMBER_WORDS) or (
                fold(first) in _KUNYA and len(core) >= 2 and is_first_name(core[1])
            )
            vouched = speech or role_after or role_before
            ok = known or strict or credit or (vouched and not any(is_common_word(w) for w in core))
            # A known given name followed by common words is a phrase ("May Day").
            phrase = all(is_common_word(w) for w in core[1:]) or (
                chunk.title_case_line and is_common_form(core[-1])
            )
            if known and phrase and not (strict or credit or vouched):
                ok = False
            if kunya and not (strict or credit or vouched):
                # A bare "Abu X" is as often a place ("the town of Abu Hamam") as a kunya.
                ok = False
        if credit and shout:
            ok = True
        if ok and not (strict or credit or vouched) and self._place_variant(name):
            return
        if not ok:
            if (
                2 <= len(core) <= 3
                and not chunk.title_case_line
                and not HYPHEN_PARTICLE.match(name[0])
                and not kunya
                and not any(is_common_word(w) for w in core)
                and ("and" in after[:1] or "and" in before[-1:])
            ):
                self.maybe.append((tuple(name), chunk))  # "X and Y": decided in result()
            return
        if not strict and (fold(first) in {"abu", "umm"} or not is_first_name(first)):
            places = gaz.lookup(" ".join(name))
            if places and max(p.population for p in places) >= _PLACE_NOT_PERSON_POP:
                return  # "Abu Dhabi" is a city, not a kunya
        self._accept(tuple(name), chunk)

    def _place_variant(self, name: list[str]) -> bool:
        if not self.variant_countries:
            return False
        key = fold(" ".join(name))
        if len(skeleton(key)) < 5 or any(w in _LINEAGE for w in key.split()):
            return False  # "Mohammed Bin-Zayed" is a man, whatever city bears his name
        return any(c.country_code in self.variant_countries for c in self.gaz.lookup_variant(key))

    def _accept(self, name: tuple[str, ...], chunk: Chunk) -> None:
        self.full.append((name, chunk))
        self.bounds.add((chunk.line_no, chunk.toks[0].start))
        self.bounds.add((chunk.line_no, -chunk.toks[-1].end))
        for t in chunk.toks:
            self.spans.add((chunk.line_no, t.start))

    def _coordinated(self) -> None:
        """'the two pilots Riafagat Khabibulin and Yevgeny Dolgin': a name-shaped run joined
        by 'and' to an accepted person is a person too."""
        for name, chunk in self.maybe:
            line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
            near = any((line, end + d) in self.bounds for d in range(4, 8)) or any(
                (line, -(start - d)) in self.bounds for d in range(4, 8)
            )
            if near:
                self._accept(name, chunk)

    def result(self) -> list[PersonMention]:
        self._coordinated()
        people: list[_Person] = []
        # Longest forms first, so shorter ones merge into them.
        # Flattened text loses apostrophes: "Bashar al Assads" is "Bashar al Assad's".
        plain = {fold(" ".join(w)) for w, _ in self.full}
        lone = {_bare(w) for w, _, _ in self.singles}
        full = []
        for words, chunk in self.full:
            joined = fold(" ".join(words))
            if joined.endswith("s") and (joined[:-1] in plain or _bare(words[-1])[:-1] in lone):
                words = (*words[:-1], words[-1][:-1])
            full.append((words, chunk))
        for words, _chunk in sorted(full, key=lambda x: -len(x[0])):
            target = None
            for p in people:
                if _same_person(words, p):
                    target = p
                    break
            if target is None:
                target = _Person(words)
                people.append(target)
            target.forms[" ".join(words)] += 1
            target.count += 1
        # The surname forms a lone word may stand for, per person (computed once).
        known = [
            (p, {p.last, p.last.rstrip("s")} | {_bare(w) for w in p.words[1:]}) for p in people
        ]
        for word, chunk, titled in self.singles:
            bare = _bare(word)
            stem = bare[:-1] if bare.endswith("s") else None
            matches = [p for p, lasts in known if bare in lasts or stem == p.last]
            if matches:
                best = max(matches, key=lambda p: p.count)
                best.count += 1
                for t in chunk.toks:
                    self.spans.add((chunk.line_no, t.start))
            elif titled:
                p = _Person((word,))
                p.forms[word] += 1
                p.count += 1
                people.append(p)
                known.append((p, {p.last, p.last.rstrip("s")}))
                for t in chunk.toks:
                    self.spans.add((chunk.line_no, t.start))
        out = []
        for p in people:
            longest = max(len(f.split()) for f in p.forms)
            ranked = sorted(p.forms, key=lambda f: (len(f.split()) != longest, -p.forms[f], f))
            canon = ranked[0]
            aliases = tuple(f for f in ranked[1:] if len(f.split()) > 1 or len(p.forms) == 1)
            out.append(PersonMention(canon, aliases, p.count))
        return out


def _compatible_first(a: str, b: str) -> bool:
    """'ash'/'ashton', 'sergei'/'sergey', 'mohammed'/'mohamed' name one person."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    diff = sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
    return diff <= 1


def _same_person(words: tuple[str, ...], p: _Person) -> bool:
    if _bare(words[-1]) != p.last:
        return False
    if len(words) == 1:
        return True
    return _compatible_first(fold(words[0]), p.first) or fold(words[0]) in {
        fold(w) for w in p.words
    }
