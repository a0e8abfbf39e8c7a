"""First-level regions (provinces, governorates, states, oblasts) and the names they go by.

ISO 3166-2 (from ``pycountry``) gives every region a code but names it in a strict local
transliteration ("Ḩalab", "Zaporizka oblast"); news writes "Aleppo province" and
"Zaporizhzhia region". ``gazetteer_regions`` links each region to the GeoNames place it is
named after, so the region is found under that place's spellings too, is shown under the
place's common English name, and the GeoNames admin1 code of any city tells its region (the
hierarchy: filtering a region finds its cities). Instances are pickled with the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.extract.transliteration import fold, strip_article

# The English names Myanmar's states and regions went by before 1989, which ethnic media,
# the resistance and most foreign copy still use ("Karen State" for Kayin, "Arakan State"
# for Rakhine); neither ISO nor GeoNames holds them. Only with the type word: bare "Karen"
# and "Arakan" are peoples (and given names), "Irrawaddy" a river and a magazine.
_ENGLISH_NAMES = {
    "karen state": "MM-13",
    "karenni state": "MM-12",
    "arakan state": "MM-16",
    "irrawaddy region": "MM-07",
    "irrawaddy division": "MM-07",
    "tenasserim region": "MM-05",
    "tenasserim division": "MM-05",
}
# English and common news spellings of regions ISO and GeoNames write only in the local
# form: Somalia's "Shabeellaha Hoose" is "Lower Shabelle" in news copy, Iraq's "Salah ad
# Din" "Salahuddin", Yemen's "Hadramawt" "Hadramout", Ethiopia's "Benshangul-Gumaz"
# "Benishangul-Gumuz". None is a word or a town's name.
_ENGLISH_NAMES |= {
    "lower shabelle": "SO-SH",
    "lower shabele": "SO-SH",
    "middle shabelle": "SO-SD",
    "middle shabele": "SO-SD",
    "middle juba": "SO-JD",
    "hiran": "SO-HI",
    "hiraan": "SO-HI",
    "galgaduud": "SO-GA",
    "galgadud": "SO-GA",
    "salahuddin": "IQ-SD",
    "salah al din": "IQ-SD",
    "salaheddin": "IQ-SD",
    "hadramout": "YE-HD",
    "hadramaut": "YE-HD",
    "hadhramaut": "YE-HD",
    "shabwa": "YE-SH",
    "benishangul gumuz": "ET-BE",
    "north cotabato": "PH-NCO",
}


# Display names news readers know, for regions whose ISO/GeoNames name is in the local
# language only ("Shabeellaha Hoose Region" is shown as "Lower Shabelle Region").
_ENGLISH_DISPLAY = {
    "SO-SH": "Lower Shabelle Region",
    "SO-SD": "Middle Shabelle Region",
    "SO-JH": "Lower Juba Region",
    "SO-JD": "Middle Juba Region",
    "ET-BE": "Benishangul-Gumuz Region",
}


def display_name(region: Region) -> str:
    """The name a region is shown under: its English name where news has one apart."""
    return _ENGLISH_DISPLAY.get(region.code, region.name)


def english_names(code: str) -> set[str]:
    """The English names above of the region ``code`` (folded)."""
    return {name for name, named in _ENGLISH_NAMES.items() if named == code}


# A region's name with the French direction GeoNames and ISO keep, in the English form
# reports use: "Nord-Kivu" is written "North Kivu", "Sud-Kivu" "South Kivu".
_ENGLISH_DIRECTIONS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}


def own_names(region: Region) -> set[str]:
    """The region's own name without its kind word, and its English-direction form (not
    the older or foreign names it is also found under: "Hamid" for Isparta)."""
    own = fold(region.name.rsplit(" ", 1)[0])
    first, _, rest = own.replace("-", " ").partition(" ")
    # a name with no kind word is whole ("Jammu and Kashmir")
    names = {own, fold(region.name)} | english_names(region.code)
    if rest and first in _ENGLISH_DIRECTIONS:
        names.add(f"{_ENGLISH_DIRECTIONS[first]} {rest}")
    return names


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2, e.g. "SY-HL"
    name: str  # display name, e.g. "Aleppo Province"
    country_code: str  # ISO 3166-1 alpha-2
    admin1: str = ""  # GeoNames admin1 code when linked ("09"), else ""


@dataclass
class RegionIndex:
    """ISO regions, the folded name forms pointing at them, and GeoNames admin1 -> ISO."""

    regions: dict[str, Region] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fold(form) -> codes
    by_admin1: dict[tuple[str, str], str] = field(default_factory=dict)  # (cc, admin1) -> code

    def lookup(self, text: str) -> tuple[Region, ...]:
        """Regions a name can stand for ("Aleppo", "Halab", "Borno", "Donetsk")."""
        key = fold(text)
        codes = self.forms.get(key) or self.forms.get(strip_article(key)) or ()
        if not codes and key in _ENGLISH_NAMES and _ENGLISH_NAMES[key] in self.regions:
            codes = (_ENGLISH_NAMES[key],)
        return tuple(self.regions[c] for c in codes)

    def of_admin1(self, country_code: str, admin1: str) -> Region | None:
        """The ISO region of a GeoNames admin1 code, when the two were linked."""
        code = self.by_admin1.get((country_code, admin1)) if admin1 else None
        return self.regions.get(code) if code else None
