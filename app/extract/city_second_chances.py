"""Second chances for places refused on their own: lists, neighbours, namesakes.

Once a whole article has been read, some refused matches are vouched for by what else it
names: small places listed among accepted cities ("near al Qaim, Kisik, Mosul"), two small
places of one region ("in Magam, Handwara"), runs GeoNames lacks listed between accepted
places, and namesakes that give way to the world city once the article's other places are
known (Geneva, Switzerland in a Syria story). A mixin of ``cities.CityFinder``: the state is
the finder's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.extract.chunks import Chunk
from app.extract.city_readings import apposed_person
from app.extract.gazetteer_index import City
from app.extract.lexicons import is_first_name
from app.extract.namesake_choice import BIG_CITY, TOWN, choose
from app.extract.place_phrases import names_groups
from app.extract.span_lookup import WORLD_CITY
from app.extract.transliteration import fold, skeleton
from app.extract.villages import rarely_written, respelled

LIST_JOINERS = ((",",), ("and",), ("or",))
# Words after a list that make its names a group's or a force's ("Fatemiyoun and Nujaba
# commanders", "Azov and Kraken units").
_OR_AND = frozenset(["and", "or"])
# A place of this size counts as a neighbour of another (see _accept_neighbours).
MIN_NEIGHBOUR_POP = 2_000


@dataclass
class Found:
    city: City
    forms: list[str] = field(default_factory=list)
    namesakes: tuple[City, ...] = ()  # the other readings, when size and countries chose
    old_names: list[str] = field(default_factory=list)  # other places' names it was found as
    by_size: bool = False  # a world city taken for its size alone, in a list abroad


class SecondChances:
    """The ``CityFinder`` rules run once the article has been read (see the module)."""

    def _rechoose_namesakes(self) -> None:
        """Once the article's places are known, a small namesake in a country that no other
        place of the article (but a world city) is in gives way to the world city (Geneva,
        Switzerland)."""
        for gid, f in list(self.found.items()):
            if not f.namesakes:
                continue
            # A world city taken for its size alone (``_accept_listed``) says nothing of
            # the article's region: it pulls no namesake there ("from Washington or
            # London": not Washington, Tyne and Wear)
            neighbours = {
                (o.city.country_code, o.city.admin1)
                for k, o in self.found.items()
                if k != gid and not o.by_size
            }
            city = choose(
                f.namesakes, None, self.countries, neighbours, self._home(gid), f.forms[0]
            )
            if city.geonames_id != gid:
                del self.found[gid]
                other = self.found.setdefault(city.geonames_id, Found(city))
                other.forms.extend(f.forms)

    def _home(self, gid: int) -> frozenset[str]:
        """The country the article is about, seen from one of its places: its only country,
        or the one most of its other places are in."""
        if len(self.countries) == 1:
            return frozenset(self.countries)
        others = [f.city.country_code for k, f in self.found.items() if k != gid]
        top = max(set(others), key=others.count, default=None)
        return frozenset([top]) if top and others.count(top) * 2 > len(others) else frozenset()

    def _accept_listed(self) -> None:
        """Second chance for small places listed among accepted cities: "near al Qaim, Kisik,
        Mosul, Qayyarah" - a list of places vouches for its members."""
        accepted_countries = {f.city.country_code for f in self.found.values()}
        accepted_countries |= set(self.listing_lines.values())
        lines_with_cities = {line for line, _ in self.accepted_chunks} | set(self.listing_lines)
        for chunk, span, cands in self.pending:
            listed = chunk.before[-1:] in LIST_JOINERS or chunk.after[:1] in LIST_JOINERS
            if listed and chunk.line_no in lines_with_cities:
                # The list's own places say which namesake it means ("Turbat, Bela and
                # Quetta": Pakistan's Bela, though the article also names India).
                listed_with = {
                    c.country_code for ln, _, _, c in self.accepted_spans if ln == chunk.line_no
                }
                in_list = [c for c in cands if c.country_code in listed_with]
                if not in_list and self._region_of(span, listed_with):
                    # "in Catbalogan, Samar,": the town's province, not Samara, Russia
                    continue
                world = _world_city_of_name(span, cands)
                if world is not None and world not in in_list:
                    # "in London and Paris ... Odesa": the world city of that very name, not
                    # a village of a listed place's country that GeoNames also calls so
                    # (Ukraine's Veselyy Kut, once "Paris")
                    self._add(world, span, chunk).by_size = True
                    continue
                city = choose(tuple(in_list) or cands, None, self.countries | accepted_countries)
                # A big city listed with places is one too, though it is also a given name
                # ("in Geneva and Riyadh").
                named_like = (
                    len(span) == 1
                    and is_first_name(span[0])
                    and skeleton(fold(span[0])) == skeleton(fold(city.name))
                )  # "Riyadh" itself, not "Barna", a rare alternate of Varna
                if names_groups(chunk.list_after or chunk.wide_after) and (
                    city.country_code not in self.countries | accepted_countries
                    or city.population < TOWN
                ):
                    # "In Kherson, Azov and Kraken units": units named after a town abroad
                    # or a hamlet, which the list vouches for no more than for Kraken; a
                    # town of the country the accepted places are in stays one ("MOGADISHU -
                    # In Baidoa, Afgoye and Marka forces ...", no country named)
                    continue
                if city.country_code in accepted_countries or (
                    named_like and city.population >= BIG_CITY
                ):
                    self._add(city, span, chunk)

    def _region_of(self, span: tuple[str, ...], countries: set[str]) -> bool:
        """The words name a province, state or district of one of ``countries``."""
        return any(r.country_code in countries for r in self.gaz.regions.lookup(" ".join(span)))

    def _accept_neighbours(self) -> None:
        """Small places no country vouches for, two or more of them in one region of one
        country ("in Magam, Handwara" and "Handwara militants", both in Jammu and Kashmir,
        in a story naming no country): they vouch for each other. Not against a country
        the article names or a region it names is in ("in Bolivar, south of Cauca": not
        Bolivar and Medina, Ohio), and only for places of some size (MIN_NEIGHBOUR_POP)."""
        groups: dict[tuple[str, str], dict[str, City]] = {}
        named = self.countries | {cc for _, _, cc, code in self.places if code}
        # A small place already accepted by its cue vouches as well ("In Burin, near
        # Nablus" then "residents of nearby Huwwara"); a big city, named for its
        # government as often as for its streets, does not.
        for _ln, _start, _end, c in self.accepted_spans:
            if MIN_NEIGHBOUR_POP <= c.population < BIG_CITY and c.admin1:
                groups.setdefault((c.country_code, c.admin1), {})[fold(c.name)] = c
        for _chunk, span, cands in self.pending:
            for c in cands:
                if c.population < MIN_NEIGHBOUR_POP or not c.admin1:
                    continue
                if named and c.country_code not in named:
                    continue
                groups.setdefault((c.country_code, c.admin1), {})[fold(" ".join(span))] = c
        best = max(groups.values(), key=len, default={})
        if len(best) < 2:
            return
        for chunk, span, _cands in self.pending:
            city = best.get(fold(" ".join(span)))
            # A place the list rule took already is not taken twice (as two namesakes).
            if (
                city is not None
                and (chunk.line_no, chunk.toks[0].start) not in self.accepted_chunks
            ):
                self._add(city, span, chunk)

    def _accept_listed_villages(self) -> None:
        """A run GeoNames lacks, listed between accepted places ("near al Qaim, Kisik,
        Mosul, Qayyarah, Sultan Abdallah and Tal Afar"), is a village of their country. A
        name with a title word ("Sultan Abdallah", "Sheikh Maqsoud") needs places on both
        sides; persons give such a name up. A village so taken vouches for the next item in
        turn: "in Kafr Nabl, Bayanin, Sarjeh, Deir Sonbol and Kansafrah" is one list of
        places however few of them GeoNames knows."""
        # (line, start, end, country or None, a GeoNames city?) of the accepted cities, then
        # of the villages the list gives ("Troops clashed in Kandaji, Bakari, Seydou and
        # Amadou were killed": a village named by its cue alone vouches for no one)
        anchors = [(ln, s, e, c.country_code, True) for ln, s, e, c in self.accepted_spans]
        # A big city vouches for no namesake abroad beside it ("from Homs, Sidon and ...").
        big = {(ln, s) for ln, s, _, c in self.accepted_spans if c.population >= BIG_CITY}
        todo = [(chunk, claimed, False) for chunk, claimed in self.unknown_listed]
        todo += [(chunk, False, True) for chunk in self._listed_abroad()]
        while todo:
            rest = []
            for chunk, claimed, abroad in todo:
                near = [a for a in anchors if (a[0], a[1]) not in big] if abroad else anchors
                taken = self._listed_village(chunk, claimed, near, abroad)
                if taken is None:
                    rest.append((chunk, claimed, abroad))
                elif taken and abroad:
                    anchors.append(near[-1])  # (the village it became, appended to ``near``)
            if len(rest) == len(todo):
                break
            todo = rest

    def _listed_abroad(self) -> list[Chunk]:
        """Refused runs that are, whole, only places in countries the article does not
        name, none a world city, listed ("Da'el, Saida, and al-Na'ema" in a Syria story:
        Sidon, Lebanon; "Deir Sonbul and Al-Bara": Bara, Nigeria): beside the article's
        small places or villages they are villages GeoNames lacks, as a name it lacks is."""
        home = self.countries | {f.city.country_code for f in self.found.values()}
        out = []
        for chunk, span, cands in self.pending:
            listed = chunk.before[-1:] in LIST_JOINERS or chunk.after[:1] in LIST_JOINERS
            if (
                listed
                and span == chunk.words
                and home
                and all(c.country_code not in home and c.population < WORLD_CITY for c in cands)
            ):
                out.append(chunk)
        return out

    def _listed_village(
        self,
        chunk: Chunk,
        claimed: bool,
        anchors: list[tuple[int, int, int, str | None, bool]],
        abroad: bool = False,
    ) -> bool | None:
        """Take one listed run as a village when an anchor stands next to it (True; False
        when it is no village name); None when no anchor does (yet). ``abroad``: the run
        names only places abroad, so a given name English rarely writes is a place's name
        here too ("Saida")."""
        line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
        if chunk.before[-2:] == ("(", "or"):
            return False  # "Togoga (or Togogwa)": another spelling of the place before, no item
        # "the assault on Abu Surouj, Sirba and Suleia" after "a tribal leader from Abu
        # Surouj": a village the article names elsewhere is a place of the list too, and
        # vouches for the next item as a village the list gives does.
        if not claimed and self._village_elsewhere(chunk) and self.villages.add(chunk):
            # Not a list opening its sentence, nor one before a group's word: "Khan Touman,
            # Fatemiyoun and Nujaba commanders were seen", "Abu Surouj, Hemedti and Kushayb
            # were named": groups and persons beside the village as often.
            if not (chunk.sent_start or names_groups(chunk.list_after or chunk.wide_after)):
                anchors.append((line, start, end, None, False))
            return True
        before: list[tuple[str | None, bool]] = []
        after: list[tuple[str | None, bool]] = []
        before_start = None
        if chunk.before[-1:] in LIST_JOINERS:
            near = [
                (s, (cc, c)) for ln, s, e, cc, c in anchors if ln == line and 0 < start - e <= 6
            ]
            before = [a for _, a in near]
            before_start = near[0][0] if near else None
        if chunk.after[:1] in LIST_JOINERS:
            after = [(cc, c) for ln, s, _, cc, c in anchors if ln == line and 0 < s - end <= 6]
        both = bool(before) and bool(after)
        if not (before or after):
            return None
        if names_groups(chunk.list_after or chunk.wide_after):
            return False  # "In Kherson, Azov and Kraken units": the list names units
        if not any(c for _, c in before + after) and not rarely_written(chunk, self.gaz):
            return None  # vouched for by a listed village alone: a name English hardly writes
        if claimed and not both:
            return None
        if not both and apposed_person(chunk):
            return False  # "the mayor of Gao, Sadou Diallo, was due"
        if before and not after and self._place_then_area(chunk, before_start):
            return False  # "in Stepanakert, Nagorno-Karabakh.": the city, then its region
        cc = next((c for c, _ in before + after if c), None)
        name = self.villages.add(
            chunk,
            (cc, None) if cc else None,
            titles_ok=both,
            given_ok=abroad,
            village_called=abroad,
        )
        if name and claimed:
            self.taken_from_persons.add(fold(name))
        if name:
            anchors.append((line, start, end, cc, False))
        return bool(name)

    def _village_elsewhere(self, chunk: Chunk) -> bool:
        """The run is the name (or a respelling: "Deir Sonbul", "Deir Sonbol") of a village
        the article has taken at another place in its text."""
        named = self.villages.named
        if not named:
            return False  # most articles
        key = fold(" ".join(chunk.words))
        here = (chunk.line_no, chunk.toks[0].start)
        return any(
            (k == key or respelled(key, k)) and any((ln, off) != here for _, ln, off in where)
            for k, where in named.items()
        )

    def _place_then_area(self, chunk: Chunk, place_start: int | None) -> bool:
        """ "in Stepanakert, Nagorno-Karabakh.", "Donetsk, Donbas, on Monday": one accepted
        place, a comma, then the run ending the list; a list of places goes on ("near al
        Qaim, Kisik, Mosul", "Kisik, and Mosul") or has "and"; "Place, Area" places a city
        in its area, as "X, Country" does."""
        if place_start is None or chunk.before[-1:] != (",",):
            return False
        after = chunk.after
        if after[:1] in (("and",), ("or",)) or (
            after[:1] == (",",) and after[1:2] and (after[1][:1].isupper() or after[1] in _OR_AND)
        ):
            return False  # the list goes on: "Mosul, Kisik, Qayyarah", "Mosul, Kisik, and"
        line = chunk.line_no
        listed_before = any(
            ln == line and 0 < place_start - e <= 6 for ln, _, e, _ in self.accepted_spans
        ) or any(
            c.line_no == line and 0 < place_start - c.toks[-1].end <= 6
            for c, _ in self.unknown_listed
        )
        return not listed_before


def _world_city_of_name(span: tuple[str, ...], cands: tuple[City, ...]) -> City | None:
    """The city of a million or more whose own name the words are ("Paris", "London")."""
    key = fold(" ".join(span))
    world = [c for c in cands if c.population >= WORLD_CITY and fold(c.name) == key]
    return max(world, key=lambda c: c.population, default=None)
