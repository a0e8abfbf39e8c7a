"""The gazetteer's data: cities and the name forms that point at them.

``Gazetteer`` answers "which places can this string name?", by exact folded form or, for
transliterated names, by consonant skeleton. It is built by ``gazetteer_build`` and loaded
(and cached) by ``gazetteer``; instances are pickled, so its fields are the cache format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.extract.region_index import RegionIndex
from app.extract.transliteration import fold, skeleton, strip_article

_MEMO_LIMIT = 1 << 17


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str  # common English form (see gazetteer_build)
    country_code: str
    latitude: float
    longitude: float
    population: int
    admin1: str = ""  # GeoNames first-level admin code ("09"), the key to its region


@dataclass
class Gazetteer:
    """Name forms -> city ids, and country names/demonyms -> ISO code."""

    cities: dict[int, City]
    forms: dict[str, tuple[int, ...]]  # fold(form) -> ids, biggest population first
    countries: dict[str, str]  # ISO -> English country name
    country_forms: dict[str, str] = field(default_factory=dict)  # fold(name) -> ISO
    us_states: frozenset[str] = frozenset()  # fold(state name)
    skeletons: dict[str, tuple[int, ...]] = field(default_factory=dict)  # skeleton -> ids
    regions: RegionIndex = field(default_factory=RegionIndex)  # provinces, states, oblasts
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
        state.pop("_aliases", None)
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

    def region_of(self, city: City) -> str | None:
        """The ISO 3166-2 code of the city's first-level region, when GeoNames tells it."""
        region = self.regions.of_admin1(city.country_code, city.admin1)
        return region.code if region else None

    def place_aliases(self, geonames_id: int) -> tuple[str, ...]:
        """Every spelling the place is found under (folded: "quneitra", "al qunaytirah",
        "kuneitra"...): what a search box should match besides the display name."""
        index = self.__dict__.get("_aliases")
        if index is None:
            index = {}
            for form, ids in self.forms.items():
                for i in ids:
                    index.setdefault(i, []).append(form)
            self.__dict__["_aliases"] = index
        return tuple(sorted(index.get(geonames_id, ())))
