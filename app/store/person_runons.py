"""Three of the archive-wide person rules (``app.store.person_rules``): names that are a
typo of a far more frequent one, one Arabic name romanised two ways, and a surname run on
into words that are no name. Pure functions over the rules' view of the persons; they
yield (merged, survivor, reason)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Protocol

from app.extract.lexicons import is_everyday_word, is_first_name
from app.extract.person_identity import (
    identity_key,
    possessive_forms,
    romanised_alike,
    surname,
    typo_of,
)
from app.textfold import fold


class Person(Protocol):
    id: int
    name: str
    key: str
    articles: int


def rank(p: Person) -> tuple[int, int]:
    """More articles first, then the older."""
    return (-p.articles, p.id)


# A form is a typo of another name only when written in at most a third as many
# articles: a misspelling is rare next to the name it misspells (FA-KES: "Staffa de
# Mistura" once, "Staffan de Mistura" 7 times; "Zakaria Malhifji" once, "Malahifji" 4).
TYPO_SHARE = 1 / 3


def typos(people: dict[int, Person]):  # type: ignore[no-untyped-def]
    """ "Staffa de Mistura" into "Staffan de Mistura": the rarer into the one much more
    frequent name it is a typo of; left alone when it is one typo from several."""
    by_initial: dict[str, list[Person]] = defaultdict(list)
    for p in people.values():
        if len(p.key.split()) > 1:
            by_initial[surname(p.key)[0]].append(p)  # a typo keeps the first letter
    for group in by_initial.values():
        for p in sorted(group, key=rank, reverse=True):
            fits = [
                q
                for q in group
                if q.id != p.id
                and p.articles <= TYPO_SHARE * q.articles
                and typo_of(p.key, q.key, is_given_name=is_first_name)
            ]
            if len(fits) == 1:
                yield p.id, fits[0].id, "typo"


# An Arabic article in a written name, hyphenated ("al-Zoubi", "Abu al-Laith") or a word
# of its own after the first ("Hassan Al Khatib"; a first "Al" is a given name).
_ARABIC_ARTICLE = re.compile(r"(?:^|\s)(?:[Aa]l|[Ee]l)-|\s(?:[Aa]l|[Ee]l)\s")


def romanisations(people: dict[int, Person]):  # type: ignore[no-untyped-def]
    """ "Omran Zoabi" into "Omran al-Zoubi", "Ibrahim Alhaj" into "Ibrahim al-Hajj": one
    Arabic name romanised with other short vowels or a glued article (see
    ``romanised_alike``), whatever their counts; the rarer merges into the more frequent,
    only when one of the two is written with an Arabic article (so "John Albert" and
    "John Bert" stay apart) and exactly one person fits."""
    by_given: dict[str, list[Person]] = defaultdict(list)
    for p in people.values():
        if len(p.key.split()) > 1:
            by_given[p.key.split()[0]].append(p)
    gone: set[int] = set()
    for group in by_given.values():
        for p in sorted(group, key=rank, reverse=True):
            fits = [
                q
                for q in group
                if q.id != p.id
                and q.id not in gone
                and rank(q) < rank(p)
                and (_ARABIC_ARTICLE.search(p.name) or _ARABIC_ARTICLE.search(q.name))
                and romanised_alike(p.key, q.key, is_given_name=is_first_name)
            ]
            if len(fits) == 1:
                gone.add(p.id)
                yield p.id, fits[0].id, "romanisation"


def headline_words(  # type: ignore[no-untyped-def]
    people: dict[int, Person], *, min_articles: int, places: frozenset[str] = frozenset()
):
    """ "Kerrys Demands", "FM Johnson" and "Paris Fabius" into John Kerry, Boris Johnson
    and Laurent Fabius: a surname (or its possessive) that only one other person of the
    archive bears, run on into headline words ("Lavrov Reveals US Secretary of State
    Kerrys Demands", a flattened related-headlines list), or after everyday words,
    capitals or a place the archive lists as a city ("in Paris Fabius said"; ``places``
    holds their folded names) that are no given name."""
    holders: dict[str, list[Person]] = defaultdict(list)
    for p in people.values():
        if len(p.key.split()) > 1:
            holders[surname(p.key)].append(p)
    for p in sorted(people.values(), key=rank):
        written = p.name.split()
        if len(written) < 2:
            continue
        if all(_stray(w) for w in written[1:]):
            lasts = [identity_key(w) for w in possessive_forms(written[0])]
        elif all(_stray(w) or w.isupper() or fold(w) in places for w in written[:-1]):
            lasts = [surname(p.key)]
        else:
            continue
        for last in dict.fromkeys(lasts):
            owners = [q for q in holders.get(last, []) if q.id != p.id]
            if len(owners) == 1 and owners[0].articles >= max(min_articles, p.articles):
                yield p.id, owners[0].id, "headline-words"
                break


def _stray(word: str) -> bool:
    """An everyday English word that is no given name ("Demands", not "Paris")."""
    return is_everyday_word(word) and not is_first_name(word)
