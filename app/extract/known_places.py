"""The archive's villages found again where a text names them without a cue.

A village the gazetteer lacks is a place only where its text says so ("the villages of
Foua and Kefraya"); the next story of the siege writes "Residents of al-Foua and Kefraya
were waiting" or "51 martyrs from Kefraya", and its extraction, rightly wary of an unknown
capitalised word, leaves it out. Once the archive knows the village (named as a place in
``MIN_ARTICLES`` articles), its written forms are looked for in the articles of its
country, as the known-names pass does for people (``app.extract.known_names``).

Only forms that cannot be an English word or a given name count: four letters or more,
capitalised (after an Arabic article), not an everyday word, not a first name. And only
where the form names the place itself: not before a word that makes it a facility, an
area or a district ("Hmeimim military base", "the Rashidin area"), nor after a capitalised
word it would end the name of ("the Khulafa al-Rashideen mosque").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.extract.lexicons import (
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_TYPE_AFTER,
    is_everyday_word,
    is_first_name,
)

MIN_ARTICLES = 2  # a village named as a place in at least this many articles is known
MIN_LETTERS = 4
# An Arabic article written before a stored form ("al-Foua" for "Foua").
_ARTICLE = r"(?:[Aa]l|[Ee]l)[-\s]"
_WORD = re.compile(r"[\w'’-]+")
# Words between a place and the facility it names ("Tabaqa military airport").
_FACILITY_ADJECTIVES = frozenset({"military", "air", "international", "central", "main"})
_NOT_THE_PLACE = PLACE_TYPE_AFTER | ORG_WORDS


@dataclass(frozen=True)
class StoredVillage:
    """A place without a gazetteer entry, as the archive holds it."""

    id: int
    country_code: str
    articles: int
    forms: frozenset[str]


@dataclass
class PlaceTable:
    """Known villages' forms, and the one pattern that finds them all."""

    by_form: dict[str, StoredVillage] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def __bool__(self) -> bool:
        return bool(self.by_form)


def usable_form(form: str) -> bool:
    """A form that names only the village: long enough, capitalised, no common word."""
    bare = re.sub(rf"^{_ARTICLE}", "", form)
    letters = [c for c in bare if c.isalpha()]
    if len(letters) < MIN_LETTERS or not bare[:1].isupper():
        return False
    words = bare.replace("-", " ").split()
    if len(words) == 1 and (is_everyday_word(bare) or is_first_name(bare)):
        return False
    return not all(is_everyday_word(word) for word in words)


def build_place_table(villages: Iterable[StoredVillage]) -> PlaceTable:
    """The table of the villages known from enough articles; a form two villages share is
    left out (it cannot say which)."""
    by_form: dict[str, StoredVillage] = {}
    shared: set[str] = set()
    for village in villages:
        if village.articles < MIN_ARTICLES:
            continue
        # "al-Foua" is also looked for as "Foua" (the pattern takes any article before it).
        bare = {re.sub(rf"^{_ARTICLE}", "", form) for form in village.forms}
        for form in village.forms | bare:
            if not usable_form(form):
                continue
            if form in by_form and by_form[form].id != village.id:
                shared.add(form)
            by_form[form] = village
    for form in shared:
        del by_form[form]
    if not by_form:
        return PlaceTable()
    # Not inside a hyphenated word ("pro-Kefraya", "Kefraya-based": modifiers, not places).
    pattern = re.compile(rf"(?<![\w-])(?:{_ARTICLE})?({forms_pattern(by_form)})(?![\w-])")
    return PlaceTable(by_form, pattern)


def forms_pattern(forms: Iterable[str]) -> str:
    """A pattern matching any of ``forms``, the longest one first where several match at
    one place, written as a trie ("Kafr (?:Nabl|Zita)"): what the alternation of the forms
    sorted longest first matches, but read a character at a time whatever the number of
    forms, where the alternation tried every form at every position of the text (0.29 ms
    an article with the 292 forms of a 3,000-article archive, 0.08 ms as a trie; the
    alternation grows with the archive, the trie hardly). At each character one branch at
    most can go on, and a form that ends where a longer one goes on is tried after it, so
    the match is the longest form the text has there that the rest of the pattern takes,
    as with the sorted alternation."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + written(rest) for char, rest in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return written(trie)


def find_known_places(text: str, table: PlaceTable, countries: set[str]) -> Counter[int]:
    """The known villages of ``countries`` (the ones the article's other places are in)
    that ``text`` names, with how often."""
    found: Counter[int] = Counter()
    if table.pattern is None or not countries:
        return found
    for match in table.pattern.finditer(text):
        village = table.by_form[match.group(1)]
        if village.country_code in countries and _names_the_place(text, match):
            found[village.id] += 1
    return found


def _names_the_place(text: str, match: re.Match[str]) -> bool:
    """Not the head of a facility's or area's name, nor the tail of a longer name."""
    following = [w.lower() for w in _WORD.findall(text[match.end() : match.end() + 40])[:2]]
    if following and following[0] in _FACILITY_ADJECTIVES:
        following = following[1:]
    if following and following[0] in _NOT_THE_PLACE:
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if re.search(r"[.!?:;\n]\s*$", before) or not before.strip():
        return True
    previous = (_WORD.findall(before) or [""])[-1]
    return not (previous[:1].isupper() and previous.lower() not in FUNCTION_WORDS)
