"""Cities named in an article, resolved against the GeoNames index.

Each chunk is scanned for the longest spans the gazetteer knows (countries are skipped);
``city_evidence`` decides whether a match is a city in its context, ``place_variants``
finds transliterated spellings that match no form. Places refused for want of evidence get
a second chance when listed among accepted cities; the result gives each city its common
English name, coordinates and the spellings found in the text.

``CityFinder`` is the scan and its state; its rules live in mixins, one module a concern:
``city_verdicts`` (judging a match and keeping it), ``city_other_meanings`` (a match the
text means otherwise), ``village_readings`` (villages GeoNames lacks), ``city_readings``
(readings of the whole article) and ``city_second_chances``. ``span_lookup``,
``lead_prepositions``, ``district_reading`` and ``city_mentions`` hold the helpers.
"""

from __future__ import annotations

from app.domain import CityMention
from app.extract.bracket_placement import bracket_country
from app.extract.chunks import Chunk
from app.extract.city_mentions import city_mention, surface
from app.extract.city_other_meanings import OtherMeanings
from app.extract.city_readings import (
    ArticleReadings,
    opening_dateline,
)
from app.extract.city_second_chances import LIST_JOINERS, Found, SecondChances
from app.extract.city_verdicts import Verdicts
from app.extract.countries import countries_mentioned, main_country
from app.extract.district_reading import called_district, next_word, unit_reading
from app.extract.division_lists import DivisionLists
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lead_prepositions import (
    after_lead_preposition,
    after_sentence_the,
    lead_preposition,
)
from app.extract.lexicons import (
    NUMBER_WORDS,
    PLACE_TYPE_AFTER,
    RESPELLED_COUNTRIES,
    SETTLEMENT_WORDS,
    TRANSLITERATED_COUNTRIES,
    is_first_name,
)
from app.extract.name_words import name_words
from app.extract.namesake_choice import BIG_CITY, TOWN
from app.extract.person_context import ROLE_WORDS
from app.extract.person_names import AGENCY_WORDS, LONE_BODIES
from app.extract.place_phrases import PEOPLE_ADJECTIVES, byline_place
from app.extract.place_variants import respelt_towns, variant_candidates
from app.extract.region_placement import placed_in_region
from app.extract.span_lookup import WORLD_CITY, opener_dropped, resolve_span
from app.extract.town_parts import part_names
from app.extract.transliteration import fold
from app.extract.village_readings import VillageReadings
from app.extract.village_runs import road_end, siege_list, without_settlement_tail
from app.extract.villages import (
    VillageList,
    hromada_after,
    known_word_inside,
    located_from,
    locative_cue,
    origin_apposition,
    people_of,
    rarely_written,
    seldom_written,
)

__all__ = ["BIG_CITY", "TOWN", "extract_cities", "countries_mentioned", "is_first_name"]

_MAX_SPAN = 4  # the longest span looked up, in words
# Spanish and Portuguese links inside a place's name ("San Antonio de La Gavia", "San José de
# las Flores", "Santo Domingo de los Colorados"): a known city the run opens with is then only
# the head of a longer name the gazetteer lacks, no city of its own.
_NAME_LINKS = frozenset(["de", "del", "da", "do", "dos", "das"])
_LINKED_ARTICLES = frozenset(["la", "las", "los", "el", "les"])
_LIST_JOINERS = LIST_JOINERS
# Area words after a name that say it is no settlement ("the Afungi zone"); not the
# settlement words PLACE_TYPE_AFTER holds too ("villages").
_AREA_AFTER = PLACE_TYPE_AFTER - SETTLEMENT_WORDS
# Words after a name that make it an administrative unit or a camp ("Um Dorain county",
# "Kanbalu Township", "Um Rakuba camp"); not "area", "outskirts", "countryside", which a
# village has too.
_UNIT_AFTER = frozenset(["county", "counties", "township", "townships", "camp", "camps"])
_AREAS_OF = frozenset(
    (w,) for w in ["district", "neighbourhood", "neighborhood", "quarter", "zone", "sub-district"]
)
# Capitalised prepositions that may open a sentence or a place's own name ("In Salah").
_LEAD_WORDS = frozenset(["In", "At", "On", "To", "From", "Near", "Outside", "Inside"])
# Words before a "VILLAGE DISTRICT" address ("militants from Barpora Pulwama").
_ADDRESS_CUES = frozenset((w,) for w in ["from", "at", "in", "near", "of"])


def extract_cities(
    chunks: list[Chunk],
    gaz: Gazetteer,
    person_spans: set[tuple[int, int]],
    datelines: dict[int, int],
    countries: set[str] | None = None,
    region_places: list[tuple[int, int, str, str | None]] | None = None,
    region_names: frozenset[str] = frozenset(),
) -> list[CityMention]:
    """Cities in the article's chunks; ``datelines`` maps a line number to the dateline's end,
    ``region_places`` gives the (line, offset, country, ISO code) of the regions named and
    ``region_names`` their names (folded)."""
    return find_cities(
        chunks, gaz, person_spans, datelines, countries, region_places, region_names
    ).result()


def find_cities(
    chunks: list[Chunk],
    gaz: Gazetteer,
    person_spans: set[tuple[int, int]],
    datelines: dict[int, int],
    countries: set[str] | None = None,
    region_places: list[tuple[int, int, str, str | None]] | None = None,
    region_names: frozenset[str] = frozenset(),
) -> CityFinder:
    """The finder after the scan: its ``result()`` and the names it took from persons."""
    if countries is None:
        countries = countries_mentioned(chunks, gaz)
    parts = part_names(chunks, gaz)
    finder = CityFinder(gaz, countries, region_places or [], region_names | parts)
    finder.part_names = parts
    finder.name_words = name_words(chunks)
    finder.main_country = main_country(chunks, gaz)
    for ch in chunks:
        finder.feed(ch, person_spans, datelines.get(ch.line_no, -1))
    return finder


class CityFinder(ArticleReadings, SecondChances, VillageReadings, OtherMeanings, Verdicts):
    """Scans an article's chunks for places, then assembles its city mentions."""

    def __init__(
        self,
        gaz: Gazetteer,
        countries: set[str],
        region_places: list[tuple[int, int, str, str | None]] | None = None,
        region_names: frozenset[str] = frozenset(),
    ) -> None:
        self.gaz = gaz
        self.countries = countries
        self.region_names = region_names  # folded names the article gives regions
        self.part_names: frozenset[str] = frozenset()  # ... and parts of towns
        self.peoples: set[str] = set()  # folded names the text gives a people ("a Kakai village")
        self.name_words: frozenset[str] = frozenset()  # words of person-shaped runs
        # (line, offset, country, ISO region) of each region and city named: a village
        # lies in the one named next to it.
        self.places = list(region_places or [])
        self.villages = VillageList(gaz)
        self.villages.home = frozenset(countries)
        self.division_lists = DivisionLists()
        self.listed_claims: list[str] = []  # names persons took in the current list
        self.main_country: str | None = None  # the country the article is mostly about
        self.taken_from_persons: set[str] = set()  # folded names persons must give up
        self.unknown_listed: list[tuple[Chunk, bool]] = []  # listed runs GeoNames lacks
        self.accepted_spans: list[tuple[int, int, int, City]] = []  # line, start, end, city
        self.variant_countries = countries & TRANSLITERATED_COUNTRIES
        self.respelling_countries = countries & RESPELLED_COUNTRIES
        self.span_cache = gaz.memo("spans")
        self.variant_cache = gaz.memo("variants")
        self.respelling_cache = gaz.memo("respellings")
        self.region_span_cache = gaz.memo("region_spans")
        self.found: dict[int, Found] = {}
        self.accepted_chunks: set[tuple[int, int]] = set()
        self.pending: list[tuple[Chunk, tuple[str, ...], tuple[City, ...]]] = []
        self.cued_pending: list[tuple[Chunk, tuple[str, ...], tuple[City, ...]]] = []
        self.unmatched: list[Chunk] = []  # short runs nothing matched, for late variants
        self.last_run: tuple[int, int, bool] | None = None  # line, end, a person's
        self.person_before = False  # the run fed now follows a person's ("X from Y")
        # The end (line, offset) of the last "the villages of X" run: "and Y" continues it.
        self.village_list_end: tuple[int, int] | None = None
        self.in_settlement_list = False  # the run fed now is in "the towns of A, B and C"
        self.locative_list = False  # the list was opened by "in" and a village, not a cue
        self.list_kind: str | None = None  # the cue that opened it: "village", "town"...
        # Towns of "VILLAGE DISTRICT" addresses, and the names the text calls districts
        # ("in Pulwama district"): the district meant there, no town.
        self.district_towns: list[tuple[int, Chunk]] = []  # (where the town starts, run)
        self.districts: set[str] = set()
        # Mentions of each accepted town (geonames id) that only modify an official's title
        # ("Bankass mayor Moulaye Guindo"): the unit the official heads, when the text calls
        # the name a district or region.
        self.office_mentions: dict[int, int] = {}
        # Mentions of each accepted town that name a Ukrainian hromada ("Kurakhove
        # community"): in an article about Ukraine the unit, no town (``hromada_after``).
        self.hromada_mentions: dict[int, int] = {}
        self.villages.hromadas = "UA" in countries
        # Villages found only by a bearing ("north of Afungi"), and the names the text puts
        # before an area word ("the Afungi zone"): a bearing from an area names no village.
        self.bearing_villages: set[str] = set()
        self.typed_names: set[str] = set()
        # Names the text puts before a unit's or a camp's word ("Um Dorain county", "Um
        # Rakuba camp"), and the mentions of each village read only from a locative or
        # personal cue ("35,000 people in Um Dorain"): a village so read whose name the
        # text gives a unit is the unit (the annotation rules list neither units nor camps
        # as settlements). Villages only: a town GeoNames knows is judged on its own.
        self.unit_names: set[str] = set()
        self.weakly_cued: dict[str, int] = {}
        # Lines where a province was read for a town's other name ("in Sulu"): a list there
        # holds places, as one with an accepted city does (``_accept_listed``).
        self.listing_lines: dict[int, str] = {}  # line -> the province's country

    def feed(self, chunk: Chunk, person_spans: set[tuple[int, int]], dateline_end: int) -> None:
        """Judge the longest known span at each word not claimed by a person."""
        chunk = without_settlement_tail(chunk, self.gaz)  # "Kondori Village": the village Kondori
        chunk = after_lead_preposition(chunk, self.gaz)  # "In Bilingawa, 18 were killed"
        chunk = after_sentence_the(chunk, self.gaz)  # "The Nngi village was shelled"
        words = chunk.words
        toks = chunk.toks
        # A run persons took, or whose tail they took after a title ("Sepoy Asad Basheer
        # from Kohlu": the rank opens the run, the name is a person's).
        claimed = (chunk.line_no, toks[0].start) in person_spans or (
            len(toks) > 1 and (chunk.line_no, toks[-1].start) in person_spans
        )
        if dateline_end < 0 and not claimed and opening_dateline(chunk, self.gaz):
            dateline_end = toks[-1].end  # "Bangkok : ...", "Adabka, Zamfara state - ..."
        elif not claimed and byline_place(chunk.wide_before, words, chunk.after):
            dateline_end = toks[-1].end  # "By Isaac Shobayo - Jos": where the story was filed
        last, self.last_run = self.last_run, (chunk.line_no, toks[-1].end, claimed)
        self.person_before = last is not None and last[2] and last[0] == chunk.line_no
        self.person_before = self.person_before and toks[0].start - last[1] <= 6
        self._list_placed_in(chunk)  # "A in Jabal Al-Zawiyah, B": the list goes on
        if chunk.before[-1:] and chunk.before[-1] in PEOPLE_ADJECTIVES and len(words) == 1:
            # "ethnic Dogon villages", "the indigenous Nasa community": a people's name,
            # theirs in the whole article ("another Dogon village, Sobane Da")
            self.peoples.add(fold(words[0]))
        if not self.division_lists.holds(chunk):
            self.listed_claims = []
        elif toks[-1].end > dateline_end:
            # "the townships of Pauktaw, Minbya and Buthidaung": units, no towns; nor
            # persons, though named like them, once the province placing them follows
            # ("the districts of Shah Joy in Zabul, Ahmad Khil and Laja Mangal in Paktia in
            # the east and ..."; a name after the list's last comma may be a speaker's).
            if self.division_lists.placed:
                self.taken_from_persons.update(self.listed_claims)
                self.listed_claims = []
            elif claimed:
                self.listed_claims.append(fold(" ".join(words)))
            return
        if self._settlement_named(chunk, claimed) or (claimed and self._contested(chunk)):
            return
        if _after_acronym_slash(chunk):
            return  # "OLF/Shene", "M23/RDF": the group's other name, no town
        # "In Salah's case": a sentence's preposition before a possessive, whatever place
        # (Algeria's In Salah) the two words name together
        owned = chunk.sent_start and chunk.toks[-1].possessive and words[0] in _LEAD_WORDS
        i = 1 if owned or lead_preposition(words, self.gaz) else 0
        matched = False
        line_no, n, spans = chunk.line_no, len(words), self.span_cache
        # What the span loop reads of the run, once: a lone word names a region only before
        # "and" ("Jammu and Kashmir", ``_names_region``), a possessive only outside Title
        # Case (``_possessive``), a variant only in a country that transliterates and
        # outside Title Case (``_variant``); most spans have no variant (cached empty).
        and_next = chunk.after[:1] == ("and",) and len(chunk.after) > 1
        title_case = chunk.title_case_line
        variants = (self.variant_countries or self.respelling_countries) and not title_case
        respell = bool(self.respelling_countries)
        variant_cache = self.variant_cache
        while i < n:
            if words[i] == "|" or (line_no, toks[i].start) in person_spans:
                i += 1
                continue
            step = 1
            for j in range(min(n, i + _MAX_SPAN), i, -1):
                span = words[i:j]
                if "|" in span:
                    continue
                if j == i + 1 and _unit_word_of_name(chunk, i):
                    break  # "Panther Boma", "four Bomas": the unit's word, no Boma in Congo
                # (``resolve_span``'s cache read here: most spans were resolved before)
                hit = spans.get(span)
                is_country, cands = hit if hit is not None else resolve_span(span, self.gaz, spans)
                if cands and opener_dropped(span, cands):
                    break  # "Five In Homs": the place is named from the next word on
                if is_country:
                    cands = self._town_named_like_country(chunk, i, j)
                if j - i >= 2:  # (``_names_region`` of a span of two words or more)
                    named_region = not cands and self._region_lookup(span)
                else:
                    named_region = j == n and and_next and self._names_region(chunk, i, j)
                if (is_country and not cands) or named_region:
                    step = j - i  # a country; "Lower Juba", "Jammu and Kashmir": a region
                    break
                if not cands and j == i + 1 and not title_case and len(span[0]) > 4:
                    cands = self._possessive(span[0], chunk)
                if not cands and variants and (respell or variant_cache.get(span) != ()):
                    cands = self._variant(span, chunk)
                in_dateline = toks[i].start < dateline_end
                if cands and in_dateline and _partial_hamlet(chunk, i, j, cands):
                    break  # "Tamur Jamil —": the dateline names the whole run, no Tamur
                if cands and _head_of_linked_name(words, j):
                    step = n - i  # "San Antonio de La Gavia": one name, unknown here
                    break
                if cands:
                    kept = self._kept()
                    self._judge(chunk, i, j, cands, in_dateline)
                    step = j - i
                    # "Kafr Sousa", "Kunyo Barrow": a word of the run that names only a
                    # place abroad, refused, leaves the run unknown, a village's name.
                    matched = matched or not self._refused_part(chunk, i, j, cands, kept)
                    break
            i += step
        if called_district(chunk.after):
            # "in Macomia district", "Bankass circle", "in Pulwama and Shopian districts"
            self.districts.add(fold(" ".join(words)))
        if (chunk.after[:1] and chunk.after[0].lower() in _AREA_AFTER) or (
            chunk.before[-1:] == ("of",) and chunk.before[-2:-1] in _AREAS_OF
        ):
            self.typed_names.add(fold(" ".join(words)))  # "the Afungi zone", "district of X"
        if chunk.after[:1] and chunk.after[0].lower() in _UNIT_AFTER:
            self.unit_names.add(fold(" ".join(words)))  # "Um Dorain county", "Um Rakuba camp"
        elif len(words) > 1 and words[-1].lower() in _UNIT_AFTER:
            self.unit_names.add(fold(" ".join(words[:-1])))  # "Kanbalu Township"
        if not claimed and chunk.before[-1:] in _ADDRESS_CUES and self._village_of_district(chunk):
            return
        listed = chunk.before[-1:] in _LIST_JOINERS or chunk.after[:1] in _LIST_JOINERS
        if not matched and listed and len(words) <= 3 and "|" not in words:
            self.unknown_listed.append((chunk, claimed))
        if not matched and not claimed and not self._spellings_tried() and len(words) <= 3:
            self.unmatched.append(chunk)
        if not matched and not claimed and toks[-1].end <= dateline_end and not chunk.before:
            self._dateline_village(chunk)
        elif (
            not claimed
            and (chunk.line_no, toks[0].start) not in self.accepted_chunks
            and self._country_stated(chunk)
        ):
            pass  # "killings in Mai Kadra, Ethiopia": a village of the country stated
        elif (
            not (matched or claimed or chunk.title_case_line or chunk.sent_start)
            and len(words) <= 3
            and chunk.after[:1] == ("(",)
            and (placed := self._bracket_placed(chunk)) is not None
        ):
            # "shelling hit Hanine (Bint Jbeil)", "in Beit Lif (Sour district)": a village
            # of the article's country the bracket places (``bracket_placement``)
            self.villages.add(chunk, (placed, None))
        elif (
            not (matched or (claimed and not (siege_list(chunk) or road_end(chunk.wide_before))))
            and (
                locative_cue(chunk, self.gaz)
                or located_from(chunk)
                or self._hometown(chunk)
                or people_of(chunk)
                or origin_apposition(chunk)  # "X, 39, a reservist from Tzur Hadassah"
                # "the road connecting Kyein Chaung with Taung Pyo": a road's ends
                or (len(chunk.words) <= 3 and road_end(chunk.wide_before))
            )
            and (
                rarely_written(chunk, self.gaz)
                or (people_of(chunk) and seldom_written(chunk, self.gaz))
            )
        ):
            # "in Kandaji", "near Muhajiriya": a place GeoNames lacks; the locative word
            # carries on to the names listed after it ("in Kansafra, Sfuhen and Fulayfel").
            # A list after a verb of siege is places, though persons took it ("the rebels
            # occupy Gisiza, Gasiza, Bugusa and Basare").
            name = self.villages.add(chunk)
            if name:
                self.weakly_cued[fold(name)] = self.weakly_cued.get(fold(name), 0) + 1
            if name and locative_cue(chunk) == "of":
                self.bearing_villages.add(fold(name))
            if name:
                self.village_list_end = (chunk.line_no, chunk.toks[-1].end)
                self.locative_list = True
                if claimed:
                    self.taken_from_persons.add(fold(name))
        elif (
            not (matched or claimed or chunk.title_case_line or chunk.sent_start)
            and placed_in_region(chunk, self.gaz, self.region_names)
            and not known_word_inside(chunk, self.gaz)
        ):
            self.villages.add(chunk)  # "had taken Vovche, in the ... Dnipropetrovsk region"

    def _bracket_placed(self, chunk: Chunk) -> str | None:
        """The article's country whose district, region or town the bracket after the run
        names ("Hanine (Bint Jbeil)"); a country's own name there is no evidence for a
        name GeoNames lacks ("Abyssinia (Ethiopia)")."""
        if any(fold(w) in self.gaz.country_forms for w in chunk.words):
            return None
        if chunk.before and _role_noun(chunk.before[-1]):
            return None  # "the commanders Hemedti (Nyala)": a person and his base
        iso = bracket_country(chunk.wide_after, self.gaz, self.countries, country_ok=False)
        return iso if iso in self.countries else None

    def _possessive(self, word: str, chunk: Chunk) -> tuple[City, ...]:
        """Flattened text drops apostrophes: "Aleppos outskirts" names a town, Aleppo."""
        if len(word) > 4 and word.endswith("s") and not chunk.title_case_line:
            return tuple(c for c in self.gaz.lookup(word[:-1]) if c.population >= TOWN)
        return ()

    def _spellings_tried(self) -> bool:
        """Other spellings were looked for as the run was read (the article names a country
        whose names are transliterated or respelt): ``_late_variants`` need not retry."""
        return bool(self.variant_countries or self.respelling_countries)

    def _variant(self, span: tuple[str, ...], chunk: Chunk) -> tuple[City, ...]:
        """Another transliteration of a place in a country the article names ("Deir Ezzor",
        "al-Hassakeh"); never in a Title Case line, where capitals say nothing."""
        if chunk.title_case_line:
            return ()
        found: tuple[City, ...] = ()
        if self.variant_countries:
            cands = self.variant_cache.get(span)
            if cands is None:
                cands = self.variant_cache[span] = variant_candidates(span, self.gaz)
            found = tuple(c for c in cands if c.country_code in self.variant_countries)
        if not found and self.respelling_countries and span == chunk.words:
            # "Rajouri", "Baramulla": a South Asian town one vowel or doubled letter away,
            # written as a run of its own (not "the Mavil Aru operation": no Maval)
            respelt = self.respelling_cache.get(span)
            if respelt is None:
                respelt = self.respelling_cache[span] = respelt_towns(span, self.gaz)
            found = tuple(c for c in respelt if c.country_code in self.respelling_countries)
        return found

    def _add(self, city: City, span: tuple[str, ...], chunk: Chunk) -> Found:
        f = self.found.setdefault(city.geonames_id, Found(city))
        f.forms.append(surface(span))
        # A province named like its capital ("Khan Sheikhun in Idlib") is left to the
        # rules' benefit of the doubt: the city; a district's town is read as the district.
        holder = not self._region_lookup(span)
        small = city.population < BIG_CITY
        seat = city.population < _PROVINCE_SEAT
        compass = city.population < WORLD_CITY
        if unit_reading(span, chunk, compass=compass, holder=holder, small=small, seat=seat):
            key = city.geonames_id
            self.office_mentions[key] = self.office_mentions.get(key, 0) + 1
        if "UA" in self.countries and hromada_after(next_word(span, chunk)):
            key = city.geonames_id
            self.hromada_mentions[key] = self.hromada_mentions.get(key, 0) + 1
        self.accepted_chunks.add((chunk.line_no, chunk.toks[0].start))
        self.places.append(
            (chunk.line_no, chunk.toks[0].start, city.country_code, self.gaz.region_of(city))
        )
        self.accepted_spans.append((chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end, city))
        return f

    def result(self) -> list[CityMention]:
        self._late_variants()
        self._accept_listed()
        self._accept_neighbours()
        self._accept_home_towns()
        self._accept_listed_villages()
        self._accept_addresses()
        self._rechoose_namesakes()
        self._merge_renamed()
        self._merge_linked_heads()
        # A name the article gives a people ("a Kakai village") is theirs everywhere,
        # the headline's "seize Kakai village" too.
        found = [f for f in self.found.values() if not set(map(fold, f.forms)) <= self.peoples]
        found = [f for f in found if not self._office_of_unit(f)]
        found = [
            f for f in found if self.hromada_mentions.get(f.city.geonames_id, 0) < len(f.forms)
        ]
        cities = [city_mention(f, self.gaz) for f in found if not self._town_part(f)]
        known = {fold(c.name) for c in cities} | {fold(a) for c in cities for a in c.aliases}
        known |= {k.removesuffix(" city") for k in known}  # "in Marawi" of "Marawi City"
        # A region the article names ("STEPANAKERT, Nagorno-Karabakh") is no village.
        known |= self.region_names | self.peoples
        known |= self.bearing_villages & self.typed_names
        known |= {
            key
            for key in self.unit_names
            if self.weakly_cued.get(key, 0) >= len(self.villages.named.get(key, ()))
        }
        return cities + self.villages.mentions(self._village_place, known)

    def _office_of_unit(self, found: Found) -> bool:
        """Every mention of the town modifies an official's title ("Bankass mayor Moulaye
        Guindo", "the Sokoto governor"), the unit's police or an event ("Pulwama gunfight"),
        or closes a village's address ("at Melhoora, Shopian"), and the article calls the
        name a district or region ("the neighbouring Bankass district", "Bankass circle",
        "in Pulwama and Shopian districts"): the text names the unit, no town."""
        if self.office_mentions.get(found.city.geonames_id, 0) < len(found.forms):
            return False
        units = self.districts | self.region_names
        return all(fold(form) in units for form in found.forms)


# precision24: a town under this size whose possessive names a district ("Ghazni's Andar
# district") is read as its province when the article names the province too; bigger cities
# name their quarters so ("Aleppo's Sheikh Maqsoud district", "Raqqa's Mishlab district").
_PROVINCE_SEAT = 200_000


def _after_acronym_slash(chunk: Chunk) -> bool:
    """The run follows a slash glued to a group's acronym in capitals ("OLF/Shene", "the
    OLF/Sene militants"): the group's other name (Shone, Ethiopia, is no place meant); not
    a run in capitals itself (a dateline "BAMAKO/DAKAR")."""
    before = chunk.before
    if before[-1:] != ("/",) or len(before) < 2 or chunk.words[0].isupper():
        return False
    acronym = before[-2]
    return (
        len(acronym) >= 2
        and acronym.isupper()
        and acronym.isalnum()
        and acronym.lower() not in _OFFICE_ACRONYMS
    )


# Agencies and aid bodies that write an office as "ACRONYM/Town" ("UNHCR/Goma staff", "an
# OCHA/Goma report", "MSF/Bunia teams"): the town is theirs, no group's other name (review22).
_OFFICE_ACRONYMS = (
    LONE_BODIES
    | AGENCY_WORDS
    | frozenset(["un", "eu", "au", "ecowas", "igad", "nato", "osce", "msf", "icrc", "ifrc"])
    | frozenset(["wfp", "who", "iom", "undp", "unfpa", "unmas", "unocha", "ngo", "nrc", "irc"])
)


def _unit_word_of_name(chunk: Chunk, i: int) -> bool:
    """The run's word ``i`` is a capitalised place-type word closing a unit's name ("Panther
    Boma", "Ageer Payam"), counted ("four Bomas") or standing alone after "the" for a unit
    named before ("an eyewitness in the Boma", after "Werkok Boma"): the kind of unit, never
    a town of that name (the Congolese port of Boma). A lone "in Boma" stays a place."""
    word = chunk.words[i]
    if not word[:1].isupper() or word.lower() not in PLACE_TYPE_AFTER:
        return False
    if i > 0:
        return True
    before = chunk.before[-1:]
    if before == ("the",) and len(chunk.words) == 1 and not chunk.toks[0].possessive:
        return True
    return bool(before) and (before[0].lower() in NUMBER_WORDS or before[0].isdigit())


def _head_of_linked_name(words: tuple[str, ...], j: int) -> bool:
    """The span ending before ``words[j]`` opens a longer name joined by a Spanish or
    Portuguese link and a capitalised word ("San Antonio" of "San Antonio de La Gavia")."""
    if j >= len(words) or words[j] not in _NAME_LINKS:
        return False
    k = j + 1
    if k < len(words) and words[k].lower() in _LINKED_ARTICLES:
        k += 1  # "de la", "de los", "de La"
    return k < len(words) and words[k][:1].isupper()


def _partial_hamlet(chunk: Chunk, i: int, j: int, cands: tuple[City, ...]) -> bool:
    """A span of the run's opening dateline that leaves words of the run out, naming only
    villages (under 15,000): the dateline's place is the whole run."""
    return (
        not chunk.before
        and (i > 0 or j < len(chunk.words))
        and all(c.population < TOWN for c in cands)
    )


def _role_noun(word: str) -> bool:
    """A person's role, singular or plural ("commander", "commanders")."""
    low = word.lower()
    return low in ROLE_WORDS or (low.endswith("s") and low[:-1] in ROLE_WORDS)
