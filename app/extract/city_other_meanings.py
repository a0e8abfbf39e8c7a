"""Gazetteer matches the text means as something other than that town.

A mixin of ``cities.CityFinder`` (the state is the finder's): a span that is a region's
whole name ("Lower Juba", "Jammu and Kashmir"); a lone given name that names places only
by another name of theirs ("Krishna"), or a word the article writes beside a given name
("Berri" after "Nabih Berri"); a province a town is filed under by an old name ("in Sulu");
a country's name the text calls a town ("the town of Puerto Rico"); and a place abroad the
text calls a village or puts in a place of another country ("the village of al-Tiba",
"Orem in Aleppo governorate").
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.countries import country_stated
from app.extract.gazetteer_index import City
from app.extract.lexicons import is_first_name
from app.extract.lexicons import words as word_list
from app.extract.namesake_choice import BIG_CITY
from app.extract.place_phrases import HOME_CUES, LOCATIVE_CUES
from app.extract.span_lookup import WORLD_CITY
from app.extract.transliteration import fold, skeleton, strip_article
from app.extract.villages import village_cue

_SETTLEMENT_CUES = frozenset(["town", "village", "city"])
# "Minian town", "Hajira towns", "Mailari village": a settlement word after the run.
_SETTLEMENT_AFTER_RUN = frozenset(["town", "towns", "village", "villages"])


# After a list's last item: punctuation, or a word that goes on the sentence, no verb
# ("shelled Omdurman and Bahri on Monday", not "hit Kathua and Krishna ran home").
_ITEM_ENDS = word_list(
    """
and or in on at near over after before during from with by to as last this early late
yesterday today overnight
"""
)


def ends_item(chunk: Chunk) -> bool:
    after = chunk.after[:1]
    return not after or not after[0][:1].islower() or after[0] in _ITEM_ENDS


class OtherMeanings:
    """The ``CityFinder`` rules that read a match as something other than the town (see the
    module)."""

    def _names_region(self, chunk: Chunk, i: int, j: int) -> bool:
        """``words[i:j]`` is a region's whole name of two words or more ("Lower Juba",
        "North Kivu"), or its last word opens "X and Y", a region's name ("Jammu and
        Kashmir"): none of its words is a town here (not Juba, South Sudan; not Jammu)."""
        words = chunk.words
        if j - i >= 2:
            return bool(self._region_lookup(words[i:j]))
        after = chunk.after
        if j != len(words) or after[:1] != ("and",) or not after[1:2]:
            return False
        return any(self._region_lookup((*words[i:j], *after[: k + 1])) for k in (1, 2))

    def _region_lookup(self, span: tuple[str, ...]) -> bool:
        hit = self.region_span_cache.get(span)
        if hit is None:
            hit = self.region_span_cache[span] = bool(self.gaz.regions.lookup(" ".join(span)))
        return hit

    def _given_name_alias(self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...]) -> bool:
        """A lone given name with no place word before it that names places only by another
        name of theirs (GeoNames files "Krishna" under Machilipatnam): the person."""
        if len(chunk.words) != 1 or not is_first_name(chunk.words[i]):
            return False
        before = chunk.before[-1:] if i == 0 else chunk.words[i - 1 : i]
        if before and before[0].lower() in LOCATIVE_CUES | HOME_CUES | {"of", "from", "to", "at"}:
            return False
        if before and before[0] in ("and", ",") and self._after_a_town(chunk) and ends_item(chunk):
            return False  # "shelled Omdurman and Bahri": listed after a town, a town
        own = skeleton(fold(chunk.words[i]))
        return all(skeleton(fold(c.name)) != own for c in cands)

    def _after_a_town(self, chunk: Chunk) -> bool:
        """The town accepted last ends just before this run's "and" or comma, on its line,
        or a list of villages read from a locative cue runs on to this run."""
        line_no, start = chunk.line_no, chunk.toks[0].start
        if self.village_list_end == (line_no, chunk.toks[-1].end):
            return True  # "fighting raged in Rubaya, Kitshanga and Sake"
        if not self.accepted_spans:
            return False
        line, _, end, _ = self.accepted_spans[-1]
        return line == line_no and 0 < start - end <= len(" and ")

    def _name_part(self, city: City, chunk: Chunk, i: int, j: int, in_dateline: bool) -> bool:
        """A bare word the article also writes beside a given name (``name_words``), with
        no place word before it, read as a place abroad or as another spelling of one: the
        person's name ("Berri questioned" after "Nabih Berri" is no Barrie, Canada)."""
        if j - i != 1 or in_dateline or fold(chunk.words[i]) not in self.name_words:
            return False
        before = chunk.before[-1:] if i == 0 else chunk.words[i - 1 : i]
        if before and before[0].lower() in LOCATIVE_CUES | HOME_CUES | {"of", "from", "to"}:
            return False
        if city.country_code not in self.countries:
            return True
        return city not in self.gaz.lookup(chunk.words[i])  # only a spelling's skeleton

    def _region_by_old_name(
        self, city: City, chunk: Chunk, i: int, j: int, in_dateline: bool
    ) -> bool:
        """A name that is the town's only by another name of it and that is the name of a
        province of its country is the province ("fighting in Sulu": GeoNames files Jolo, the
        capital, as "Sulu" too), as ``region_meant`` reads a region the article names so;
        not when the text calls it a settlement ("the town of Sulu")."""
        if in_dateline or village_cue(chunk) is not None:
            return False
        written = fold(" ".join(chunk.words[i:j]))
        own = strip_article(fold(city.name))
        if own == strip_article(written) or skeleton(own) == skeleton(strip_article(written)):
            return False
        # Not a region named after the town or the one it lies in ("Peking": Beijing
        # Municipality; "Dnepropetrovsk": Dnipro Oblast; "Gaza City": Gaza Governorate;
        # "Nabatieh"; "New York"), which the other name names as well: unclear, so the town.
        home = self.gaz.region_of(city)
        for r in self.gaz.regions.lookup(" ".join(chunk.words[i:j])):
            if (
                r.country_code == city.country_code
                and r.code != home
                and not _prefix_either(strip_article(fold(r.name)), own)
            ):
                # places listed before it lie in that province ("Tambulian, Pata, Sulu"),
                # as they would next to the town
                self.places.append((chunk.line_no, chunk.toks[i].start, r.country_code, r.code))
                self.listing_lines[chunk.line_no] = r.country_code
                return True
        return False

    def _town_named_like_country(self, chunk: Chunk, i: int, j: int) -> tuple[City, ...]:
        """ "the town of Puerto Rico, in Caqueta province": a run the text calls a town
        that is a country's name is a town of that name in another country."""
        if i != 0 or j != len(chunk.words) or village_cue(chunk) not in _SETTLEMENT_CUES:
            return ()
        text = " ".join(chunk.words)
        named = self.gaz.country_forms.get(fold(text))
        return tuple(c for c in self.gaz.lookup(text) if c.country_code != named)

    def _namesake_abroad(self, city: City, chunk: Chunk, i: int, j: int) -> bool:
        """A place abroad matched by a run the text calls a village or town ("the village
        of X", "X town"), in an article about other countries: a local village GeoNames
        lacks, not the namesake ("the village of al-Tiba" in Syria is not Chiba; "Minian
        town in Aleppo" is not Minian, Indonesia; "the town of Suluk" is not Jolo)."""
        if not self.countries or city.country_code in self.countries:
            return False
        cue = village_cue(chunk) if i == 0 and j == len(chunk.words) else None
        if cue == "port":
            cue = None  # "the Black Sea port of Odesa": a port GeoNames knows is that port
        if cue is None and j < len(chunk.words):
            return False
        nxt = chunk.word_at(j)
        if cue is None and nxt.lower() in _SETTLEMENT_AFTER_RUN:
            cue = nxt.lower()
        return cue is not None

    def _placed_elsewhere(self, city: City, chunk: Chunk, j: int) -> bool:
        """ "Orem in Aleppo governorate": a small place the text puts in or near a place of
        another country the article names is a local village, not the namesake (Orem,
        Utah)."""
        after = chunk.after
        if j != len(chunk.words) or len(after) < 2:
            return False
        stated = country_stated(after, self.gaz) if city.population < WORLD_CITY else None
        if stated is not None and city.country_code in FORMER_PARTS.get(stated, ()):
            return False  # "MALISEVO, Yugoslavia" (Kosovo, 1998): the state of the day
        if stated is not None and stated != city.country_code and stated in self.countries:
            # "Kani in Myanmar's Sagaing region", "Kani, in northern Myanmar": the text
            # says the place is in another country (Kani, Japan is a city of 100,000)
            return True
        if city.population >= BIG_CITY:
            return False
        if after[0] not in ("in", "near") or not after[1][:1].isupper():
            return False
        there = self.gaz.lookup(after[1]) or self.gaz.regions.lookup(after[1])
        return bool(there) and all(
            p.country_code != city.country_code and p.country_code in self.countries
            for p in there[:1]
        )


# Countries whose old name a dated copy still states for places that now lie in a state
# split from them: Kosovo and Montenegro datelines of the 1990s read ", Yugoslavia" (read
# as Serbia: the federation of Serbia and Montenegro, Kosovo under it until 2008), and so
# did the wires' Croatian, Bosnian, Slovenian and Macedonian datelines of 1991-92
# ("VUKOVAR, Yugoslavia", "SARAJEVO, Yugoslavia"). The stated country is then no other
# country than the town's.
FORMER_PARTS = {"RS": frozenset(["XK", "ME", "HR", "BA", "SI", "MK"])}


def _prefix_either(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)
