"""Cities named in an article, resolved against the GeoNames index.

Each chunk is scanned for the longest spans the gazetteer knows (countries are skipped);
``city_evidence`` decides whether a match is a city in its context, ``place_variants``
finds transliterated spellings that match no form. Places refused for want of evidence get
a second chance when listed among accepted cities; the result gives each city its common
English name, coordinates and the spellings found in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.domain import CityMention
from app.extract.chunks import Chunk
from app.extract.city_evidence import BIG_CITY, TOWN, choose, judge
from app.extract.countries import countries_mentioned
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import TRANSLITERATED_COUNTRIES, is_first_name
from app.extract.place_variants import variant_candidates
from app.extract.transliteration import fold

__all__ = ["BIG_CITY", "TOWN", "extract_cities", "countries_mentioned", "is_first_name"]

_MAX_SPAN = 4  # the longest span looked up, in words
_LIST_JOINERS = ((",",), ("and",), ("or",))

ENGLISH_NAMES_FILE = Path(__file__).parent / "data" / "english_names.tsv"


def extract_cities(
    chunks: list[Chunk],
    gaz: Gazetteer,
    person_spans: set[tuple[int, int]],
    datelines: dict[int, int],
    countries: set[str] | None = None,
) -> list[CityMention]:
    """Cities in the article's chunks; ``datelines`` maps a line number to the dateline's end."""
    if countries is None:
        countries = countries_mentioned(chunks, gaz)
    finder = CityFinder(gaz, countries)
    for ch in chunks:
        finder.feed(ch, person_spans, datelines.get(ch.line_no, -1))
    return finder.result()


@dataclass
class _Found:
    city: City
    forms: list[str] = field(default_factory=list)


class CityFinder:
    """Scans an article's chunks for places, then assembles its city mentions."""

    def __init__(self, gaz: Gazetteer, countries: set[str]) -> None:
        self.gaz = gaz
        self.countries = countries
        self.variant_countries = countries & TRANSLITERATED_COUNTRIES
        self.span_cache = gaz.memo("spans")
        self.variant_cache = gaz.memo("variants")
        self.found: dict[int, _Found] = {}
        self.accepted_chunks: set[tuple[int, int]] = set()
        self.pending: list[tuple[Chunk, tuple[str, ...], tuple[City, ...]]] = []

    def feed(self, chunk: Chunk, person_spans: set[tuple[int, int]], dateline_end: int) -> None:
        """Judge the longest known span at each word not claimed by a person."""
        words = chunk.words
        toks = chunk.toks
        i = 0
        while i < len(words):
            if words[i] == "|" or (chunk.line_no, toks[i].start) in person_spans:
                i += 1
                continue
            step = 1
            for j in range(min(len(words), i + _MAX_SPAN), i, -1):
                span = words[i:j]
                if "|" in span:
                    continue
                is_country, cands = _resolve(span, self.gaz, self.span_cache)
                if is_country:
                    step = j - i
                    break
                if not cands and j == i + 1:
                    cands = self._possessive(span[0], chunk)
                if not cands and self.variant_countries:
                    cands = self._variant(span, chunk)
                if cands:
                    self._judge(chunk, i, j, cands, toks[i].start < dateline_end)
                    step = j - i
                    break
            i += step

    def _possessive(self, word: str, chunk: Chunk) -> tuple[City, ...]:
        """Flattened text drops apostrophes: "Aleppos outskirts" names a town, Aleppo."""
        if len(word) > 4 and word.endswith("s") and not chunk.title_case_line:
            return tuple(c for c in self.gaz.lookup(word[:-1]) if c.population >= TOWN)
        return ()

    def _variant(self, span: tuple[str, ...], chunk: Chunk) -> tuple[City, ...]:
        """Another transliteration of a place in a country the article names ("Deir Ezzor",
        "al-Hassakeh"); never in a Title Case line, where capitals say nothing."""
        if chunk.title_case_line:
            return ()
        cands = self.variant_cache.get(span)
        if cands is None:
            cands = self.variant_cache[span] = variant_candidates(span, self.gaz)
        return tuple(c for c in cands if c.country_code in self.variant_countries)

    def _judge(
        self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...], in_dateline: bool
    ) -> None:
        span = chunk.words[i:j]
        verdict = judge(chunk, i, j, cands, in_dateline, self.gaz, self.countries)
        if verdict.city is not None:
            self._add(verdict.city, span, chunk)
        elif verdict.deferred:
            self.pending.append((chunk, span, cands))

    def _add(self, city: City, span: tuple[str, ...], chunk: Chunk) -> None:
        f = self.found.setdefault(city.geonames_id, _Found(city))
        f.forms.append(_surface(span))
        self.accepted_chunks.add((chunk.line_no, chunk.toks[0].start))

    def result(self) -> list[CityMention]:
        self._accept_listed()
        return [self._mention(f) for f in self.found.values()]

    def _accept_listed(self) -> None:
        """Second chance for small places listed among accepted cities: "near al Qaim, Kisik,
        Mosul, Qayyarah" - a list of places vouches for its members."""
        accepted_countries = {f.city.country_code for f in self.found.values()}
        lines_with_cities = {line for line, _ in self.accepted_chunks}
        for chunk, span, cands in self.pending:
            listed = chunk.before[-1:] in _LIST_JOINERS or chunk.after[:1] in _LIST_JOINERS
            if listed and chunk.line_no in lines_with_cities:
                city = choose(cands, None, self.countries | accepted_countries)
                if city.country_code in accepted_countries:
                    self._add(city, span, chunk)

    def _mention(self, found: _Found) -> CityMention:
        """The city under its common English name; other spellings found become aliases."""
        c = found.city
        name = english_names().get(c.geonames_id, c.name)
        aliases = tuple(dict.fromkeys(a for a in found.forms if a.lower() != name.lower()))
        return CityMention(
            name=name,
            country=self.gaz.countries.get(c.country_code, c.country_code),
            country_code=c.country_code,
            latitude=c.latitude,
            longitude=c.longitude,
            geonames_id=c.geonames_id,
            aliases=aliases,
            count=len(found.forms),
            region_code=self.gaz.region_of(c),
        )


def _resolve(span: tuple[str, ...], gaz: Gazetteer, cache: dict) -> tuple[bool, tuple[City, ...]]:
    """(is a country, places the span can name): cached per process, words recur."""
    hit = cache.get(span)
    if hit is None:
        text = " ".join(span)
        hit = (True, ()) if fold(text) in gaz.country_forms else (False, gaz.lookup(text))
        cache[span] = hit
    return hit


def _surface(words: tuple[str, ...]) -> str:
    """The spelling shown as an alias: datelines in capitals are title-cased ("GAZA")."""
    text = " ".join(words)
    if text.isupper() and len(text) > 3:
        text = " ".join(w.capitalize() for w in words)
    return text


@cache
def english_names() -> dict[int, str]:
    """GeoNames id -> the common English name, where GeoNames' own name is not it."""
    rows = (ENGLISH_NAMES_FILE.read_text(encoding="utf-8")).splitlines()
    pairs = (row.split("\t") for row in rows if row and not row.startswith("#"))
    return {int(geonames_id): name for geonames_id, name in pairs}
