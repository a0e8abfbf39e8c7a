"""A place named in brackets right after a run: "Hanine (Bint Jbeil)", "in Beit Lif (Sour
district)", "Kfar Kila (Marjayoun)", "Ayacucho (Peru)".

Local outlets that list many villages (south Lebanon's strike reports, Mozambican and
Syrian tallies) place each one by its district, region or country in brackets instead of
", in the X district". Like ", Ethiopia" after a name (``countries.country_after``) the
bracket is evidence that the run is a place of that country: a known village of it is one
without a locative word, and a run GeoNames lacks is recorded as a village there.

Not placements: a district's two names ("in Mutraw (Hpapun) District": a unit word after
the bracket), an acronym ("Tahrir al-Sham (HTS)"), an outlet or wire credit ("MOSCOW
(Reuters)": no place), another spelling ("Togoga (or Togogwa)": a lower-case word inside).
"""

from __future__ import annotations

from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import is_everyday_word
from app.extract.transliteration import fold

# Unit words that may close the bracket ("(Sour district)") or follow it ("(Hpapun)
# District": then the bracket is the unit's other name, no placement).
_UNITS = frozenset(
    ["district", "region", "province", "governorate", "state", "county", "department"]
    + ["caza", "qada", "prefecture", "division", "woreda", "wereda", "lga", "township", "tehsil"]
    + ["sub-district", "subdistrict", "municipality", "raion", "oblast", "zone"]
)
_MAX_WORDS = 3  # capitalised words of the bracketed name


def bracket_name(after: tuple[str, ...]) -> tuple[tuple[str, ...], bool] | None:
    """The capitalised name in a bracket that opens right after the run, and whether a
    unit word closes it ("(Sour district)"); None when there is no such bracket, when a
    unit word follows the bracket, or when it holds an acronym or a lower-case word."""
    if after[:1] != ("(",) or ")" not in after[2 : 3 + _MAX_WORDS]:
        return None
    k = after.index(")")
    inner = after[1:k]
    if k + 1 < len(after) and after[k + 1].lower() in _UNITS:
        return None  # "in Mutraw (Hpapun) District": the district's two names
    unit = len(inner) > 1 and inner[-1].lower() in _UNITS
    name = inner[:-1] if unit else inner
    if not name or not all(_name_word(w) for w in name):
        return None
    if not unit and all(is_everyday_word(w) for w in name):
        return None  # "al-Jamiaa (University) hospital": a gloss, the name translated
    return name, unit


def _name_word(word: str) -> bool:
    """A capitalised word of a place's name, not an acronym ("HTS", "PMF") nor a number."""
    letters = word.replace("-", "").replace("’", "").replace("'", "")
    return letters.isalpha() and word[:1].isupper() and not (len(word) > 1 and word.isupper())


def bracket_country(
    after: tuple[str, ...],
    gaz: Gazetteer,
    countries: set[str] | frozenset[str],
    *,
    country_ok: bool = True,
) -> str | None:
    """The ISO code of the place the bracket after the run names: a country ("(Peru)"), or
    a region or town of one of the article's countries ("(Marjayoun)", "(Sour district)");
    None when it names none, or no place of a country the article names. ``country_ok``
    False: a country in the bracket does not count; after a name GeoNames lacks it glosses
    an old or foreign name of the country itself ("Abyssinia (Ethiopia)", "Burma
    (Myanmar)")."""
    found = bracket_name(after)
    if found is None:
        return None
    name = " ".join(found[0])
    iso = gaz.country_forms.get(fold(name))
    if iso:
        return iso if country_ok else None
    there = {r.country_code for r in gaz.regions.lookup(name)}
    there |= {c.country_code for c in gaz.lookup(name)}
    local = there & set(countries)
    return next(iter(local)) if len(local) == 1 else None
