"""What the city finder does with a gazetteer match: the verdict and where it goes.

A mixin of ``cities.CityFinder`` (the state is the finder's): a match is judged
(``city_evidence.judge``) unless it is a modifier ("a Tel Aviv attack"), a people's village
("a Kakai village") or a given name that names places only by another name; then it is kept
as a city, as a village GeoNames lacks (a namesake abroad), as the region that places the
villages near it, or left pending for the second chances. A run persons took that is,
whole, a place of the article's countries named where a place is expected is contested.
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.city_evidence import MONTH_WORDS, judge
from app.extract.city_other_meanings import ends_item
from app.extract.city_readings import region_meant
from app.extract.gazetteer_index import City
from app.extract.lexicons import HAUSA_PLACE_PREFIXES, is_common_word, is_everyday_word
from app.extract.namesake_choice import TOWN, choose
from app.extract.place_phrases import HOME_CUES, LOCATIVE_CUES, event_modifier, people_village
from app.extract.place_variants import TITLED_PLACE_OPENERS
from app.extract.span_lookup import resolve_span
from app.extract.transliteration import fold
from app.extract.villages import opens_place_name, village_cue

_BEARINGS = frozenset((w,) for w in ["north", "south", "east", "west"])
_BEARINGS |= frozenset((w,) for w in ["northeast", "northwest", "southeast", "southwest"])


class Verdicts:
    """The ``CityFinder`` rules that judge a match and keep it (see the module)."""

    def _contested(self, chunk: Chunk) -> bool:
        """A run persons took that is, whole, a place in one of the article's countries
        named where a place is expected ("shelled Mala Tokmachka in the Zaporizhzhia
        region"): the place wins, and persons give the name up."""
        words = chunk.words
        if len(words) < 2 or chunk.title_case_line:
            return False
        before = chunk.before[-1].lower() if chunk.before else ""
        # "south of Sheikh Zuweid": a bearing from the place
        bearing = before == "of" and chunk.before[-2:-1] in _BEARINGS
        if before not in LOCATIVE_CUES and not bearing and not village_cue(chunk):
            return False
        is_country, cands = resolve_span(words, self.gaz, self.span_cache)
        local = [c for c in cands if c.country_code in self.countries]
        if not (is_country or local) and fold(words[0]) in TITLED_PLACE_OPENERS:
            # "deployed in Sheikh Zuweid": persons read a title and a name, but the whole
            # run spells a place of the article's country (Ash Shaykh Zuwayd, Egypt)
            local = list(self._variant(words, chunk))
        if is_country or not local:
            return False
        self._add(choose(tuple(local), None, self.countries), words, chunk)
        self.taken_from_persons.add(fold(" ".join(words)))
        return True

    def _judge(
        self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...], in_dateline: bool
    ) -> None:
        span = chunk.words[i:j]
        if not in_dateline and self._given_name_alias(chunk, i, j, cands):
            return  # "Krishna ran to his mother": no Machilipatnam, once called Krishna
        if i == 0 and j == len(chunk.words) and _event_modifier(chunk):
            return  # "a Tel Aviv attack", "the Stockholm peace talks": a modifier
        if i == 0 and j == len(chunk.words) and _people_village(chunk):
            if not any(c.country_code in self.countries for c in cands):
                self.peoples.add(fold(" ".join(span)))  # not "a Tuzantla community"
            return  # "a Kakai village": the village of a people, named nowhere
        verdict = judge(chunk, i, j, cands, in_dateline, self.gaz, self.countries)
        if verdict.region is not None:
            # "villages in Borno": villages named near it lie in that region's country
            # (not for a word as common as "Western", a region of Fiji).
            r = verdict.region
            if not (is_common_word(span[-1]) and is_everyday_word(span[-1])):
                self.places.append((chunk.line_no, chunk.toks[i].start, r.country_code, r.code))
            return
        if verdict.city is not None and region_meant(
            verdict.city, chunk, i, j, in_dateline, self.region_names
        ):
            # "the Suwayda village of al-Shaab": the region places the villages named by it
            city = verdict.city
            region = self.gaz.region_of(city)
            self.places.append((chunk.line_no, chunk.toks[i].start, city.country_code, region))
            return
        if verdict.city is not None and (
            self._region_of_previous(chunk, i, j)
            or self._philippine_province(chunk, i, j)
            or self._name_part(verdict.city, chunk, i, j, in_dateline)
            or self._region_by_old_name(verdict.city, chunk, i, j, in_dateline)
        ):
            # "on Sagaing village" after "the Sagaing region"; "Saravena, Arauca"; "Berri
            # questioned" after "Nabih Berri"
            return
        if verdict.city is not None and (
            self._namesake_abroad(verdict.city, chunk, i, j)
            or self._placed_elsewhere(verdict.city, chunk, j)
        ):
            # "the village of al-Tiba" in Syria is not Chiba, Japan; "the city of Kas" in
            # Iran is no Kas, Sudan, but a place's name, whatever given name it is too.
            listed = self.in_settlement_list and self.list_kind == "village"
            capitals = in_dateline and all(w.isupper() for w in span)  # "LAS CRUCES, Guatemala"
            given = listed or village_cue(chunk) is not None
            called = listed or village_cue(chunk) == "village"
            village = self.villages.add(
                chunk, given_ok=given, capitals_ok=capitals, village_called=called
            )
            if village is None and self._town_by_its_name(verdict.city, span, chunk, j):
                # "Russian jets bombed the city of Idlib": no village can bear the name (a
                # region's), so the text means the town GeoNames knows by it.
                self._add(verdict.city, span, chunk)
        elif verdict.city is None and self._only_abroad(chunk, i, j, cands):
            # "the town of Pale" in Myanmar (Pale, Bosnia), "in Moura" in Mali (Portugal's).
            cue = village_cue(chunk)
            listed = self.in_settlement_list and self.list_kind == "village"
            called = listed or cue == "village"
            self.villages.add(
                chunk, words_ok=cue is not None, given_ok=called, village_called=called
            )
        elif verdict.city is not None:
            f = self._add(verdict.city, span, chunk)
            written = " ".join(span)
            if len(cands) > 1 and verdict.city == choose(
                cands, None, self.countries, written=written
            ):
                f.namesakes = cands
        elif (
            not verdict.deferred
            and j - i == 1
            and is_common_word(span[0])
            and span[0].lower() not in MONTH_WORDS  # "the city of Sour, Nov. 27"
            and chunk.before[-1:] in ((",",), ("and",))
            and ends_item(chunk)
            and self._after_a_town(chunk)
            and self._local(cands, i, j, chunk)
        ):
            # "strikes hit Nabatieh, Tyre and Baalbek": a word English also has ("tyre"),
            # listed right after a town, is the article's town of that name.
            self._add(choose(self._local(cands, i, j, chunk), None, self.countries), span, chunk)
        elif verdict.deferred and self.in_settlement_list and self._local(cands, i, j, chunk):
            # "retook Kafr Nabuda and Qalaat al-Madiq": a place of the article's country
            # listed among villages is one.
            self._add(choose(self._local(cands, i, j, chunk), None, self.countries), span, chunk)
        elif verdict.deferred:
            self.pending.append((chunk, span, cands))
            before = chunk.before if i == 0 else chunk.words[max(0, i - 1) : i]
            if before[-1:] and before[-1] in HOME_CUES:
                self.cued_pending.append((chunk, span, cands))

    def _town_by_its_name(self, city: City, span: tuple[str, ...], chunk: Chunk, j: int) -> bool:
        """A town of 15,000 or more named by its own name, which names no country ("a
        central Mali village": the country's), nor a region of another country after a
        comma ("the city of Zamora, Michoacan": Mexico's Zamora, not Spain's)."""
        key = fold(" ".join(span))
        return (
            city.population >= TOWN
            and key == fold(city.name)
            and key not in self.gaz.country_forms
            and not (j == len(chunk.words) and self._region_abroad(city, chunk.wide_after))
        )

    def _region_abroad(self, city: City, after: tuple[str, ...]) -> bool:
        """ ", Michoacan" after the name: a region, none of them in the town's country."""
        if after[:1] != (",",):
            return False
        for n in (3, 2, 1):
            words = after[1 : 1 + n]
            if len(words) < n or not words[0][:1].isupper():
                continue
            regions = self.gaz.regions.lookup(" ".join(words))
            if regions:
                return all(r.country_code != city.country_code for r in regions)
        return False

    def _kept(self) -> tuple[int, int, int]:
        """How many places the finder holds: grows when a judgement keeps one."""
        return len(self.accepted_spans), len(self.pending), len(self.villages.named)

    def _refused_part(
        self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...], kept: tuple[int, int, int]
    ) -> bool:
        """``words[i:j]``, a part of the run after its first word, names only places
        outside the article's countries and was refused: the run is no such place. So
        does an Arabic place name's opener, alone refused before the rest of the name
        ("Abu Surouj": India's Abu; "Tal Zahrun": Syria's Tall), wherever its namesakes
        lie (not a longer place: "in Hama and Deir al-Zor Moumtzis said")."""
        if i == 0:
            opener = j == 1 < len(chunk.words) and opens_place_name(chunk.words)
            # "in Sabon Birni Tsaki": a known name that a place's opener heads, refused
            # before the run's next word, leaves the run a longer name of its own
            opener = opener or (
                1 < j < len(chunk.words) and fold(chunk.words[0]) in HAUSA_PLACE_PREFIXES
            )
            return opener and self._kept() == kept
        return (
            bool(self.countries)
            and self._kept() == kept
            and all(c.country_code not in self.countries for c in cands)
        )

    def _local(self, cands: tuple[City, ...], i: int, j: int, chunk: Chunk) -> tuple[City, ...]:
        """The candidates in the article's countries, when the span is the whole run."""
        if i != 0 or j != len(chunk.words):
            return ()
        return tuple(c for c in cands if c.country_code in self.countries)


def _event_modifier(chunk: Chunk) -> bool:
    if chunk.title_case_line or not chunk.before:
        return False
    return event_modifier([chunk.before[-1].lower()], [a.lower() for a in chunk.after[:1]])


def _people_village(chunk: Chunk) -> bool:
    before = [b.lower() for b in chunk.before[-2:]]
    return people_village(before, [a.lower() for a in chunk.after[:1]])
