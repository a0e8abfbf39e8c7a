"""Villages the text names that GeoNames lacks, read from the words around a run.

A mixin of ``cities.CityFinder`` (the state is the finder's): a run the text calls a
settlement ("the village of Thalthana", "Kar Paung Kya village"), a "VILLAGE DISTRICT"
address ("from Barpora Pulwama") and its district town, a short run followed by a comma
and a country ("in Mai Kadra, Ethiopia") or a region ("the town of Shire, Tigray region"),
and a dateline's place GeoNames does not know ("BARAMULLA, India -").
"""

from __future__ import annotations

import dataclasses

from app.extract.chunks import Chunk
from app.extract.countries import country_after, country_in
from app.extract.gazetteer_index import City
from app.extract.lexicons import PARTICLES, PLACE_TYPE_AFTER, TERRITORY_NAMES
from app.extract.namesake_choice import BIG_CITY, TOWN, choose
from app.extract.place_phrases import LOCATIVE_CUES
from app.extract.span_lookup import resolve_span
from app.extract.transliteration import fold
from app.extract.village_district import village_then_town
from app.extract.villages import (
    opens_settlement_list,
    rarely_written,
    syllable_name,
    village_cue,
)

# Settlement words that close a run as its name's last word ("X village", "X community").
_CLOSING_SETTLEMENTS = frozenset([("village",), ("town",), ("community",)])

_PARTICLE_WORDS = frozenset(PARTICLES) | {"al-", "el-"}
# Plurals that open a list of settlements: "the villages of A, B and C", "the cities of A
# and B", "the municipalities of A, B, C and D".
_LISTED_SETTLEMENTS = frozenset(
    (w,) for w in ["villages", "towns", "communities", "cities", "municipalities", "communes"]
)
# The cues by which the text says a run is a settlement of its own (not "km" or "near",
# which place a run by another).
_SETTLED_CUES = frozenset(["village", "town", "city", "hamlet", "settlement"])
_REGION_TAIL_WORDS = frozenset(["region", "province", "state", "governorate", "district"])
_PHRASE_ENDS = frozenset([",", ".", ";", ")", "and", "|"])
# Words before "X, Country" that make X a place there ("killings in Mai Kadra, Ethiopia").
_STATED_CUES = frozenset((w,) for w in LOCATIVE_CUES | {"from", "at"})
# Burmese, Karen and Chinese village names are runs of syllables; a word this short inside
# one is no flattened town's name.
_SYLLABLE = 3


class VillageReadings:
    """The ``CityFinder`` rules that take a run as a village GeoNames lacks (see the
    module)."""

    def _village_of_district(self, chunk: Chunk) -> bool:
        """ "from Barpora Pulwama", "at Arhama Shopian": a village before its district town
        (``village_district``), kept for ``_accept_addresses``."""
        if chunk.title_case_line or (chunk.after and chunk.after[0].lower() in PLACE_TYPE_AFTER):
            return False  # "in Saraqeb Idlib province": a town and a province
        if chunk.after[:1] in _CLOSING_SETTLEMENTS:
            # "at Gidan Dutse community": the settlement word names the whole run; not a
            # plural's flattened list ("the towns of Mesraba Harasta and ...": two towns)
            return False
        cands = resolve_span(chunk.words[-1:], self.gaz, self.span_cache)[1]
        k = village_then_town(chunk.words, self.gaz, {c.country_code for c in cands})
        if k:
            self.district_towns.append((k, chunk))
        return bool(k)

    def _accept_addresses(self) -> None:
        """The towns of "VILLAGE DISTRICT" addresses: a town the article names elsewhere, or
        of its countries (not one the text calls a district: "in Pulwama district"); then
        the village, in the town's country."""
        by_name = {fold(f.city.name): f.city for f in self.found.values()}
        by_name |= {fold(form): f.city for f in self.found.values() for form in f.forms}
        for k, chunk in self.district_towns:
            if fold(" ".join(chunk.words)) in self.villages.named:
                continue  # "two at Raka Dutse" after "the Raka Dutse and Filin Gawa communities"
            town = chunk.words[k:]
            key = fold(" ".join(town))
            city = by_name.get(key)
            if city is None and key not in self.districts:
                cands = resolve_span(town, self.gaz, self.span_cache)[1]
                local = tuple(c for c in cands if c.country_code in self.countries)
                city = choose(local, None, self.countries) if local else None
                if city is not None:
                    self._add(city, town, chunk)
            if city is None:
                home = self.countries or {cc for _, _, cc, _ in self.places}
                city = next(
                    (c for c in self.gaz.lookup(" ".join(town)) if c.country_code in home), None
                )
            if city is not None or key in self.villages.named:
                # (a town GeoNames knows abroad, read as a local village: "Shopian" in a
                # story that names Pakistan only; the village lies where it does)
                place = (city.country_code, self.gaz.region_of(city)) if city else None
                village = dataclasses.replace(
                    chunk,
                    toks=chunk.toks[:k],
                    words=chunk.words[:k],
                    after=(*town, *chunk.after[:3]),
                    wide_after=(*town, *chunk.wide_after[:8]),
                )
                self.villages.add(village, place or self.villages.placed.get(key))

    def _settlement_named(self, chunk: Chunk, claimed: bool) -> bool:
        """ "the village of Thalthana": a run the text calls a settlement and GeoNames does
        not know (under any spelling in the article's countries) is a village."""
        cue = village_cue(chunk)
        listing = self._continues_village_list(chunk) is not None
        continued = cue is None and listing
        # the next name of a list the text opened with villages ("the villages of A and B")
        village_listed = listing and self.list_kind == "village" and not self.locative_list
        # the text says the run is a settlement: its own cue, or the list's ("the towns of
        # Litamanda and Chai, 40 kilometers north of Macomia": Chai's own cue is a distance)
        settled = cue in _SETTLED_CUES or (listing and self.list_kind in _SETTLED_CUES)
        self.in_settlement_list = False
        if not (cue or continued):
            return False
        listed = (
            chunk.before[-2:-1] in _LISTED_SETTLEMENTS
            or chunk.before[-1:] == ("villages",)  # "followed by villages Khamba, Anwas"
            or bool(chunk.listed_settlements)
            or (cue == "village" and opens_settlement_list(chunk))
        )
        if continued and self.locative_list and not rarely_written(chunk, self.gaz):
            # After "in Kandaji," only a name English hardly writes is taken; the list
            # goes on past it ("in Mayele, Toya, Kambatule and Kabrike": Toya is a given
            # name too, Kambatule is a village).
            self.village_list_end = (chunk.line_no, chunk.toks[-1].end)
            return False
        if cue:
            self.locative_list = False
            self.list_kind = cue
        if listed or continued:
            # "the villages of A, B, C and D": each name carries the list on to the next,
            # a name GeoNames knows as well.
            self.village_list_end = (chunk.line_no, chunk.toks[-1].end)
            self.in_settlement_list = True
        is_country, cands = resolve_span(chunk.words, self.gaz, self.span_cache)
        namesake = settled and bool(cands) and self._namesakes_abroad(chunk, cands)
        if namesake:
            cands = ()  # "the towns of Litamanda and Chai": Chai is Turkey's Cey too
        if is_country or cands or (self.variant_countries and self._variant(chunk.words, chunk)):
            return False
        # A run after a plural with no comma or "and" of its own may be a list whose commas
        # were lost; one the text goes on to separate is one name.
        flat = listed and chunk.after[:1] not in ((",",), ("and",))
        # A run the settlement word closes ("Kar Paung Kya village", "Kwanar Dutse
        # community") is one name, whatever town's name it holds as a word (Paung, Myanmar;
        # Dutse, Nigeria); not one a big city opens (flattened "checkpoints in Hama Marj
        # al-Sultan town").
        closed = chunk.after[:1] in _CLOSING_SETTLEMENTS and not listed
        if len(chunk.words) > 1 and (
            self._holds_local_places(chunk.words[:1], flat, BIG_CITY)
            if closed
            else self._holds_local_places(chunk.words, flat)
        ):
            return False  # "the towns of Jarablus al Rai and al Bab": a flattened list
        stated = country_in(chunk.after, self.gaz)  # "the village of Jouya in southern Lebanon"
        # "the town of Shire, Tigray region": an English word is the town's name when the
        # text places it at once.
        placed = self._region_after_comma(chunk)
        # "bombed nearby Pang Law village": syllables that are English words name it.
        placed = placed or (cue == "village" and syllable_name(chunk.words))
        # "the village of Birka": a given name English rarely writes is the village's name
        # when the text calls it a village ("the town of Hassan" stays unclear).
        name = self.villages.add(
            chunk,
            (stated, None) if stated else None,
            words_ok=placed,
            # "13 kilometers northwest of Kokoro"; "the villages of al-Tirafawi and
            # Abdualal": each name of a village list the text opened
            given_ok=cue in ("village", "settlement", "km") or village_listed,
            namesake=namesake,
        )
        if name and claimed:
            self.taken_from_persons.add(fold(name))
        return name is not None

    def _namesakes_abroad(self, chunk: Chunk, cands: tuple[City, ...]) -> bool:
        """The run the text calls a settlement ("the towns of Litamanda and Chai", "the
        village of Wang", "the town of Amber") matches only places outside the article's
        countries, each a village there (under ``TOWN``: "Wang", a German village) or a
        place GeoNames files under another main name (under ``BIG_CITY``: "Chai" is another
        name of Turkey's Cey, "Amber" of France's Ambert): the text's own village, not the
        namesake abroad. A big city's other name ("the city of Bombay") and a town's own
        name ("the town of Bangassou" in a story naming no CAR) are left to the other rules."""
        key = fold(" ".join(chunk.words))
        return bool(self.countries) and all(
            c.country_code not in self.countries
            and (c.population < TOWN or (fold(c.name) != key and c.population < BIG_CITY))
            for c in cands
        )

    def _region_after_comma(self, chunk: Chunk) -> bool:
        """ "X, Tigray region", "X, Ethiopia": a comma, then a country or a region."""
        after = chunk.wide_after
        if len(after) < 3 or after[0] != "," or not after[1][:1].isupper():
            return False
        # The name stands alone ("X, Ethiopia,"), or with a region word that ends the
        # phrase ("X, Tigray region."); not "X, Syrian state media said".
        tail = [a.lower() for a in after[2:4]] + ["."]  # the line's end ends the phrase
        if tail[0] in _REGION_TAIL_WORDS:
            tail = tail[1:]
        if tail[0] not in _PHRASE_ENDS:
            return False
        return (
            country_after(after, self.gaz) is not None
            or fold(after[1]) in self.region_names
            or bool(self.gaz.regions.lookup(after[1]))
        )

    def _holds_local_places(self, words: tuple[str, ...], flat: bool, least: int = TOWN) -> bool:
        """A word of the run is itself a place in one of the article's countries: any
        place in a ``flat`` run after a plural ("the villages of Morek Atshan Skeik north
        of"), else a town; a hamlet of a few hundred people is as often a word of one
        village's name ("the village of Zeleny Hai", while Hai is a Ukrainian hamlet), and
        so is a word of three letters ("Ah Kyi Pan Pa Lun village": "Pan" is Hpa-An).
        ``least``: the size from which a place counts."""
        return any(
            c.country_code in self.countries and (flat or c.population >= least)
            for w in words
            if w.lower() not in _PARTICLE_WORDS and w[:1].isupper() and len(w) > _SYLLABLE
            for c in resolve_span((w,), self.gaz, self.span_cache)[1]
        )

    def _country_stated(self, chunk: Chunk) -> bool:
        """ "in Mai Kadra, Ethiopia", "from Golubovac, Serbia": a short run after a place
        word, then a comma and a country, is a village of that country; recorded when it
        looks like a name."""
        if chunk.sent_start or chunk.title_case_line or len(chunk.words) > 3:
            return False
        if chunk.before[-1:] not in _STATED_CUES:
            return False
        stated = self._country_then_end(chunk)
        if stated is None:
            return False
        is_country, cands = resolve_span(chunk.words, self.gaz, self.span_cache)
        if is_country or cands or fold(" ".join(chunk.words)) in TERRITORY_NAMES:
            return False  # a place GeoNames knows was judged as one ("in Darfur, Sudan")
        return self.villages.add(chunk, (stated, None)) is not None

    def _country_then_end(self, chunk: Chunk) -> str | None:
        """The ISO code of ", Ethiopia," / ", South Sudan." after the run: a comma, a
        country, and the end of the phrase (not "Haaretz, Israel's daily")."""
        after = chunk.wide_after
        if len(after) < 3 or after[0] != ",":
            return None
        ends = (*after, ".")  # the line's end ends the phrase
        for k in range(2, min(len(after) + 1, 5)):
            iso = self.gaz.country_forms.get(fold(" ".join(after[1:k])))
            if iso and ends[k] in _PHRASE_ENDS and not chunk.toks[-1].possessive:
                return iso
        return None

    def _dateline_village(self, chunk: Chunk) -> None:
        """A dateline names a city even when GeoNames lacks it ("BARAMULLA, India -"): a
        village of the country the dateline states, else of the article's one country.
        Not an outlet's name before the town it files from, in brackets ("Bartamaha
        (Mogadishu):-", "Hiiraan Online (Mogadishu) -": the bracket of a dateline holds
        the agency, "BAIDOA (Reuters)", so a town there is the dateline's place; review20)."""
        if _kicker(chunk.words, self.gaz.country_forms):
            return
        outlet_shaped = not " ".join(chunk.words).isupper()  # (a dateline's place: capitals)
        if outlet_shaped and chunk.after[:1] == ("(",) and self._town_in_brackets(chunk.after):
            return
        stated = country_after(chunk.after, self.gaz)
        self.villages.add(chunk, (stated, None) if stated else None)

    def _town_in_brackets(self, after: tuple[str, ...]) -> bool:
        """ "(Mogadishu)": one or two capitalised words in brackets, a town GeoNames knows."""
        close = next((k for k, w in enumerate(after[:4]) if w == ")"), None)
        inside = after[1:close] if close else ()
        if not inside or not all(w[:1].isupper() for w in inside):
            return False
        name = " ".join(inside)
        if self.gaz.regions.lookup(name) or fold(name) in self.gaz.country_forms:
            return False  # "Gidan Dawa (Zamfara)": the village's region or country
        return any(c.population >= TOWN for c in self.gaz.lookup(name))


# Words that open a headline's kicker before its colon ("INSIDE UKRAINE:", "BEYOND GAZA:"),
# never a village's name.
_KICKER_OPENERS = frozenset(["inside", "across", "beyond", "behind", "after", "in", "from"])


def _kicker(words: tuple[str, ...], country_forms: dict[str, str]) -> bool:
    """ "INSIDE ALGERIA :", "SUDAN CRISIS:": a kicker naming a country over the headline,
    read like a dateline's place; a village's name holds no country's."""
    return words[0].lower() in _KICKER_OPENERS or any(fold(w) in country_forms for w in words)
