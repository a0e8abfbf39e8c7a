"""Cues that vouch for people the name lexicons cannot know: one-word names, unknown names.

Fresh pages (``docs/eval-fresh/g1``) lost a third of their people to four shapes of text:

- a person named by one word, which context introduces: kinship ("five of his children:
  Saeed, Ibrahim, Taqwa, Maryam and Musab"), an appositive ("said Andriy, a Ukrainian
  drone pilot", "Ahmed, 34,"), a naming phrase ("identifying himself as Huk");
- a rank of any army or police in front of names no given-name list knows ("Sergeant-Chief
  Tih Julius Angu", "Private Class Yinda Bobekreo": ``person_ranks``);
- a wire credit line without "By" ("Haro Chakmakjian, AFP": ``wire_credits``);
- a lone surname doing what only people do ("Shymanski describes scene").

Lists a person opens ("Police inspectors Ngah and Nkelle") are ``person_lists``. The same
cues vouch for full names no given-name list knows (``name_cue``).

A lone word stays a weak signal (organisations and places are lone capitalised words too),
so each cue here asks for a word shaped like a name (``_name_shaped``) and a context that
names a human; the lexicons and the gazetteer rule out the rest. Rules live in new modules
hooked into ``persons.PersonFinder`` with a few lines, so parallel work on person finding
merges without conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.demonyms import is_demonym
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORG_WORDS,
    PLACE_PREPOSITIONS,
    TITLE_WORDS,
    is_common_form,
    is_everyday_word,
    is_first_name,
)
from app.extract.lexicons import words as _words
from app.extract.person_aliases import ALIAS_WORDS
from app.extract.person_context import (
    ASIDE_OPENERS,
    INVERTED_SPEECH,
    PLURAL_VERBS_AFTER_WHO,
    ROLE_WORDS,
    SPEECH_VERBS,
    role_at,
)
from app.extract.person_events import (
    HUMAN_VERBS,
    KIN_WORDS,
    OWNERS,
    holds_in_caption,
    kin_apposition,
    listed_as_victim,
    named_example,
    object_of_violence,
    owner_cue,
    suffered,
)
from app.extract.person_names import AGENCY_WORDS
from app.extract.person_ranks import RANK_NOUNS
from app.extract.region_index import Region, own_names
from app.extract.transliteration import fold, strip_article

__all__ = [
    "KIN_WORDS",
    "long_appositive",
    "lone_name_cue",
    "name_cue",
    "name_given",
    "name_shaped",
    "owner_cue",
]

# "identifying himself as Huk", "a man named Ali", "known only as Abu Omar".
_AS_AFTER = _words(
    """
himself herself identified only simply suspect suspects victim victims attacker gunman
dead deceased slain
"""
)
_NAMED = _words("named called nicknamed")
_PERSON_NOUNS = _words("man woman boy girl baby person soldier fighter youth teenager")
_SON_OF = {("s", "/", "o"), ("d", "/", "o"), ("w", "/", "o")}  # son, daughter, wife of
_ARTICLES = _words("the a an this that")
# Roles "X is a ..." names beyond the title lexicon's.
_MORE_ROLES = _words("lecturer fellow campaigner mechanic labourer laborer tailor carpenter")
# Arabic name pieces that only open a name ("servant of", "father of", "son of").
_NAME_PIECES = _words("abd abdul abdel abdal abdil abu umm bin ibn ben bint al el")
# Plural person nouns ("the pilots Riafagat ..."): a role word with an s.
_LIST_GLUE = (",", "and")
# A place this big is a place even when a cue sits next to it ("residents Kharkiv").
_PLACE_POP = 50_000


def lone_name_cue(
    word: str, head: Sequence[str], before: Sequence[str], after: Sequence[str], gaz: Gazetteer
) -> bool:
    """Whether the context vouches for ``word`` as a person's one-word name. The context
    is read first: it is cheap, and most lone words have none (the word's own checks
    look it up in the gazetteer)."""
    if head:  # "Witnesses Amina and ...": a capitalised plural role opens the run
        if not _plural_role(head[-1].lower()):
            return False
        before = (*before, head[-1].lower())
    if _named_as(before):
        # "a soldier identified as David", "a boy named Omar": the text says the word is a
        # name, so a given name stands against a namesake town (David, Panama), as after
        # ``name_given``
        return name_shaped(word, gaz, named=is_first_name(word))
    if _who_clause(after, before):  # "reports came from Smirnov, who wrote on Telegram"
        return name_shaped(word, gaz)
    if before and before[-1] in PLACE_PREPOSITIONS and tuple(before[-2:]) not in _SPOKE_TO:
        return False  # "In Balghatar, a military officer was killed"
    # "Khalil, 34,", "his son, Hamid", "Riad, a shopkeeper,": what only a person has, so
    # a given name stands against a region found under that name only as another's
    # (``name_shaped``)
    if _introduced(before, after) or kin_apposition(after) or _aged(after):
        return name_shaped(word, gaz, person_cue=True)
    if (
        listed_as_victim(before, after)
        or named_example(before)
        or _alias_after(after)  # "Rizwan alias Jindaal"
        # "Residents of Kassaye lived in fear": after "of" the subject is a place
        or (bool(after) and after[0] in HUMAN_VERBS and before[-1:] != ("of",))
        or suffered(before, after)
    ):
        return name_shaped(word, gaz)
    if _appositive(after, True, gaz):  # "Andriy, a Ukrainian drone pilot"
        first = is_first_name(word)
        return name_shaped(word, gaz, person_cue=True) and (first or _appositive(after, False, gaz))
    if before[-1:] == ("the",):
        return False  # "sources within the Vanni confirmed": a place's or a group's name
    given_name_cue = (
        _inverted_speech(before, after)
        or (bool(after) and after[0] in SPEECH_VERBS)
        # "gunmen killed Abdullahi on Friday", "soldiers shot Hamid as he ran": a given
        # name as the object of violence (a town is attacked or seized, not killed)
        or object_of_violence(before, after)
    )
    if not given_name_cue:
        return False
    first = is_first_name(word)
    return name_shaped(word, gaz) and (first or _appositive(after, False, gaz))


# "according to Lway, an official from ...", "I spoke to Assefa, a resident": the "to" of a
# source, not of a destination.
_SPOKE_TO = frozenset(
    [("according", "to"), ("spoke", "to"), ("talked", "to"), ("speaking", "to"), ("talking", "to")]
)


def name_cue(core: Sequence[str], before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the context vouches for a name of two words or more that no given-name list
    knows ("Tesfay Gebreyohannes, 45,", "identified as Amadou Diallo", "Mohamud Hussein
    Dhore was shot dead", "Yohannes Gedamu is a lecturer"). Its first word must be no word
    English text uses; after the weaker cues (what happened to it, "is a ...") none may be
    ("Islamic State was born", "the Sinaloa Cartel was arrested")."""
    if is_everyday_word(core[0]) or all(map(is_everyday_word, core)):
        return False
    if before and (before[-1] in PLACE_PREPOSITIONS or before[-1] in _ARTICLES):
        return False
    if (
        _aged(after)
        or _named_as(before)
        or _introduced(before, after)
        or _who_clause(after)
        or object_of_violence(before, after)
        or listed_as_victim(before, after)
        or named_example(before)
        or kin_apposition(after)
        or _alias_after(after)  # "Jamiri Adjang alias Abu Khalid", "X, alias Y"
    ):
        return True  # "s/o Haleem Khan": a surname may be an English word
    if any(map(is_everyday_word, core)):
        return False
    return (
        (bool(after) and after[0] in HUMAN_VERBS)
        or holds_in_caption(after)
        or suffered(before, after)
        or _is_a_role(after)
    )


def _alias_after(after: Sequence[str]) -> bool:
    """ "X alias Y" or "X, alias Y": only people have noms de guerre."""
    return (bool(after) and after[0] in ALIAS_WORDS) or (
        len(after) >= 2 and after[0] == "," and after[1] in ALIAS_WORDS
    )


def _who_clause(after: Sequence[str], before: Sequence[str] = ()) -> bool:
    """ "from Smirnov, who wrote on Telegram": "who" follows people ("which" groups); ",
    who are accused" follows a people or a militia, unless the run ends a list ("sisters
    Rabab and Fidaa, who were killed")."""
    return (
        len(after) >= 2
        and after[:1] in ASIDE_OPENERS
        and after[1] == "who"
        and (after[2:3] not in PLURAL_VERBS_AFTER_WHO or before[-1:] in _LIST_ENDS)
    )


_LIST_ENDS = frozenset([("and",), (",",)])


def _is_a_role(after: Sequence[str]) -> bool:
    """ "X is a lecturer of political science", "X was an aid worker"."""
    return (
        len(after) >= 3
        and after[0] in {"is", "was"}
        and after[1] in {"a", "an"}
        and any(a in ROLE_WORDS or a in _MORE_ROLES for a in after[2:4])
    )


def name_shaped(word: str, gaz: Gazetteer, named: bool = False, person_cue: bool = False) -> bool:
    """Capitalised, not an acronym, no dictionary word (unless a given name), and no
    organisation, people, title, country, region or sizeable place (``named``: the text
    says the word is a name, so no town of that name counts; ``person_cue``: the context
    says it is a person's, so a given name loses only to a region of exactly its name)."""
    low = word.lower()
    if len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if any(part in NUMBER_WORDS for part in low.split("-")):
        return False  # "Twenty-five"
    if low in FUNCTION_WORDS or low in TITLE_WORDS or low in RANK_NOUNS:
        return False
    if low in _NAME_PIECES:
        return False  # "Abdul", "Abu": the first half of a name, never a whole one
    if low in ORG_WORDS or low in AGENCY_WORDS or low in FAITHS_AND_PEOPLES:
        return False
    if is_common_form(word) and not is_first_name(word):
        return False
    folded = fold(word)
    if folded in gaz.country_forms or folded.rstrip("s") in gaz.country_forms:
        return False
    if is_demonym(word, gaz):
        return False  # "the 46-year-old Haitian gang leader"
    # A given name only loses to a place of exactly its name: lookups also return
    # near-spellings ("Sama" finds Sanya and Zama) and older or foreign names ("Hamid" is
    # Isparta's Ottoman name, "Khalil" Hebron's Arabic one, "Karin" Erzurum's Armenian one).
    first = is_first_name(word)
    exact_only = first and (person_cue or named)
    if any(not exact_only or _own_name_of(folded, r) for r in gaz.regions.lookup(word)):
        return False
    return named or not any(
        c.population >= _PLACE_POP and (not first or fold(c.name) == folded)
        for c in gaz.lookup(word)
    )


def _own_name_of(folded: str, region: Region) -> bool:
    """The word is the region's own name ("Anbar" for Al Anbar), not another it goes by."""
    names = own_names(region)
    return folded in names or strip_article(folded) in {strip_article(n) for n in names}


def _introduced(before: Sequence[str], after: Sequence[str]) -> bool:
    """ "five of his children: Saeed", "his wife, Fatima", "al-Farra's niece and nephew
    Mira", "Police inspectors Ngah and Nkelle". Flattened text runs sentences together
    ("including four children Al Jazeera reported"), so a relative needs an owner or a
    colon before the name, and a plural role a list after it."""
    if not before:
        return False
    if tuple(before[-3:]) in _SON_OF:
        return True  # "Ahmed Khan Bashir s/o Haleem Khan"
    if before[-1] in _INTRODUCERS:
        return len(before) >= 2 and (before[-2] in KIN_WORDS or _counted_people(before[:-1]))
    if before[-1] in KIN_WORDS:
        return len(before) >= 2 and (
            before[-2] in OWNERS
            or (before[-2] == "and" and len(before) >= 3 and before[-3] in KIN_WORDS)
        )
    return _plural_role(before[-1]) and (
        before[-1] in RANK_NOUNS or (bool(after) and after[0] in _LIST_GLUE)
    )


def _counted_people(before: Sequence[str]) -> bool:
    """ "Two farmers, X and Y, were shot", "the three victims: X, Y and Z": a counted plural
    noun for people introduces the names it counts (towns, groups and brigades are no
    such noun)."""
    if len(before) < 2 or not (_plural_role(before[-1]) or before[-1] in _COUNTED_PEOPLE):
        return False
    count = before[-2]
    return count in NUMBER_WORDS or count.isdigit() or count == "both"


# Plurals no role word gives by adding "s": "Two fishermen, X and Y", "three women".
_COUNTED_PEOPLE = _words(
    """
men women children boys girls fishermen policemen herdsmen tribesmen gunmen civilians
people persons victims brothers sisters sons daughters
"""
)


# Punctuation between a relative and the name(s) it introduces: "his wife, Fatima", "five
# of his children: Saeed, ...", "the children – Celine, Hadi and Aseel –".
_INTRODUCERS = frozenset([":", ",", "–", "—", "-"])


def _plural_role(word: str) -> bool:
    """ "pilots", "witnesses", "inspectors"."""
    return (
        len(word) >= 5
        and word.endswith("s")
        and (word[:-1] in ROLE_WORDS or word[:-2] in ROLE_WORDS or word in RANK_NOUNS)
    )


def _aged(after: Sequence[str]) -> bool:
    """ "Ahmed, 34, said": an age in apposition."""
    if len(after) < 2 or after[0] != ",":
        return False
    age = after[1].rstrip(",.;)")
    closed = age != after[1] or len(after) == 2 or after[2] in {",", ".", ")", ";"}
    return age.isdigit() and len(age) <= 3 and closed  # "42," is one token


# "gave his name as X", "whose name he gave as X", "name was given as X".
_NAME_NOUNS = _words("name names")
_NOT_A_PERSONS_NAME = _words(
    "village villages town city area place district community camp group operation its"
)
_PERSONS_OWNERS = _words("his her whose their")
# "his first name, X", "her given name was X".
_NAME_PARTS = _words("first given")


def name_given(before: Sequence[str]) -> bool:
    """The words before a run (the sentence's, lower-cased) say it is the name someone
    gave: "... name ... as X" ("gave his name as X", "whose name he gave as simply X"), or
    "first name, X" / "first name was X" ("who gave only his first name, Ali, said")."""
    if before[-1:] and before[-1] in ("simply", "only", "just"):
        before = before[:-1]  # "gave as simply Anas"
    if len(before) < 3:
        return False
    if before[-1] == "as":
        # (not a place's or a body's name: "gave the name of the village as Kofa")
        window = before[-5:-1]
        return any(w in _NAME_NOUNS for w in window) and not any(
            w in _NOT_A_PERSONS_NAME for w in window
        )
    return (
        len(before) >= 4
        and before[-1] in (",", "was", "is")
        and before[-2] == "name"
        and before[-3] in _NAME_PARTS
        and before[-4] in _PERSONS_OWNERS  # not "the camp, known by its first name, X"
    )


def _named_as(before: Sequence[str]) -> bool:
    """ "identifying himself as Huk", "a boy named Ali", "known only as Abu Omar", "a
    certain Pakkal" (how Philippine and Nigerian English introduce someone unknown)."""
    if len(before) < 2:
        return False
    if before[-2:] == ("a", "certain") or tuple(before[-3:]) == _NOM_DE_GUERRE:
        return True  # "who goes by the nom de guerre Mayimbu"
    if before[-1] == "as":
        return before[-2] in _AS_AFTER
    return before[-1] in _NAMED and (
        before[-2] in _PERSON_NOUNS or before[-2] in KIN_WORDS or before[-2] in ROLE_WORDS
    )


_NOM_DE_GUERRE = ("nom", "de", "guerre")


def _inverted_speech(before: Sequence[str], after: Sequence[str]) -> bool:
    """'..., said Andriy, a drone pilot' or '..., said Andriy.'"""
    return (
        bool(before)
        and before[-1] in INVERTED_SPEECH
        and (not after or after[0] in {",", ".", "|", ";"})
    )


# Words that end a noun phrase's run of modifiers: past them the role word no longer heads
# the appositive ("Kabul, a city of commanders,", "Homs, a town where a commander lived,").
_PHRASE_BREAKS = _words(
    """
of in at on near from by for with to and or but whose where which that who when while as
than under over after before during against across into
"""
)
_LONG_APPOSITIVE_WORDS = 6


def long_appositive(word: str, wide_after: Sequence[str], gaz: Gazetteer) -> bool:
    """ "Haradinaj, a former KLA commander, is on trial", "Haradinaj, one of the most senior
    KLA leaders, ...": an appositive closed by a comma whose last word, its head noun, is a
    role (a plural one after "one of the"). ``_appositive`` sees the four words after the
    name only, so longer phrases with a body's name or two adjectives before the role were
    read as nothing. No preposition or relative word may stand before the head ("Kabul, a
    city of soldiers,", "Homs, a town where a commander lived,"), and the head must end
    the phrase ("Bucha, a civilian shelter," names a town)."""
    if len(wide_after) < 4 or wide_after[0] != ",":
        return False
    if wide_after[1] in {"a", "an"}:
        start, plural = 2, False
    elif tuple(wide_after[1:4]) == ("one", "of", "the"):
        start, plural = 4, True
    else:
        return False
    try:
        end = wide_after.index(",", start)
    except ValueError:
        return False
    phrase = wide_after[start:end]
    if not phrase or len(phrase) > _LONG_APPOSITIVE_WORDS:
        return False
    if any(w.lower() in _PHRASE_BREAKS or not w.replace("-", "").isalnum() for w in phrase):
        return False
    head = phrase[-1]
    if plural:
        is_role = _plural_role(head)
    else:
        is_role = role_at(tuple(phrase), len(phrase) - 1) or head in KIN_WORDS
    return is_role and name_shaped(word, gaz)


def _appositive(after: Sequence[str], first: bool, gaz: Gazetteer) -> bool:
    """ "Andriy, a Ukrainian drone pilot" (a given name), "Ngah, a police officer"."""
    if len(after) < 3 or after[0] != "," or after[1] not in {"a", "an"}:
        return False
    if len(after) >= 4 and after[3] in SPEECH_VERBS:
        return False  # "near Adigrat and Zalambessa, a resident said": the resident speaks
    if any(role_at(after, k) or after[k] in KIN_WORDS for k in range(2, len(after))):
        return True
    return first and fold(after[2]) in gaz.country_forms  # "Andriy, a Ukrainian ..."
