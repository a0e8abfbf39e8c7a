"""Phrases around a run that say what kind of place it names, or that it names none.

Small readings of the words next to a capitalised run, shared by the village rules
(``villages``) and the city finder (``cities``):

- a run that describes the people of a village names no village: "a Kakai village", "a
  rival Fulani village", "the majority ethnic Burman community";
- a run placed by a direction from another place is a place: "Qaz'ah al-Dabal north of
  al-Duraihemi district", and so is one the text puts at a distance from another: "Lafole
  is about 20km west of Mogadishu";
- a city's name between an article and a word for an event is a modifier, no place named:
  "a Tel Aviv attack", "the Stockholm peace talks", "the Minsk agreements" (while "a Damascus
  hospital" names the city the building is in);
- a byline that ends with a place names where the reporter filed from, as a dateline does:
  "By Isaac Shobayo - Jos", "By Ali Abare, Maiduguri";
- a run listed with another before a plural word for districts or regions is one of them:
  "in Dargol and Bankilare districts" (not the town Dargol), while "Deir Hasan and Mahal
  al-Sheikh villages" are two villages, whatever their particles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.extract.chunks import Chunk

from app.extract.lexicons import (
    DIRECTIONS,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    NUMBER_WORDS,
    is_everyday_word,
)

# Words before a run that put a place there ("shelled Mala Tokmachka"); not "of", "to",
# "from" or "at", which as often precede a person.
LOCATIVE_CUES = frozenset(
    ["in", "near", "outside", "inside", "into", "around", "toward", "towards", "across"]
    + ["shelled", "bombed", "captured", "seized", "retook", "entered", "besieged", "struck"]
)

# Words before a small town that put the story there ("through Konduga"), for a town of the
# country the article's cities are in (see ``city_readings``'s ``_accept_home_towns``).
HOME_CUES = LOCATIVE_CUES | {"through", "via"}

_DISTANCE_UNITS = frozenset(["km", "kms", "kilometres", "kilometers", "miles", "mile"])
# "40km", "12-km": a distance written as one token.
_DISTANCE = re.compile(r"^\d+(?:[.,]\d+)?-?(?:km|kms|kilometres|kilometers|miles?)$", re.I)
# Words that soften a distance ("about 20km", "some 30 miles").
_ROUGHLY = frozenset(
    ["about", "some", "around", "nearly", "roughly", "approximately", "only", "just"]
)
# Verbs that state where a place lies ("Lafole is about 20km west of Mogadishu").
_LIES = frozenset(["is", "lies", "sits"])
# Words after a run that make it a people, not a place: "a Kakai village", "ethnic Burman
# community".
_PEOPLE_NOUNS = frozenset(["village", "villages", "community", "communities"])
# Plural words for parts of a country that are no settlements ("Dargol and Bankilare
# districts", "Idlib and Hama provinces"); the former Soviet states' units by their own
# names too ("the Kherson and Zaporizhzhia oblasts", "Bryansk, Kursk and Belgorod oblasts").
_DIVISIONS = frozenset(
    ["districts", "provinces", "regions", "states", "governorates", "counties", "townships"]
    + ["prefectures", "territories", "neighbourhoods", "neighborhoods", "sectors", "areas"]
    + ["oblasts", "raions", "rayons", "krais"]
)
# The units of government among them (not the parts of towns or the land around villages).
_ADMIN_DIVISIONS = _DIVISIONS - {"areas", "sectors", "neighbourhoods", "neighborhoods"}


# Events named after a place: the name is a modifier ("the Astana talks").
_EVENTS = frozenset(
    ["talks", "accord", "accords", "agreement", "agreements", "summit", "process", "peace"]
    + ["ceasefire", "truce", "deal", "declaration", "protocol", "format", "negotiations"]
    + ["attack", "attacks", "bombing", "bombings", "massacre", "shooting", "stabbing"]
)


def event_modifier(before: list[str], after: list[str]) -> bool:
    """ "a Tel Aviv attack", "the Stockholm peace talks": an article right before the run
    and a word for an event right after it (``before`` and ``after`` lower-cased)."""
    return before[-1:] in (["a"], ["an"], ["the"]) and bool(after[:1]) and after[0] in _EVENTS


# Words right before a name that make it a people's ("ethnic Dogon", "indigenous Nasa").
PEOPLE_ADJECTIVES = ("ethnic", "indigenous")


def describes_people(before: list[str]) -> bool:
    """The lower-cased words ``before`` a run followed by "village" or "community" make
    the run an adjective of its people: an indefinite article right before it, or with one
    word between ("a rival Fulani village"), or "ethnic" ("the ethnic Burman community")."""
    if before[-1:] in (["a"], ["an"]) or (before and before[-1] in PEOPLE_ADJECTIVES):
        return True
    return len(before) >= 2 and before[-2] in ("a", "an") and before[-1].isalpha()


def people_village(before: list[str], after: list[str]) -> bool:
    """ "a Kakai village", "ethnic Burman community", "Several Kakai villages": a village or
    community of a people, none named (``before`` and ``after`` lower-cased). A plural
    after one name that ends no list ("Mbuta and Alkideow villages") describes them."""
    if not after[:1] or after[0] not in _PEOPLE_NOUNS:
        return False
    if after[0].endswith("s") and before[-1:] not in (["and"], [","]):
        return True
    return describes_people(before)


def direction_from(after: tuple[str, ...]) -> bool:
    """ "north of al-Duraihemi", "southwest of Kita", "north-west of Lashkar Gah" (British
    style, cities44): a direction, "of" and a capitalised name right after the run."""
    return (
        len(after) >= 3
        and after[0].lower().replace("-", "") in DIRECTIONS
        and not after[0].lower().endswith("ern")  # "northern" is an adjective here
        and after[1] == "of"
        and (after[2][:1].isupper() or bool(HYPHEN_PARTICLE.match(after[2])))
    )


def lies_at_distance(after: list[str]) -> bool:
    """ "is about 20km west of", "lies 12 kilometres from": the run is placed at a
    distance from another place (``after`` lower-cased)."""
    if not after or after[0] not in _LIES:
        return False
    rest = after[1:]
    if rest[:1] and rest[0] in _ROUGHLY:
        rest = rest[1:]
    return distance_from(rest)


def distance_from(after: list[str]) -> bool:
    """ "58 kms from", "12km north of", "30 miles southwest of": a distance from a place;
    also "just 30 kilometres (20 miles) down the RN2 from", a rough distance, its
    conversion in brackets and the road it is measured along."""
    if after[:1] and after[0] in _ROUGHLY:
        after = after[1:]
    k = 1 if after[:1] and _DISTANCE.match(after[0]) else 0
    counted = after[:1] and (after[0][:1].isdigit() or after[0] in NUMBER_WORDS)  # "three km"
    if not k and len(after) >= 2 and counted and after[1] in _DISTANCE_UNITS:
        k = 2
    if k and after[k : k + 1] == ["("] and ")" in after[k : k + 5]:
        k = after.index(")", k) + 1  # "(20 miles)", "(35km)"
    if not k or len(after) <= k:
        return False
    if after[k] in _ALONG and after[k + 1 : k + 2] == ["the"] and after[k + 3 : k + 4] == ["from"]:
        return True  # "down the RN2 from Goma", "up the road from"
    return after[k] == "from" or (after[k] in DIRECTIONS and after[k + 1 : k + 2] == ["of"])


_ALONG = frozenset(["down", "up", "along"])


def pair_then(after: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """ "and", one to three name words (capitalised, or with an Arabic particle:
    "al-Sheikh"), then one of ``nouns``: the run and the next are both of that kind."""
    if after[:1] != ("and",):
        return False
    for k in range(2, min(len(after), 5)):
        if after[k].lower() in nouns:
            return all(w[:1].isupper() or HYPHEN_PARTICLE.match(w) for w in after[1:k])
    return False


def list_then(after: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """ ", Kaing Gyi, and Ah Lae Gone villages": the run opens (or goes on with) a comma
    list of names, each of one to three name words, whose last one follows "and" and is
    followed by one of ``nouns``: every name of the list is of that kind."""
    if after[:1] != (",",):
        return False
    k = 0
    while k < len(after):
        start = k
        while k < len(after) and after[k] in (",", "and") and k - start < 2:
            k += 1  # ",", "and" or ", and"
        if k == start:
            return False
        n = 0
        while k < len(after) and (after[k][:1].isupper() or HYPHEN_PARTICLE.match(after[k])):
            k, n = k + 1, n + 1
        if not 1 <= n <= 3:
            return False
        if k < len(after) and after[k].lower() in nouns:
            return "and" in after[start:k]
    return False


# Plural words for units named after their seats that close a list with "and other":
# "Kalikot and several other districts", "Cotabato and other provinces". Not "regions" or
# "areas", which news writes loosely of a capital ("the capital Mogadishu and other
# regions"), nor "municipalities" or "communes", which the annotation lists as their towns.
OTHER_UNITS = frozenset(
    ["districts", "provinces", "governorates", "states", "counties", "prefectures"]
    + ["townships", "subdistricts", "sub-districts", "tehsils", "woredas", "weredas", "oblasts"]
    + ["departments", "lgas", "regencies"]
)
# ... of them, the first-level ones: a city is written for its province ("from Mosul and
# other provinces"), so only a name GeoNames also gives a first-level region is one of them.
FIRST_LEVEL_UNITS = frozenset(["provinces", "governorates", "states", "oblasts", "departments"])
# Words that say how many others: "and several other districts", "and two other provinces".
_HOW_MANY = frozenset(
    ["several", "many", "some", "few", "a", "number", "of", "various", "numerous", "the"]
    + ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    + ["twelve", "dozen", "dozens"]
)


# ... and the plurals that close a list of settlements in Ukraine's front-line reports:
# "Synkivka, Kruhliakivka and other settlements", "Tykhe and other localities" (cities43;
# "and other villages" and "towns" were read as lists of settlements already).
OTHER_SETTLEMENTS = frozenset(["settlements", "localities", "hamlets"])


def others_of_kind(
    after: tuple[str, ...], list_after: tuple[str, ...] = (), units: frozenset[str] = OTHER_UNITS
) -> str | None:
    """The unit plural of "and several other districts", "and two other provinces", "and
    other northern states" after the run, or after the comma list of names (of one to three
    words each) the run opens or goes on with (``list_after``: "Baglung, Tanahu, Kalikot
    and several other districts"); None when the run closes no such list. Not the plural's
    possessive ("Herat and other provinces' capitals": towns)."""
    if after[:1] == (",",):
        after = _past_names(list_after or after)
    if after[:1] != ("and",):
        return None
    k = 1
    while k < len(after) and k <= 4 and (after[k].lower() in _HOW_MANY or after[k].isdigit()):
        k += 1
    if after[k : k + 1] != ("other",):
        return None
    k += 1
    if k + 1 < len(after) and after[k].islower() and after[k + 1].lower() in units:
        k += 1  # "and other northern states"
    unit = after[k].lower() if k < len(after) else ""
    if unit not in units or after[k + 1 : k + 2] in (("'",), ("’",), ("capitals",)):
        return None
    return unit


def after_settlement_of(before: tuple[str, ...]) -> bool:
    """The run follows "the town of", "the city of": a settlement's name, whatever list it
    opens ("the town of Musa Qala and other districts")."""
    return before[-1:] == ("of",) and before[-2:-1] in _SETTLEMENT_OF


_SETTLEMENT_OF = frozenset([("city",), ("town",), ("village",), ("capital",)])


def _past_names(after: tuple[str, ...]) -> tuple[str, ...]:
    """The words from a comma list's "and" on, past names of one to three capitalised words
    (", Tanahu, Makwanpur and several" -> "and several"); () when it is no such list."""
    k = 0
    while k + 1 < len(after) and after[k] == ",":
        if after[k + 1] == "and":
            return after[k + 1 :]  # the serial comma
        n = 0
        while k + 1 + n < len(after) and after[k + 1 + n][:1].isupper() and n < 4:
            n += 1
        if not 1 <= n <= 3:
            return ()
        k += 1 + n
    return after[k:] if k else ()


# Plural nouns of armed groups and their men that close a list of their names ("Wazalendo
# and Nyatura fighters", "Azov and Kraken units"); not "residents" or "villagers", who live
# in the places listed.
_GROUP_WORDS = frozenset(
    ["fighters", "commanders", "units", "militias", "militiamen", "brigades", "battalions"]
    + ["forces", "troops", "members", "leaders", "factions", "groups", "militants", "rebels"]
    + ["officials", "men", "soldiers", "gunmen"]
)


def names_groups(after: tuple[str, ...]) -> bool:
    """The list the words ``after`` a run go on with ends before a group's word: past
    commas, "and"/"or" and words with a capital ("al-Zorbak"), the first other word is one.
    A comma before a word in lower case ends the list there ("in X, Y and Z, rebels said")."""
    for k, word in enumerate(after):
        if word == "," and k + 1 < len(after) and after[k + 1].islower():
            return False
        if word in (",", "and", "or") or any(c.isupper() for c in word):
            continue
        return word.lower() in _GROUP_WORDS
    return False


def pair_of_divisions(after: tuple[str, ...]) -> bool:
    """ "Dargol and Bankilare districts": the run is one of two districts or regions (not
    of two "areas": "Gulpur and Kirni areas" are villages and the land around them)."""
    return pair_then(after, _ADMIN_DIVISIONS)


def list_of_divisions(after: tuple[str, ...]) -> bool:
    """ "in Meluco, Ancuabe, Muidumbe, and Nangade districts": the run opens or goes on
    with a comma list of districts or regions (``after``: the run's ``list_after``); not
    of "areas" ("in Fidow, Dudubley, and Burao-Dheere areas": villages and around them)."""
    return list_then(after, _ADMIN_DIVISIONS)


_BYLINE_MARKS = frozenset(["-", "–", "—", ",", "|"])


def byline_place(
    wide_before: tuple[str, ...], words: tuple[str, ...], after: tuple[str, ...]
) -> bool:
    """The run ends a short byline line after a mark: "By Isaac Shobayo - Jos" (``wide_before``
    holds the line's words before the run when the line is this short), or after "in" with
    no "By": "Seriki Adinoyi in Jos", a reporter's two or three names, none of them an
    everyday word ("Clashes Erupt in Jos" is a headline)."""
    if after or not 1 <= len(words) <= 3:
        return False
    if 3 <= len(wide_before) <= 6 and wide_before[0] == "By":
        return wide_before[-1] in _BYLINE_MARKS and all(w[:1].isupper() for w in wide_before[1:-1])
    return (
        3 <= len(wide_before) <= 4
        and wide_before[-1] == "in"
        and all(
            w[:1].isupper() and w.isalpha() and not is_everyday_word(w) for w in wide_before[:-1]
        )
    )


def described_settlement(after: Sequence[str], heads: AbstractSet[str]) -> int:
    """Where an apposition's settlement noun stands after two or three describing words
    (``after``: lower case, from the comma): ", a Shiite Muslim town" (4), ", a small
    Shiite farming village" (5); 0 when none (", a village" and ", a Shiite town" are read
    where the apposition rules are; ", a town of" or ", an engineer from the city" hold a
    function word first)."""
    for h in range(_DESCRIBED_FIRST, min(len(after), _DESCRIBED_LAST + 1)):
        word = after[h]
        if word in heads:
            return h if h > _DESCRIBED_FIRST + 1 else 0
        if not word.replace("-", "").isalpha() or word in FUNCTION_WORDS:
            return 0
    return 0


# The describing words of ``described_settlement`` start after the comma and the article.
_DESCRIBED_FIRST = 2
_DESCRIBED_LAST = 5


def byline_dateline_start(words: Sequence[str], before: Sequence[str], after: Sequence[str]) -> int:
    """Where the dateline's place starts in a byline run that flattened text joined to it:
    "By" (in the run's first two words or just before it), two name words or more in Title
    Case, then words in capitals only, and the dateline's comma or agency bracket after
    them ("By Oleg Popov NEAR VAKCINCE, Macedonia (Reuters)", "By Tom Perry BEIRUT
    (Reuters)"); 0 when the run is no such byline ("By AHMED MAHER," all in capitals)."""
    # "By" opens the run, or follows the agency's name ("Reuters By Oleg Popov ...")
    lead = list(words[:2]).index("By") + 1 if "By" in words[:2] else 0
    if (
        not (lead or tuple(before[-1:]) in (("By",), ("by",)))
        or tuple(after[:1]) not in _DATELINE_NEXT
    ):
        return 0
    for i in range(lead + 2, len(words)):
        if _capitals(words[i]):
            names, place = words[lead:i], words[i:]
            if all(map(_capitals, place)) and not any(w.isupper() for w in names):
                return i
            return 0
    return 0


_DATELINE_NEXT = ((",",), ("(",))


def _capitals(word: str) -> bool:
    """A word in capitals of two letters or more ("KHAN", "AL-ARISH"), no initial ("A.")."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def outlet_apposition(chunk: Chunk) -> bool:
    """ "published in Tropic, the now-defunct Sunday magazine of The Miami Herald", "Reforma,
    a Mexico City newspaper, reported": the apposition after the run names an outlet, its
    head noun (the word before "of", a comma or a relative word) a publication's; not
    "Aleppo, the city where the newspaper ..." (cities50)."""
    if chunk.title_case_line:
        return False
    after = chunk.wide_after or chunk.after
    if len(after) < 3 or after[0] != "," or after[1].lower() not in ("the", "a", "an"):
        return False
    for k in range(2, min(len(after), 8)):
        word = after[k]
        if not word[:1].isalpha() or word.lower() in _APPOSITION_ENDS:
            return k > 2 and after[k - 1] in _PUBLICATION_NOUNS
    return False


# What ends an apposition's noun phrase, and the publications it may name there.
_APPOSITION_ENDS = frozenset(["of", "which", "that", "where", "who", "whose", "and"])
_PUBLICATION_NOUNS = frozenset(
    ["newspaper", "magazine", "tabloid", "broadcaster", "website", "weekly", "daily"]
)
