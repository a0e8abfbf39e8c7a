"""Regions named as such in an article: "northern Aleppo province", "Borno State", "the
Idlib countryside", "the province of Hajjah", "Cabo Delgado, a province in ...".

A region is recognised only from an explicit cue (a region word after the name, "the
province of" before it, or an apposition): a bare "Idlib" is the city (the annotation rules
list it as one), and most bare names are not regions. The name is resolved to an ISO 3166-2
region: by the region's own names (ISO, or the place it is named after), by the place of
that name and the region GeoNames puts it in ("Kidal region" -> Kidal -> ML-8), or by
another spelling of a region in a country the article names ("Tigray" -> ISO "Tigrai").
Names none of these find are kept without a code when the cue is unambiguous ("the Sahel
region"), with the country the text gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import RegionMention
from app.extract.chunks import Chunk
from app.extract.gazetteer_index import Gazetteer
from app.extract.lead_prepositions import region_after_lead_preposition
from app.extract.lexicons import (
    DIRECTIONS,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    HYPHEN_PARTICLE,
    ORG_WORDS,
    PARTICLES,
    TITLE_WORDS,
    is_common_form,
)
from app.extract.namesake_choice import BIG_CITY, TOWN, choose
from app.extract.person_names import hyphenated_modifier
from app.extract.place_variants import variant_candidates
from app.extract.region_index import Region, display_name, own_names
from app.extract.region_namesakes import capital_by_other_name
from app.extract.transliteration import fold, similar_spelling, skeleton, strip_article

# Words that say the name before them is a first-level region ("Aleppo province").
REGION_WORDS = frozenset(
    ["province", "governorate", "state", "region", "oblast", "countryside", "prefecture"]
    + ["department", "county"]
)
# Cues after which an unknown name is still a region. "State" is not one ("Islamic State"),
# nor "department" ("the Homeland Security department"): only a known region follows them.
_CLOSED_CUES = frozenset(["state", "department", "county"])
_OPEN_CUES = REGION_WORDS - _CLOSED_CUES
_PARTICLES = frozenset(PARTICLES)
_OPENERS = frozenset([",", "and"])  # "X, a province of", "X and Y provinces"
_BARE_CUES = frozenset([("in",), ("across",), ("throughout",), ("into",)])
# First-level regions named after a wider area that crosses borders: bare after a
# locative, the name is the area ("across Sahel", "throughout Lapland"), not the region of
# one country (Burkina Faso's Sahel, Finland's Lapland, Spain's Galicia: also Ukraine's
# and Poland's); "the Sahel region" keeps its cue.
_WIDER_AREAS = frozenset(["sahel", "lapland", "galicia"])
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ians")
# Capitalised words after a region word that make it part of another name ("State
# Department", "Region Council", "Province Governor").
_NOT_AFTER = frozenset(["department", "university", "council", "governor", "assembly", "police"])


@dataclass
class _Found:
    region: Region | None
    name: str
    country_code: str | None
    forms: list[str] = field(default_factory=list)
    places: list[tuple[int, int]] = field(default_factory=list)  # (line, offset) of each


class RegionFinder:
    """Scans an article's chunks for regions named with a cue; ``countries`` are those the
    article names (they decide between namesakes)."""

    def __init__(self, gaz: Gazetteer, countries: set[str]) -> None:
        self.gaz = gaz
        self.countries = countries
        self.found: dict[str, _Found] = {}

    def feed(self, chunk: Chunk) -> None:
        chunk = region_after_lead_preposition(chunk, self.gaz)  # "In Balochistan, ..."
        hit = _cued_name(chunk) or self._bare_region(chunk)
        if hit is None:
            return
        words, cue = hit
        if not self._state_named_after_country(words, cue):
            words = self._trim(words)
            if not words or not _name_like(words, self.gaz):
                return
        text = " ".join(words)
        region, country = self._resolve(text, cue)
        if region is None and country is None and len(words) > 1:
            # "Saraqeb Idlib countryside", "Azaz Aleppo": flattened text glues a town in
            # front of the region's name; the known tail is the region.
            for k in range(1, len(words)):
                if not _name_like(words[k:], self.gaz):
                    continue
                tail = " ".join(words[k:])
                region, country = self._resolve(tail, cue)
                if region is not None or country is not None:
                    text = tail
                    break
        if region is None and country is None:
            if cue not in _OPEN_CUES or chunk.title_case_line or len(words) > 2:
                return
            country = self._country_in_text(chunk)
        if region is None and (cue == "department" or (cue == "state" and country is None)):
            return
        if cue == "county" and (region is None or not region.name.endswith(" County")):
            # cities45: "Mandera County" is Kenya's first-level region (Liberia's and
            # Ireland's counties too); "Washington County" is no state, "Um Dorain county"
            # no region: a county is one only when its country calls its regions so.
            return
        key = region.code if region else fold(text)
        name = display_name(region) if region else text
        cc = region.country_code if region else country
        entry = self.found.setdefault(key, _Found(region, name, cc))
        entry.forms.append(text)
        entry.places.append((chunk.line_no, chunk.toks[0].start))

    def _bare_region(self, chunk: Chunk) -> tuple[tuple[str, ...], str] | None:
        """ "fighting in North Darfur", "across Helmand": after "in", "across",
        "throughout" or "into", the whole run is the name of one first-level region that no
        town or village bears ("in Idlib" is the city, by the annotation rules), in a
        country the article names when it names any; in the possessive too ("in Cabo
        Delgado's Muidumbe district", "in Tigray's central zone"; cities48)."""
        if chunk.title_case_line or len(chunk.words) > 3:
            return None
        # "to Jammu and Kashmir", "Jammu and Kashmir police said": a name joined by "and"
        # that is a region's own needs no cue
        joined = self._joined_by_and(chunk)
        if joined:
            return joined, ""
        if chunk.before[-1:] not in _BARE_CUES or chunk.after[:1] == ("(",):
            return None
        text = " ".join(chunk.words)
        regions = self.gaz.regions.lookup(text)
        if self.countries and len(regions) > 1:
            # "in Antioquia" in a Colombia story: Colombia's department, not Turkey's Hatay,
            # which GeoNames also has under that name (lead20)
            regions = tuple(r for r in regions if r.country_code in self.countries)
        if len(regions) != 1:
            return None
        region = regions[0]
        if self.countries and region.country_code not in self.countries:
            return None
        if self._namesake_town(text, region):
            return None
        if fold(text) not in own_names(region):
            return None  # an old or other name ("Halab"), not the region's own
        if fold(text) in _WIDER_AREAS:
            return None  # "throughout Sahel": the belt, not Burkina Faso's region
        return chunk.words, ""

    def _joined_by_and(self, chunk: Chunk) -> tuple[str, ...] | None:
        """ "in Jammu and Kashmir": a region whose own name joins two names with "and",
        read across the "and" that ends the run (Jammu alone is a city)."""
        after = chunk.after
        if after[:1] != ("and",) or not after[1:2] or not after[1][:1].isupper():
            return None
        for k in (2, 3):
            words = (*chunk.words, *after[:k])
            if not all(w[:1].isupper() for w in words[len(chunk.words) + 1 :]):
                return None
            text = " ".join(words)
            regions = self.gaz.regions.lookup(text)
            if (
                len(regions) == 1
                and fold(text) in own_names(regions[0])
                and (not self.countries or regions[0].country_code in self.countries)
            ):
                return words
        return None

    def _namesake_town(self, text: str, region: Region) -> bool:
        """A town or village of the name that the bare name may stand for: any in the
        region's country or a country the article names, or a city abroad ("in Borno" is
        Nigeria's state, not Borno, a village of 2,500 in Italy, nor Borna in Germany)."""
        return any(
            (
                town.country_code == region.country_code
                or town.country_code in self.countries
                # a city abroad only when the article names no country ("in Antioquia" in
                # a Colombia story is no Antakya) (lead20)
                or (town.population >= BIG_CITY and not self.countries)
            )
            # "in Laghman": GeoNames' other name of the capital, Mehtar Lam (lead20)
            and not (
                town.country_code == region.country_code
                and capital_by_other_name(text, town, self.gaz)
            )
            for town in self.gaz.lookup(text)
        )

    def _state_named_after_country(self, words: tuple[str, ...], cue: str) -> bool:
        """ "Niger State", "in Niger state": a state of another country that bears a
        country's name (Nigeria's Niger) is that state, not a country in front of a name."""
        if cue != "state" or len(words) != 1:
            return False
        iso = self.gaz.country_forms.get(fold(words[0]))
        return iso is not None and any(
            r.country_code != iso for r in self.gaz.regions.lookup(words[0])
        )

    def _trim(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Without a country or a modifier in front ("Syrias Idlib", flattened "Syria's";
        "Russian-occupied Zaporizhzhia region", "Houthi-controlled Hodeidah province") and
        without dates, weekdays or agency acronyms behind ("Latakia AFP Saturday")."""
        forms = self.gaz.country_forms
        start, end = 0, len(words)
        while start < end and (
            fold(words[start]) in forms
            or fold(words[start].removesuffix("s")) in forms
            or hyphenated_modifier(words[start])
        ):
            start += 1
        while end > start and (
            words[end - 1].lower() in FUNCTION_WORDS
            or (words[end - 1].isupper() and len(words[end - 1]) <= 5)
        ):
            end -= 1
        return words[start:end]

    def _resolve(self, text: str, cue: str = "") -> tuple[Region | None, str | None]:
        """(ISO region, its country) the name stands for; (None, country) when only the
        country is known; (None, None) when nothing is. Among regions of one name, those of
        a country the article names come first, then those of the kind the cue says
        ("Plateau State" is Nigeria's, "the Centre department" Haiti's)."""
        regions = self.gaz.regions.lookup(text)
        if not regions and cue:
            # "Karen State": an English name known only with its type word (region_index)
            regions = self.gaz.regions.lookup(f"{text} {cue}")
        if regions:
            mentioned = [r for r in regions if r.country_code in self.countries]
            pool = mentioned or list(regions)
            of_kind = [r for r in pool if r.name.rsplit(" ", 1)[-1].lower() == cue]
            region = (of_kind or pool)[0]
            return region, region.country_code
        cities = self.gaz.lookup(text)
        if not cities:
            # "Deir Ezzor province": another spelling, in a country the article names, or
            # the one country all such spellings point to (flattened "Syrias" is missed).
            variants = variant_candidates(tuple(text.split()), self.gaz)
            local = tuple(c for c in variants if c.country_code in self.countries)
            one_country = len({c.country_code for c in variants}) == 1
            cities = local or (variants if one_country else ())
        if cities:
            city = choose(cities, None, self.countries)
            # A town abroad names no region of an article about other countries (Libya's
            # Az Zahra is not Aleppo's al-Zahraa quarter); a big city does ("Aleppo
            # province" with only Turkey named).
            size = BIG_CITY if self.countries else TOWN
            if city.country_code in self.countries or city.population >= size:
                linked = self.gaz.regions.of_admin1(city.country_code, city.admin1)
                return linked, city.country_code
        return self._other_spelling(text), None

    def _other_spelling(self, text: str) -> Region | None:
        """A region of a country the article names, spelt differently ("Tigray"/"Tigrai"),
        or, when it names none, the one region anywhere spelt so."""
        key = strip_article(fold(text))
        sk = skeleton(key)
        if len(sk) < 3:
            return None
        near = [
            region
            for region, other in _spellings_by_skeleton(self.gaz).get(sk, ())
            if similar_spelling(key, other, 2)
        ]
        local = [r for r in near if r.country_code in self.countries]
        if local:
            return local[0]
        # An article that names no country: a spelling only one region in the world is
        # near ("Galgaduud region": Somalia's Galguduud; "Hiran": Hiiraan)
        return near[0] if not self.countries and len(near) == 1 else None

    def _country_in_text(self, chunk: Chunk) -> str | None:
        """ "the Darfur region of Sudan", "Cameroon's northwest region": the country named
        just after or before; else the article's only country."""
        after = chunk.after
        for k in range(2, min(len(after), 5)):
            if after[k - 1].lower() == "of":
                iso = self.gaz.country_forms.get(fold(" ".join(after[k : k + 1])))
                if iso:
                    return iso
        for word in chunk.before[-1:]:
            iso = self.gaz.country_forms.get(fold(word.removesuffix("'s").removesuffix("’s")))
            if iso:
                return iso
        return next(iter(self.countries)) if len(self.countries) == 1 else None

    def result(self) -> list[RegionMention]:
        out = []
        for f in self.found.values():
            cc = f.country_code
            country = self.gaz.countries.get(cc, cc) if cc else None
            aliases = tuple(dict.fromkeys(a for a in f.forms if fold(a) != fold(f.name)))
            out.append(
                RegionMention(
                    name=f.name,
                    country=country,
                    country_code=f.country_code,
                    code=f.region.code if f.region else None,
                    aliases=aliases,
                    count=len(f.forms),
                )
            )
        return out

    def places(self) -> list[tuple[int, int, str, str | None]]:
        """(line, offset, country, ISO code) of each mention whose country is known: a
        village named next to one ("the town of Sarrin in Aleppo province") lies in it."""
        return [
            (line, offset, f.country_code, f.region.code if f.region else None)
            for f in self.found.values()
            if f.country_code
            for line, offset in f.places
        ]

    def names(self) -> frozenset[str]:
        """Every form a region was named under here, folded ("sagaing" of "the Sagaing
        region"): the same name elsewhere in the article is read with that in mind."""
        return frozenset(fold(form) for f in self.found.values() for form in f.forms)

    def region_countries(self) -> set[str]:
        """Countries of the regions found: an article about "Zaporizhzhia region" is about
        Ukraine even when it never says so."""
        return {f.country_code for f in self.found.values() if f.country_code}


def extract_regions(chunks: list[Chunk], gaz: Gazetteer, countries: set[str]) -> RegionFinder:
    """Regions in the article's chunks (the finder, for its result and its countries)."""
    finder = RegionFinder(gaz, countries)
    for ch in chunks:
        finder.feed(ch)
    return finder


def _spellings_by_skeleton(gaz: Gazetteer) -> dict[str, list[tuple[Region, str]]]:
    """Every region with its folded name (its type word dropped), under the name's
    skeleton, in the index's order: built once per gazetteer, where ``_other_spelling``
    folded all ~5,000 names for each run it was asked about."""
    cache = gaz.memo("region_spellings")
    regions = gaz.regions.regions
    marker = (id(regions), len(regions))
    if cache.get("marker") != marker:
        table: dict[str, list[tuple[Region, str]]] = {}
        for region in regions.values():
            other = strip_article(fold(region.name.rsplit(" ", 1)[0]))
            table.setdefault(skeleton(other), []).append((region, other))
        cache.clear()
        cache["marker"], cache["table"] = marker, table
    return cache["table"]  # type: ignore[no-any-return]


def _cued_name(chunk: Chunk) -> tuple[tuple[str, ...], str] | None:
    """The run's words that name a region, and the cue word, when a cue says so."""
    words = chunk.words
    first_after = chunk.after[0].lower() if chunk.after else ""
    last = words[-1].lower()
    if (
        last not in REGION_WORDS
        and first_after.removesuffix("s") not in REGION_WORDS
        and first_after not in _OPENERS
        and chunk.before[-1:] != ("of",)
    ) or "|" in words:
        return None  # most runs: no cue at all (checked first, for speed)
    after = [a.lower() for a in chunk.after[:4]]
    if len(words) > 1 and last in REGION_WORDS and not _continues(chunk.after):
        return words[:-1], last  # "Borno State", "Zaporizhzhia Region"
    if (
        after
        and after[0].removesuffix("s") in REGION_WORDS
        and not _continues(chunk.after[1:2])
        and not chunk.toks[-1].possessive
    ):
        return words, after[0].removesuffix("s")  # "Aleppo province", "Idlib countryside"
    if len(after) >= 3 and after[0] == "and" and chunk.after[1][:1].isupper():
        shared = after[2].removesuffix("s")
        if shared in REGION_WORDS - {"state"}:
            return words, shared  # "Aleppo and Idlib provinces": Aleppo is a province too
    before = [b.lower() for b in chunk.before]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in REGION_WORDS - {"state"}:
        return words, before[-2]  # "the province of Hajjah", "the department of Arauca"
    if before[-2:] == ["state", "of"] and chunk.before[-2] == "state":
        return words, "state"  # "the state of Guanajuato" (not "the Islamic State of Iraq")
    if len(after) >= 3 and after[0] == "," and after[1] in ("a", "the"):
        cue = after[2] if after[2] in REGION_WORDS else (after[3] if len(after) > 3 else "")
        if cue in REGION_WORDS and (cue == after[2] or after[2] in DIRECTIONS):
            return words, cue  # "Cabo Delgado, a province in", "X, a northern province"
    return None


def _continues(after) -> bool:
    """ "State Department": the region word opens another name."""
    return bool(after) and after[0][:1].isupper() and after[0].lower() in _NOT_AFTER


def _modifier(word: str, gaz: Gazetteer) -> bool:
    """ "Kurdish-majority", "IS-held", "Afghanistan-Pakistan": hyphenated modifiers and
    country pairs, not names ("al-Bab", "Ras al-Ain" are names)."""
    if "-" not in word or HYPHEN_PARTICLE.match(word):
        return False
    parts = word.split("-")
    if parts[-1][:1].islower() and parts[-1].lower() not in _PARTICLES:
        return True
    return all(fold(p) in gaz.country_forms for p in parts if p)


def _name_like(words: tuple[str, ...], gaz: Gazetteer) -> bool:
    """A place name: no title, group or function word, not a country, not a direction or a
    common word alone ("the Northern Region" is a description)."""
    if not words:
        return False
    lows = [w.lower() for w in words]
    # Peoples may name a region ("Amhara region", "Somali Region"); their adjectives may not
    # ("the Kurdish region").
    if any(w in TITLE_WORDS or w in ORG_WORDS or w.endswith(_ADJECTIVE_ENDINGS) for w in lows):
        return False
    if lows[0] in FUNCTION_WORDS or fold(" ".join(words)) in gaz.country_forms:
        return False
    if any(_modifier(w, gaz) for w in words):
        return False
    if len(words) == 1 and lows[0] in FAITHS_AND_PEOPLES and not gaz.regions.lookup(words[0]):
        return False  # "the Arab region"
    if (
        any(w in DIRECTIONS for w in lows[:1])
        and len(words) == 1
        or all(w in DIRECTIONS for w in lows)
    ):
        return False
    return not (len(words) == 1 and is_common_form(words[0]) and not gaz.regions.lookup(words[0]))
