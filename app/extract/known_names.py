"""Finding the archive's known people in an article's text: the archive-level pass that
catches what one page's extraction cannot settle alone. Pure functions, no I/O.

A page's extraction sees one article. FA-KES-like exports flatten whole pages into one
paragraph, so people turn up in run-on headline lists ("... Idlib Incident Lavrov Syrian
Army Repels ...", "Lavrov Reveals US Secretary of State Kerrys Demands"), in lists of
names without commas ("counterparts Sergei Lavrov Yusuf bin Alawi Walid al-Muallem"), or
by surname alone in an article that never gives the full name ("Earlier in the day Putin
said"). The archive, though, knows these people from its other articles: once "Sergei
Lavrov" is a person named in several articles and nobody else in the archive is called
Lavrov, a capitalised "Lavrov" anywhere names him.

Two kinds of entries, both built from what the archive already holds (never a list):
- full forms: every form a known person was found under with a given name and a surname
  ("Staffan de Mistura", "Rami Abdurrahman"), matched by identity key, so spelling,
  article and possessive variants match too;
- owned surnames: the surname of the one person of the archive who bears it ("Lavrov",
  "Kerry", "Erdogan"), matched alone and as a possessive ("Kerrys Demands"). A surname
  that another given name precedes ("Hafez al-Assad", "Melania Trump") is that other
  person's, never the owner's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from app.extract.lexicons import ORG_WORDS, PARTICLES, is_common_form, is_first_name
from app.extract.person_identity import (
    identity_key,
    possessive_forms,
    same_given_name,
    surname,
)
from app.extract.transliteration import fold

# The longest run of words looked at before a surname ("Recep Tayyip Erdogan", "Staffan
# de Mistura", "Abu Bakr al-Baghdadi").
MAX_NAME_WORDS = 5
# A capitalised word, or one after a lower-case Arabic article ("al-Assad").
_CAPITALISED = re.compile(r"(?<![\w'’-])(?:[a-z]{1,3}-)?[^\W\d_a-z][\w'’-]*")
# The text read before a known surname: more than the longest name (MAX_NAME_WORDS).
CONTEXT_CHARS = 160
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Given names that are not one person's: "Abu Mohammad" is a kunya many people share.
KUNYA_WORDS = frozenset(["abu", "umm", "bin", "ibn"])


@dataclass
class KnownPerson:
    id: int
    key: str  # the identity key of the display name
    forms: set[str] = field(default_factory=set)  # identity keys of full forms
    owns_surname: bool = False


@dataclass
class NameTable:
    """The archive's known people by the keys their names are found under."""

    by_form: dict[str, int] = field(default_factory=dict)  # full-form key -> person
    by_surname: dict[str, int] = field(default_factory=dict)  # owned surname -> person
    given: dict[int, set[str]] = field(default_factory=dict)  # person -> given-name keys
    surnames: set[str] = field(default_factory=set)  # every last word of a known key

    def __bool__(self) -> bool:
        return bool(self.by_form or self.by_surname)


# A person is known to the archive once named in this many articles: a name seen once may
# be a run-on of two names ("Youssef Diab Paula Astih") and finds nothing new elsewhere.
KNOWN_MIN_ARTICLES = 2


@dataclass(frozen=True)
class StoredPerson:
    """What the archive holds about one person: its name, articles and forms' keys."""

    id: int
    name: str
    articles: int
    form_keys: frozenset[str]


def is_nationality(word: str) -> bool:
    """A surname that is also a country's name or its people's ("al-Iraqi", "Jordan"):
    alone in a text it names them far more often than one person."""
    from app.extract.gazetteer import gazetteer

    return fold(word) in gazetteer().country_forms


def known_people(
    persons: list[StoredPerson],
    *,
    surname_min_articles: int,
    place_word: Callable[[str], bool] = is_nationality,
) -> list[KnownPerson]:
    """The persons whose names may be looked for in every article, and which of them own
    their surname: the only person of the archive with a full name ending in it, named in
    at least ``surname_min_articles`` articles, nobody's given name there, and no
    ``place_word`` (a nationality; the archive adds its own places: "Abu Osama al-Iraqi"
    does not own every "Iraqi", nor a misread "Storm Raqqa" every "Raqqa"). A family
    the archive knows several members of (Bashar, Hafez and Ammar al-Assad; Donald,
    Melania and Ivanka Trump) leaves a lone "Assad" or "Trump" to the article's own
    extraction, which sees the context ("President Assad")."""
    holders: dict[str, int] = {}
    given: set[str] = set()
    for p in persons:
        words = identity_key(p.name).split()
        if len(words) >= 2:
            holders[words[-1]] = holders.get(words[-1], 0) + 1
            given.update(words[:-1])
    out = []
    for p in persons:
        key = identity_key(p.name)
        if p.articles < KNOWN_MIN_ARTICLES or not is_full_name(p.name):
            continue
        forms = {k for k in p.form_keys | {key} if _same_family(k, key)}
        last = surname(key)
        owns = (
            p.articles >= surname_min_articles
            and holders.get(last) == 1
            and last not in given
            and len(last) >= 4
            and not place_word(_written_surname(p.name))
        )
        out.append(KnownPerson(p.id, key, forms, owns))
    return out


def _written_surname(name: str) -> str:
    """The last word as written, without an Arabic article ("al-Iraqi" -> "Iraqi"): the
    identity key folds spellings together ("Kerry" -> "keri"), place names must not."""
    return name.split()[-1].rsplit("-", 1)[-1]


def _same_family(form: str, key: str) -> bool:
    """A form worth looking for: a full name with the display name's surname (not a
    run-on form like "bashar asad airstrikes", nor a lone surname)."""
    return len(form.split()) >= 2 and surname(form) == surname(key)


def build_table(people: list[KnownPerson]) -> NameTable:
    table = NameTable()
    for person in people:
        for key in person.forms:
            if len(key.split()) >= 2:
                table.by_form.setdefault(key, person.id)
                table.surnames.add(surname(key))
        if person.owns_surname:
            table.by_surname[surname(person.key)] = person.id
            table.surnames.add(surname(person.key))
        table.given[person.id] = {w for key in person.forms for w in key.split()[:-1]}
    return table


def is_full_name(name: str) -> bool:
    """A name that can name one known person on its own: a given name and a surname.

    No word of an organisation's ("Fateh al-Sham"), and the first word a given name, or
    no English word at all ("Zouhir al-Shimale", "Zahran Alloush" are names the lexicon
    of given names misses; "White Helmets", "Missile Attack" are no people). A
    kunya and one name ("Abu Mohammad") is many people's; with a third word ("Abu Bakr
    al-Baghdadi") it is one man's."""
    words = identity_key(name).split()
    written = name.replace("-", " ").split()
    if len(words) < 2 or not written:
        return False
    if any(w.lower() in ORG_WORDS for w in written):
        return False
    if words[0] in KUNYA_WORDS:
        return len(words) >= 3 and not _has_english_words(written)
    return is_first_name(written[0]) or not _has_english_words(written)


def _has_english_words(written: list[str]) -> bool:
    return any(w.lower() not in PARTICLES and is_common_form(w) for w in written)


def find_known(text: str, table: NameTable) -> Counter[int]:
    """Known people the text names, with how many times (see the module docstring)."""
    found: Counter[int] = Counter()
    if not table:
        return found
    # Only capitalised words can end a name: they are found with one regular expression,
    # and the words before one are read only when it is a known surname (most are not).
    for match in _CAPITALISED.finditer(text):
        word = match.group().rstrip("-'’")
        last = next((k for k in _surname_keys(word) if k in table.surnames), None)
        if last is None:
            continue
        words = _words(text[max(0, match.start() - CONTEXT_CHARS) : match.end()])
        i = len(words) - 1
        person = _full_form(words, i, table) or _owned_surname(words, i, last, table)
        if person is not None:
            found[person] += 1
    return found


def _words(text: str) -> list[tuple[str, str]]:
    """Each word with the text between it and the word before (a comma, a full stop...)."""
    out = []
    end = 0
    for m in _WORD.finditer(text):
        out.append((m.group().rstrip("-'’"), text[end : m.start()]))
        end = m.end()
    return [(w, gap) for w, gap in out if w]


@lru_cache(maxsize=1 << 16)
def _surname_keys(word: str) -> tuple[str, ...]:
    """The keys a word may have as a surname: as written, and as a possessive that lost
    its apostrophe ("Kerrys" -> "keri", as "Kerry" is keyed)."""
    return tuple(_last(identity_key(w)) for w in possessive_forms(word) if identity_key(w))


def _capitalised(word: str) -> bool:
    """ "Lavrov", and "al-Assad" (a capitalised name after a lower-case article)."""
    return word[0].isupper() or word.rsplit("-", 1)[-1][:1].isupper()


def _last(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def _full_form(words: list[tuple[str, str]], i: int, table: NameTable) -> int | None:
    """The person whose full form ends at word ``i`` (the longest that matches)."""
    for j in range(max(0, i - MAX_NAME_WORDS + 1), i):
        span = [w for w, _ in words[j : i + 1]]
        if not words[j][0][0].isupper() or not _adjacent(words, j, i):
            continue
        if not all(_capitalised(w) or w.lower() in PARTICLES for w in span):
            continue
        for candidate in possessive_forms(" ".join(span)):
            key = identity_key(candidate)
            if key in table.by_form:
                return table.by_form[key]
    return None


def _owned_surname(words: list[tuple[str, str]], i: int, last: str, table: NameTable) -> int | None:
    """The owner of a lone surname, unless another given name comes before it."""
    person = table.by_surname.get(last)
    if person is None:
        return None
    j = i - 1
    while j >= 0 and words[j][0].lower() in PARTICLES and _adjacent(words, j, i):
        j -= 1
    if (
        j >= 0
        and _adjacent(words, j, i)
        and words[j][0][0].isupper()
        and is_first_name(words[j][0])
    ):
        before = identity_key(words[j][0])
        if not any(same_given_name(before, g) for g in table.given.get(person, ())):
            return None  # "Hafez al-Assad", "Melania Trump": someone else
    return person


def _adjacent(words: list[tuple[str, str]], j: int, i: int) -> bool:
    """Whether words j..i are one run, only spaces between them: a name never spans a
    comma or a full stop ("... met Sergei. Lavrov said ...")."""
    return all(not words[k][1].strip() for k in range(j + 1, i + 1))
