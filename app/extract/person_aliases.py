"""Second names of a person the article has just named: one person, not two.

Reports from the Philippines, South Asia, Nigeria and Somalia give fighters and suspects
a nom de guerre after their name, or alone: "Rizwan alias Jindaal", "Ashok Kumar (alias
Shoki)", "the slain members were alias Moktar, alias Julhadi and alias Surayb", "Ali
Mohamed Hussein (Ali Jabal), commander of the Banadir region". The word "alias" names a
person whatever the name after it looks like (only people have aliases), and the name it
follows is the same person's: the annotation rules keep one entry per person, the second
name as an alias.

``persons.PersonFinder`` asks ``alias_owner`` about each run, records the links, and
``fold_aliases`` joins the mentions once the article's persons are known.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

from app.domain import PersonMention
from app.extract.chunks import Chunk
from app.extract.lexicons import is_first_name, words
from app.extract.transliteration import fold

__all__ = [
    "ALIAS_WORDS",
    "AliasLink",
    "alias_cue",
    "alias_owner",
    "fold_aliases",
    "quoted_nickname",
    "real_name_cue",
]

# Words that put a nom de guerre after them ("a.k.a." reaches the cues as "a.k.a").
ALIAS_WORDS = words("alias aka a.k.a a/k/a")
_BRACKETS = {("(",), ("[",)}
_CLOSING = {(")",), ("]",)}


class AliasLink(NamedTuple):
    owner: str  # the last word of the name the alias follows ("Rizwan", "Hussein")
    alias: str  # the alias as the article's persons will show it ("Jindaal", "Ali Jabal")
    real: bool = False  # the second name is the person's real one ("whose real name was X")


def alias_cue(before: Sequence[str]) -> bool:
    """The run follows "alias" (lower-cased context words), its quote opened or not
    ('alias “Tío Pacho”'): a nom de guerre; or "whose real name is": a real name."""
    if before[-1:] and before[-1] in _QUOTES:
        before = before[:-1]
    if not before:
        return False
    if before[-1] in _REAL_NAME_ENDS and any(
        tuple(before[-len(p) :]) == p for p in REAL_NAME_PHRASES
    ):
        return True
    return before[-1] in ALIAS_WORDS


def alias_owner(chunk: Chunk) -> str | None:
    """The word ending the name this run is another name of, or None when the run is no
    alias of a name before it (a bracketed run, or one after "dubbed", "nicknamed" or
    "known as", is one only if it is a person by itself).

    "Rizwan alias Jindaal", "Ashok Kumar (alias Shoki)": the word before "alias"; "Ali
    Mohamed Hussein (Ali Jabal)": the word before the bracket; "Adulla Magomedaliyev, dubbed
    as Daud": the word before the comma."""
    wide = chunk.wide_before
    if wide[-1:] and wide[-1] in _QUOTES and any(t in _CLOSING_QUOTES for t in chunk.after[:2]):
        wide = wide[:-1]  # 'Alfredo Alarcon, alias “Ramon Ruiz,”': the quoted nom de guerre
    wide = _first_alias(wide)
    before = tuple(w.lower() for w in wide[-4:])
    if before[-1:] and before[-1] in ALIAS_WORDS:
        rest = wide[:-1]
        if rest[-1:] in (("(",), ("[",)):
            rest = rest[:-1]
        elif rest[-1:] == (",",) and not _after_alias(rest[:-1]):
            rest = rest[:-1]  # "Wilson Joseph, alias Lanmo Sanjou"
    elif before[-1:] in _BRACKETS and chunk.after[:1] in _CLOSING:
        rest = wide[:-1]
    elif (
        before[-2:] in (("(", "or"), ("[", "or"))
        and chunk.after[:1] in _CLOSING
        and not _another_man(chunk.words, wide[-6:-2])
    ):
        rest = wide[:-2]  # "Renel Destina (or Ti Lapli)": the other name he goes by
    elif (n := _naming_phrase(before)) is not None:
        rest = wide[:-n]
        if rest[-1:] and rest[-1].lower() in ("whose", "his", "her", "("):
            rest = rest[:-1]  # "Labanyé, whose real name was ...", "(real name ..."
        if rest[-1:] and rest[-1] in _DASHES:
            rest = rest[:-1]  # "the death of Col Charles - whose real name was ..."
        # "Adulla Magomedaliyev, dubbed as Daud"; "Omar Hammami, an American known as X"
        rest = rest[:-1] if rest[-1:] == (",",) else _past_apposition(rest)
    else:
        return None
    owner = rest[-1] if rest else ""
    # "Yasser al-Duneyfat (aka ...)": a surname may hold a hyphen or an apostrophe
    letters = owner.replace("-", "").replace("'", "").replace("’", "")
    return owner if _capitalised(owner) and letters.isalpha() else None


def _another_man(name: tuple[str, ...], owner: tuple[str, ...]) -> bool:
    """ "talks between Salva Kiir (or Riek Machar) and ...": a full name of its own, a given
    name (more than a pet prefix like "Ti") then other words, none of the name before the
    bracket, is an either-or of two men, no other name of one ("Gai Mabior (or Mabior
    Gai)" turns his name round)."""
    return (
        len(name) >= 2
        and len(name[0]) > 2
        and is_first_name(name[0])
        and not set(name) & set(owner)
    )


def _first_alias(wide: tuple[str, ...]) -> tuple[str, ...]:
    """ "Juan Lizarazo, alias Alirio Sepúlveda or David Piñata": the name after "or" is a
    second alias of the same man, so it is read as if it followed "alias" too."""
    if wide[-1:] != ("or",):
        return wide
    k = len(wide) - 2
    while k >= 0 and len(wide) - 2 - k < 4 and _capitalised(wide[k]):
        k -= 1
    if k < len(wide) - 2 and k >= 0 and wide[k].lower() in ALIAS_WORDS:
        return wide[: k + 1]
    return wide


def _capitalised(word: str) -> bool:
    """ "Alarcon", and "al-Duneyfat" / "el-Sisi" (an Arabic article before a capital)."""
    if word[:1].isupper():
        return True
    head, _, tail = word.partition("-")
    return head.lower() in _ARTICLES and tail[:1].isupper()


_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "at", "an", "az", "ash"])


def _after_alias(words: tuple[str, ...]) -> bool:
    """The capitalised run ending ``words`` follows "alias" itself: "alias Kumander Dos,
    alias Bravo" is a list of noms de guerre, none the other's."""
    k = len(words) - 1
    while k >= 0 and words[k][:1].isupper():
        k -= 1
    return k >= 0 and k < len(words) - 1 and words[k].lower() in ALIAS_WORDS


# Phrases that give a person's other name: "dubbed (as) X", "nicknamed X", "(also) known as X".
_NAMING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("also", "known", "as"),
    ("known", "as"),
    ("dubbed", "as"),
    ("dubbed",),
)
_NAMING_PHRASES += (("nicknamed",),)
# "Labanyé, whose real name was Robinson Tomas": the person's real name after a nickname.
# ("whose real name is", "his real name was", "(real name Robinson Tomas)").
REAL_NAME_PHRASES = (("real", "name", "was"), ("real", "name", "is"), ("real", "name"))
_NAMING_PHRASES += REAL_NAME_PHRASES
_NAMING_ENDS = frozenset(phrase[-1] for phrase in _NAMING_PHRASES)
_REAL_NAME_ENDS = frozenset(phrase[-1] for phrase in REAL_NAME_PHRASES)


def real_name_cue(wide_before: Sequence[str]) -> bool:
    """The run follows "whose real name was/is" or "(real name": it is the real name of the
    person named before it."""
    low = tuple(w.lower() for w in wide_before[-4:])
    return any(low[-len(p) :] == p for p in REAL_NAME_PHRASES)


def _past_apposition(rest: tuple[str, ...]) -> tuple[str, ...]:
    """ "Omar Hammami, an American known as Abu Mansur": a short appositive (an article and
    one or two words, no "of": "the leader of a group known as X" names the group) stands
    between the name and the naming phrase."""
    for k in (2, 3):
        if (
            len(rest) > k + 1
            and rest[-k - 1] == ","
            and rest[-k].lower() in ("a", "an", "the")
            and all(w.isalpha() and w.lower() != "of" for w in rest[-k + 1 :])
        ):
            return rest[: -k - 1]
    return rest


def _naming_phrase(before: tuple[str, ...]) -> int | None:
    """How many words the naming phrase ending ``before`` takes, or None."""
    if not before or before[-1] not in _NAMING_ENDS:
        return None  # most runs: no phrase's last word before them
    for phrase in _NAMING_PHRASES:
        if tuple(before[-len(phrase) :]) == phrase:
            return len(phrase)
    return None


def fold_aliases(mentions: list[PersonMention], links: list[AliasLink]) -> list[PersonMention]:
    """Each alias joins the person whose name ends in its owner word: the alias's own
    mention (if the article made it a person) becomes aliases of that person."""
    people = list(mentions)
    for link in links:
        owner = next((m for m in people if _ends_with(m, link.owner)), None)
        if owner is None:
            # "Mullah Manan whose real name was ...": a given name the article also gives
            # in full ("Mullah Manan Akhund"), one person only opening with it
            given = [m for m in people if _opens_with(m, link.owner) and not _named(m, link.alias)]
            owner = given[0] if len(given) == 1 else None
        if owner is None:
            continue  # "alias Moktar" after no name: a person of its own
        alias = next((m for m in people if _named(m, link.alias)), None)
        if alias is owner:
            continue
        if alias is None:
            continue  # the bracket held no person ("(AFP)", "(Kenya)")
        people.remove(alias)
        forms = tuple(dict.fromkeys((*owner.aliases, alias.name, *alias.aliases)))
        name = owner.name
        if link.real:  # the real name leads, the nickname becomes the alias
            name, forms = alias.name, tuple(dict.fromkeys((owner.name, *forms)))
            forms = tuple(f for f in forms if f != name)
        merged = dataclasses.replace(
            owner,
            name=name,
            aliases=forms,
            count=owner.count + alias.count,
            role="mentioned" if "mentioned" in (owner.role, alias.role) else owner.role,
        )
        people[people.index(owner)] = merged
    return people


def _ends_with(mention: PersonMention, word: str) -> bool:
    key = fold(word)
    return any(fold(form.split()[-1]) == key for form in (mention.name, *mention.aliases))


def _opens_with(mention: PersonMention, word: str) -> bool:
    key = fold(word)
    return any(
        len(form.split()) >= 2 and fold(form.split()[0]) == key
        for form in (mention.name, *mention.aliases)
    )


# Dashes that set off a clause after a name, as a comma does.
_DASHES = frozenset(["-", "–", "—"])


def _named(mention: PersonMention, name: str) -> bool:
    key = fold(name)
    return any(fold(form) == key for form in (mention.name, *mention.aliases))


# People a nickname is given to: "a man ... known as \"Chapo\"", "a commander nicknamed
# 'Bravo'" (an area, a village or a group "known as" something is no person).
_NICKNAMED = words(
    """
man men woman women boy girl youth commander leader chief suspect fighter militant gunman
hitman trafficker kingpin warlord rebel soldier officer bandit smuggler sniper bomber
"""
)
_QUOTES = frozenset(['"', "“", "‘", "'"])
_CLOSING_QUOTES = frozenset(['"', "”", "’", "'"])


def nickname_of_person_noun(wide_before: Sequence[str]) -> bool:
    """ "The RSF commander, known as Hemedti", "a gang leader, better known as Barbecue": an
    unquoted one-word nickname right after the naming phrase, a person noun just before
    the phrase (its comma and "better" allowed) and nothing between them that makes the
    phrase name something of his ("the commander of a camp known as X")."""
    low = tuple(w.lower() for w in wide_before)
    n = _naming_phrase(low)
    if n is None:
        return False
    rest = low[:-n]
    if rest[-1:] == ("better",):
        rest = rest[:-1]
    if rest[-1:] == (",",):
        rest = rest[:-1]
    return bool(rest) and rest[-1] in _NICKNAMED and rest[-1] not in _PLURAL_NICKNAMED


# Several people "known as" one word are a group ("his men, known as Zaraguinas"; review22).
_PLURAL_NICKNAMED = words("men women")


def quoted_nickname(wide_before: Sequence[str], quoted: bool = True) -> bool:
    """The run is quoted right after "known as", "nicknamed" or "dubbed", and a person
    noun stands a few words before the phrase: "a man of Guatemalan origin known as
    \"Chapo\"" names him by his nickname. With ``quoted`` False the quotes may be left
    out ("a rival gang led by a man known as Dréad Wilné"): for runs of two words or more,
    which English words rarely make after such a phrase."""
    if wide_before[-1:] and wide_before[-1] in _QUOTES:
        wide_before = wide_before[:-1]
    elif quoted:
        return False
    low = tuple(w.lower() for w in wide_before)
    n = _naming_phrase(low)
    if n is None:
        return False
    return any(w in _NICKNAMED for w in low[-n - 5 : -n])
