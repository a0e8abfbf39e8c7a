"""Contexts that make a capitalised run a place, a group or a thing, whatever its shape.

Person finding asks these before anything vouches for a name: "the town of X", "the
newspaper X", "X neighbourhood", "X (HTS)", "the Caño Limón oil pipeline", "Goran Namaye
community", "three villages: Gidan Kaso, Dan Dambo and Kokeya". Split from
``person_context`` (what vouches for a person), which stays about people.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.chunks import Chunk
from app.extract.lexicons import (
    DIRECTIONS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    SETTLEMENT_PLURALS,
    SETTLEMENT_WORDS,
    SPANISH_QUARTERS,
    VEHICLE_MAKES,
    common_words,
    is_everyday_word,
    owned_settlement,
    vehicle_word,
)
from app.extract.lexicons import words as _words
from app.extract.person_context import MEDIA_NOUNS, ROLE_WORDS
from app.extract.transliteration import fold

__all__ = [
    "facility_after",
    "names_body",
    "in_place_list",
    "named_unit",
    "place_or_group_context",
    "places_people_live",
]


def named_unit(name: Sequence[str]) -> tuple[str, ...] | None:
    """ "Jaime Martinez Front", "Omar Mukhtar Brigade": the person a unit is named after,
    whose name in this article names the unit (one sense per article), or None."""
    if name[:1] and name[0].lower() in FUNCTION_WORDS:
        name = name[1:]  # "The Omar Mukhtar Brigade said"
    if len(name) >= 3 and name[-1].lower() in _UNIT_WORDS and name[-2][:1].isupper():
        return tuple(name[:-1])
    return None


def _opens_run(name: Sequence[str], chunk: Chunk) -> bool:
    """The name is the run's first words, or those after its first word ("Operation")."""
    n = len(name)
    return tuple(name) in (tuple(chunk.words[:n]), tuple(chunk.words[1 : 1 + n]))


def _after_the(name: Sequence[str], before: Sequence[str], chunk: Chunk) -> bool:
    """ "the" just before the name, or "The" opening the run just before it (read as the
    run's title word)."""
    return (before[-1:] == ("the",) and chunk.words[: len(name)] == tuple(name)) or (
        chunk.words[:1] == ("The",) and tuple(chunk.words[1 : 1 + len(name)]) == tuple(name)
    )


def _plural(word: str) -> bool:
    """ "Tigers", "Wolves", "Brigades": the plural of a noun English text uses."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss") or not is_everyday_word(word):
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y", low[:-3] + "f", low[:-3] + "fe")
    return any(stem in common_words() for stem in stems if len(stem) > 2)


def place_or_group_context(
    name: Sequence[str], before: Sequence[str], chunk: Chunk, *, titled: bool = False
) -> bool:
    """The run names a place, a group or a thing, whatever its words (``titled``: a
    person's title comes first, as in "... weapons program Foreign Minister Sergei Lavrov",
    so a noun before it does not name the run)."""
    first = fold(name[0]) if name else ""
    return (
        # "the neighborhoods of Sulaiman al-Halabi", "the town of Abu Hamam"
        (
            len(before) >= 2
            and before[-1] == "of"
            and (
                before[-2] in PLACE_TYPE_AFTER
                or before[-2] in SETTLEMENT_WORDS
                or before[-2] in _ADMIN_UNITS
            )
            and not owned_settlement(chunk.wide_before)  # "the home town of Saddam Hussein"
        )
        # "Tal Hamis", "Khan Shaykhun": Arabic place names; "San Miguel Totolapan"
        or (bool(name) and first in _PLACE_OPENERS)
        # "Gidan Hazo", and "Unguwar Alhaji Barau" whose title word is the place's
        or (bool(chunk.words) and fold(chunk.words[0]) in _HAUSA_PLACES)
        # "in Colonia Miguel de la Madrid", "colonia Benito Juárez": Mexican and other Latin
        # American quarters, streets and ejidos are named after people (cities38)
        or (bool(chunk.words) and fold(chunk.words[0]) in SPANISH_QUARTERS)
        or (bool(before) and fold(before[-1]) in SPANISH_QUARTERS)
        # warships are named after people: "the USS Dwight D. Eisenhower", "the aircraft
        # carrier Harry S. Truman", "the destroyer Admiral Grigorovich"
        or (bool(chunk.words) and chunk.words[0] in _SHIP_PREFIXES)
        # military operations too: "Operation Safe Haven", "Operation Hadin Kai" (the name
        # the operation's own words; "Operation Hadin Kai Commander Maj. Gen. X Y" names X Y)
        or (len(chunk.words) >= 2 and chunk.words[0] == "Operation" and _opens_run(name, chunk))
        or (bool(before) and before[-1] in _SHIP_NOUNS)
        # "a farming town called Mai Kadra", "the group named Ansar Dine", "an area known
        # as Tha Dar Gyi"
        or _place_called(before)
        # "Mile 14", "Mile 14 Dibanda": numbered localities and roads
        or _numbered_place(name, before, chunk)
        # "the seafront Shara Al-Shatt": an Arabic street
        or (bool(name) and first in _STREETS)
        # "The Tamil Tigers said", "the Grey Wolves": names after "the" that end in the
        # plural of an English noun are a group's
        or (len(name) >= 2 and _after_the(name, before, chunk) and _plural(name[-1]))
        # "engaged the Abu Sayyaf": a kunya after "the" names a group
        # (the "the" of a title phrase is not the kunya's: "the Islamic State Abu Bakr ...")
        or (len(name) >= 2 and first in _KUNYAS and before[-1:] == ("the",) and not titled)
        # "Jenin's Khalil Suleiman hospital": a building named after someone; "Goran
        # Namaye community", "Dan Dambo community": how Nigerian reports name villages
        or (bool(chunk.after) and (chunk.after[0] in _BUILDINGS or chunk.after[0] in _SETTLED))
        # "the Amin Muqbil residential neighbourhood", "the Nur Shams refugee camp", "the
        # Hamad Bin Khalifa industrial area": a place named after someone
        or _qualified_place_after(chunk)
        # "Fateh Khel", "Baka Khel": a Pashtun clan's name, for its villages and areas;
        # "Musa Qala", "Sher Kalay": a fort's and a village's word
        or (len(name) >= 2 and fold(name[-1]) in _CLAN_PLACES)
        # "the Albu Nimr tribe", "Al Bu Issa fighters": a tribe's name (precision24)
        or (bool(chunk.after) and chunk.after[0] in _TRIBES)
        or _tribe_name(name)
        # "all of Bahri City", "fled to Hassan City": a city named with its word, after a
        # given name as often (titles17 probe)
        or (len(name) >= 2 and name[-1] == "City")
        or not DIRECTIONS.isdisjoint(map(fold, name))
        # "the satirical newspaper Charlie Hebdo", "the group Ahrar al-Sham"
        or (_media_noun_before(before) and not titled)
        # "the think tank Stratfor", "the security forces Asayish" (one word: cities49)
        or (len(name) == 1 and _body_kind_before(before) and not titled)
        # "members of the front Camilo Torres Restrepo of the ELN": a unit's name, its
        # group after it (not "back from the front Oleksandr Petrenko said": cities50)
        or (
            tuple(w.lower() for w in before[-2:]) == ("the", "front")
            and chunk.after[:1] == ("of",)
            and not titled
        )
        # "the Yemeni News Agency (Saba)": the agency's name, in brackets after it
        or _bracketed_body_name(name, before, chunk.after)
        # "the so-called Segunda Marquetalia": English writes it before groups and things
        or (before[-1:] == ("so-called",) and not titled)
        # "the official SABA news agency", "the Anadolu news agency", "the official
        # Anatolia agency said" (a title word before the run does not make it a person)
        or (bool(chunk.after) and chunk.after[0].lower() in {"news", "newspaper", "agency"})
        # "a resident of Beit Ummar", "a reservist from Kfar Adumim": where someone lives
        or (not titled and _home_of_someone(before, chunk))
        # "in the direction of X", "the road connecting X with Y"
        or _road_or_bearing(before, chunk.wide_before)
        # "Five Civilians Killed"
        or first in NUMBER_WORDS
        # "Sheikh Radwan neighbourhood", "Abu Ghraib prison", "the Caño Limón oil pipeline"
        or _place_type_after(chunk.after)
        # "Filipe Nyusi (30 de Junho) neighbourhood": its other name in brackets between
        or _place_type_after(_past_aside(chunk.wide_after))
        or facility_after(chunk.after)
        # "on Sulaiman al-Halabi and al-Midan neighborhoods" (not "John Ridsdel and Robert
        # Hall": a capitalised word there ends a name)
        or (
            chunk.after[:1] == ("and",)
            and any(a.islower() and a in PLACE_TYPE_AFTER for a in chunk.after[2:4])
        )
        or _named_with_acronym(chunk.after)
        or in_place_list(chunk.wide_before)
        or listed_settlements_after(chunk.list_after or chunk.wide_after or chunk.after)
        or _group_after(chunk.after, chunk.toks[-1].possessive)
        # "at Shaffa Taku, a remote community on the edge of ...": an apposition names it
        or settlement_apposition(chunk.wide_after or chunk.after)
        # "ambushed by vigilantes known as Yan Sakai": a group's name (titles17 probe)
        or group_known_as(chunk.wide_before or before)
        # "the Magen David Adom emergency medical services said": a service's name
        or service_after(chunk.wide_after or chunk.after)
        # "a Ramzan package", "Ramadan Bazaars", "the Ramzan Ceasefire": the fasting month,
        # whose name is also a given name ("Ramzan Kadyrov"), before a thing of the month
        or (len(name) >= 2 and first in _FASTING_MONTH and fold(name[1]) in _MONTH_THINGS)
        # "the commander's Toyota land-cruiser": a carmaker's name before a vehicle's word
        or (
            bool(name)
            and name[-1].lower() in VEHICLE_MAKES
            and bool(chunk.after)
            and vehicle_word(chunk.after[0])
        )
    )


# Group nouns before "known as": the name after it is the group's ("vigilantes known as Yan
# Sakai", "a militia known as Kara Bisa"); a person noun there names a person ("a bandit
# leader known as Dogo Gide", "the commander, known as Abu Hamza").
_KNOWN_AS_GROUPS = _words(
    """
vigilantes vigilante militia militias group groups gang gangs force forces fighters hunters
volunteers rebels militants insurgents movement outfit unit units squad squads network
cell cells faction factions brigade brigades coalition alliance guards
"""
)


def group_known_as(before: Sequence[str]) -> bool:
    """The run follows "known as" (or "also known as") right after a group noun."""
    words = [w.lower() for w in before[-4:]]
    if words[-2:] != ["known", "as"]:
        return False
    head = words[:-2]
    if head[-1:] == ["also"]:
        head = head[:-1]
    return bool(head) and head[-1] in _KNOWN_AS_GROUPS


# The fasting month's names, given names too ("Ramzan Kadyrov", "Ramadan Shallah"), and what
# news names after them as the month's things ("Ramzan Bazaar", "the Ramadan Truce").
_FASTING_MONTH = _words("ramadan ramzan ramazan ramadhan")
_MONTH_THINGS = _words(
    """
bazaar bazaars market markets package packages relief ceasefire truce offer offers sale sales
special specials transmission transmissions fast fasts prayers iftar iftars sehri suhoor
timings schedule campaign drive moon
"""
)

# Nouns for the people of a place before "of": "a resident of X", "natives of X" ("the
# father of X", "the family of X" name a person, so only these).
_DWELLERS = _words(
    "resident residents native natives inhabitant inhabitants villager villagers townspeople"
)
# People described by where they come from: "a reservist from X", "two men from X" (with
# the roles of ``ROLE_WORDS``: "a nurse from X", "fighters from X").
_PEOPLE_FROM = _words("man men woman women reservist reservists youth youths people family")


def places_people_live(before: Sequence[str]) -> bool:
    """ "the residents of X, Y, Z and W": a list of the places some people live in, so its
    later items are places too."""
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _DWELLERS_PLURAL


_DWELLERS_PLURAL = _words("residents natives inhabitants villagers")


def _home_of_someone(before: Sequence[str], chunk: Chunk) -> bool:
    """The run is where a person lives or comes from: "a resident of X", "a farmer from X".
    Not a possessive run ("an aide from Trump's campaign" names the campaign's owner)."""
    if len(before) < 2:
        return False
    if before[-1] == "of":
        return before[-2] in _DWELLERS
    if before[-1] != "from" or chunk.toks[-1].possessive:
        return False
    noun = before[-2]
    return noun in _PEOPLE_FROM or noun in ROLE_WORDS or noun.removesuffix("s") in ROLE_WORDS


# Verbs of roads between two places, after a road's noun: "the road connecting X with Y",
# "a highway linking X and Y" ("a report linking X to the attack" names a person).
_LINKING = _words("connecting connects linking links")
_ROADS = _words("road roads highway highways route routes street bridge railway corridor track")
_LINK_GLUE = _words("with and to")
_BEARINGS = _words("direction directions outskirts")
_SETTLED_TYPES = _words("town city village township district camp")


def _road_or_bearing(before: Sequence[str], wide_before: Sequence[str]) -> bool:
    """The run is a place a road or a bearing points to: "shells fired in the direction of
    X", "the road connecting X with Y" (both ends)."""
    last = before[-1] if before else ""
    if last != "of" and last not in _LINK_GLUE and last not in _LINKING:
        return False  # most runs: read no further
    wide = [w.lower() for w in wide_before]
    if len(before) >= 2 and last == "of" and before[-2] in _BEARINGS:
        return wide[-4:-3] not in (["under"], ["at"], ["on"])  # "under the direction of X"
    if wide[-1:] and wide[-1] in _LINK_GLUE:
        # "... connecting Kyein Chaung with": the first end, then the glue word
        k = len(wide) - 2
        while k >= 0 and (wide_before[k][:1].isupper() or wide[k] in _SETTLED_TYPES):
            k -= 1  # "connecting Maungdaw town with"
        if k == len(wide) - 2:
            return False
    else:
        k = len(wide) - 1
    return k >= 1 and wide[k] in _LINKING and any(w in _ROADS for w in wide[max(0, k - 3) : k])


# Lower-case nouns that end the description of a body after its name ("the Magen David
# Adom emergency medical services", "the Aamin ambulance service", "the Zaka rescue
# organisation"); the description must end there ("X ambulance driver" is a person).
_SERVICE_NOUNS = _words(
    "service services charity charities organisation organization society network foundation"
)
_AFTER_BODY = _words(
    "said says say reported reports told added and in on at which that has have had was is ) , . ;"
)


def service_after(after: Sequence[str]) -> bool:
    """One to three lower-case words after the run end in a service's or a charity's noun
    and the phrase ends there: the run is the body's name."""
    for k in range(min(3, len(after))):
        word = after[k]
        if not word.islower() or not word.isalpha():
            return False
        if word in _AFTER_BODY or word in FUNCTION_WORDS:
            return False  # "Khalid Omar said the service was cut": a sentence goes on
        if word in _SERVICE_NOUNS:
            nxt = (after[k + 1] if k + 1 < len(after) else ".").lower()
            # a verb or a clause word follows ("... services said", "... service counted")
            return nxt in _AFTER_BODY or nxt in FUNCTION_WORDS or nxt.endswith("ed")
    return False


# Nouns of an apposition that make the run before it a settlement ("X, a farming
# community", "X, a small town in ..."); "Ahmed Musa, a village head" is a person: the noun
# must end the apposition's noun phrase.
_SETTLEMENT_APPOSITIONS = _words("community village town settlement hamlet city locality township")
# ... and a town's parts, whose names open on given names as often ("Sheikh Maqsoud, a
# Kurdish neighbourhood of Aleppo", "Mirwais Mina, a Kandahar neighbourhood"; review21).
_SETTLEMENT_APPOSITIONS |= _words("neighbourhood neighborhood suburb district quarter")
# What may follow the noun when it ends the phrase: punctuation or a preposition.
_PHRASE_ENDS = _words("in on of near about some close located north south east west , . ; ) –")
_ARTICLES = _words("a an")


def settlement_apposition(after: Sequence[str]) -> bool:
    """After a comma or a bracket, "a/an" and at most two words (lower-case, or a
    capitalised word first) end in a settlement noun that the phrase ends with: "Shaffa
    Taku, a remote community on the edge of the forest", "Dar Kasa (a village near Gao)"."""
    if len(after) < 3 or after[0] not in (",", "(") or after[1].lower() not in _ARTICLES:
        return False
    for k in range(2, min(5, len(after))):
        word = after[k]
        if not word.islower() and not (k < 4 and word[:1].isupper() and word.isalpha()):
            return False  # "a Kandahar neighbourhood": one place's or people's word may come first
        if word in _SETTLEMENT_APPOSITIONS:
            nxt = after[k + 1] if k + 1 < len(after) else "."
            return nxt.lower() in _PHRASE_ENDS
    return False


# Lower-case nouns after a name that make it a group's ("the Noureddin al-Zinki rebel
# faction", "the Wagner group"), with an adjective of the group's kind between.
_GROUP_NOUNS = _words(
    "faction factions group militia militias brigade brigades movement battalion battalions"
    " column columns front fronts"
    # Colombia's guerrilla units are "structures" named after dead commanders: "the
    # Dagoberto Ramos structure", "the Carlos Patiño structures" (cities50)
    " structure structures"
)
# Groups a possessive gives to the man who leads them: "Machar's militia", "X's faction".
_LEADERS_GROUPS = _words("faction factions group militia militias movement")
# Capitalised unit words that end an armed unit's name, often a dead commander's: "the Jaime
# Martinez Front", "the Omar Mukhtar Brigade".
_UNIT_WORDS = _words("front column brigade brigades battalion battalions regiment")
_GROUP_KINDS = _words(
    """
rebel militant armed jihadist islamist opposition insurgent paramilitary peacekeeping military
army police volunteer
"""
)
# Places a kind names after a run: "Sa Kham Thit military camp", "the Kasese army barracks".
_KIND_PLACES = _words("camp camps base bases barracks post outpost station checkpoint academy")
# Arabic words for a street that open its name: "Shara Al-Shatt", "Sharia Al-Jumhuriya".
_STREETS = _words("shara sharia shari shareh")


def _group_after(after: Sequence[str], possessive: bool = False) -> bool:
    """ "the Wagner group", "the Dzhokhar Dudayev peacekeeping battalion", "Sa Kham Thit
    military camp": a group's or a base's noun, a kind of it between ("Assad's military
    base" is his, and so is "David Yauyau's militia")."""
    words = [a.lower() for a in after[:2] if a.islower()]
    if words[:1] and words[0] in _GROUP_KINDS:
        words = words[1:]
        if words[:1] and words[0] in _KIND_PLACES:
            return not possessive
    # "David Yauyau's militia", "Machar's faction": a man's own group, not its name; an
    # army's units are named after its heroes ("Captain Antonio Ricaurte's battalion")
    return (
        bool(words)
        and words[0] in _GROUP_NOUNS
        and not (possessive and words[0] in _LEADERS_GROUPS)
    )


def listed_settlements_after(after: Sequence[str]) -> bool:
    """ "fled Kann Ni, Mi Galon, Nyaung Yeik Thar and Kaw Bein villages": the run opens a
    list of names that a plural settlement word closes, so every item is a settlement; so
    does a plural for a town's parts, after a bracket too ("in the Daraa Al-Balad, Tariq
    Al-Sad and Daraa Camp districts", "(Hamidya, Sheikh Yasin, Omal and Old airport)
    neighborhoods": cities47)."""
    return _list_closer(after) is not None


def listed_town_parts_after(after: Sequence[str]) -> bool:
    """The run is an item of a list a plural for a town's parts closes: "clashes in the Las
    Quintas, La Campiña, Hidalgo and Emiliano Zapata neighborhoods" name no town Hidalgo
    (cities50)."""
    return _list_closer(after) in _TOWN_PARTS


def _list_closer(after: Sequence[str]) -> str | None:
    """The plural that closes the list the run opens or continues (see above), or None."""
    k, joined = 0, False
    while k + 1 < len(after) and after[k] in (",", "and"):
        joined = joined or after[k] == "and"
        k += 1
        if after[k] == "and":
            joined = True
            k += 1  # the serial comma: ", and Kaw Bein villages"
        if k >= len(after) or not after[k][:1].isupper():
            return None
        while k < len(after) and (after[k][:1].isupper() or _name_particle(after[k])):
            k += 1
    if not joined:
        return None
    if k < len(after) and after[k] in _PART_TYPES:
        k += 1  # "and Old airport neighborhoods": the last part named with its kind
    if k < len(after) and after[k] == ")":
        k += 1
    return after[k] if k < len(after) and after[k] in _LIST_CLOSERS else None


_SETTLEMENT_PLURALS = SETTLEMENT_PLURALS | {"communities"}
# ... and so does a plural for a town's parts ("... and Daraa Camp districts"), whose last
# item may carry its kind in lower case ("and Old airport neighborhoods").
_TOWN_PARTS = _words("neighbourhoods neighborhoods quarters")
_LIST_CLOSERS = _SETTLEMENT_PLURALS | _TOWN_PARTS | _words("districts")
_PART_TYPES = _words("airport camp market square")
# Lower-case words inside an Arabic place's name ("Daraa al-Balad", "Khalid bin Walid").
_PARTICLES = _words("bin ibn bint al el")


def _name_particle(word: str) -> bool:
    return word in _PARTICLES or word[:3] in ("al-", "el-")


def _media_noun_before(before: Sequence[str]) -> bool:
    """ "the group Ahrar al-Sham", "the show X": a media or group noun ends ``before``; a
    noun that is a verb too ("show", "film") only after a determiner ("photos show X", "a
    video appeared to show X" name a person)."""
    if not before or before[-1] not in MEDIA_NOUNS:
        return False
    return before[-1] not in _VERBS_TOO or (
        len(before) >= 2 and before[-2].lower() in _NOUN_OPENERS
    )


_VERBS_TOO = frozenset(["show", "film"])
_NOUN_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "this", "that"])
_NOUN_OPENERS |= frozenset(["tv", "talk", "radio", "game", "documentary"])


def _bracketed_body_name(name: Sequence[str], before: Sequence[str], after: Sequence[str]) -> bool:
    """ "the Yemeni News Agency (Saba)": one word alone in brackets after a body's noun is
    the body's name (not "the newspaper (Ahmed Ali, its editor, ...)")."""
    return (
        len(name) == 1
        and len(before) >= 2
        and before[-1] == "("
        and before[-2].lower() in MEDIA_NOUNS
        and tuple(after[:1]) == (")",)
    )


def names_body(before: Sequence[str], after: Sequence[str]) -> bool:
    """The words around a one-word name say it is a body's: a media noun before it ("the
    security firm Ambrey", "the News Agency (Saba)"), "news agency" after it ("according to
    Wafa news agency"), or a group's noun before "known as"/"called" ("the rebel coalition
    known as Seleka")."""
    if _media_noun_before(before) or _body_kind_before(before):
        return True
    if _bracketed_body_name(("",), before, after):
        return True  # "the Yemeni News Agency (Saba)": the agency's name, in brackets
    low = [a.lower() for a in after[:2]]
    if low[:1] == ["agency"] or low == ["news", "agency"]:
        return True  # not "a Netanyahu news conference": his
    noun = _noun_named(before)
    return noun in _GROUP_NOUNS or noun in _BODY_NOUNS


def _body_kind_before(before: Sequence[str]) -> bool:
    """ "the intelligence think tank Stratfor wrote", "the consultancy Verisk said", "the
    Kurdish security forces Asayish told": a body's kind of two words, or one that is no
    media noun, right before a one-word name (cities49)."""
    low = [b.lower() for b in before[-2:]]
    return (len(low) == 2 and tuple(low) in _BODY_KINDS_OF_TWO) or low[-1:] in (
        ["consultancy"],
        ["watchdog"],
    )


_BODY_KINDS_OF_TWO = frozenset([("think", "tank"), ("security", "forces"), ("security", "force")])


# Groups' nouns before "known as" besides ``_GROUP_NOUNS``.
_BODY_NOUNS = _words("coalition alliance organisation organization network gang cartel")


def _noun_named(before: Sequence[str]) -> str:
    """The noun before "called"/"known as" that ends ``before`` ("a town called", "the rebel
    coalition known as"), or ""."""
    if len(before) >= 2 and before[-1] in _CALLED:
        return before[-2]
    if len(before) >= 3 and tuple(before[-2:]) == ("known", "as"):
        return before[-3]
    return ""


def _place_called(before: Sequence[str]) -> bool:
    """ "a town called X", "an area known as X", "the rebel coalition known as X": the noun
    before the naming words."""
    noun = _noun_named(before)
    return noun in SETTLEMENT_WORDS or noun in PLACE_TYPE_AFTER or noun in _BODY_NOUNS


def _numbered_place(name: Sequence[str], before: Sequence[str], chunk: Chunk) -> bool:
    """A word with a bare number after it ("the chiefs of Mile 14, Mile 15") or a run after
    a capitalised word and a number ("in Mile 14 Dibanda") is a numbered locality or road:
    a person's age comes after a comma ("Ali, 34,")."""
    after = chunk.after
    if len(name) == 1 and after[:1] and _small_number(after[0].rstrip(",.;")):
        return True
    cb = chunk.before
    return (
        len(cb) >= 2
        and _small_number(cb[-1])  # "15 Feb 2016 Turkish Prime Minister ...": a date
        and cb[-2][:1].isupper()
        and cb[-2].isalpha()
        and cb[-2].lower() not in ROLE_WORDS  # "Police Officer 2 Benierose Alvarez": a grade
        and cb[-2].lower()[:3] not in _MONTHS  # "on Feb 15 Ahmed Ali said"
    )


_MONTHS = _words("jan feb mar apr may jun jul aug sep oct nov dec")


def _small_number(word: str) -> bool:
    """A milestone's or a sector's number, not a year."""
    return word.isdigit() and len(word) <= 3


# Plural nouns that introduce a list of places: "three villages: Gidan Kaso, Dan Dambo and
# Kokeya", "townships, including Mone Hla, Kyauk Taing, ...", "the villages of X and Y".
_PLACE_PLURALS = _words(
    """
villages towns cities communities hamlets settlements localities townships districts
areas neighbourhoods neighborhoods camps
"""
)
_LIST_OPENERS = _words(": including like namely of")


def in_place_list(wide_before: tuple[str, ...]) -> bool:
    """The run is an item of a list a plural place noun opens: its earlier items (names and
    commas, "and") lead back to "villages:" or "villages, including"."""
    k = len(wide_before) - 1
    while k >= 0 and (wide_before[k][:1].isupper() or wide_before[k] in {",", "and"}):
        k -= 1
    if k < 1 or wide_before[k].lower() not in _LIST_OPENERS:
        return False
    noun = wide_before[k - 1].lower()
    if noun == "," and k >= 2:
        noun = wide_before[k - 2].lower()
    return noun in _PLACE_PLURALS


_SAINTS = _words("san santa santo sao saint st")
_SHIP_PREFIXES = frozenset(["USS", "HMS", "HMCS", "HMAS", "INS", "RFA", "MV", "FGS", "ARA"])
_SHIP_NOUNS = _words(
    "carrier carriers destroyer destroyers frigate frigates warship warships cruiser"
    " submarine corvette tanker freighter"
)
# Hausa words that open the names of villages and quarters in northern Nigeria and Niger:
# "Gidan Hazo" (house of), "Unguwar Alhaji Barau" (quarter of), "Tudun Wada" (mound).
_HAUSA_PLACES = _words("gidan unguwar unguwan angwan anguwan tudun kauyen")
# South Slavic and Ukrainian adjectives that open a place's name: "Velika Krusa", "Donji
# Vakuf", "Bosanski Brod", "Novi Travnik", "Velyka Novosilka" (great, upper, lower, Bosnian,
# Serbian, new, old; not "Mala", "Mali", "Nova", which are given names or a country too):
# such a run is no person (cities50).
_SLAVIC_PLACE_OPENERS = _words(
    """
velika veliki veliko velike gornja gornji gornje donja donji donje bosanska bosanski
bosansko srpska srpski srpsko hrvatska hrvatski novi novo stara stari staro velyka
velykyi velyki novyi stari
"""
)
# First words that open a place's name, built once (not a set union for every run).
_PLACE_OPENERS = PLACE_PREFIXES | DIRECTIONS | _SAINTS | _SLAVIC_PLACE_OPENERS
_CALLED = _words("called named")
_KUNYAS = _words("abu umm")
# Lower-case nouns after a name that make it a building's ("the Imam Ali mosque").
_BUILDINGS = _words("hospital hospitals clinic school schools mosque church shrine college")
_BUILDINGS |= _words("cemetery graveyard")  # "the Sidi Yahia cemetery": a burial ground's name
_SETTLED = _words("community communities village villages hamlet settlement ward wards")
# "Sheikh Jarrah residents", "Gamboru villagers": the people of a place follow its name.
_SETTLED |= _words("residents villagers inhabitants townspeople townsfolk")
_CLAN_PLACES = _words("khel")
# "Musa Qala", "Sher Kalay": Pashto and Dari words for a fort and a village, which end
# places' names after a given name, as "Khel" does.
_CLAN_PLACES |= _words("qala qalah kalay kelay")
# precision24: the noun after a tribe's name ("the Albu Nimr tribe", "Albu Fahd tribal
# leader", "Shammar tribesmen"); a person's own tribe is written with a possessive. Not
# "clan": a family is named after its famous members ("the Assad clan", "the Ampatuan clan").
_TRIBES = _words("tribe tribes tribal tribesman tribesmen tribeswomen")


def _tribe_name(name: Sequence[str]) -> bool:
    """Iraq's and Syria's tribes named "Albu X" or "Al Bu X" ("the people of X"): "Albu
    Nimr", "Al Bu Issa", "al-Bu Mahal"; no personal name opens so."""
    if len(name) < 2:
        return False
    first = fold(name[0])
    return first in ("albu", "al-bu") or (
        len(name) >= 3 and first == "al" and fold(name[1]) == "bu"
    )


def _place_type_after(after: tuple[str, ...]) -> bool:
    """ "X district", "X air base", but not "Bashar Assads air force" (a possessive)."""
    if not after or after[0].lower() not in PLACE_TYPE_AFTER:
        return False
    return after[0].lower() != "air" or (len(after) > 1 and after[1].lower() in _AIR_PLACES)


_AIR_PLACES = _words("base bases field strip port")
# Longest aside in brackets read past: "(30 de Junho)", "(formerly Kilimani)".
_ASIDE_MAX = 5


def _past_aside(after: tuple[str, ...]) -> tuple[str, ...]:
    """The words after a short aside in brackets that opens ``after`` (() when none)."""
    if after[:1] != ("(",):
        return ()
    for k in range(2, min(len(after), _ASIDE_MAX + 2)):
        if after[k] == ")":
            # "Omar Sharif (right) district officials": where a caption's man stands
            if any(a.lower() in _CAPTION_PLACES for a in after[1:k]):
                return ()
            # "Ahmed Hassan (pictured) district officials", "(file photo)": a caption's
            # note in lower case is no other name of a place
            if all(a.islower() for a in after[1:k]):
                return ()
            return after[k + 1 :]
    return ()


# Where a caption puts the people it names: "(L)", "(2nd R)", "(centre)", "(front)".
_CAPTION_PLACES = _words("l r c left right center centre front back top bottom rear middle")
# Facilities named after a person or a place, with or without "oil"/"gas" before the noun.
_FACILITIES = _words("pipeline pipelines field fields terminal terminals refinery plant wells")
_FUELS = _words("oil gas")


# A kind of place after a name, and the word that qualifies it: "the Nur Shams refugee
# camp", "the Amin Muqbil residential neighbourhood".
_PLACE_QUALIFIERS = _words("residential refugee idp displacement industrial commercial military")
_QUALIFIED_PLACES = _words(
    "area areas quarter quarters neighbourhood neighborhood district districts compound complex"
    " block blocks zone suburb city project camp camps base site settlement"
)


def _qualified_place_after(chunk: Chunk) -> bool:
    after = chunk.after
    return (
        len(after) >= 2
        and after[0].lower() in _PLACE_QUALIFIERS
        and after[1].lower() in _QUALIFIED_PLACES
        and not chunk.toks[-1].possessive
    )


def facility_after(after: tuple[str, ...]) -> bool:
    """ "the Caño Limón oil pipeline", "the Kirkuk-Ceyhan pipeline", "the Omar oil field"."""
    if not after or (after[0].lower() not in _FUELS and after[0].lower() not in _FACILITIES):
        return False  # most runs (checked first, for speed)
    words = [a.lower() for a in after[:2]]
    if words and words[0] in _FUELS:
        words = words[1:]
    return bool(words) and words[0] in _FACILITIES


def _named_with_acronym(after: tuple[str, ...]) -> bool:
    """ "Hayat Tahrir al-Sham (HTS)": a name with an acronym is an organisation; a
    person's post-nominal letters are not one ("Prince Lateef Fagbemi (SAN)", a Senior
    Advocate of Nigeria; "Ali Khan (MNA)")."""
    return (
        len(after) >= 3
        and after[0] in {"(", "["}
        and after[2] in {")", "]"}
        and after[1].isupper()
        and len(after[1]) >= 2
        and after[1].lower() not in _POST_NOMINALS
    )


# Letters written after a person's name: ranks at the bar, seats, honours, degrees.
_POST_NOMINALS = _words("san qc kc mp mna mpa mla mep obe mbe cbe kbe ofr con gcon phd rtd retd")
# Administrative units that, like "the town of", make the run after "of" a place: "the
# municipality of Marcos Castellanos", "the commune of Ménaka".
_ADMIN_UNITS = _words(
    "municipality municipalities commune communes parish locality hamlet"
    # Congolese and Sierra Leonean units: "the chiefdom of Walese Vonkutu"
    " chiefdom chiefdoms chefferie groupement"
)
