"""Person names from capitalised word runs, by rules and lexicons (no statistical model).

A run becomes a person when, after dropping its title phrase ("French Defense Minister"),
what is left looks like a personal name (``person_names``) and something vouches for it
(``person_context``): a known given name first, a title or role in front ("Gen.",
"spokesman"), a speech verb after ("X told"), or a credit position (byline, "Reporting by",
a photo credit next to an agency). Runs holding an organisation, building or place word are
not people. All forms of one person in the article are then merged under the fullest one
(``person_merge``); lone surnames only count as mentions of a full name.
"""

from __future__ import annotations

import dataclasses
import re

from anyascii import anyascii

from app.domain import PersonMention
from app.extract.burmese_names import is_burmese_name, split_honorific
from app.extract.chunks import Chunk
from app.extract.demonyms import is_demonym, leading_peoples
from app.extract.ethiopian_names import is_ethiopian_name
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    FUNCTION_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    RUN_PARTICLES,
    TRANSLITERATED_COUNTRIES,
    english_compound,
    is_common_form,
    is_common_word,
    is_everyday_word,
    is_first_name,
)
from app.extract.lexicons import words as word_list
from app.extract.patronyms import patronymic_name
from app.extract.person_aliases import (
    AliasLink,
    alias_cue,
    alias_owner,
    fold_aliases,
    nickname_of_person_noun,
    quoted_nickname,
    real_name_cue,
)
from app.extract.person_asides import fate_past_aside
from app.extract.person_context import (
    PLACE_ONLY_PREPOSITIONS,
    SPEECH_VERBS,
    RunContext,
    age_word,
)
from app.extract.person_credits import inline_credit_end, inline_photo_credit
from app.extract.person_cues import (
    lone_name_cue,
    long_appositive,
    name_cue,
    name_given,
    name_shaped,
    owner_cue,
)
from app.extract.person_events import one_of_apposition, personal_of
from app.extract.person_exclusions import (
    facility_after,
    in_place_list,
    named_unit,
    names_body,
    place_or_group_context,
    places_people_live,
)
from app.extract.person_kin import kin_by_pronoun, kin_owner, kin_pairs, pronoun_kin_pairs
from app.extract.person_lists import (
    chain_lists,
    comma_partners,
    given_name_lists,
    listed,
    single_bounds,
)
from app.extract.person_merge import merge_people
from app.extract.person_names import (
    KUNYA,
    LONE_BODIES,
    MAX_RUN_WORDS,
    NAME_HEADS,
    drop_slogan,
    drop_trailing_acronym,
    drop_trailing_month,
    drop_trailing_sentence_word,
    group_name,
    hyphenated_modifier,
    name_core,
    nisba,
    normalise_caps,
    not_a_name,
    split_repeats,
    word_surname,
)
from app.extract.person_ranks import rank_prefix, ranked_name_ok
from app.extract.person_titles import JURISDICTION_TITLES, split_title
from app.extract.person_vouching import (
    agency_in_credit,
    drop_agency,
    may_be_coordinated,
    vouched_for,
)
from app.extract.place_phrases import byline_dateline_start, direction_from
from app.extract.place_variants import spells_a_place
from app.extract.surname_shapes import surname_shaped_name
from app.extract.transliteration import fold
from app.extract.village_district import village_then_town
from app.extract.wire_credits import wire_credit_role

__all__ = ["PersonFinder", "person_key"]

# The mark before a photo credit's name inside text: "REUTERS/X", "Photo: X/Reuters".
_CREDIT_MARKS = frozenset([("/",), (":",)])
# "Posted by:Fred", "Photos by Ahmed": a given name alone is the credit's whole name.
_BY_LAST = frozenset([("by",), (":",)])
_FOREIGN_BY = frozenset(["Par", "Por"])  # opening a byline line (``clean._CREDIT_LINE``)
# Connectives that open a sentence, written without the comma ("Meanwhile Juan Santos said",
# "Later Ahmed Ali told reporters"): capitalised only as the sentence's first word, they are
# no part of the name after them.
_SENTENCE_CONNECTIVES = word_list(
    """
meanwhile however separately later also then now still moreover furthermore additionally
besides likewise similarly nevertheless nonetheless instead otherwise thus hence accordingly
consequently subsequently afterwards eventually finally initially previously recently
currently earlier so yet
"""
)
# A one-word run in capitals this short, outside credits, is an acronym ("NAK", "ISPR").
_ACRONYM_LEN = 4
# Suffixes that follow a name after a comma: never a person by themselves.
_NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# A place this big as the whole candidate is a place ("Abu Dhabi"), not a kunya.
_PLACE_NOT_PERSON_POP = 1000
# "Official Baku": a city this big after the lone word "official" is its government.
_OFFICIAL_CITY_POP = 15000
# "in X and Y": the preposition, one to three words of X, the conjunction (``_coordinated_place``).
_COORDINATED_MIN = 3
_COORDINATED_WORDS = 3
# Particles that join a place's run but not a person's particles (lexicons.RUN_PARTICLES).
_PLACE_ONLY_PARTICLES = RUN_PARTICLES - PARTICLES
# Titles that are also the pilgrimage's name ("during Hajj"): a lone place after them is one.
_PILGRIMAGE_TITLES = frozenset(["hajj", "hadj"])
# A first word naming a place this big opens a place's name, not a person's ("Khartoum
# Bahri"); given names are also the names of many villages, hence the size.
_TOWN_POP = 100_000


def person_key(name: str) -> str:
    """Identity of a person across the archive: accents, case, punctuation folded."""
    text = anyascii(name).lower()
    text = re.sub(r"[’'`.]", "", text)
    return re.sub(r"[\s\-]+", " ", text).strip()


def _settlement_follows(chunk: Chunk) -> bool:
    """ "besieged Geidam town", "Damboa village was razed": a lone word the text closes with
    a lower-case settlement word names the place, so it is no mention of a person named
    after it ("Ali Kolo Geidam", the town's council chairman; cities48)."""
    return chunk.after[:1] in _SETTLEMENT_CLOSERS


# The settlement words that close a place's name after it, in lower case ("Geidam town").
_SETTLEMENT_CLOSERS = frozenset([("town",), ("village",), ("city",)])


def _speaker_follows(chunk: Chunk) -> bool:
    """ "Al-Shabaab seized X, Mohamed Hussein told VOA": after the comma a name and a speech
    verb make a new clause; the run before is no item of a list of people."""
    after = chunk.wide_after
    if after[:1] != (",",):
        return False
    k = 1
    while k < len(after) and after[k][:1].isupper():
        k += 1
    if k == 1 or k >= len(after):
        return False
    if after[k] == "," and after[k + 1 : k + 2] in (("a",), ("an",), ("the",)):
        # "..., Mohamed Hussein, a local elder, said": the speaker's apposition between
        k = next((j + 1 for j in range(k + 2, len(after)) if after[j] == ","), len(after))
    return k < len(after) and after[k].lower() in SPEECH_VERBS


# Arabic words that open armed groups' names ("Jabhat Fath al-Sham", "Jaish al-Islam",
# "Liwa al-Quds"): after them the rest of the run is the group's name, whatever precedes.
_GROUP_OPENERS = frozenset(
    ["jabhat", "jaish", "liwa", "kataib", "harakat", "ahrar", "hizb", "hayat", "tahrir"]
    + ["faylaq", "jund", "saraya"]
)

# Words before a "VILLAGE DISTRICT" address ("from Barpora Pulwama").
_ADDRESS_CUES = frozenset((w,) for w in ["from", "at", "in", "near", "of"])


class PersonFinder:
    """Collects candidates over an article's chunks, then merges them."""

    def __init__(self, gaz: Gazetteer, countries: frozenset[str] | set[str] = frozenset()) -> None:
        self.gaz = gaz
        # Countries the article names where place names are transliterated: a run that is
        # another spelling of a place there ("Maaret al-Numan") is no person.
        self.variant_countries = set(countries) & TRANSLITERATED_COUNTRIES
        # Burmese names have no given-name list to vouch for them (``burmese_names``).
        self.burmese = "MM" in countries
        self.countries = frozenset(countries)
        self.full: list[tuple[tuple[str, ...], Chunk]] = []
        self.singles: list[tuple[str, Chunk, bool]] = []  # (word, chunk, titled)
        self.spans: set[tuple[int, int]] = set()  # (line_no, token start) used by persons
        self.maybe: list[tuple[tuple[str, ...], Chunk]] = []
        self.bounds: set[tuple[int, int]] = set()  # accepted runs: (line, start), (line, -end)
        # Names the article itself shows to be a place or a group ("the Salah al-Din
        # district"): one sense per article, so their other mentions are no person either.
        self.not_persons: set[str] = set()
        # One-word names the article gives a body ("the news agency Wafa", "the security
        # firm Ambrey"): its lone mentions elsewhere ("Wafa reported") are the body too.
        self.bodies: set[str] = set()
        # Given names the article gives a place after a title word ("the Imam Ali mosque"):
        # (title, name), folded; "Imam Ali" is that place again, "Ali" alone may be a man.
        self.titled_places: set[tuple[str, str]] = set()
        self.cue_roles: dict[int, str] = {}  # lines ``person_cues`` found to be credits
        self.listed: list[tuple[tuple[str, ...], Chunk]] = []  # runs in comma lists
        # Name-shaped runs nothing vouched for ("former prime minster Ariel Henry"): one is
        # a person when the article names its last word alone as one ("Henry said").
        self.unvouched: list[tuple[tuple[str, ...], Chunk]] = []
        self.alias_links: list[AliasLink] = []  # "Rizwan alias Jindaal" (``person_aliases``)
        # Where the items of a list of places end ("villages: Gidan Kaso, Dan Dambo and
        # ..."): the list goes on past the words ``in_place_list`` reads back.
        self.place_items: set[tuple[int, int]] = set()
        # Runs named as another's relative ("X, son of Y"): (run, the other's last word).
        self.kin: list[tuple[tuple[str, ...], Chunk, str]] = []
        self.pronoun_kin: list[tuple[tuple[str, ...], Chunk]] = []  # "his son, X"
        self.last_line = -1  # the last line fed: a page cut short stops there
        # Per-process memos of what a run's words alone decide (``split_title``,
        # ``_name_shape``), taken once an article (``gaz.memo`` clears them when big).
        self.split_cache = gaz.memo("split_title")
        self.shape_cache = gaz.memo("name_shape")

    def feed(self, chunk: Chunk, credit_line: bool) -> None:
        """Take the names in one run (a run may hold several, see ``split_repeats``)."""
        self.last_line = max(self.last_line, chunk.line_no)
        if (
            chunk.before[-1:] in _CREDIT_MARKS
            and len(chunk.words) >= 2
            and (parts := self._inline_credit(chunk)) is not None
        ):
            for piece in parts:
                self.feed(piece, credit_line)
            return
        if chunk.list_sentence:
            chunk = dataclasses.replace(chunk, title_case_line=False)  # a list of names
        if len(chunk.words) >= 3 and len(drop_trailing_month(list(chunk.words), chunk.after)) < len(
            chunk.words
        ):
            chunk = dataclasses.replace(  # "by Martin Fornusek March 26, 2025"
                chunk,
                toks=chunk.toks[:-1],
                words=chunk.words[:-1],
                after=(chunk.words[-1], *chunk.after),
            )
        if cut := byline_dateline_start(chunk.words, chunk.before, chunk.after):
            # "By Saud Mehsud DERA ISMAIL KHAN, Pakistan (Reuters) -": a flattened byline
            # runs into the dateline's place, written in capitals; the place is left to the
            # city finder
            chunk = dataclasses.replace(
                chunk,
                toks=chunk.toks[:cut],
                words=chunk.words[:cut],
                after=(*chunk.words[cut:], *chunk.after),
            )
            credit_line = True  # the byline's name, however long the flattened line
        words = [w for w in chunk.words if w != "|"]
        if words and _glued_hour(words[-1], chunk.after):
            # persons24: "Oleg Davygora18:23, 01/03/24": a byline glued to its time stamp
            words[-1] = words[-1].rstrip("0123456789")
        if not credit_line and (role := wire_credit_role(chunk)):
            credit_line, self.cue_roles[chunk.line_no] = True, role  # "Haro Chakmakjian, AFP"
        if credit_line:
            if len(words) >= 3 and words[0] in _FOREIGN_BY:
                words = words[1:]  # "Par Atia T. AZOHNWI": a French or Spanish byline's "by"
            words = drop_agency(words)  # "By DÁNICA COTO Associated Press"
            words = self._drop_filing_place(words, chunk)
        if (hailed := drop_slogan(words)) is not words:
            # "Free Azov", "LONG LIVE FRN": a banner's call, and what it hails is no town
            words = hailed
            self.spans.update((chunk.line_no, t.start) for t in chunk.toks)
        if not words or (len(words) == 1 and words[0].lower() in FUNCTION_WORDS):
            return  # "The", "In": a capitalised sentence opener
        if len(words) >= 3 and not credit_line and _person_modifier(words[0]):
            # "Australian-trained Alfredo Reinado", "British-born Mohammed Emwazi": the
            # modifier describes the person whose name follows it
            words = words[1:]
        elif len(words) >= 3 and not credit_line and (k := leading_peoples(words, self.gaz)):
            # "Singaporean Abdullah Ali", "Sarawakian Bernard Thien", "Bosnian Serb Ratko
            # Mladic": the nationality or people describes the person named after it
            words = words[k:]
        elif (
            len(words) >= 3
            and chunk.sent_start
            and not chunk.title_case_line
            and words[0].lower() in _SENTENCE_CONNECTIVES
        ):
            words = words[1:]  # "Meanwhile Juan Santos said": the sentence's connective
        if len(words) > 1:
            for start in range(0, len(words), MAX_RUN_WORDS):
                for part in split_repeats(words[start : start + MAX_RUN_WORDS]):
                    self._take(part, chunk, credit_line)
        else:
            self._take(words, chunk, credit_line)

    def _inline_credit(self, chunk: Chunk) -> tuple[Chunk, Chunk] | None:
        """ "2013. REUTERS/Bassam Khabieh Assads officials said": a photo credit inside
        flattened text, and the next sentence's first words run into it; the credited
        name and the rest (a new sentence), or None."""
        if not inline_photo_credit(chunk):
            return None
        k = inline_credit_end(chunk, self._sentence_word)
        if k >= len(chunk.words):
            return None
        name = dataclasses.replace(
            chunk,
            toks=chunk.toks[:k],
            words=chunk.words[:k],
            after=(*chunk.words[k:], *chunk.after)[:4],
        )
        rest = dataclasses.replace(
            chunk,
            toks=chunk.toks[k:],
            words=chunk.words[k:],
            before=(".",),
            wide_before=(".",),
            sent_start=True,
            after_possessive=False,
        )
        return name, rest

    def _sentence_word(self, word: str) -> bool:
        """A word that opens a sentence after a credited name rather than ending the name:
        a country or its people, an English word that is no given name ("Rebels"), a town
        of some size ("REUTERS/Khalil Ashawi Aleppo was shelled")."""
        return (
            fold(word) in self.gaz.country_forms
            or (is_everyday_word(word) and not is_first_name(word))
            or (
                not is_first_name(word)
                and any(p.population >= _TOWN_POP for p in self.gaz.lookup(word))
            )
        )

    def _drop_filing_place(self, words: list[str], chunk: Chunk) -> list[str]:
        """A byline's "From" and the city it was filed from, run into the name: "From Tunde
        Okafor Maiduguri" (``bare_bylines``). Only a town of some size is cut: a surname
        may be a village's name."""
        if words[:1] == ["From"] and not chunk.before:
            words = words[1:]
        # The place is cut only after a name of two words: "By" opens the run and is no
        # word of the name ("By Sarah Preston": Preston is her surname, not the place).
        lead = 1 if words[:1] and words[0].lower() == "by" else 0
        if len(words) - lead >= 3 and not chunk.after:
            places = self.gaz.lookup(words[-1])
            if places and max(p.population for p in places) >= _TOWN_POP:
                words = words[:-1]
        return words

    def _titled_place(self, word: str, chunk: Chunk) -> bool:
        """``word`` follows the title word the article made part of a place's name."""
        if not self.titled_places or word not in chunk.words:
            return False
        i = len(chunk.words) - 1 - chunk.words[::-1].index(word)
        return i > 0 and (fold(chunk.words[i - 1]), fold(word)) in self.titled_places

    def result(self, credit_roles: dict[int, str] | None = None) -> list[PersonMention]:
        """The article's persons; ``spans`` then also holds the lone words merged in."""
        self._coordinated()
        left = [
            r
            for r in self.listed + self.maybe
            if (r[1].line_no, r[1].toks[0].start) not in self.bounds and not _speaker_follows(r[1])
        ]
        # One sense per article: "the private security firm Ambrey" is no "Ambrey said".
        singles = [
            (w, ch, titled or self._and_partner(w, ch))
            for w, ch, titled in self.singles
            if fold(w) not in self.bodies
            and not self._titled_place(w, ch)
            and not (not titled and _settlement_follows(ch))
        ]
        singles = given_name_lists(singles, self.gaz)
        # A list is read until nothing changes: a name taken on one side of a comma vouches
        # for its neighbours, whether they are one word ("Temoor") or more ("Ali Shah").
        lone: set[tuple[int, int]] = set()
        while True:
            singles = chain_lists(singles, self.gaz, self.bounds, lone)
            grown = single_bounds(singles) - lone
            lone |= grown
            taken = comma_partners(left, self.bounds | lone)
            for name, chunk in taken:
                self._accept(name, chunk)
                left.remove((name, chunk))
            if not taken and not grown:
                break
        self._confirmed_by_surname(singles)
        full = [(n, ch) for n, ch in self.full if fold(" ".join(n)) not in self.not_persons]
        roles = {**self.cue_roles, **(credit_roles or {})}
        mentions, claimed = merge_people(
            full,
            singles,
            roles,
            kin_pairs(self.kin, full) | pronoun_kin_pairs(self.pronoun_kin, full),
            self.last_line,
        )
        self.spans |= claimed
        return fold_aliases(mentions, self.alias_links)

    def _confirmed_by_surname(self, singles: list[tuple[str, Chunk, bool]]) -> None:
        """A full name nothing vouched for is the person the article later names by the
        surname alone ("Officials said Ariel Henry resigned ... Henry said", "Released
        woman Shurouq Duwiyat arrived ... Duwiyat told reporters"): a lone word is only
        taken as a person on a title's or a sentence's word, and that word then vouches
        for the fuller form. The name is read from its first given name or word that is
        no everyday English word nor capitals ("Ombudsman Dmytro Lubinets", "VP Riek
        Machar")."""
        confirmed = {fold(w.split()[-1]) for w, _ch, vouched in singles if vouched}
        if not confirmed:
            return
        # A form the article already names ("Bashar al-Assad") gains nothing from another
        # spelling of it ("Defiant Bashar al Assad speaks out").
        named = {fold(" ".join(n)) for n, _ch in self.full}
        for name, chunk in self.unvouched:
            if fold(name[-1]) not in confirmed:
                continue
            found = _name_from_given(name)
            if not found or fold(found[0]) in confirmed:
                continue  # "Noha Samira was relieved": two people, a comma lost
            if fold(" ".join(found)) in named:
                continue
            if fold(" ".join(found)) in self.not_persons or self._names_a_place(
                list(found), found[0]
            ):
                continue
            places = self.gaz.lookup(" ".join(found))
            if places and max(p.population for p in places) >= _PLACE_NOT_PERSON_POP:
                continue  # "strikes on Khan Younis ... Younis told": a town, however spelt
            if (chunk.line_no, chunk.toks[0].start) in self.bounds:
                continue  # taken since, in a list
            self._accept(found, chunk, len(name) - len(found))

    def _vouched_word_surname(self, core: list[str], chunk: Chunk, ctx: RunContext) -> bool:
        """ "Colonel Robert Hall", "said Fiona Hill", "Jim Banks, a senator,": a surname that is
        also a place's or body's word (``word_surname``), which a title, a credit or a cue
        makes a person's; never in a Title Case headline, whose every word is capitalised."""
        return (
            word_surname(core)
            and (ctx.credit or not chunk.title_case_line)
            # "The Royal Albert Hall said": words before the name that are no title
            and (ctx.strict or ctx.credit or (ctx.vouched and not ctx.head))
            and not not_a_name(core, self.gaz, word_surname=True)
        )

    def _take(self, words: list[str], chunk: Chunk, credit_line: bool) -> None:
        """Judge one run: a person, a lone word kept for merging, a maybe, or nothing."""
        if unit := named_unit(words):
            self.not_persons.add(fold(" ".join(unit)))  # the "X Front" names a unit
            return
        aged = len(words) >= 2 and age_word(words[0])
        if aged:
            words = words[1:]  # "Thirty-seven-year-old Ahmad bin Abdul Wahab" opens a sentence
        head, name = split_title(words, chunk, self.gaz, self.split_cache)
        ranked = rank_prefix(words)  # "Private Class Yinda Bobekreo" (``person_cues``)
        # A hyphenated rank split_title also knows ("Sergeant-Chief") still takes the whole
        # name after it: the title-case cut at a verb-like word ("Divine") is for headlines.
        hyphen_rank = bool(head) and ranked == len(head) and "-" in head[-1]
        if (ranked > len(head) or hyphen_rank) and ranked_name_ok(
            words[ranked:], chunk.title_case_line
        ):
            head, name = words[:ranked], words[ranked:]
        honorific: list[str] = []
        if self.burmese:
            # "U Win Tin", "Daw Aung San Suu Kyi", and after a title ("President U Win Myint")
            honorific, name = split_honorific(name)
            head = [*head, *honorific]
        if name and name[0] in _PLACE_ONLY_PARTICLES:
            return  # "Ukrainians do Zelensky no favours": the verb, no "do Zelensky"
        if self._official_city(head, name, chunk.before):
            self.not_persons.add(fold(name[0]))
            return  # "Official Baku denied it", "a reply from official Tbilisi": a government
        if not name or len(name) > 5:
            return
        ctx = RunContext(chunk, head, credit_line)
        if honorific:
            ctx.strict = True
        if aged and not head:
            ctx.described = True
        if not head and ctx.named_in_quotes:
            ctx.strict = True  # 'identified only as "Lalo Mantecas"'
        if (ranked == len(head) and ranked) or (not head and alias_cue(ctx.before)):
            ctx.strict = True  # a rank, or "alias": only people have noms de guerre
        wire = credit_line and wire_credit_role(chunk)
        if wire:
            ctx.credit = True  # "... 2017. Froilan Gallardo, Reuters" ends a caption
        if not (ctx.strict or ctx.credit) and _the_body_acts(head, chunk):
            # persons24: "the Verkhovna Rada said", "the Knesset voted": no one is "the X"
            # before a verb; the run is a body's name, and so is the bare word later
            if len(name) == 1:
                self.bodies.add(fold(name[0]))
            self.not_persons.add(fold(" ".join(name)))
            return
        if (
            head
            and head[-1].lower() in ORG_WORDS
            # "the commander of the Jabhat Fath al-Sham": a group's name opens with the word
            and (not ctx.strict or len(name) == 1 or fold(head[0]) in _GROUP_OPENERS)
            # "the former leader of Iran's Quds Force Qassem Suleimani", "member of the
            # Kurdish National Council Mustafa Sino said": a body's name, then a full name
            # that opens with a given name (no kunya: "Islamic State Abu Bakr")
            and not (
                # persons24: "the head of the President's Office Andriy Yermak": the
                # owner's possessive opens the body's name before its one word
                (len(head) >= 2 or _owned_body(head, chunk))
                # an operation's name is no body's ("The Operation Linda Nchi campaign")
                and head[-1].lower() != "operation"
                and _named_after_body(name)
                # a place's name glued after a body's ("the Afghan National Army Musa
                # Qala garrison")
                and not self.gaz.lookup(" ".join(name))
            )
        ):
            # "Islamic State Abu Bakr" is not how names are written; after a title ("the
            # leader of Hayat Tahrir al-Sham") a lone word is the organisation's last word.
            if len(name) == 1 and not ctx.strict:
                self.bodies.add(fold(name[0]))  # "the News Agency Wafa": its name
            return
        if chunk.title_case_line and len(head) >= 2 and head[-1].lower() in PLACE_PREPOSITIONS:
            return  # "Gunmen Kill District Governor In Nangarhar": the title's place
        if chunk.title_case_line and len(head) >= 2 and _headline_town(head, name, self.gaz):
            return  # "Reveals The Date Of Liberation Of Mosul", "Army Will Enter Mosul"
        # "... on May 3. JUAN PEREZ (AFP)": the agency's acronym credits a photographer
        paren_credit = wire and chunk.after[:1] == ("(",)
        if not paren_credit and (
            self._place_item(chunk)
            or place_or_group_context(name, ctx.before, chunk, titled=bool(head))
        ):
            self.not_persons.add(fold(" ".join(name)))
            if not head and places_people_live(ctx.before):
                self.place_items.add((chunk.line_no, chunk.toks[-1].end))  # a list goes on
            if len(name) == 1 and not head and names_body(ctx.before, chunk.after):
                # "the security firm Ambrey", "according to Wafa news agency", "the rebel
                # coalition known as Seleka": "Wafa reported", "Seleka said" are the body.
                self.bodies.add(fold(name[0]))
            elif len(name) == 1 and head:
                # "the Sheikh Maqsoud area", "the village of Sheikh Mustafa": the title word
                # is the place's, and so it is in "Sheikh Maqsoud has been shelled". A given
                # name goes on naming people when the title is not before it ("the Imam Ali
                # mosque ... Ali, a shopkeeper, said").
                if is_first_name(name[0]):
                    self.titled_places.add((fold(head[-1]), fold(name[0])))
                else:
                    self.bodies.add(fold(name[0]))
            if facility_after(chunk.after):
                # "the Caño Limón oil pipeline" names a pipeline: no town either.
                self.spans.update((chunk.line_no, t.start) for t in chunk.toks)
            return
        name, shout, core, kunya, no_name = _name_shape(
            name, credit_line or ctx.credit, self.gaz, self.shape_cache
        )
        if owner := alias_owner(chunk):
            real = real_name_cue(chunk.wide_before)
            self.alias_links.append(AliasLink(owner, " ".join(name), real))
        if no_name and not self._vouched_word_surname(core, chunk, ctx):
            return
        if self._address(core, chunk, ctx):
            return  # "from Barpora Pulwama": a village and its district town
        if len(core) == 1 and fold(core[0]).rstrip(".") in _NAME_SUFFIXES:
            return  # "Carlito Galvez, Jr., chief of ...": the suffix of the name before
        if agency_in_credit(name, chunk, ctx.credit):
            return  # "FREDERIC PETRY/Hans Lucas via AFP", "Davit G. / NKR Infocenter / AFP"
        if chunk.title_case_line and not ctx.credit and all(map(is_common_form, core)):
            return  # "Opposition Leader Detained Amid Protests": headline words, no name
        if ctx.place_context and not (ctx.strict or ctx.credit):
            return  # "in Sulaiman al-Halabi", "near Salah al-Din": a place
        if shout and len(core) > 1 and all(len(w) <= 3 for w in core) and not ctx.credit:
            return  # "10:53 AM ET", "UN US": abbreviations in capitals, no name
        if len(core) == 1:
            if shout and len(core[0]) <= _ACRONYM_LEN and not (ctx.credit or chunk.title_case_line):
                return  # "NAK said", "ISPR said": an acronym in body text, not a name
            cue = (
                not ctx.strict
                and (
                    lone_name_cue(core[0], head, ctx.before, ctx.after, self.gaz)
                    or (not head and self._aged_name(core[0], ctx))
                    or (not head and one_of_apposition(chunk.wide_before, ctx.after))
                    # "Haradinaj, one of the most senior KLA leaders, is on trial"
                    or (not head and long_appositive(core[0], chunk.wide_after, self.gaz))
                    or (not head and quoted_nickname(chunk.wide_before))
                    # "a gang leader known as Vladimir": a given name needs no quotes
                    or (
                        not head
                        and is_first_name(core[0])
                        and quoted_nickname(chunk.wide_before, quoted=False)
                    )
                    # "the RSF commander, known as Hemedti": no dictionary word, no place
                    or (
                        not head
                        and not is_common_word(core[0])
                        and nickname_of_person_noun(chunk.wide_before)
                        and not chunk.toks[-1].possessive
                        and not self.gaz.lookup(core[0])
                    )
                    or (ctx.credit and ctx.before[-1:] in _BY_LAST and is_first_name(core[0]))
                    # "whose name he gave as simply Anas", "who gave only his first name,
                    # Ali,": the text says it is a name, so a namesake town abroad (Anas,
                    # Finland; Ali, India) does not count
                    or (
                        not head
                        and name_given(ctx.wide)
                        and name_shaped(core[0], self.gaz, named=is_first_name(core[0]))
                    )
                    # "Fatima's husband", "Salah's body": a given name owning what only a
                    # person has (``owner_cue``)
                    or (
                        not head
                        and is_first_name(core[0])
                        and owner_cue(core, chunk.toks[-1].possessive, ctx.after)
                    )
                )
            )
            self._take_single(name, core[0], chunk, ctx, shout, cue=bool(cue))
            return
        ok = (
            vouched_for(name, core, kunya, shout, chunk, ctx, self._owned(chunk))
            or (self.burmese and is_burmese_name(core))
            or (not head and not kunya and is_ethiopian_name(core))
            or (not head and not kunya and surname_shaped_name(core))
            or (not head and not kunya and self._patronymic(name, core, chunk))
            or (not head and not kunya and name_cue(core, ctx.before, ctx.after))
            # "Ohad Ben Ami, also taken from Kibbutz Be'eri, was kidnapped"
            or (
                not head
                and not kunya
                and fate_past_aside(core, ctx.before, chunk.list_after or chunk.wide_after)
            )
            or (not head and not kunya and one_of_apposition(chunk.wide_before, ctx.after))
            or (not head and quoted_nickname(chunk.wide_before, quoted=False))
            or (not kunya and owner_cue(core, chunk.toks[-1].possessive, ctx.after))
            or (
                not head
                and not kunya
                and not is_everyday_word(core[0])
                and personal_of(ctx.before, ctx.after, chunk.toks[-1].possessive)
            )
            or (not kunya and self._country_owned(name, core, chunk))
        )
        backed = ctx.strict or ctx.credit or ctx.vouched
        if ok and not backed and spells_a_place(name, self.gaz, self.variant_countries):
            return  # a spelling of a place in the article's countries ("Maaret al-Numan")
        if ok and not backed and self._coordinated_place(name, chunk):
            return  # "in Sangin and Musa Qala": the second place of "in X and Y"
        if ok and not backed and self._placed_by_direction(chunk):
            return  # "parts of Nad Ali, north-west of Lashkar Gah": a place placed by another
        if not ok:
            if not kunya and not chunk.title_case_line:
                self.unvouched.append((tuple(name), chunk))  # ``_confirmed_by_surname``
            if may_be_coordinated(name, core, kunya, chunk, ctx):
                self.maybe.append((tuple(name), chunk))  # "X and Y": decided in result()
            elif not kunya and listed(core, chunk):
                self.listed.append((tuple(name), chunk))  # "X, Y, Z" (``person_cues``)
            return
        if not ctx.strict and self._names_a_place(name, core[0]):
            return
        self._accept(tuple(name), chunk, len(head))

    def _take_single(
        self, name: list[str], word: str, chunk: Chunk, ctx: RunContext, shout: bool, cue: bool
    ) -> None:
        """A common word ("Carter", "Said") may still be the surname of someone named in
        full; it never starts a person of its own unless a title vouches for a name, or
        the sentence does for a word that is no place, no acronym and no English word
        ("Kyallu said", "Sarkozy cautioned", "Kyallu, who is now in..."), or a cue of
        person_cues does ("his son Saeed", "said Andriy, a drone pilot")."""
        # After a title only a word English text really uses stays a word ("General
        # Assembly", "President Elect"); a rare dictionary word there is a surname ("Mr
        # Machar", "opposition leader Machar": "machar" is in the big word list).
        common = is_everyday_word(word) if ctx.strict else is_common_word(word)
        # "Eye-witnesses said", "ISIS-Somalia said" (cities45)
        common = common or english_compound(word) or self._branch_of_country(word)
        strict = (ctx.strict or cue) and (
            not (common and not is_first_name(word))
            or alias_cue(ctx.before)  # noms de guerre are often words: "alias Bravo"
            or quoted_nickname(chunk.wide_before)  # 'a commander known as "Bravo"'
        )
        if strict and (
            (chunk.words[:1] and chunk.words[0].lower() in JURISDICTION_TITLES)
            # "after Hajj Mecca emptied": the pilgrimage, then its city, no "Hajj X"
            or (ctx.head and ctx.head[-1].lower() in _PILGRIMAGE_TITLES)
        ):
            # "IGP Kashmir", "SSP Srinagar": the title's jurisdiction, not a surname.
            strict = not (self.gaz.regions.lookup(word) or self.gaz.lookup(word))
        if not strict and not shout and not ctx.head and ctx.lone_cue and self._lone_name(word):
            strict = True
        self.singles.append((" ".join(name), chunk, strict))

    @staticmethod
    def _aged_name(word: str, ctx: RunContext) -> bool:
        """ "12-year-old Omar, his uncle said": an age before a given name that ends its noun
        phrase ("the 2000-year-old Roman colonnades" is no person)."""
        after = ctx.after[:1]
        return (
            bool(ctx.before)
            and age_word(ctx.before[-1])
            and is_first_name(word)
            and not (after and after[0].isalpha() and after[0].islower())
        )

    def _official_city(self, head: list[str], name: list[str], before: tuple[str, ...]) -> bool:
        """ "Official Baku denied any casualties", "drew a reply from official Tbilisi": the
        lone word "official" before a city of some size (no given name) is the city's
        government, the way post-Soviet English writes it; "official Ani Badalyan" and
        "Pentagon official Paris" (a given name) stay people (cities50)."""
        if len(name) != 1:
            return False
        if [w.lower() for w in head] != ["official"] and (head or before[-1:] != ("official",)):
            return False
        if is_first_name(name[0]):
            return False
        places = self.gaz.lookup(name[0])
        return bool(places) and max(p.population for p in places) >= _OFFICIAL_CITY_POP

    def _place_item(self, chunk: Chunk) -> bool:
        """An item of a list of places, read back to its opener or to the item before."""
        line, start = chunk.line_no, chunk.toks[0].start
        follows = chunk.before[-1:] in ((",",), ("and",)) and any(
            (line, start - gap) in self.place_items for gap in (2, 5, 6)
        )
        if follows or in_place_list(chunk.wide_before):
            self.place_items.add((line, chunk.toks[-1].end))
            return True
        return False

    def _owned(self, chunk: Chunk) -> bool:
        """The run follows the possessive of something that is no place ("Al Jazeera's",
        "the BBC's"; "Ukraine's Grace Period" is the country's)."""
        if not chunk.after_possessive or not chunk.before:
            return False
        owner = chunk.before[-1]
        return not (
            fold(owner) in self.gaz.country_forms
            or self.gaz.lookup(owner)
            or self.gaz.regions.lookup(owner)
        )

    def _country_owned(self, name: list[str], core: list[str], chunk: Chunk) -> bool:
        """ "Libya's Moammar Gadhafi": a country's possessive before two words or more that
        English does not use, which the gazetteer knows as no place ("Mozambique's Cabo
        Delgado" is a province, "Ethiopia's Bahir Dar" a city)."""
        if not chunk.after_possessive or not chunk.before or len(core) < 2:
            return False
        joined = " ".join(name)
        return (
            fold(chunk.before[-1]) in self.gaz.country_forms
            and not any(map(is_everyday_word, core))
            and not self.gaz.lookup(joined)
            and not self.gaz.regions.lookup(joined)
        )

    def _branch_of_country(self, word: str) -> bool:
        """ "IS-Somalia", "ISIS-Somalia", "AQ-Yemen": an acronym in capitals hyphenated to a
        country names a group's branch there, not a person (cities45)."""
        head, _, tail = word.partition("-")
        return 2 <= len(head) <= 5 and head.isupper() and fold(tail) in self.gaz.country_forms

    def _lone_name(self, word: str, far_villages: bool = False) -> bool:
        """A word that can stand alone for a person: "Hamas said", "Moscow said", "JEM
        said", "Officials said" and "Unicef said" are bodies, places and words
        (``far_villages``: a village abroad too small to be heard of does not count as a
        place, when "and" joins the word to a person's full name: "... Meloy Patpi, and
        Balong" in a Philippine story, Balong being a hamlet in Indonesia)."""
        return (
            len(word) >= 3
            and word[:1].isupper()
            and not word.isupper()
            and not word.endswith("ists")  # "the Maoists said", "Islamists": followers
            # only words English text uses, and inflections ("Warplanes continued"): "Machar
            # said" ("machar" is a rare word of the big list) is a surname
            and not is_everyday_word(word)
            and not (is_common_form(word) and not is_common_word(word))
            and not english_compound(word)  # "Passers-by said" (cities45)
            and not self._branch_of_country(word)  # "IS-Somalia claimed" (cities45)
            and fold(word) not in LONE_BODIES
            and fold(word) not in KUNYA | NAME_HEADS
            and not self._known_place(word, far_villages)
            and not self.gaz.regions.lookup(word)
            and not is_demonym(word, self.gaz)  # "a Peruvian terrorist group"
        )

    def _known_place(self, word: str, far_villages: bool) -> bool:
        places = self.gaz.lookup(word)
        if not far_villages:
            return bool(places)
        return any(
            p.country_code in self.countries or p.population >= _PLACE_NOT_PERSON_POP
            for p in places
        )

    def _address(self, core: list[str], chunk: Chunk, ctx: RunContext) -> bool:
        """ "militants from Barpora Pulwama": after a place preposition, a village and its
        district town (``village_district``); "neighborhood Vasik Harak told" stays a name."""
        return (
            not (ctx.strict or ctx.credit)
            and chunk.before[-1:] in _ADDRESS_CUES
            and bool(village_then_town(core, self.gaz, self.countries))
        )

    def _patronymic(self, name: list[str], core: list[str], chunk: Chunk) -> bool:
        """ "Abba Umar" (``patronyms``), in body text, opened by no town's name ("Khartoum
        Bahri")."""
        if chunk.title_case_line or not patronymic_name(name, core):
            return False
        places = self.gaz.lookup(core[0])
        return not (places and max(p.population for p in places) >= _TOWN_POP)

    def _coordinated_place(self, name: list[str], chunk: Chunk) -> bool:
        """ "operations in Nad Ali and Musa Qala", "near Sangin, Musa Qala": a run GeoNames
        holds as a place, joined by "and" or a comma to one to three capitalised words right
        after a place-only preposition, is the second place, whatever given name opens it
        (cities44); not when a speech verb follows ("in Kabul and Ali Ahmad said")."""
        before = chunk.wide_before
        if len(before) < _COORDINATED_MIN or before[-1] not in ("and", ","):
            return False
        k = len(before) - 2
        while k >= 0 and len(before) - 2 - k < _COORDINATED_WORDS and before[k][:1].isupper():
            k -= 1
        if k < 0 or k == len(before) - 2 or before[k].lower() not in PLACE_ONLY_PREPOSITIONS:
            return False
        if chunk.after[:1] and chunk.after[0].lower() in SPEECH_VERBS:
            return False
        return bool(self.gaz.lookup(" ".join(name)))

    @staticmethod
    def _placed_by_direction(chunk: Chunk) -> bool:
        """ "parts of Nad Ali, north-west of Lashkar Gah": a run set off by a comma before a
        direction, "of" and a place is placed there (cities44); not when a speech verb follows
        the aside ("Ali Khan, south-east of Kandahar, told reporters": a man placed; review23)."""
        after = chunk.wide_after
        if after[:1] != (",",) or not direction_from(after[1:]):
            return False
        close = next((k for k in range(4, min(len(after), 9)) if after[k] == ","), None)
        return (
            close is None
            or after[close + 1 : close + 2] == ()
            or (after[close + 1].lower() not in SPEECH_VERBS)
        )

    def _names_a_place(self, name: list[str], first: str) -> bool:
        """ "Abu Dhabi" is a city, not a kunya (checked when no given name opens the run);
        "Azad Kashmir" is a province whatever its first word ("the Azad Kashmir
        administration")."""
        if len(name) >= 2 and self.gaz.regions.lookup(" ".join(name)):
            return True
        # ... and "Bahir Dar" is a city, though "Bahir" is a given name and "Dar" an
        # English word (which ``person_vouching`` lets be a surname)
        phrase_like = len(name) == 2 and is_common_word(name[1])
        # "Rio do Sul", "Valea lui Mihai": a place's particle (no person's) inside the run
        place_particle = any(w in _PLACE_ONLY_PARTICLES for w in name[1:-1])
        # "Ed Daein", "Ed Debba", "Ed Dueim": Sudan's towns write the Arabic article "ed"
        # before a "d" (cities43); "Ed Davey", "Ed Sheeran" are no place's name
        article = len(name) == 2 and first == "Ed" and name[1][:1] == "D"
        if (
            fold(first) in KUNYA
            or not is_first_name(first)
            or phrase_like
            or place_particle
            or article
        ):
            places = self.gaz.lookup(" ".join(name))
            return bool(places) and max(p.population for p in places) >= _PLACE_NOT_PERSON_POP
        return False

    def _accept(self, name: tuple[str, ...], chunk: Chunk, head_len: int = 0) -> None:
        """Take the run as a person. Only the name's tokens are claimed: a place in the title
        phrase before it ("Defence spokesman in Srinagar Colonel Rajesh Kalia") is still
        there for the city finder."""
        self.full.append((name, chunk))
        if owner := kin_owner(chunk):
            self.kin.append((name, chunk, owner))
        elif kin_by_pronoun(chunk):
            self.pronoun_kin.append((name, chunk))
        self.bounds.add((chunk.line_no, chunk.toks[0].start))
        self.bounds.add((chunk.line_no, -chunk.toks[-1].end))
        words = [t for t in chunk.toks if t.text != "|"]
        for t in words[head_len:] if head_len < len(words) else chunk.toks:
            self.spans.add((chunk.line_no, t.start))

    def _and_partner(self, word: str, chunk: Chunk) -> bool:
        """ "the homes of Najeh and Hatem Tawfiq Emran": a lone word joined by "and" to a
        person's full name is a person too, when it is no place, body or English word (as
        a longer run is, ``_coordinated``)."""
        line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
        joined = (
            chunk.after[:1] == ("and",) and any((line, end + d) in self.bounds for d in (5, 6))
        ) or (
            chunk.before[-1:] == ("and",)
            and any((line, -(start - d)) in self.bounds for d in (5, 6))
        )
        return joined and " " not in word and self._lone_name(word, far_villages=True)

    def _coordinated(self) -> None:
        """'the two pilots Riafagat Khabibulin and Yevgeny Dolgin': a name-shaped run joined
        by 'and', or by a comma in a list, to an accepted person is a person too."""
        for name, chunk in self.maybe:
            line, start, end = chunk.line_no, chunk.toks[0].start, chunk.toks[-1].end
            # " and ", ", and " (not ", said ": "Troops took X, said Rami Abdel Rahman")
            near = (chunk.after[:1] == ("and",) or chunk.after[:2] == (",", "and")) and any(
                (line, end + d) in self.bounds for d in range(4, 8)
            )
            near = near or (
                chunk.before[-1:] == ("and",)
                and any((line, -(start - d)) in self.bounds for d in range(4, 8))
            )
            if _speaker_follows(chunk):
                continue  # "seized X, Mohamed Hussein told VOA": a clause ends at the comma
            # In a list: "Izz Addin al-Bulbul, Shadi Muhammad Zurub, 21, ..."
            near = near or (
                (chunk.after[:1] == (",",) and (line, end + 2) in self.bounds)
                or (chunk.before[-1:] == (",",) and (line, -(start - 2)) in self.bounds)
            )
            if near:
                self._accept(name, chunk)


# Prepositions that open a sentence before a name ("Like Radovan Karadzic, ..."): what
# follows may be two names run together, never a name described by the words before it.
_CLAUSE_PREPOSITIONS = frozenset(
    ["like", "unlike", "besides", "despite", "including", "among", "amid", "against"]
    + ["beside", "per", "via", "without", "within", "during", "except", "under", "over"]
)


def _name_from_given(name: tuple[str, ...]) -> tuple[str, ...] | None:
    """The run from its first word that may open a name, a given name or a word that is
    no everyday English word, past a title's word or capitals ("Ombudsman Dmytro
    Lubinets", "VP Riek Machar"); None after a preposition ("Like Noha Samira") or when
    only the last word is left."""
    for i, first in enumerate(name[:-1]):
        if first.lower() in _CLAUSE_PREPOSITIONS:
            return None
        if fold(first) in KUNYA or first.lower() in PARTICLES or first.isupper():
            continue
        if is_first_name(first) or not is_everyday_word(first):
            return name[i:]
    return None


_HOUR_GLUED = re.compile(r"^[A-Z][a-z’'-]*[a-z][0-2]?[0-9]$")


def _glued_hour(word: str, after: tuple[str, ...]) -> bool:
    """ "Davygora18" before ":23": a name's last word with the hour of a time stamp glued
    on, the minutes after the colon."""
    return (
        after[:1] == (":",)
        and len(after) > 1
        and after[1][:2].isdigit()
        and bool(_HOUR_GLUED.match(word))
    )


# What a body does in the news besides speaking ("the Rada voted", "the Knesset approved").
_BODY_ACTS = SPEECH_VERBS | word_list(
    "voted approved adopted passed ratified ruled decided rejected endorsed backed"
)


def _the_body_acts(head: list[str], chunk: Chunk) -> bool:
    """ "the Rada said", "The Verkhovna Rada voted": the article right before the run (or
    the last of the words read as the run's title: "The", "Melitopol The" in a line that
    lost its full stop) and a speech or decision verb right after it; a person's name
    takes no article ("the Assad regime said" names Assad through the noun after him)."""
    article = head[-1:] == ["The"] or (not head and chunk.before[-1:] in (("the",), ("The",)))
    return article and chunk.after[:1] != () and chunk.after[0] in _BODY_ACTS


def _owned_body(head: list[str], chunk: Chunk) -> bool:
    """A body's one word after its owner's capitalised possessive ("the President's
    Office", "the Prosecutor General's Office", "Ukraine's Navy"): the possessive cut the
    body's name off the run, which then holds only the name's last word."""
    return (
        len(head) == 1
        and chunk.after_possessive
        and bool(chunk.before)
        and chunk.before[-1][:1].isupper()
    )


def _named_after_body(name: list[str]) -> bool:
    """A full name glued after a body's name of two words or more: a given name that is no
    English word, then one or two name words that are no English words, inflections
    included, nor a body's ("Quds Force Qassem Suleimani"; not "Observatory Assad
    Warplanes", "Islamic State Abu Bakr", and not four words, two people run together)."""
    first = name[0]
    return (
        2 <= len(name) <= 3
        and is_first_name(first)
        and fold(first) not in KUNYA
        and not is_everyday_word(first)
        and not any(is_common_form(w) or w.lower() in ORG_WORDS for w in name[1:])
    )


def _name_shape(
    name: list[str], credit: bool, gaz: Gazetteer, cache: dict
) -> tuple[list[str], bool, list[str], bool, bool]:
    """(the name without a trailing acronym or sentence word, in its usual case; whether it
    was in capitals; its core; whether it is a kunya; whether it is no name at all), read
    from the name's words alone: remembered per process, the same names recur."""
    key = (tuple(name), bool(credit))
    hit = cache.get(key)
    if hit is None:
        name = drop_trailing_acronym(name, credit)
        name, shout = normalise_caps(drop_trailing_sentence_word(name))
        core, kunya = name_core(name)
        no_name = not_a_name(core, gaz, nisba(name)) or group_name(name)
        hit = cache[key] = (tuple(name), shout, tuple(core), kunya, no_name)
    return list(hit[0]), hit[1], list(hit[2]), hit[3], hit[4]


def _person_modifier(word: str) -> bool:
    """A hyphenated modifier that describes a person ("British-born", "Australian-trained",
    "Kremlin-backed", "Pro-Russian"), not one that describes a place or a group after it
    ("Russian-occupied Nova Kakhovka", "Al-Qaeda-linked Jamaat Nusrat al-Islam")."""
    head, _, tail = word.rpartition("-")
    return hyphenated_modifier(word) and (
        tail.lower() in _PERSON_TAILS or head.lower() in ("pro", "anti")
    )


# Tails of hyphenated modifiers said of people: birth, schooling, sponsors, office, fate.
_PERSON_TAILS = frozenset(
    ["born", "bred", "raised", "trained", "educated", "schooled", "backed", "installed"]
    + ["appointed", "elected", "sanctioned", "exiled", "jailed", "detained", "imprisoned"]
    + ["ousted", "deposed", "wanted", "indicted", "convicted", "speaking"]
)


# A town this big after a headline's function word is the headline's place (cities47).
_HEADLINE_TOWN_POP = 15_000


def _headline_town(head: list[str], name: list[str], gaz: Gazetteer) -> bool:
    """A Title Case headline's phrase ending in a function word ("... The Date Of
    Liberation Of", "Minister Says Army Will") that ``split_title`` took for a title, then
    a town's name, after a verb of the headline too ("Enter Mosul"): the headline's place,
    no title-holder (cities47)."""
    if head[-1].lower() not in FUNCTION_WORDS:
        return False
    tail = name[1:] if len(name) > 1 and is_common_form(name[0]) else name
    return any(c.population >= _HEADLINE_TOWN_POP for c in gaz.lookup(" ".join(tail)))
