"""Reading a place's name as an administrative unit rather than its town.

The words after a run that call it a district ("Pulwama district", "Tangaza LGA", "Sabon
Birni local government area"), and mentions that name the unit as well as the town: an
official's title or an event the name modifies, a compass word that puts the mention in a
part of the unit, or a village's address the name closes ("at Melhoora, Shopian").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.chunks import Chunk
from app.extract.lexicons import DIRECTIONS, is_common_form

# Words after a name that call it a district: Mali's "cercle" is written "circle" in English.
_DISTRICT_AFTER = frozenset(["district", "circle", "cercle"])
# Officials' titles a unit's name modifies ("Bankass mayor", "the Kursk governor").
_OFFICES = frozenset(["mayor", "governor", "administrator", "prefect"])
# ... and the unit's police, or an event the text names after it ("Pulwama police", "killed in
# Pulwama gunfight"): read as the unit when the text calls the name a district.
_UNIT_MODIFIED = _OFFICES | frozenset(
    ["police", "gunfight", "encounter", "operation", "clash", "clashes", "killings"]
    + ["communities", "villages"]
)
# Words between a name and an official's title that qualify the office: "Kursk's acting
# governor", "the Bankass deputy mayor", "Kherson's acting deputy governor".
_OFFICE_QUALIFIERS = frozenset(["acting", "deputy", "interim", "vice", "former", "new"])


def _qualified_office(nxt: str, chunk: Chunk, j: int) -> bool:
    """The words after the run from ``nxt`` (the word at ``j``) are one or two qualifiers and
    an official's title: "acting governor", "acting deputy governor"."""
    if nxt.lower() not in _OFFICE_QUALIFIERS:
        return False  # most runs
    rest = chunk.words[j + 1 :] + chunk.after if j < len(chunk.words) else chunk.after[1:]
    for word in rest[:2]:
        low = word.lower()
        if low in _OFFICES:
            return True
        if low not in _OFFICE_QUALIFIERS:
            return False
    return False


# Words after a name (or after "X and Y") that call it a district: Mali's "cercle" is written
# "circle" in English; Nigeria's local government areas ("Tangaza LGA").
_DISTRICTS_AFTER = frozenset(["districts", "lga", "lgas"]) | _DISTRICT_AFTER


def local_government(words: Sequence[str], plural: bool = False) -> bool:
    """``words`` open "local government" (Nigeria's districts: "Tangaza local government
    area"); when ``plural``, "local government areas" ("Gwadabawa and Tangaza local
    government areas")."""
    if not words or words[0].lower() != "local":
        return False  # most runs (checked first, for speed)
    low = [w.lower() for w in words[: 3 if plural else 2]]
    return low == (["local", "government", "areas"] if plural else ["local", "government"])


def _span_end(span: tuple[str, ...], words: tuple[str, ...]) -> int:
    """Where the first place ``span`` stands in ``words`` ends; 0 when it stands nowhere."""
    n = len(span)
    return next((k + n for k in range(len(words) - n + 1) if words[k : k + n] == span), 0)


def next_word(span: tuple[str, ...], chunk: Chunk) -> str:
    """The word after the first place ``span`` stands in ``chunk``'s run."""
    j = _span_end(span, chunk.words)
    return chunk.word_at(j) if j else ""


def called_district(after: tuple[str, ...]) -> bool:
    """The words after a run call it a district: "X district", "X LGA", "X local government
    area", or "and Y districts" ("in Pulwama and Shopian districts")."""
    if not after:
        return False
    first = after[0].lower()
    if first == "and" and len(after) > 2 and after[1][:1].isupper():
        # only a plural names both ("Gwadabawa and Tangaza LGAs"; "Ilala and Macomia
        # district" may be a town and its district)
        return after[2].lower() in _PLURAL_DISTRICTS or local_government(after[2:], plural=True)
    return first in _DISTRICTS_AFTER or (first == "local" and local_government(after))


_PLURAL_DISTRICTS = frozenset(["districts", "lgas"])


def unit_reading(
    span: tuple[str, ...],
    chunk: Chunk,
    compass: bool = True,
    holder: bool = True,
    small: bool = False,
    seat: bool = False,
) -> bool:
    """A mention a unit's name reads as well as a town's: it modifies an official's title,
    the police or an event ("Bankass mayor", "Pulwama police", "in Pulwama gunfight"), a
    compass word puts it in a part of the unit ("north-western Hama", "in the north of
    Hama"; not "western Idlib city", nor, when not ``compass``, for a city of a million
    whose sides news names so: "eastern Aleppo", "west Mosul"), or it closes a village's
    address after a comma ("at Melhoora, Shopian last evening"; not an item of a list:
    "Bannu, Peshawar and Karak"), or, when ``holder``, it is where a named village lies
    ("Hassan Shalal village in Daquq"), or, when ``small`` (a town under 100,000; a city's
    quarters are its districts too: "Aleppo's Sheikh Maqsoud district"), its possessive
    names a part ("Kathua's Hiranagar sector"), or, when ``seat`` (a town under 200,000),
    a district ("Ghazni's Andar district": a province's seat, its province's districts;
    precision24)."""
    words = chunk.words
    n = len(span)
    j = _span_end(span, words)
    if j == 0:
        return False
    nxt = chunk.word_at(j)
    if j == n and chunk.toks[n - 1].possessive and _possessive_unit(chunk.after, small, seat):
        return True  # "Kathua's Hiranagar sector", "Balkh's provincial government"
    office = _qualified_office(nxt, chunk, j)
    if j == n and not chunk.before and nxt.lower() not in _UNIT_MODIFIED and not office:
        return False  # a dateline ("BANKASS —") names the town; not a paragraph's opening
        # "Bishnupur police retrieved the bodies": the unit's police, as mid-sentence
    if nxt.lower() in _UNIT_MODIFIED or office:
        return True
    if nxt.lower() in _TOWN_AFTER:
        return False  # "western Idlib city", "an eastern Damascus suburb": the town's part
    prev = chunk.before[-1:] if j == n else words[j - n - 1 : j - n]
    if not compass:
        prev = ()
    if prev and prev[0].lower().replace("-", "") in _DIRECTION_WORDS:
        return True  # "southern Idlib": a part of the province
    wide = tuple(w.lower() for w in (chunk.wide_before or chunk.before)[-4:])
    if (
        compass
        and j == n
        and wide[:2] == ("in", "the")
        and wide[2:3]
        and wide[2] in _DIRECTION_WORDS
    ):
        return wide[3:] == ("of",)  # within it; not "20 km to the north of X", a bearing
    if holder and compass and j == n and not chunk.title_case_line and _holds_named_place(chunk):
        return True
    if j != len(words) or j != n or chunk.after[:1] in ((",",), ("and",)):
        return False
    return _address_tail(chunk)


# Words after a possessive place and a capitalised name that make the name a part of the
# unit the place names: "Kathua's Hiranagar sector", "Narathiwat's Rueso district".
_PARTS = frozenset(["sector", "area", "tehsil", "subdivision", "sub-division", "block"])
_PARTS |= _DISTRICTS_AFTER | frozenset(["township", "townships"])
_SIDES = frozenset(["east", "west", "north", "south", "northeast", "northwest", "southeast"])
_SIDES |= frozenset(["southwest", "north-east", "north-west", "south-east", "south-west"])


def _possessive_unit(after: tuple[str, ...], small: bool, seat: bool) -> bool:
    """After a possessive run: a part's name ("Kathua's Hiranagar sector", "Pulwama's Tral
    area") when ``small``; a district's ("Ghazni's Andar district": a province's seat owning
    its province's districts) when ``seat``; "provincial" ("Balkh's provincial government",
    "Helmand's provincial capital") whatever the size (precision24)."""
    if after[:1] == ("provincial",):
        return True
    return (small and _names_its_part(after)) or (seat and _names_its_part(after, _DISTRICT_AFTER))


def _names_its_part(after: tuple[str, ...], parts: frozenset[str] = _PARTS) -> bool:
    """After a possessive run, a name of one or two words and a part's word ("Kathua's
    Hiranagar sector", "Sagaing's Ayadaw township"), or a side ("in Sagaing's east")
    (lead20); with ``parts`` given, only a word of those, no side."""
    if after and after[0] in _SIDES:
        return parts is _PARTS
    if not after or not after[0][:1].isupper():
        return False
    for k in (1, 2):
        if len(after) > k and after[k].lower() in parts:
            return all(w[:1].isupper() for w in after[:k])
    return False


def _holds_named_place(chunk: Chunk) -> bool:
    """ "Hassan Shalal village in Daquq", "the Bandpawa area of Chitragam in Shopian", "a
    village of Daquq": the run is where a named village or area lies (or a village of it),
    the unit holding it when the text calls the name a district. Not a bare "in X" ("lives
    in Daquq"), "the village of X" (X is the village), nor after an English word ("Army
    Offensive in Aleppo", "Attacks in Damascus": flattened headlines)."""
    before = chunk.wide_before or chunk.before
    if len(before) < 2:
        return False
    last, prev = before[-1].lower(), before[-2]
    if last == "in":
        # "Chitragam in Shopian", "Hassan Shalal village in Daquq"; not "killed in X",
        # "Sunday in X" (a weekday), "ISIL in X" nor a sentence's opening capital
        if prev.lower() in _SETTLEMENT_WORDS:
            return len(before) >= 3 and before[-3][:1].isupper()
        return (
            prev[:1].isupper()
            and not prev.isupper()  # "ISIL in Deir Ezzor": a group's acronym
            and prev.lower() not in _NOT_PLACES
            and not is_common_form(prev)
            and len(before) >= 3
        )
    return last == "of" and before[-3:-1] in (("a", "village"), ("an", "area"))


# Nouns of a named village or area that "in X" may then place ("Tulbagh village in Pampore").
_SETTLEMENT_WORDS = frozenset(["village", "area", "hamlet", "locality"])
# Capitalised words before "in" that are no place ("on Sunday in X", "in July in X").
_NOT_PLACES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    + ["january", "february", "march", "april", "may", "june", "july", "august"]
    + ["september", "october", "november", "december"]
)


def _address_tail(chunk: Chunk) -> bool:
    """ "at Melhoora, Shopian", "at Harkipora, Kakapora, Pulwama": the run closes an address."""
    # Back over "Village, Town," to the word that opens the address.
    before = chunk.wide_before or chunk.before
    k = len(before) - 1
    while k >= 1 and before[k] == "," and before[k - 1][:1].isupper():
        k -= 1
        while k >= 1 and before[k - 1][:1].isupper():
            k -= 1  # a name of several words ("at Nyaung Yeik Thar, Shopian")
        k -= 1
        if k >= 0 and before[k].lower() in _ADDRESS_OPENERS:
            return True
    return False


# Words after a name that say the town itself is meant ("Idlib city", "a Damascus suburb").
_TOWN_AFTER = frozenset(
    ["city", "town", "suburb", "suburbs", "outskirts", "centre", "center", "downtown"]
    + ["neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters"]
)
# Compass words that put a place in a part of a province ("southern Idlib", "north-east
# Hama"); not "central", which names a city's centre as often ("central Kyiv").
_DIRECTION_WORDS = DIRECTIONS - {"central"}
# Words that open a village's address ("at Melhoora, Shopian", "from Yaripora, Kulgam").
_ADDRESS_OPENERS = frozenset(["at", "in", "from", "near"])
