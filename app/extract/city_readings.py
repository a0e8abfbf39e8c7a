"""What a place name means in its article, once the article's other places are known.

``city_evidence`` judges one match in its sentence; these rules read the article around it:

- a name the article also gives as a region ("the Sagaing region", "Sinaloa state") is the
  region when it qualifies a village ("airstrikes on Sagaing village"), when the only place
  of that name is a village ("in Sinaloa": Sinaloa, Chiapas has 1,000 people), or when the
  place has it only as an old name ("Basilan" for the City of Isabela);
- a name GeoNames gives to a place abroad and, in another spelling, to a place the article
  already names is that place ("the Soviet-era names of Krasnoarmeisk and Dmitrov" in a
  story about Pokrovsk and Myrnohrad);
- a run after "Gao," followed by a comma and a verb ("the mayor of Gao, Sadou Diallo, was
  due") is an apposition naming a person, not a list of places.

``ArticleReadings`` holds the finder's rules of this kind (the city's own region after it,
hometowns, late transliterations, towns of the article's one country, old names joined,
names the article gives to parts of towns, and the country and region a village lies in).
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.countries import country_stated
from app.extract.dates import MONTHS
from app.extract.gazetteer_index import City, Gazetteer
from app.extract.lexicons import (
    DIRECTIONS,
    HYPHEN_PARTICLE,
    RESPELLED_COUNTRIES,
    SETTLEMENT_WORDS,
    TRANSLITERATED_COUNTRIES,
)
from app.extract.namesake_choice import BIG_CITY, TOWN, choose
from app.extract.place_phrases import names_groups
from app.extract.span_lookup import WORLD_CITY
from app.extract.transliteration import fold, skeleton, strip_article
from app.extract.village_country import country_most_placed
from app.extract.villages import known_word_inside, locative_cue, village_cue

# Arabic articles written apart from the name they open ("al Mahsha", "el Fasher").
_SPACED_ARTICLES = frozenset(["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en"])


def region_meant(
    city: City, chunk: Chunk, i: int, j: int, in_dateline: bool, region_names: frozenset[str]
) -> bool:
    """``chunk.words[i:j]``, read as ``city``, names a region the article names as one."""
    span = chunk.words[i:j]
    key = fold(" ".join(span))
    if key not in region_names or in_dateline:
        return False
    before = [b.lower() for b in (chunk.before if i == 0 else chunk.words[max(0, i - 3) : i])]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in SETTLEMENT_WORDS:
        return False  # "the town of Pale": the text says it is the town
    nxt = chunk.word_at(j)
    if nxt.lower() in ("village", "villages"):
        return True  # "airstrikes on Sagaing village": a village in the region
    own, written = strip_article(fold(city.name)), strip_article(key)
    written_own = own == written or skeleton(own) == skeleton(written)
    # "in Sinaloa": a village of that name is not what a region's name means; "in Basilan"
    # is the province, GeoNames' City of Isabela only has "Basilan" as an old name. A
    # town's own name stays the town, bare or not ("Daraa was the cradle of the uprising",
    # with "Daraa province" in the same story): the annotation rules list a name that is
    # both a city and a province as a city when the text leaves it unclear.
    return 0 < city.population < TOWN or not written_own


def renamed_as(
    city: City, forms: list[str], others: dict[int, City], gaz: Gazetteer, cache: dict
) -> City | None:
    """The place of another country the article already names that one of ``forms`` is
    another spelling or an old name of, or None."""
    for form in dict.fromkeys(forms):
        span = tuple(form.split())
        cands = cache.get(span)
        if cands is None:
            # Any form GeoNames has with the same consonants (an old name is no spelling of
            # the current one, so ``variant_candidates``' likeness test does not apply);
            # short skeletons match too much.
            long_enough = len(skeleton(fold(form))) >= _MIN_SKELETON
            cands = cache[span] = gaz.lookup(form) + (
                gaz.lookup_variant(form) if long_enough else ()
            )
        for c in cands:
            if c.geonames_id in others and c.country_code != city.country_code:
                return others[c.geonames_id]
    return None


# The fewest consonants a spelling needs to be matched by its skeleton alone ("Dmitrov":
# dmtrv, 5; "Gao": g would match anything).
_MIN_SKELETON = 4


def apposed_person(chunk: Chunk) -> bool:
    """ "Gao, Sadou Diallo, was due": a run between commas, the second followed by a
    lower-case word; not a list's serial comma before its last item ("in Kfarkila,
    Aytaroun, and Naqoura"), nor the last item itself ("..., and Naqoura, while ...")."""
    after = chunk.after
    return (
        chunk.before[-1:] == (",",)
        and len(after) >= 2
        and after[0] == ","
        and after[1][:1].islower()
        and not (
            after[1] in ("and", "or")
            and after[2:3]
            and (after[2][:1].isupper() or bool(HYPHEN_PARTICLE.match(after[2])))
        )
    )


_DASHES = frozenset(["-", "–", "—", ":"])
_REGION_TAILS = frozenset(["state", "province", "region", "governorate", "district"])


def opening_dateline(chunk: Chunk, gaz: Gazetteer) -> bool:
    """A line that opens with a place and a dash or colon the dateline rule missed:
    "Bangkok : Myanmar's junta ..." (a colon after a space), "Adabka, Zamfara state -
    Bandits ..." (a hyphen after the place's state). The place alone before the mark must
    be a town GeoNames knows; with the state or country stated, any name will do."""
    if chunk.before or chunk.title_case_line or len(chunk.words) > 3:
        return False
    after = chunk.after
    if after[:1] == ("(",):
        # "Talodi (2 Jan.) - Air strikes": a place GeoNames knows (not "From CNN
        # Philippines (Jan 27, 2019): ...", a source line)
        return _bracketed_date_then_dash(chunk.wide_after) and bool(
            gaz.lookup(" ".join(chunk.words))
        )
    if after[:1] and after[0] in _DASHES:
        towns = gaz.lookup(" ".join(chunk.words))
        return (
            len(after) > 1 and after[1][:1].isupper() and any(c.population >= TOWN for c in towns)
        )
    if len(after) < 3 or after[0] != ",":
        return False
    if _date_then_mark(chunk.wide_after[1:]):
        # "Colombo, 27 July, ( Suspected ...", "Srinagar, Oct 20: Four ...": a town
        # GeoNames knows, a day and a month, a mark (lead20)
        towns = gaz.lookup(" ".join(chunk.words))
        return any(c.population >= TOWN for c in towns)
    for k in range(2, len(after)):
        if after[k] in _DASHES:
            where = after[1:k]
            if where[-1].lower() in _REGION_TAILS:
                where = where[:-1]
            text = " ".join(where)
            named = fold(text) in gaz.country_forms or bool(gaz.regions.lookup(text))
            return bool(where) and where[0][:1].isupper() and named
    return False


def _date_then_mark(after: tuple[str, ...]) -> bool:
    """ "27 July ,", "Oct 20 :", "July 27 (": a day and a month (either order, a month's
    abbreviation with or without its full stop), then a comma, colon, bracket or dash."""
    words = [w for w in after[:4] if w != "."]
    if len(words) < 3:
        return False
    day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
    if not (
        day.isdigit()
        and len(day) <= 2
        and month.isalpha()
        and month[:3].lower() in MONTHS
        and words[2] in _DATE_MARKS
    ):
        return False
    # the story opens after the mark, not a lower-case word: "Chelsea, 12 June: a day to
    # forget", "Victoria, 4 May - a farmer - was shot" are a sentence's subject (review23)
    mark = after.index(words[2], 2)
    story = after[mark + 1 : mark + 2]
    return not story or not story[0][:1].islower()


_DATE_MARKS = frozenset([",", ":", "(", *_DASHES])


def _bracketed_date_then_dash(after: tuple[str, ...]) -> bool:
    """ "(2 Jan.) - Air", "(14 September 2023) - Shelling": a day and a month in brackets,
    a dash and a capital, the dateline shape of Radio Dabanga and its copies."""
    close = next((k for k, w in enumerate(after[:7]) if w == ")"), None)
    if close is None or close + 2 >= len(after):
        return False
    inner = after[1:close]
    return (
        any(w.isdigit() for w in inner)
        and any(w[:3].lower() in MONTHS for w in inner if w.isalpha())
        and after[close + 1] in _DASHES
        and after[close + 2][:1].isupper()
    )


# A village lies in the region or city named within this many characters of it ("the
# village of Thalthana near Damascus", "Akum, a village 10 Kilometers from Bamenda"); a
# flattened paragraph names many places farther apart.
_NEAR_CHARS = 80
_COMMA_IN = 5  # the characters of ", in " between a place and its region


# The links inside Portuguese and Spanish place names ("Mocimboa da Praia", "San Vicente
# del Caguan").
_NAME_LINKS = frozenset(["de", "del", "da", "do", "dos", "das"])


class ArticleReadings:
    """The ``CityFinder`` rules that read a run against the article's other runs and places
    (a mixin: the state is the finder's, see ``cities.CityFinder``)."""

    def _continues_village_list(self, chunk: Chunk) -> str | None:
        """ "the villages of Agachaul and Talgi": the run after "and" right after a village
        list's first name is a village too."""
        end = self.village_list_end
        if end is None or chunk.before[-1:] not in (("and",), (",",)):
            return None
        after = chunk.after
        # The next name may open with a particle ("Tawali, al-Mudfaq, al-Dadouri"), spaced
        # too ("Qashibah, al Mahsha").
        goes_on = after[1:2] and (
            after[1][:1].isupper()
            or after[1] == "and"
            or bool(HYPHEN_PARTICLE.match(after[1]))
            or (after[1] in _SPACED_ARTICLES and after[2:3] and after[2][:1].isupper())
        )
        # "..., Al-Mawzarah in Jabal Al-Zawiyah, Al-Fterah": a listed village placed in
        # an area or region, and the list goes on.
        placed = (
            after[:1] == ("in",)
            and after[1:2]
            and (after[1][:1].isupper() or after[1].lower() in DIRECTIONS)
        )
        if chunk.before[-1:] == (",",) and not (
            after[:1] == ("and",) or (after[:1] == (",",) and goes_on) or placed
        ):
            return None  # "in Kandaji, Bakari Seydou, a farmer, said": no list goes on
        if names_groups(chunk.list_after or chunk.wide_after):
            return None  # "In Rubaya, Wazalendo and Nyatura fighters": the groups' names
        line, offset = end
        near = chunk.line_no == line and 0 < chunk.toks[0].start - offset <= 6
        return "village" if near else None

    def _list_placed_in(self, chunk: Chunk) -> None:
        """ "the villages of A, B in Jabal Al-Zawiyah, C, D in southern Idlib, E and F":
        the area or region a listed village is placed in carries the list on to the next
        name (a run after "in", or "in" and a direction, right after the list's end)."""
        end = self.village_list_end
        if end is None or chunk.line_no != end[0] or chunk.after[:1] not in ((",",), ("and",)):
            return
        before = [b.lower() for b in chunk.before[-2:]]
        gap = 4 if before[-1:] == ["in"] else 0
        if not gap and len(before) == 2 and before[0] == "in" and before[1] in DIRECTIONS:
            gap = 5 + len(before[1])
        if gap and 0 < chunk.toks[0].start - end[1] <= gap:
            self.village_list_end = (chunk.line_no, chunk.toks[-1].end)

    def _hometown(self, chunk: Chunk) -> bool:
        """ "Zarni Win from Myebon": a short run right after a person's name and "from"."""
        return (
            self.person_before
            and chunk.before[-1:] == ("from",)
            and len(chunk.words) <= 2
            and not chunk.title_case_line
        )

    def _region_of_previous(self, chunk: Chunk, i: int, j: int) -> bool:
        """ "a township in Saravena, Arauca": after a city and a comma, the name of the
        city's own region (Arauca department) is the region, not its namesake city."""
        # "at Yuksekova, in Hakkari": the region after "in" too (the comma three words back)
        in_after_comma = chunk.before[-2:] == (",", "in")
        if i != 0 or len(chunk.before) < 2 or not (chunk.before[-1] == "," or in_after_comma):
            return False
        if chunk.before[-1] == "," and chunk.after[:1] == ("and",):
            return False  # "shelled Omdurman, Khartoum and Wad Madani": a list of towns
        regions = self.gaz.regions.lookup(" ".join(chunk.words[i:j]))
        if not regions:
            return False
        prev: tuple[City, ...] = ()
        if self.accepted_spans:
            line, _, end, city = self.accepted_spans[-1]
            if line == chunk.line_no and 0 < chunk.toks[0].start - end <= 2 + 3 * in_after_comma:
                prev = (city,)
        if not prev and in_after_comma:
            # "the massacres in Tchomabangou and Zaroumdareye, in Tillabery": after a
            # village GeoNames lacks, a region of the article's countries
            return self._village_just_before(chunk) and any(
                r.country_code in self.countries for r in regions
            )
        if not prev:  # a place not yet accepted ("Saravena, Arauca" opening a line)
            prev = tuple(
                c for c in self.gaz.lookup(chunk.before[-2]) if c.country_code in self.countries
            )
        own = {self.gaz.region_of(c) for c in prev} - {None}
        return any(r.code in own for r in regions)

    def _philippine_province(self, chunk: Chunk, i: int, j: int) -> bool:
        """ "in Nasugbu, Batangas", "in Cawayan town, Masbate": Philippine news writes a
        town with its province after a comma, and most provinces bear the name of their
        capital city. GeoNames files towns under the island regions (Calabarzon), not the
        provinces, so ``_region_of_previous`` cannot match them: after a Philippine town
        (and "town" or "municipality"), a province's name is the province, unless the text
        writes "X City"."""
        if (
            i != 0
            or j != len(chunk.words)
            or chunk.before[-1:] != (",",)
            or not self.accepted_spans
        ):
            return False
        if (
            chunk.words[-1].lower() == "city"
            or chunk.after[:1]
            and chunk.after[0].lower() == "city"
        ):
            return False  # "Batangas City": the city
        if not any(
            r.country_code == "PH" and not r.admin1
            for r in self.gaz.regions.lookup(" ".join(chunk.words))
        ):
            return False
        line, _, end, city = self.accepted_spans[-1]
        unit_word = chunk.before[-2:-1] in (("town",), ("municipality",))
        gap = chunk.toks[0].start - end
        return line == chunk.line_no and city.country_code == "PH" and 0 < gap <= 2 + 13 * unit_word

    def _village_just_before(self, chunk: Chunk) -> bool:
        """A village the text named ends right before the run's ", in"."""
        start = chunk.toks[0].start
        return any(
            line == chunk.line_no and 0 < start - (offset + len(form)) <= _COMMA_IN
            for named in self.villages.named.values()
            for form, line, offset in named
        )

    def _only_abroad(self, chunk: Chunk, i: int, j: int, cands: tuple[City, ...]) -> bool:
        """A refused run the text calls a settlement ("the town of Pale"), lists among
        settlements ("the towns of A, B and C") or puts a locative word before ("in Moura"),
        whose only places are villages in countries the article
        does not name: a local village GeoNames lacks."""
        # An article that names no country is about the countries of the places it has
        # named so far ("in Idlib province ... Sarman and Qatrah villages").
        home = self.countries or {cc for _, _, cc, _ in self.places}
        if i != 0 or j != len(chunk.words) or not home:
            return False
        if any(c.country_code in home for c in cands):
            return False
        cue = village_cue(chunk)
        if cue == "port":
            return False  # a port GeoNames knows abroad is that port, not a local village
        stated = country_stated(chunk.after, self.gaz)
        if stated in home and all(c.population < WORLD_CITY for c in cands):
            return True  # "in Solhan, in northern Burkina Faso" (Solhan, Turkey)
        if any(c.population >= TOWN for c in cands):
            # A run the text calls a village, or lists among villages, is one whatever
            # town abroad bears its name ("Kao and Naro villages" in a Sudan story: no
            # Naro, Italy; "the villages of Qasba, Kerni ...": no Kearny, New Jersey);
            # not a world city.
            called = cue == "village" or (self.in_settlement_list and self.list_kind == "village")
            own = skeleton(fold(" ".join(chunk.words)))
            return called and all(
                c.population < BIG_CITY or skeleton(fold(c.name)) != own for c in cands
            )  # "villages ... - Zeitan Khalsa and Barna": Barna is a rare name of Varna
        if cue is not None and (chunk.before[-1:] == ("of",) or cue == "village"):
            return True  # "the town of Pale" (Pale, Bosnia), "Fua and Kafraya towns"
        if self.in_settlement_list:
            return True  # "the towns of Ntamugenga, Rubare and Bunagana" (Rubaare, Uganda)
        if self._home_region_after(chunk, home):
            return True  # "from Tawila, North Darfur," (Tawilah, Yemen)
        return locative_cue(chunk, self.gaz) is not None and not known_word_inside(chunk, self.gaz)

    def _home_region_after(self, chunk: Chunk, home: set[str] | frozenset[str]) -> bool:
        """ "Tawila, North Darfur,", "Tawila (North Darfur)": a region of the article's
        countries right after the run, after a comma or in brackets, as an address gives
        it; the run is a place there."""
        after = chunk.wide_after
        if after[:1] not in ((",",), ("(",)) or chunk.title_case_line:
            return False
        for n in (3, 2, 1):
            words = after[1 : 1 + n]
            if len(words) < n or not all(w[:1].isupper() for w in words):
                continue
            if any(r.country_code in home for r in self.gaz.regions.lookup(" ".join(words))):
                return not (after[0] == "," and self._list_goes_on(after[1 + n :]))
        return False

    def _list_goes_on(self, rest: tuple[str, ...]) -> bool:
        """After "X, Region": "and"/"or" or a comma, then another region ("Marib, Shabwa,
        Abyan and Lahj", "Hiran, Bay, Bakool"): a list of regions, no address; "Tawila,
        North Darfur, Sudan", "Tawila, North Darfur, UN officials said" are one."""
        k = 1 if rest[:1] == (",",) else 0
        if rest[k : k + 1] and rest[k].lower() in ("and", "or"):
            k += 1
        elif k == 0:
            return False
        for n in (3, 2, 1):
            words = rest[k : k + n]
            if len(words) == n and all(w[:1].isupper() for w in words):
                name = " ".join(words)
                if fold(name) not in self.gaz.country_forms and self.gaz.regions.lookup(name):
                    return True
        return False

    def _late_variants(self) -> None:
        """An article that names no country but whose cities are all in one transliterating
        country ("SANAs correspondent in Deir Ezzor" among Syrian towns): spellings of
        that country's places are read as they would be had it named the country."""
        homes = {f.city.country_code for f in self.found.values()}
        spelt = TRANSLITERATED_COUNTRIES | RESPELLED_COUNTRIES
        if self.variant_countries or self.respelling_countries:
            return
        if len(homes) != 1 or not homes <= spelt:
            return
        saved = self.countries, self.variant_countries, self.respelling_countries
        self.countries = homes
        self.variant_countries = homes & TRANSLITERATED_COUNTRIES
        self.respelling_countries = homes & RESPELLED_COUNTRIES  # "buried in Baramulla"
        try:
            for chunk in self.unmatched:
                cands = self._variant(chunk.words, chunk)
                if cands:
                    self._judge(chunk, 0, len(chunk.words), cands, False)
        finally:
            self.countries, self.variant_countries, self.respelling_countries = saved

    def _accept_home_towns(self) -> None:
        """A small town after a locative word ("through Konduga") in the one country all the
        article's accepted cities are in, when the article names no country: those cities
        say where the story is, as a named country would."""
        homes = {f.city.country_code for f in self.found.values()}
        if self.countries or len(homes) != 1:
            return
        for chunk, span, cands in self.cued_pending:
            local = [c for c in cands if c.country_code in homes]
            if local:
                self._add(choose(tuple(local), None, homes), span, chunk)

    def _merge_renamed(self) -> None:
        """A place abroad found under another spelling or an old name of a place the article
        names is that place ("Krasnoarmeisk" in a Pokrovsk story)."""
        if len(self.found) < 2:
            return
        cache = self.gaz.memo("renamed")
        for gid, f in list(self.found.items()):
            others = {k: o.city for k, o in self.found.items() if k != gid}
            target = renamed_as(f.city, f.forms, others, self.gaz, cache)
            if target is not None and f.city.country_code not in self._home(gid):
                del self.found[gid]
                self.found[target.geonames_id].old_names.extend(f.forms)

    def _merge_linked_heads(self) -> None:
        """A town found only under the head of a longer name the article gives a town of its
        country, the part before a Portuguese or Spanish link ("Mocimboa" after "Mocimboa
        da Praia", "San Vicente" after "San Vicente del Caguan"), is that town: GeoNames
        lists the short form apart."""
        if len(self.found) < 2:
            return
        heads: dict[tuple[str, str], int] = {}
        for gid, f in self.found.items():
            for form in (f.city.name, *f.forms):
                words = fold(form).split()
                for k, w in enumerate(words[1:-1], start=1):
                    if w in _NAME_LINKS:
                        heads.setdefault((" ".join(words[:k]), f.city.country_code), gid)
                        break
        if not heads:
            return  # most articles: no linked name
        for gid, f in list(self.found.items()):
            keys = {(fold(form), f.city.country_code) for form in f.forms}
            targets = {heads.get(key) for key in keys}
            if len(targets) == 1 and (target := targets.pop()) not in (None, gid):
                del self.found[gid]
                self.found[target].old_names.extend(f.forms)

    def _town_part(self, f) -> bool:
        """Every form found is a name the article gives to a part of a town (``town_parts``)
        and none is the own name (in any spelling) of a town of 15,000 people or more in
        the article's countries ("the Kharkiv district" leaves Kharkiv the city; "the Sala
        neighborhood" of a Yemeni city makes "in Sala" no Sale, Morocco)."""
        city = f.city
        own = skeleton(strip_article(fold(city.name)))
        town_here = city.population >= TOWN and city.country_code in self.countries
        return all(
            fold(form) in self.part_names
            and not (town_here and skeleton(strip_article(fold(form))) == own)
            for form in f.forms
        )

    def _village_place(self, line_no: int, offset: int) -> tuple[str, str | None] | None:
        """(country, ISO region) of a village: the region or city named closest to it in
        its sentence ("the town of Badala, near Kita"), else the article's one country;
        None when the text does not tell."""
        near = [
            (abs(off - offset), cc, code)
            for line, off, cc, code in self.places
            if line == line_no and abs(off - offset) <= _NEAR_CHARS
        ]
        if near:
            _, cc, code = min(near)
            return cc, code
        found_countries = {f.city.country_code for f in self.found.values()}
        options = self.countries or found_countries
        if len(options) == 1:
            return next(iter(options)), None
        if len(found_countries) == 1 and found_countries <= self.countries:
            return next(iter(found_countries)), None
        # Every region and city the article names lies in one country, though it also
        # names others ("Russian forces shelled ... Kharkiv region"): the village is there.
        named_in = {cc for _, _, cc, _ in self.places}
        if len(named_in) == 1 and named_in <= self.countries:
            return next(iter(named_in)), None
        if self.main_country:
            return self.main_country, None
        # Else the country most of the places it names lie in ("the village of Stepnohirske"
        # in a story of Zaporizhzhia, Tokmak and Kyiv that also names Moscow).
        most = country_most_placed(self.places)
        return (most, None) if most else None
