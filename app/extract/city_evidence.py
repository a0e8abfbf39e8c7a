"""Whether a gazetteer match in an article is a city: the evidence must fit the place's size.

Any capitalised run can match some GeoNames village, so a match alone proves nothing. A match
is kept when the evidence fits its size: a dateline, "X, Country" or "the town of X" is enough
for any place; a preposition ("in X", "near X") or the place's country being named in the
article is enough for a town; only big cities (100,000+) may stand without any cue, since
news uses them as metonyms ("Moscow could be aiming"). Names that are also English words or
given names ("Nice", "Hassan") need a big city *and* a cue. Regions, facilities and
organisations ("Anbar province", "Radio Mogadishu") and hyphenated modifiers never count.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

from wordfreq import zipf_frequency

from app.extract.bracket_placement import bracket_country
from app.extract.chunks import Chunk
from app.extract.countries import country_after
from app.extract.district_reading import local_government
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import (
    DIRECTIONS,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    OFFICE_HOLDERS,
    ORG_WORDS,
    PLACE_CUE_BEFORE,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    SETTLEMENT_WORDS,
    SPANISH_QUARTERS,
    TERRITORY_NAMES,
    TITLE_WORDS,
    VEHICLE_MAKES,
    is_common_form,
    is_common_word,
    is_everyday_word,
    is_first_name,
    vehicle_word,
)
from app.extract.namesake_choice import BIG_CITY, TOWN, choose
from app.extract.organisation_names import opens_organisation_name, possessive_in_unit_name
from app.extract.person_context import SPEECH_VERBS, holds_role, settlement_official
from app.extract.person_exclusions import listed_town_parts_after
from app.extract.person_names import hyphenated_modifier
from app.extract.place_phrases import (
    FIRST_LEVEL_UNITS,
    after_settlement_of,
    described_settlement,
    others_of_kind,
    outlet_apposition,
)
from app.extract.region_index import Region
from app.extract.region_namesakes import region_not_town, written_bare
from app.extract.transliteration import fold, skeleton, strip_article

# Words that put what follows in a place ("near Kita"); "of", "to", "from" and "at" are
# left out: they as often precede a person.
_LOCATIVE = frozenset(
    [("in",), ("near",), ("outside",), ("inside",), ("around",), ("into",), ("towards",)]
    + [("toward",)]  # American spelling ("headed toward Bria")
    # Verbs only a place is the object of ("shelled Marinka"; "captured", "struck" or
    # "stormed" take people too)
    + [("shelled",), ("bombed",), ("bombarded",), ("besieged",), ("retook",), ("recaptured",)]
    + [("liberated",), ("overran",)]
)

# "the port of X", "the outskirts of X": X is the town itself (these words also follow a
# facility or an area name, "Hodeida port", so they stay in PLACE_TYPE_AFTER).
SETTLEMENT_OF = frozenset(["port", "harbour", "harbor", "outskirts", "suburbs", "suburb"])
# "X refugee camp", "X IDP camp": words between a place's name and "camp".
_CAMP_KINDS = frozenset(["refugee", "refugees", "displacement", "displaced", "idp", "idps"])
# "the Zaporizhzhia nuclear power plant", "the Kakhovka hydroelectric dam": the kind of
# plant between a place's name and the plant's word; the name is the plant's.
_PLANT_KINDS = frozenset(
    ["nuclear", "atomic", "hydroelectric", "hydropower", "hydro", "thermal", "coal-fired"]
)
_PLANT_WORDS = frozenset(["plant", "plants", "station", "stations", "dam", "facility"])
# A front sector named after a town, after its name: "in the Toretsk direction".
_FRONT_SECTORS = frozenset(["direction", "directions"])
# cities45: "Kibale National Park", "the Garamba Game Reserve": the protected area's kind
# between a place's name and its word; the name is the park's, not the town's.
_PARK_KINDS = frozenset(["national", "game", "wildlife", "nature", "forest"])
_PARK_WORDS = frozenset(["park", "parks", "reserve", "reserves", "sanctuary"])
# A parish's priest or church is a town's parish, not a unit of the state (cities45).
_PARISH_WORDS = frozenset(["parish", "parishes"])
_CLERGY_WORDS = frozenset(["priest", "priests", "church", "churches", "hall", "council"])
# Sites after "X naval" that make X's name a military site's ("the Callao naval base").
_NAVAL_SITES = [
    [w]
    for w in ["base", "bases", "station", "facility", "facilities", "yard", "dockyard"]
    + ["shipyard", "port", "harbour", "harbor", "academy", "air", "airbase"]
]
# Adjectives after a place name that make it the region's ("Kharkiv regional ...").
_REGION_ADJECTIVES = frozenset(["regional", "provincial"])


class Verdict(NamedTuple):
    """What ``judge`` decided about one match."""

    city: City | None  # the accepted reading; None when the match is not a city here
    deferred: bool = False  # not accepted, but a list of accepted places may vouch for it
    region: Region | None = None  # the region a refused bare name stands for ("in Borno")


REFUSED = Verdict(None)


@dataclass(frozen=True, slots=True)
class _Site:
    """A matched span ``words[i:j]`` of a chunk and the context the rules read."""

    chunk: Chunk
    i: int
    j: int
    span: tuple[str, ...]
    key: str  # the span folded
    nxt: str  # the next word, lower-cased ("" when none)
    possessive: bool  # "Hodeida's": the span ends in a possessive
    before: tuple[str, ...]  # the words before the span, lower-cased
    stated_dateline: bool  # the span sits inside the line's dateline
    in_dateline: bool  # ... or inside a dateline in flattened text ("MOSCOW (Sputnik)")

    @property
    def of_what(self) -> str | None:
        """'province' in "the province of X"."""
        before = self.before
        return before[-2] if len(before) >= 2 and before[-1] == "of" else None


def judge(
    chunk: Chunk,
    i: int,
    j: int,
    cands: tuple[City, ...],
    in_dateline: bool,
    gaz: Gazetteer,
    countries: set[str],
) -> Verdict:
    """Is ``chunk.words[i:j]``, which can name ``cands``, one of them here? ``countries``
    are the ones the article names."""
    site = _site(chunk, i, j, in_dateline)
    if _refused(site, cands, gaz, countries):
        return REFUSED
    stated_country = country_after(chunk.after, gaz) if j == len(chunk.words) else None
    if stated_country is None and j == len(chunk.words) and chunk.after[:1] == ("(",):
        # "Kfar Kila (Marjayoun)", "Ayacucho (Peru)": the bracket places the run
        stated_country = bracket_country(chunk.wide_after, gaz, countries)
    city = choose(cands, stated_country, countries, written=" ".join(site.span))
    if _people_of_a_place(site, city, gaz):
        return REFUSED  # "Gazans", "a Gazan city": Gaza's people, no Jizan (review20)
    # "Villages In Borno" (Title Case): the word before "In" is no settlement cue.
    cued = written_bare(site.span) == site.span and _settlement_named(site)
    if not (site.in_dateline or cued) and (
        region := region_not_town(" ".join(site.span), city, gaz, countries)
    ):
        return Verdict(None, region=region)  # "in Sinaloa": the region, not a namesake
    if site.key in TERRITORY_NAMES and not (site.in_dateline or len(site.span) > 1):
        return REFUSED  # bare "Gaza" is the Strip
    common = (
        len(site.span) == 1
        and _common_word(site.span[0])
        and not _city_first_word(site.span[0], city, countries)
    )
    if stated_country is None and _own_region_named(site, city, gaz):
        stated_country = city.country_code  # "in Chechnya's Vedeno", "in Vedeno, Chechnya"
    if _evidence_fits(site, city, stated_country, countries, common):
        return Verdict(city)
    return Verdict(None, deferred=not common)


# A city this big, in a country the article names, is what its name means there, though
# English has a rare word of that spelling ("tripoli", a polishing stone; "amman"); words
# English writes this often or more stay words ("Sale", "Nice", "Reading").
_CITY_FIRST_POP = 500_000
_CITY_FIRST_ZIPF = 4.0


def _city_first_word(word: str, city: City, countries: AbstractSet[str]) -> bool:
    """ "Tripoli authorities said" in a Libya story: the city, not the word."""
    if city.population < _CITY_FIRST_POP or city.country_code not in countries:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < _CITY_FIRST_ZIPF


def _people_of_a_place(site: _Site, city: City, gaz: Gazetteer) -> bool:
    """One word that GeoNames gives as another place's other name, written as a big place's
    or a territory's name with a people's ending: "Gazan", "Gazans" (Gaza's people, an
    alternate name of Jizan, Saudi Arabia). The place's own name is its name ("Roman",
    Romania)."""
    if len(site.span) != 1:
        return False
    key, own = site.key, fold(city.name)
    if key == own or skeleton(key) == skeleton(own):
        return False
    for end in _PEOPLE_ENDINGS:
        stem = key[: -len(end)]
        if (
            key.endswith(end)
            and len(stem) >= 4
            and stem != own
            and (
                stem in TERRITORY_NAMES
                or any(c.population >= BIG_CITY and fold(c.name) == stem for c in gaz.lookup(stem))
            )
        ):
            return True
    return False


# A people's endings after a place's name: Gaza -> Gazan(s), Aleppo -> Aleppan(s), Sanaa ->
# Sanaani(s).
_PEOPLE_ENDINGS = ("ns", "n", "ans", "an", "is", "i")


def _own_region_named(site: _Site, city: City, gaz: Gazetteer) -> bool:
    """The place's own first-level region is named right before it ("in Chechnya's
    Vedeno": a run that ends in a possessive is cut there) or after it and a comma ("in
    Vedeno, Chechnya"): as strong as its country named so."""
    chunk = site.chunk
    if site.i == 0 and chunk.before and chunk.before[-1][:1].isupper():
        name = chunk.before[-1]
    elif site.j == len(chunk.words) and chunk.after[:1] == (",",) and chunk.after[1:2]:
        name = chunk.after[1]
    else:
        return False
    if not name[:1].isupper():
        return False
    own = gaz.region_of(city)
    return own is not None and any(r.code == own for r in gaz.regions.lookup(name))


def _site(chunk: Chunk, i: int, j: int, stated_dateline: bool) -> _Site:
    """Read the span's context once; every rule below looks at it."""
    words = chunk.words
    span = words[i:j]
    nxt = chunk.word_at(j)
    in_dateline = stated_dateline
    if j == len(words) and span[-1].isupper() and chunk.after[:1] == ("(",):
        # "... Reports MOSCOW (Sputnik) According to": a dateline inside flattened text;
        # the outlet may take two words ("ERBIL (Kurdistan 24) -").
        in_dateline = in_dateline or ")" in chunk.after[2:4]
    in_dateline = in_dateline or _capitals_then_date(chunk, span, j)
    return _Site(
        chunk=chunk,
        i=i,
        j=j,
        span=span,
        key=fold(" ".join(span)),
        nxt=nxt.lower(),
        possessive=chunk.toks[j - 1].possessive,
        # The rules read the last two words before the span at most; three are kept, as in
        # ``chunk.before`` (all of them made each span cost the run's length).
        before=tuple(b.lower() for b in (chunk.before if i == 0 else words[max(0, i - 3) : i])),
        stated_dateline=stated_dateline,
        in_dateline=in_dateline,
    )


MONTH_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


def _capitals_then_date(chunk: Chunk, span: tuple[str, ...], j: int) -> bool:
    """ "JUBA May 18 South Sudanese rebels ...": a place in capitals followed by a day of a
    month is a dateline, even without its comma or dash."""
    if not all(w.isupper() and len(w) > 2 for w in span):
        return False
    rest = chunk.words[j:] + chunk.after
    return len(rest) >= 2 and rest[0].lower() in MONTH_WORDS and rest[1][:2].isdigit()


def _refused(
    site: _Site, cands: tuple[City, ...], gaz: Gazetteer, countries: AbstractSet[str] = frozenset()
) -> bool:
    """Context that rules out a city whatever its size (cheap tests first)."""
    return (
        _in_organisation_name(site, cands)
        or _opens_lower_case_name(site)
        or (_names_a_facility_or_area(site) and not _town_area(site, cands, countries))
        or _one_of_other_units(site, gaz)  # "Baglung, Tanahu and several other districts"
        or _acronym(site)
        or (
            _fragment(site.chunk.words, site.i, site.j, gaz, site.chunk.after)
            and not _office_place(site)
        )
        or _us_state(site, cands, gaz)
        or (_area_of(site) and not _parts_of_a_town(site, cands))
        or _listed_town_part(site)
        or _nickname_apposition(site, gaz)
        or _streets_listed(site)
        or _opens_named_group(site)
        or _inside_group_name(site)
        or _opens_peoples_group(site)
        or _vehicle_make(site)
        # "in colonia Benito Juárez", "on avenida Hidalgo": a quarter or a street named
        # after a town or a person (cities38)
        or (site.i == 0 and bool(site.before) and fold(site.before[-1]) in SPANISH_QUARTERS)
    )


def _office_place(site: _Site) -> bool:
    """ "the mayor of Kharkiv Ihor Terekhov", "Deputy Commissioner of Rajouri Shahid Iqbal
    Choudhary": after "TITLE of", the office's place opens the run with no comma before the
    holder's name (a given name or a word English lacks, then one more word at least);
    persons take the name (``person_titles``), the place is named as a place (lead20)."""
    words, before = site.chunk.words, site.before
    return (
        site.i == 0
        and len(words) - site.j >= 2
        and len(before) >= 2
        and before[-1] == "of"
        and before[-2] in OFFICE_HOLDERS
        and (is_first_name(words[site.j]) or not is_common_form(words[site.j]))
    )


def _vehicle_make(site: _Site) -> bool:
    """ "a Toyota truck", "the Toyota land-cruiser", "a Mercedes car": a carmaker's name
    before a vehicle's word or model is the make, no town (Toyota, Japan; Mercedes, Uruguay;
    Honda, Colombia) (review20)."""
    return (
        site.span[-1].lower() in VEHICLE_MAKES  # (also "A Toyota truck" opening a sentence)
        and not site.possessive
        and vehicle_word(site.nxt)
    )


def _opens_peoples_group(site: _Site) -> bool:
    """ "said Kanbalu People's Defence Force", "the Donetsk People's Republic": a place
    before "People's" and a capitalised name an organisation word is in opens the group's
    name (the run stops at the possessive; the name goes on after it)."""
    words = site.chunk.words
    if site.j != len(words) - 1 or words[-1] not in _PEOPLE:
        return False  # most spans (checked first, for speed)
    after = site.chunk.after[:3]
    return bool(after) and after[0][:1].isupper() and any(a.lower() in ORG_WORDS for a in after)


_PEOPLE = frozenset(["People", "Peoples", "PEOPLE"])


# Lower-case nouns after a group's name: "the Pyu Saw Htee militia", "the Viv Ansanm gang".
_GROUP_NOUNS = frozenset(
    ["militia", "militias", "gang", "gangs", "cartel", "brigade", "battalion", "faction"]
)


def _inside_group_name(site: _Site) -> bool:
    """ "the Pyu Saw Htee militia", "the Wharf Jeremie gang": a place that is only a part
    of a longer run a group noun closes is a word of the group's name (Pyu, Myanmar; Jeremie,
    Haiti), not the town; a run that is the town's name alone ("the Jenin brigade") is left
    to the other rules."""
    chunk = site.chunk
    if site.j - site.i == len(chunk.words) or chunk.title_case_line:
        return False
    return bool(chunk.after) and chunk.after[0] in _GROUP_NOUNS


def _opens_named_group(site: _Site) -> bool:
    """ "the Jalisco New Generation cartel", "signed by Jalisco New Generation": a place
    opening a run whose other words are two or more capitalised English words names a
    group (a type word, a month or a day after the place says nothing: "Aleppo City",
    "Homs Tuesday Morning"). Not in Title Case lines, where every word is capitalised."""
    words = site.chunk.words
    rest = words[site.j :]
    if site.i != 0 or len(rest) < 2 or site.chunk.title_case_line or site.possessive:
        return False
    return all(
        w[:1].isupper()
        and not w.isupper()  # "in Geneva US Secretary of State" (flattened): an acronym
        and w.lower() not in _NEUTRAL_AFTER_PLACE
        and w.lower() not in MONTH_WORDS
        and is_common_form(w)
        for w in rest
    )


# Words after a place that leave it a place: its type, a direction, a day, an initial.
_NEUTRAL_AFTER_PLACE = (
    PLACE_TYPE_AFTER
    | SETTLEMENT_WORDS
    | DIRECTIONS
    | FUNCTION_WORDS
    | frozenset(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        + ["morning", "afternoon", "evening", "night", "on", "and"]
    )
)


def _in_organisation_name(site: _Site, cands: tuple[City, ...] = ()) -> bool:
    """ "Radio Mogadishu", "Thwar al Raqqa Brigade", "Washington Post", and groups that
    match a place somewhere ("Hamas"). A city whose own name opens with "Port" ("Port Sudan",
    "Port Harcourt") is no port facility when the run is just that name ("Andrews Air Force
    Base", a GeoNames place too, stays a base)."""
    if _outlet_tail(site.chunk) or _outlet_named(site) or _outlet_apposition(site):
        return True
    if not _names_organisation(site.chunk):
        return False
    words = site.chunk.words
    # The whole run is a town's own name: "Lashkar Gah" ("lashkar", an army, opens group
    # names too); not a name GeoNames gives an area ("Bandundu Province").
    whole = len(words) > 1 and len(site.span) == len(words)
    if (
        whole
        and words[-1].lower() not in _TYPE_ENDINGS
        and any(fold(c.name) == site.key and c.population >= TOWN for c in cands)
    ):
        return False
    return not (
        len(site.span) == len(words)
        and words[0].lower() == "port"
        and not any(w.lower() in ORG_WORDS for w in words[1:])
        and any(fold(c.name) == site.key for c in cands)
    )


_TYPE_ENDINGS = ORG_WORDS | PLACE_TYPE_AFTER


def _outlet_tail(chunk: Chunk) -> bool:
    """ "told Kabul Now", "the Baghdad Today website": a word of time capitalised after a
    place ends an outlet's name (not in a headline's title case: "Protests in Baghdad
    Today")."""
    words = chunk.words
    return len(words) >= 2 and words[-1] in _OUTLET_TAILS and not chunk.title_case_line


_OUTLET_TAILS = frozenset(["Now", "Today", "Live", "Online", "NOW", "TODAY"])


def _outlet_named(site: _Site) -> bool:
    """ "according to the newspaper Reforma", "the Mexican daily Milenio", "the news agency
    Anadolu": a run right after an outlet's noun is the outlet's name, not the town it may
    share (Reforma, Mexico) (cities38). The run must open right after the noun and not be a
    possessive ("the newspaper Kabul's police chief told" is rare; left to the town)."""
    if site.i != 0 or site.possessive or site.chunk.title_case_line:
        return False
    before = site.before
    if not before:
        return False
    if before[-1] == "agency":
        return before[-2:-1] == ("news",)
    if before[-1] in _OUTLET_ADJECTIVES:
        # "the daily Kharkiv shelling", "the weekly Bunia market": the adjective before a
        # noun the place qualifies (review22); an outlet's name ends the clause or speaks.
        nxt = site.nxt
        return not nxt.isalpha() or nxt in FUNCTION_WORDS or nxt in _OUTLET_VERBS
    return before[-1] in _OUTLET_NOUNS


def _listed_town_part(site: _Site) -> bool:
    """ "in the Las Quintas, La Campiña, Hidalgo and Emiliano Zapata neighborhoods": an item
    of a list of a town's parts (``listed_town_parts_after``) is no town (cities50)."""
    chunk = site.chunk
    if site.j != len(chunk.words) or chunk.title_case_line:
        return False
    if chunk.before[-1:] in (("and",), (",",)) and chunk.after[:1] in _LISTED_PARTS:
        return True  # the list's last item: "..., Morelos and Guadalupe quarters"
    return listed_town_parts_after(chunk.list_after or chunk.wide_after or chunk.after)


_LISTED_PARTS = frozenset([("neighbourhoods",), ("neighborhoods",), ("quarters",)])


def _nickname_apposition(site: _Site, gaz: Gazetteer) -> bool:
    """ "Ismael Zambada, El Mayo, entered", "Joaquin Guzman, El Chapo, ran": a Spanish
    article's run between commas right after a given name and a surname is the man's
    nickname, not the hamlet it may spell (El Chapo, Chapo in Mexico) (cities50)."""
    chunk = site.chunk
    words, before, after = chunk.words, chunk.before, chunk.after
    if site.i != 0 or len(words) < 2 or words[0] not in _SPANISH_ARTICLES:
        return False
    if before[-1:] != (",",) or after[:1] != (",",) or len(before) < 3 or len(after) < 2:
        return False
    # the apposition ends the list-free clause: "..., El Mayo, entered" (not "the
    # municipalities of San Calixto, El Tarra, Teorama": no lower-case word after)
    if not after[1][:1].islower() or after[1] in ("and", "or"):
        return False
    surname, given = before[-2], before[-3]
    if not (surname[:1].isupper() and is_first_name(given)):
        return False
    return fold(given) not in _SAINT_WORDS and not gaz.lookup(f"{given} {surname}")


_SAINT_WORDS = frozenset(["san", "santa", "santo", "sao", "saint", "st"])


_SPANISH_ARTICLES = frozenset(["El", "La", "Los", "Las"])


def _outlet_apposition(site: _Site) -> bool:
    """The span ends the run and ``outlet_apposition`` names the run an outlet."""
    return site.j == len(site.chunk.words) and not site.possessive and outlet_apposition(site.chunk)


# Lower-case nouns an outlet's name follows ("the newspaper X", "the weekly X").
_OUTLET_NOUNS = frozenset(
    ["newspaper", "newspapers", "daily", "dailies", "weekly", "magazine", "tabloid"]
    + ["broadcaster", "website"]
)
# Of those, the adjectives of time ("daily shelling") ...
_OUTLET_ADJECTIVES = frozenset(["daily", "weekly"])
# ... and what an outlet's name may be followed by: it speaks, or is named ("the daily
# Reforma reported", "the weekly Proceso, which", "the daily Milenio newspaper").
_OUTLET_VERBS = SPEECH_VERBS | frozenset(
    ["reported", "reports", "quoted", "quotes", "cited", "cites", "published", "publishes"]
    + ["carried", "ran", "has", "had", "is", "was", "which", "who", "also", "earlier"]
    + ["newspaper", "website", "magazine", "reporter", "reporters", "journalist"]
)


def _opens_lower_case_name(site: _Site) -> bool:
    """ "the Saba news agency", "the Duke of Lancaster's Regiment" (see
    ``organisation_names``)."""
    chunk = site.chunk
    if site.j != len(chunk.words):
        return False
    if site.possessive:
        return site.i == 0 and possessive_in_unit_name(chunk.before, chunk.after)
    return opens_organisation_name(site.before, chunk.after)


# The last run looked at and whether it holds an organisation word: every span of a run is
# judged in turn, and looking through a run of thousands of words for each was quadratic.
_last_run: list[tuple[Chunk, bool]] = []


def _names_organisation(chunk: Chunk) -> bool:
    if _last_run and _last_run[0][0] is chunk:
        return _last_run[0][1]
    found = any(w.lower() in ORG_WORDS for w in chunk.words)
    _last_run[:] = [(chunk, found)]
    return found


def _names_a_facility_or_area(site: _Site) -> bool:
    """ "Anbar province", "Hodeida airport" ("Hodeida's airport" names the city), and the
    first of two areas sharing one type word ("in Rutshuru and Masisi territory", "Aleppo
    and Idlib provinces")."""
    if site.nxt == "naval" and not site.possessive:
        # "the Callao naval base": a base; not "a Sevastopol naval drone attack", "the
        # Hodeidah naval forces", where the town names where the forces are (review19)
        rest = (*site.chunk.words[site.j :], *site.chunk.after)
        return [w.lower() for w in rest[1:2]] in _NAVAL_SITES
    if site.nxt in _PARISH_WORDS and _clergy_after(site):
        return False  # "the Kampala parish priest": the town's parish, the town named
    if (site.nxt in PLACE_TYPE_AFTER or site.nxt in _FRONT_SECTORS) and not site.possessive:
        return True  # also "the Kherson direction": a front sector (not "the direction of")
    after = site.chunk.after if site.j == len(site.chunk.words) else ()
    if site.nxt in _CAMP_KINDS and [a.lower() for a in after[1:2]] == ["camp"]:
        return True  # "the Nuseirat refugee camp", "Kalma displacement camp": a camp
    if site.nxt in _PARK_KINDS and not site.possessive:
        rest = (*site.chunk.words[site.j :], *site.chunk.after)
        if [w.lower() for w in rest[1:2]] in [[w] for w in _PARK_WORDS]:
            return True  # "Kibale National Park", "Selous Game Reserve": a park (cities45)
    if site.nxt in _PLANT_KINDS and not site.possessive and _plant_after(after[1:3]):
        return True  # "the Zaporizhzhia nuclear power plant": a power plant's name
    if site.nxt in _REGION_ADJECTIVES and not site.possessive:
        # "the Kharkiv regional military administration", "Donetsk Regional Prosecutor's
        # Office", "Kunduz provincial council": the region's body; not "the Kunduz
        # provincial capital", which is the town.
        rest = (*site.chunk.words[site.j :], *site.chunk.after)
        return [w.lower() for w in rest[1:2]] != ["capital"]
    if local_government(after):
        return True  # "Sabon Birni local government area": a Nigerian district
    if site.j == len(site.chunk.words) and after[:1] == (",",):
        after = _rest_of_list(site.chunk.wide_after)  # "Aleppo, Hama and Latakia provinces"
    return (
        len(after) >= 3
        and after[0] == "and"
        and after[1][:1].isupper()
        and (
            after[2].lower() in PLACE_TYPE_AFTER
            # "the Gwadabawa and Tangaza local government areas": two Nigerian districts
            or local_government(after[2:])
        )
        and after[2].lower() not in SETTLEMENT_OF
        # "between Kafr Amal and Beit Sura villages": both are settlements, not areas
        and after[2].lower() not in SETTLEMENT_WORDS
    )


def _clergy_after(site: _Site) -> bool:
    """ "parish priest", "parish church": the word after "parish" is the church's."""
    rest = (*site.chunk.words[site.j :], *site.chunk.after)
    return [w.lower() for w in rest[1:2]] in [[w] for w in _CLERGY_WORDS]


def _plant_after(words: tuple[str, ...]) -> bool:
    """ "power plant", "plant", "power station", "dam": the words after the plant's kind
    close a plant's name (at most "power" between)."""
    low = [w.lower() for w in words]
    if low[:1] == ["power"]:
        low = low[1:]
    return bool(low) and low[0] in _PLANT_WORDS


def _one_of_other_units(site: _Site, gaz: Gazetteer) -> bool:
    """The run (or the list it is in) closes with "and several other districts", "and
    other provinces": a unit named like its seat, not after a settlement's word ("the
    capital Mogadishu and other districts"); for a first-level unit, only a name GeoNames
    gives such a region ("Cotabato and other provinces"; not "from Mosul and other
    provinces", a city written for its province)."""
    if site.i != 0 or not site.chunk.after or site.chunk.after[0] not in (",", "and"):
        return False  # most runs (checked first, for speed)
    unit = others_of_kind(site.chunk.wide_after or site.chunk.after, site.chunk.list_after)
    if unit is None or site.before[-1:] in _SETTLEMENT_BEFORE or after_settlement_of(site.before):
        return False  # "the capital Mogadishu", "the town of Musa Qala and other districts"
    return unit not in FIRST_LEVEL_UNITS or bool(gaz.regions.lookup(" ".join(site.span)))


# A settlement's word right before the run ("the capital Mogadishu and other districts").
_SETTLEMENT_BEFORE = frozenset([("capital",), ("city",), ("town",), ("village",)])


def _rest_of_list(after: tuple[str, ...]) -> tuple[str, ...]:
    """The words from a list's "and" on, after ", Hama" items of one capitalised word each
    (", Hama and Latakia provinces" -> "and Latakia provinces"); () when it is no such list."""
    k = 0
    while k + 1 < len(after) and after[k] == ",":
        if after[k + 1] == "and":
            return after[k + 1 :]  # the serial comma: ", Hama, and Latakia provinces"
        if not after[k + 1][:1].isupper():
            break
        k += 2
    return after[k:] if k else ()


def _acronym(site: _Site) -> bool:
    """ "SAMS", "SANA" outside a dateline are acronyms, not places (a line's first word may be
    a dateline: "KYIV, May 14"), nor after "The" ("The SLA attacked" opening a line:
    GeoNames gives Sale, Morocco, the code "SLA")."""
    span = site.span
    the = len(span) == 2 and span[0] == "The"
    word = span[-1]
    return (
        (len(span) == 1 or the)
        and not site.stated_dateline
        and (bool(site.chunk.before) or the)
        and (
            (word.isupper() and len(word) <= 5)
            or (word[-1] == "s" and word[:-1].isupper() and len(word) <= 6)  # "SANAs"
        )
        and not site.chunk.title_case_line
    )


def _fragment(
    words: tuple[str, ...], i: int, j: int, gaz: Gazetteer, after_run: tuple[str, ...] = ()
) -> bool:
    """True when capitalised name words continue the span inside its run: "Bab Touma",
    "Deir al-Sharqi" are names of their own, not the place their part matches."""
    if i == 0 and j == len(words):
        return False  # the whole run: every test below reads a word of the run beside it
    inner_before = words[i - 1] if i > 0 else None
    inner_after = words[j] if j < len(words) else None
    opener = fold(words[i]) in PLACE_PREFIXES or fold(words[i]) in _SUBUNIT_WORDS
    if j - i == 1 and opener and inner_after and inner_after[0].isupper():
        # "Tal Hamis", "Tal Al Senowbarat": a prefix opens a longer name; "Sitio Kan Jalul"
        # names a part of a Philippine town (GeoNames has "Sitio" for San Isidro)
        return True
    if HYPHEN_PARTICLE.match(words[i]) and inner_before is not None:
        return True  # "Aleppo al-Jadida" (New Aleppo) is one name, not two places
    if i >= 2 and inner_before in _LINKING_PARTICLES and words[i - 2][:1].isupper():
        return True  # "Carta de Mocambique", "Radio de Sahel": the end of a longer name
    if inner_before is not None and inner_before.lower() in _LANDFORMS:
        return True  # "fled to Mount Sinjar": the mountain, not the town below it
    if inner_after is not None and _person_follows(words + after_run[:1], j):
        return True  # "By Vincent J. Schodolski", "Khushboo Jan of": a person's name
    return any(
        w is not None and not _neutral_neighbour(w, gaz) and not _big_place(w, words, i, j, gaz)
        for w in (inner_before, inner_after)
    )


_SUBUNIT_WORDS = frozenset(["sitio", "purok", "barangay", "brgy"])
_LINKING_PARTICLES = frozenset(["de", "da", "do", "du", "des", "del", "della", "di"])
# Words before a name that make the run a landform's name: "Mount Sinjar", "Lake Tana".
_LANDFORMS = frozenset(["mount", "mt", "mt.", "lake", "river", "jebel", "jabal", "cape"])
_INITIAL = re.compile(r"^[A-Z]\.$")
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep"])
_MONTH_ABBREVIATIONS |= {"sept", "oct", "nov", "dec"}


def _person_follows(words: tuple[str, ...], j: int) -> bool:
    """The span is followed, inside its run, by what only a person's name has: a middle
    initial then a surname ("Vincent J. Schodolski"; "Washington D. C." has a second
    initial), or "Jan" that no day follows ("Khushboo Jan of Vehil"; not "Kabul Jan 5")."""
    nxt = words[j]
    after = words[j + 1] if j + 1 < len(words) else ""
    if _INITIAL.match(nxt):
        return after[:1].isupper() and not _INITIAL.match(after) and len(after) > 2
    return nxt.lower() in _MONTH_ABBREVIATIONS and is_first_name(nxt) and not after[:1].isdigit()


def _neutral_neighbour(w: str, gaz: Gazetteer) -> bool:
    """A word next to a place that does not make it part of a longer name."""
    low = w.lower().strip(".")
    if low in PLACE_PREFIXES or low in _PROVINCE_TAILS:
        return False
    return (
        w == "|"
        or low in TITLE_WORDS
        or low in PLACE_TYPE_AFTER
        or low in SETTLEMENT_WORDS
        or low in FUNCTION_WORDS
        or fold(w) in gaz.country_forms
        or (w.endswith("s") and fold(w[:-1]) in gaz.country_forms)  # "Syrias Aleppo"
        or is_common_form(w)
        or (w.isupper() and len(w) <= 4)  # "U.S.", "ISIS" next to a place
        # persons24: "Russian-occupied Luhansk", "Houthi-controlled Sanaa": who holds the
        # town, said of it, no word of its name
        or hyphenated_modifier(w)
    )


# Words that end a province's name after a city's: "Davao Oriental", "Agusan del Sur".
_PROVINCE_TAILS = frozenset(["oriental", "occidental", "norte", "sur", "del"])


def _big_place(w: str, words: tuple[str, ...], i: int, j: int, gaz: Gazetteer) -> bool:
    """ "Syrias Aleppo Hama": a neighbour that is itself a big city is a list, not one name
    (but "Ras al-Ain" is one name: "al-Ain" is not a new place after a name prefix)."""
    if HYPHEN_PARTICLE.match(w) or (j - i == 1 and fold(words[i]) in PLACE_PREFIXES):
        return False
    return w.lower() not in PLACE_PREFIXES and any(c.population >= BIG_CITY for c in gaz.lookup(w))


def _us_state(site: _Site, cands: tuple[City, ...], gaz: Gazetteer) -> bool:
    """ "Maryland" is a state; "Washington" (a big city of that name) is kept."""
    biggest = cands[0]
    own = fold(biggest.name)
    return site.key in gaz.us_states and not (
        biggest.population >= BIG_CITY and (own == site.key or own == site.key + " city")
    )


def _town_area(site: _Site, cands: tuple[City, ...], countries: AbstractSet[str]) -> bool:
    """ "at Bijbehara area of south Kashmir", "shells on Harasta suburb": the area around a
    town of the article's country (or of any, when it names none) is the town's; not
    "Zarhama area", which no gazetteer holds as a town, nor "the Damascus suburb of Douma"."""
    after = site.chunk.after
    return (
        (site.nxt == "area" or (site.nxt == "suburb" and after[1:2] != ("of",)))
        and site.j == len(site.chunk.words)
        and any(
            c.population >= TOWN and (c.country_code in countries or not countries) for c in cands
        )
    )


def _area_of(site: _Site) -> bool:
    """ "the northern province of Hajjah", "the neighbourhoods of ..." (but "the port of X"),
    and waters named after a city ("the Gulf of Aden", "the Bay of Bengal"); not "the
    Wazirdand area of Jamrud", where a named part lies in the town, nor "the area of
    Mayadeen", which is around the town."""
    if site.of_what in _PARTS_OF_TOWNS and _named_part(site):
        return False
    if site.of_what in _PARTS_OF_TOWNS and _one_part_of(site):
        return False  # "raided a neighbourhood of Lima": a part of the town, which is named
    if site.of_what in ("area", "areas"):
        return False  # "in the area of Mayadeen": around the town, which is named
    if site.nxt in ("city", "town") and site.j == len(site.chunk.words):
        return False  # "the countryside of Maarrat al-Numan city": the city is named
    if site.of_what == "capital" and site.before[-3:-2] == ("the",):
        # "Popayan, the capital of Cauca": a capital is of a region or a country (GeoNames
        # also has "Cauca" for Coca, Spain); not "the state capital of El-Obeid".
        return True
    return (
        site.of_what in PLACE_TYPE_AFTER
        and site.of_what not in SETTLEMENT_OF
        and site.of_what not in SETTLEMENT_WORDS  # "the villages of X" are villages
    ) or site.of_what in _WATERS


def _one_part_of(site: _Site) -> bool:
    """ "a neighbourhood of", "a poor neighbourhood of", "a middle class neighbourhood of":
    "a", "an" or "one", then lower-case words, before the part's word (lead20)."""
    before = site.chunk.wide_before if site.i == 0 else site.before
    for word in reversed(before[:-2]):
        low = word.lower()
        if low in ("a", "an", "one"):
            return True
        if not word.isalpha() or word[:1].isupper() or low in FUNCTION_WORDS:
            return False
    return False


def _parts_of_a_town(site: _Site, cands: tuple[City, ...]) -> bool:
    """ "the eastern neighbourhoods of Aleppo", "the southern suburbs of Beirut", "the
    border of Goma": a town's parts in the plural, or its border, of a town of 15,000 or
    more, name the town ("the neighbourhoods of Sheikh Maqsoud and Ashrafieh" name no town;
    a list of them is ``division_lists``')."""
    return site.of_what in _PLURAL_PARTS and any(c.population >= TOWN for c in cands)


_PLURAL_PARTS = frozenset(
    ["neighbourhoods", "neighborhoods", "quarters", "suburbs", "outskirts"]
    + ["border", "borders"]  # "the border of Goma with Rwanda": the town's crossing
)


# Parts of a town ("the Kirovsky district of Donetsk", "the Wazirdand area of Jamrud").
_PARTS_OF_TOWNS = frozenset(
    ["area", "district", "neighbourhood", "neighborhood", "quarter", "suburb"]
)


def _named_part(site: _Site) -> bool:
    """The part of a town before "of" has a name of its own ("the Wazirdand area of")."""
    chunk = site.chunk
    raw = chunk.before if site.i == 0 else chunk.words[max(0, site.i - 3) : site.i]
    if len(raw) < 3:
        return False
    named = raw[-3]
    if HYPHEN_PARTICLE.match(named):
        return True  # "the Hay al-Matar neighborhood of Wad Madani"
    return named[:1].isupper() and named.lower() not in FUNCTION_WORDS


_WATERS = frozenset(["gulf", "bay", "strait", "straits", "sea", "lake", "canal"])


def _streets_listed(site: _Site) -> bool:
    """ "between Hael and Raqas (streets)"."""
    if "(" not in site.chunk.after[:4]:
        return False  # most runs (checked first, for speed)
    window = [a.lower() for a in site.chunk.after[:4]]
    paren = window.index("(") + 1 if "(" in window else len(window)
    return paren < len(window) and window[paren].rstrip("s") in PLACE_TYPE_AFTER


def _evidence_fits(
    site: _Site, city: City, stated_country: str | None, countries: set[str], common: bool
) -> bool:
    """Enough evidence for a place of this size (see the module docstring)."""
    span = site.span
    cue = (
        (bool(site.before) and site.before[-1] in PLACE_CUE_BEFORE)
        or site.possessive
        or _building_address(site)
    )
    in_country = city.country_code in countries
    single = len(span) == 1
    weak_caps = site.chunk.sent_start or site.chunk.title_case_line
    pop = city.population
    if _strong_evidence(site, city, stated_country):
        # "the town of Cabaret" (Haiti, 4,000) in a Haiti story: a settlement word names a
        # small town of the article's country, though its name is an English word too
        # (cities38); a small namesake abroad so named is left to the villages.
        return (
            not common
            or pop >= TOWN
            or pop == 0
            or stated_country is not None
            or (in_country and _settlement_named(site))
        )
    if common:
        # "in Nice," mid-sentence: a capitalised common word after a place preposition;
        # a town will do when the article names its country ("in Palmyra", Syria). A
        # bearing between them is part of the place phrase ("in southern Tripoli").
        return (
            (cue or _cue_before_bearing(site.before))
            and not weak_caps
            and (pop >= BIG_CITY or (pop >= TOWN and in_country))
            and span[0].lower() not in FUNCTION_WORDS
        )
    # A bearing places a town of the article's countries, or of any when it names none
    # ("north of Maan" in a Syria story is a Syrian village, not Ma'an, Jordan).
    directed = _direction_of(site.before) and (in_country or not countries)
    if single and is_first_name(span[0]):
        # "near Kita" (Mali): a town named like a person, where the article's country and a
        # locative word both place it; "north of Ramallah": a direction from a town does.
        # A village so named too ("in Uri", India: 9,000), when it is the whole run.
        whole = site.i == 0 and site.j == len(site.chunk.words) and not site.possessive
        town_here = (pop >= TOWN or whole) and (
            in_country and site.before[-1:] in _LOCATIVE or directed
        )
        return (pop >= BIG_CITY and (cue or in_country) or town_here) and not weak_caps
    if pop >= BIG_CITY:
        if not (cue or in_country) and _obscure_alias(site, city):
            return False  # "Barna" (a village near Aleppo) is a rare name of Varna
        if not (cue or in_country) and (
            _modifier_abroad(site, city) or _alias_before_noun(site, city)
        ):
            return False  # "a maroon Toyota pick-up", "Molotov cocktails", "Molotov Cocktails"
        # Sentence-initial or Title Case capitals say nothing; an inflected common word
        # there ("Says", "Strikes") is not a city.
        return not (weak_caps and single and _inflected_common(span[0])) or cue or in_country
    if pop >= TOWN:
        # A town abroad is more likely a namesake of a local place than a new country;
        # a direction from it ("west of Jenin") measures from the town itself.
        return in_country or (cue and not countries) or directed
    return cue and in_country


# Capitalised last words of a building's name that a town after a comma is the address of:
# "the Civil Hospital, Turbat", "Quaid-i-Azam University, Islamabad", "Central Jail, Mianwali".
_ADDRESSED_BUILDINGS = frozenset(["Hospital", "University", "College", "Jail", "Prison"])


def _building_address(site: _Site) -> bool:
    """ "shifted to the Civil Hospital, Turbat": a named building, a comma, then the run
    that opens the chunk is the town the building stands in (South Asian address style);
    "at the hospital, Turbat police said" (a lower-case word) is no building's name."""
    before = site.chunk.before
    return (
        site.i == 0
        and len(before) >= 2
        and before[-1] == ","
        and (before[-2] in _ADDRESSED_BUILDINGS)
    )


def _cue_before_bearing(before: tuple[str, ...]) -> bool:
    """ "in southern Tripoli", "across eastern Nice": a place preposition, then a compass
    adjective ("southern", "central") right before the span (lower-cased words)."""
    return (
        len(before) >= 2
        and before[-1] in DIRECTIONS
        and before[-1].endswith(("ern", "central"))
        and before[-2] in PLACE_CUE_BEFORE
    )


def _direction_of(before: tuple[str, ...]) -> bool:
    """ "north of", "southwest of" right before the span (lower-cased): a distance or a
    bearing is taken from a town, never from a person ("northern" is an adjective)."""
    return (
        len(before) >= 2
        and before[-1] == "of"
        and before[-2] in DIRECTIONS
        and not before[-2].endswith("ern")
    )


def _modifier_abroad(site: _Site, city: City) -> bool:
    """A city of a country the article does not name, used as a modifier: after an article
    and a describing word, before a noun ("a maroon Toyota pick-up"), or under a name that
    is not the city's own before a noun ("Molotov cocktails": Perm's old name). A city the
    story is about is named with a place word or its country."""
    nxt = site.nxt
    word = nxt.replace("-", "")
    if not (word.isalpha() and word.islower()) or nxt in FUNCTION_WORDS or site.possessive:
        return False
    if site.j != len(site.chunk.words) or zipf_frequency(word, "en") < 1:
        return False
    before = site.before
    described = len(before) >= 2 and before[-2] in ("a", "an") and before[-1].isalpha()
    own = strip_article(fold(city.name))
    key = strip_article(site.key).removesuffix("s")  # "Washingtons support": a possessive
    return described or (key not in (own, own.removesuffix("s")) and skeleton(key) != skeleton(own))


def _alias_before_noun(site: _Site, city: City) -> bool:
    """ "hurled Molotov Cocktails": a city abroad under a name that is not its own (Perm's
    old name), opening a run that one capitalised English noun closes, is a modifier of
    that noun, as "Molotov cocktails" is; not a type word ("Aleppo City")."""
    chunk = site.chunk
    if site.i != 0 or site.j != len(chunk.words) - 1 or chunk.title_case_line:
        return False
    noun = chunk.words[-1]
    low = noun.lower()
    if not noun[1:].islower() or low in PLACE_TYPE_AFTER or not is_everyday_word(noun):
        return False
    own = strip_article(fold(city.name))
    key = strip_article(site.key)
    return key != own and skeleton(key) != skeleton(own)


def _obscure_alias(site: _Site, city: City) -> bool:
    """The run is one of the city's rarely written alternate names: English text writes
    "Kiev", "Bombay", "Mecca" (Zipf >= 2.5), not "Barna" for Varna or "Koban" for Coban; a
    bare mention in such a spelling is more likely a local place GeoNames lacks."""
    key, name = strip_article(site.key), strip_article(fold(city.name))
    if key.endswith("s") and key[:-1] == name:
        return False  # "Washingtons support": a possessive without its apostrophe
    if key == name or skeleton(key) == skeleton(name):
        return False  # the name itself, or another transliteration of it ("Falluja")
    if all(is_everyday_word(w) for w in site.span):
        return True  # "Old Town" (an alternate of Las Vegas) is a description
    return zipf_frequency(" ".join(site.span), "en") < _KNOWN_ALIAS_ZIPF


_KNOWN_ALIAS_ZIPF = 2.5


def _strong_evidence(site: _Site, city: City, stated_country: str | None) -> bool:
    """A dateline, "X, Country" or "the town of X": enough for a place of any size."""
    return site.in_dateline or stated_country == city.country_code or _settlement_named(site)


def _settlement_named(site: _Site) -> bool:
    """ "X town", "the town of X", "the port of X", "the outskirts of Aleppo"."""
    of_what = site.of_what
    if site.nxt in SETTLEMENT_WORDS and _people_described(site):
        return False  # "an Arab city", "a Berber town": the people who live there
    return (
        (site.nxt in SETTLEMENT_WORDS and site.nxt not in {"capital"})
        or _settlement_after(site)
        or of_what in SETTLEMENT_WORDS
        or of_what in SETTLEMENT_OF
        # "Patikul municipality", "the municipality of Suarez": the town a municipality is
        # named after (the annotation lists municipalities as their towns)
        or site.nxt == "municipality"
        or of_what == "municipality"
        or (bool(site.before) and site.before[-1] in SETTLEMENT_WORDS)
        # "a farming town called Mai Kadra", "a village named Tawila"
        or (site.before[-1:] in (("called",), ("named",)) and site.before[-2:-1] in _SETTLED)
        # "Nyaung Kone, a village located 10km southwest of ...": the apposition says so.
        or (site.i == 0 and site.j == len(site.chunk.words) and _apposition(site.chunk))
    )


_SETTLED = frozenset((w,) for w in SETTLEMENT_WORDS)


def _people_described(site: _Site) -> bool:
    """ "an Arab city", "a Christian village": a lone faith's or people's name after an
    article describes the settlement by who lives there; it does not name it."""
    return (
        site.j - site.i == 1
        and site.span[0].lower() in FAITHS_AND_PEOPLES
        and site.before[-1:] in (("a",), ("an",), ("the",), ("another",))
    )


def _settlement_after(site: _Site) -> bool:
    """ "in Itamar settlement", "the Ateret settlement": the place is a settlement (a
    village); not "a peace settlement" for a conflict ("the Donbas settlement process")."""
    if site.nxt != "settlement" or site.possessive or site.j != len(site.chunk.words):
        return False
    after = [a.lower() for a in site.chunk.after[1:2]]
    return not (after and after[0] in _ACCORD_AFTER)


_ACCORD_AFTER = frozenset(["process", "talks", "plan", "deal", "efforts", "negotiations"])


def _apposition(chunk: Chunk) -> bool:
    after = [a.lower() for a in (chunk.wide_after or chunk.after)[:8]]
    return (
        len(after) >= 3
        and after[0] == ","
        and after[1] in ("a", "an", "the")
        and (
            # not "said X, the town mayor", "X, the town's police chief, said": his office
            (
                after[2] in _APPOSITION_HEADS
                and not holds_role(after[3:4])
                and not settlement_official(after[3:])
            )
            or (len(after) >= 4 and after[3] in _APPOSITION_HEADS and not holds_role(after[4:5]))
            # "Khiam, a Shiite Muslim town", not "a Shiite Muslim village elder" (cities44)
            or (
                (head := described_settlement(after, _APPOSITION_HEADS)) > 0
                and not holds_role(after[head + 1 : head + 2])
            )
        )
    )


# "Bor, the capital of Jonglei state", "Kas, a city of 30,000": the apposition says what the
# run is (a country never gets here).
_APPOSITION_HEADS = frozenset(["village", "town", "hamlet", "city", "capital", "settlement"])


def _common_word(word: str) -> bool:
    """A dictionary word English text actually uses as one ("Nice", "Sale"); rare entries
    ("juba", a dance) are read as the place they name (Juba, South Sudan)."""
    return is_common_word(word) and is_everyday_word(word)


def _inflected_common(word: str) -> bool:
    """ "Says", "Strikes", "Killed": a common word with an ending, capitalised by a headline."""
    low = word.lower()
    return any(
        low.endswith(suf) and is_common_word(low[: -len(suf)] + add)
        for suf, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    )
