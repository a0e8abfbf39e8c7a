"""A bare region name read as a small place elsewhere: the region, not a town.

News names provinces and states bare ("gunmen killed 12 people in Sinaloa", "Boko Haram
attacks villages in Borno", "clashes in Faryab"). GeoNames often holds a hamlet or a
foreign town under the same name or a close spelling (Sinaloa, Chiapas, 1,020 people;
Borna, Germany; Faryab, Iran; Qinzhou, China for "Chin"), and reading the region's name
as that place puts the article in the wrong town or country. The annotation rules list a
name that is both a city and a province as the city when the text leaves it unclear: that
holds for a region named after its own town (Kidal, Marib, Idlib), which is kept here.
"""

from __future__ import annotations

from app.extract.gazetteer_index import City, Gazetteer
from app.extract.namesake_choice import BIG_CITY
from app.extract.region_index import Region
from app.extract.transliteration import fold, similar_spelling, skeleton, strip_article

# Below this, a namesake in the region's own country is a hamlet named after the region
# (Sinaloa, Chiapas: 1,020; Narino, Narino: 2,933), not the town the region is named after
# (Menaka: 14,085; Tanintharyi: 5,514).
_VILLAGE = 5_000


def region_not_town(written: str, city: City, gaz: Gazetteer, countries: set[str]) -> Region | None:
    """The first-level region ``written`` (a bare span: no settlement word before it, no
    dateline) names when ``city`` is no town that region is named after, else None: a
    hamlet of the region's country, a place abroad under another spelling (Borna for
    "Borno") or a hamlet abroad, or a namesake abroad in an article about the region's
    country (``countries``: those the article names). Karak, Pakistan stays Karak in a
    Pakistan story, Jordan's Karak governorate notwithstanding."""
    regions = gaz.regions.lookup(_without_opener(written))
    if not regions:
        return None
    # The region of a country the article names, else the first.
    region = next((r for r in regions if r.country_code in countries), regions[0])
    if region.country_code in countries and city.country_code not in countries:
        # "in Antioquia", "towers in Cordoba" in a Colombia story: the department, not
        # Antakya (Turkey) nor Argentina's Cordoba, though their countries have regions so
        # named too (Hatay, Cordoba Province) (lead20)
        return region
    if city.country_code in {r.country_code for r in regions}:
        if 0 < city.population < _VILLAGE or capital_by_other_name(written, city, gaz):
            return region
        return None
    if city.country_code in countries and region.country_code not in countries:
        # "ports such as Misrata and al-Khoms" in a Libya story: Libya's Khums under
        # another spelling, not Syria's Homs governorate, whose country the article
        # never names
        return None
    if fold(_without_opener(written)) != fold(city.name) or 0 < city.population < _VILLAGE:
        return region
    named = region.country_code in countries and city.country_code not in countries
    return region if named else None


def capital_by_other_name(written: str, city: City, gaz: Gazetteer) -> bool:
    """GeoNames gives a region's small capital its region's name as another name ("Laghman"
    for Mehtar Lam, "Parwan" for Jabal os Saraj, "Basilan" for the City of Isabela): when
    no town of that country under the name bears it as its own ("Karak City" does, "Si Sa
    Ket" does once the spaces go), a bare "in Laghman" names the province (lead20). Cities
    of 100,000 or more keep their other names ("Mecca", "Dnepropetrovsk")."""
    if city.population >= BIG_CITY:
        return False
    bare = _without_opener(written)
    return not any(
        _shares_name(bare, town.name)
        for town in gaz.lookup(bare)
        if town.country_code == city.country_code
    )


def _shares_name(written: str, name: str) -> bool:
    """``written`` spells the place's own name or a word of it."""
    own = [strip_article(w) for w in fold(name).replace("-", " ").split()]
    words = [strip_article(w) for w in fold(written).replace("-", " ").split()]
    if "".join(own) == "".join(words):
        return True  # "Sisaket", "Si Sa Ket"
    return any(
        w == o or skeleton(w) == skeleton(o) or similar_spelling(w, o, 2)
        for w in words
        for o in own
        if w and o
    )


def written_bare(span: tuple[str, ...]) -> tuple[str, ...]:
    """ "In Borno" in a Title Case headline is "Borno"."""
    return span[1:] if len(span) > 1 and span[0] in _OPENERS else span


def _without_opener(written: str) -> str:
    return " ".join(written_bare(tuple(written.split())))


_OPENERS = frozenset(["In", "At", "On", "The", "From", "To", "Across", "Near"])
