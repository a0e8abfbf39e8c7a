"""What the words around a capitalised run say about it, for person finding.

Cues vouch for a person: a title or role in front ("Gen.", "spokesman"), a speech verb after
("X told") or before ("..., said X,"), a role after (", a mother of five") or a credit
position (byline, "Reporting by", a photo credit next to an agency). Other contexts make the
run a place or a group whatever its shape: "the town of X", "the newspaper X", "X
neighbourhood", "X (HTS)".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from app.extract.chunks import Chunk
from app.extract.lexicons import (
    DIRECTIONS,
    FUNCTION_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_TYPE_AFTER,
    SETTLEMENT_WORDS,
    STRICT_TITLES,
    TITLE_WORDS,
)
from app.extract.lexicons import words as _words
from app.extract.person_credits import credit_position

SPEECH_VERBS = _words(
    """
said says told added stated explained wrote noted warned claimed insisted argued
announced confirmed denied urged called acknowledged asked replied continued recalled
estimated cautioned vowed pledged stressed emphasised emphasized reiterated admitted
declared assured
"""
)
ROLE_WORDS = STRICT_TITLES | _words(
    """
spokesman spokeswoman spokesperson official commander activist resident witness analyst
expert researcher member head leader chief founder director officer soldier fighter
militant lawmaker politician minister envoy adviser advisor aide negotiator doctor nurse
student teacher father mother son daughter brother sister wife husband photographer
journalist reporter correspondent editor writer professor pilot victim cameraman
photojournalist colleague lawmaker consultant lawyer attorney economist scholar
engineer farmer trader driver fisherman shopkeeper vendor medic paramedic surgeon worker
volunteer survivor eyewitness villager refugee detainee prisoner hostage defector
protester demonstrator candidate representative secretary administrator manager
chairman chairwoman president deputy governor mayor agent superintendent inspector
priest pastor imam cleric elder chieftain ruler monk nun abbot novice boy girl child
warlord bomber kidnapper commissioner legislator councillor councilor chairperson delegate
schoolteacher headmaster headteacher headmistress pharmacist midwife electrician watchman
accountant civilian teenager pensioner retiree grandmother grandfather dentist physician
veterinarian prosecutor magistrate gendarme conscript cadet pupil schoolboy schoolgirl
constable policeman policewoman trooper sepoy gunner sailor guard ranger friend neighbour
neighbor lodger tenant housewife shepherd herder labourer laborer
guide translator interpreter fixer smuggler miner herdsman pastoralist mechanic
preacher ideologue lecturer singer musician artist poet blogger businessman businesswoman
tycoon actor actress footballer athlete figure
"""
)
# persons21: "junta critic X", "Kremlin critic X", "satirist X", "the filmmaker X": people
# described by what they say or make.
ROLE_WORDS |= _words("critic satirist filmmaker novelist campaigner commentator columnist")
# cities44: "Omar Nasser, the village headman, said": a village's head.
ROLE_WORDS |= _words("headman")
# persons23: kin and partners ("Her fiance, Mark Smith,", "His widow, Faith Long,", "his
# nephew, Tom Wood,") and a citizen ("Romanian citizen X") name the person after them as a
# role does; "national" only in lower case after a nationality (``_national_of``), as
# "National Unity" and "National Conference" are no role.
ROLE_WORDS |= _words(
    """
fiance fiancee fiancé fiancée widow widower cousin nephew niece uncle aunt grandson
granddaughter stepson stepdaughter boyfriend girlfriend partner citizen
"""
)
# persons22: a role with a rank's or a former holder's prefix is the role ("Atai, an Abu
# Sayyaf sub-commander,", "X, the group's co-founder,", "Y, an ex-soldier,").
ROLE_WORDS |= frozenset(
    f"{prefix}-{role}" for prefix in ("sub", "co", "ex", "vice") for role in ROLE_WORDS
)


# People nouns a role list leaves out, for ``holds_role``.
_PEOPLE_NOUNS = _words("man men woman women youth youths native natives dweller dwellers")


def holds_role(words: Sequence[str]) -> bool:
    """The first word is a person's role or a people noun, singular or plural: after "a Maru
    town" it makes the town a modifier ("a Maru town resident", "a border town trader")."""
    if not words:
        return False
    w = words[0].lower()
    return w in ROLE_WORDS or w in _PEOPLE_NOUNS or (w.endswith("s") and w[:-1] in ROLE_WORDS)


def settlement_official(words: Sequence[str]) -> bool:
    """The words after an apposition's settlement noun end their phrase on a role: ", the
    town's mayor.", ", the village's police chief,", ", a city activist who": the run before
    the comma is the town's official, not the town. A role that does not end the phrase
    leaves the town ("Mai Kadra, the town's administrator said"; "Dahla, a village of
    farmers."): at most three lower-case words, no function word, then the phrase's end."""
    for k, w in enumerate(words[: _OFFICIAL_WORDS_MAX + 1]):
        if w in _OFFICIAL_PHRASE_END:
            return k > 0 and holds_role(words[k - 1 : k])
        if not (w.isalpha() and w.islower()) or w in FUNCTION_WORDS:
            return False
    return False


_OFFICIAL_WORDS_MAX = 3
_OFFICIAL_PHRASE_END = frozenset([",", ".", ";", ":", ")", "who"])


# Fighters named in apposition ("one of the suspected rebels, Zalimkhan Musaev, was
# captured"); before a name these words as often modify a group ("the rebel Free Syrian
# Army", a tag list's "rebels Handarat"), so they vouch only across the comma.
_FIGHTER_WORDS = _words("rebel rebels insurgent insurgents gunman gunmen jihadist jihadists bandit")
# "the movement (led by Gibril Ibrahim)": a leader's name follows these.
LEADER_VERBS = _words("led headed commanded chaired founded")
# Verbs that may stand before the speaker's name: '..., said Umm Khaled, a mother of five.'
INVERTED_SPEECH = _words("said says added explained continued noted wrote")
# "in X", "near X": a run right after these is a place ("in Sulaiman al-Halabi"), not a person.
PLACE_ONLY_PREPOSITIONS = _words("in near into toward towards outside inside across around")
# Nouns that introduce the name of a publication, group or thing, not a person.
MEDIA_NOUNS = _words(
    """
newspaper magazine daily weekly channel station broadcaster agency website site outlet
group party militia faction organisation organization company firm ship vessel operation
hotel brand network programme program show film book novel
"""
)


_T = TypeVar("_T")


class _cached(Generic[_T]):  # noqa: N801 - used as a decorator, like functools' own
    """``functools.cached_property`` without its lock: Python 3.11's takes an RLock on every
    first read, ~1% of extraction's CPU for the cues of each run, which no thread shares.
    Computed on first read, then stored in the instance's ``__dict__``, which later reads
    (and assignments such as ``ctx.strict = True``) find first."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class RunContext:
    """The cues around one run whose title phrase is ``head`` (empty when it has none).
    Each cue is read when first asked for: most runs are ruled out before they need all."""

    def __init__(self, chunk: Chunk, head: Sequence[str], credit_line: bool) -> None:
        self.chunk = chunk
        self.head = head
        self.credit_line = credit_line
        self.before = _drop_acronym(tuple([b.lower().strip(".") for b in chunk.before]), chunk)

    @_cached
    def after(self) -> tuple[str, ...]:
        return tuple(a.lower() for a in self.chunk.after)

    @_cached
    def strict(self) -> bool:
        """A title vouches: "Gen. X", "spokesman X", "Minister of Defence X"."""
        return _titled(self.head, self.before) or _national_of(self.head, self.chunk.before)

    @_cached
    def credit(self) -> bool:
        """A byline or photo credit position."""
        return credit_position(self.chunk, self.before, self.credit_line)

    @_cached
    def wide(self) -> tuple[str, ...]:
        return tuple(b.lower().strip(".") for b in self.chunk.wide_before)

    @_cached
    def vouched(self) -> bool:
        """Something other than a title or a credit vouches for a name: "X told", "...,
        said X,", "Her husband, Abu Ahmed, was held", "X, a mother of five"."""
        head, before, after = self.head, self.before, self.after
        return (
            _speech(head, before, after)
            or _role_after(after)
            or _role_before(head, before)
            or self.described
            or _far_role_after(self.chunk.wide_after)
        )

    @_cached
    def described(self) -> bool:
        """The sentence describes the run as someone: an age ("22-year-old X", "X, 73,"),
        "identified as X", an apposition to a role ("the mayor of Gao, X, said") or a
        relative clause (", who")."""
        before, after = self.before, self.after
        if _age(before, after) or (
            after[:1] in ASIDE_OPENERS
            and after[1:2] == ("who",)
            and (after[2:3] not in PLURAL_VERBS_AFTER_WHO or before[-1:] in (("and",), (",",)))
        ):
            return True
        # The wider context is read only where it can matter: most runs follow neither.
        last = before[-1:]
        if self.named_in_quotes:
            return True
        if last == ("as",):
            return _named_as(self.wide)
        if last and last[0] in _OPENING_QUOTES and before[-2:-1] in _CALLED_LAST:
            before, last = before[:-1], before[-2:-1]  # 'a militant called "Abu Hashem"'
        if last in _CALLED_LAST:  # "an army officer called X", "a fighter named X"
            return len(before) >= 2 and before[-2] in ROLE_WORDS
        if _name_part_given(self.wide) and not _name_origin(self.chunk.words):
            return True  # "whose surname was Zhao", "identified by his first name, Musa"
        if _self_named(self.wide, after, len(self.chunk.words)):
            return True  # "I am Britawit Arefayne.", "My name is Britawit Arefayne and"
        return last == (",",) and not self.head and _apposition(self.wide, after)

    @_cached
    def named_in_quotes(self) -> bool:
        """'identified only as "Lalo Mantecas"': a name a source gave for someone, quoted;
        it vouches as a title does, whatever its words ("named as" names operations too)."""
        before = self.before
        return (
            len(before) >= 2
            and before[-1] in _OPENING_QUOTES
            and before[-2] == "as"
            and "identified" in self.wide[-6:-2]
        )

    @_cached
    def lone_cue(self) -> bool:
        """Evidence that a lone capitalised word is a person's name: it speaks ("Kyallu
        said", "Sarkozy cautioned"), it names a ruler's government ("the Erdoğan government",
        "Assad loyalists"), or the sentence describes it as someone. Not after a
        place preposition: text without commas reads "an evacuee from Kafraya said" and
        "the Ministry of Awqaf announced"."""
        before = self.before
        if _ruler(before, self.after) or _followed(self.chunk, self.after):
            return True
        if _and_his(before, self.after):
            return True
        if before[-1:] == ("the",):
            return False  # "sources within the Vanni confirmed": a place's or group's name
        if before and (
            before[-1] in _LONE_PLACE_BEFORE
            or (before[-1] in DIRECTIONS and before[-2:-1] in _ONE_PLACE_BEFORE)
        ):
            return False  # also "Activists in eastern Ghouta said"
        return (
            _speech(self.head, self.before, self.after) or _role_after(self.after) or self.described
        )

    @_cached
    def place_context(self) -> bool:
        """ "in X", "near X": a place unless a title or credit says otherwise."""
        return not self.head and bool(self.before) and self.before[-1] in PLACE_ONLY_PREPOSITIONS


def _drop_acronym(before: tuple[str, ...], chunk: Chunk) -> tuple[str, ...]:
    """ "special police officer (SPO) Khushboo Jan": the role's acronym in brackets stands
    between the role and the name; the cues read the words before it."""
    if (
        len(before) >= 3
        and before[-1] == ")"
        and before[-3] == "("
        and chunk.before[-2].isupper()
        and len(chunk.before[-2]) >= 2
    ):
        wide = tuple(b.lower().strip(".") for b in chunk.wide_before)
        return wide[:-3] if wide[-3:] == before[-3:] else before[:-3]
    return before


def age_word(word: str) -> bool:
    """ "Thirty-seven-year-old", "22-year-old": an age, which only people are given."""
    return bool(_AGE_BEFORE.match(word.lower()))


def _titled(head: Sequence[str], before: tuple[str, ...]) -> bool:
    """A title in the run ("Gen. X"), a role just before it ("spokesman X"), or "Minister
    of Defence X"."""
    return (
        any(_strict_title(w.lower().strip(".")) for w in head)
        or (not head and bool(before) and before[-1] in ROLE_WORDS)
        # "Medic Yevhen treats ...", "Fighter Kiros, 22, said": a role opening the sentence
        or (len(head) == 1 and head[0].lower() in ROLE_WORDS)
        or (bool(head) and _title_of(before))
        # Philippine police grades: "Police Officer 2 Benierose Alvarez", "Senior Police
        # Officer 1 X" (the grade's number stands between the rank and the name)
        or (not head and len(before) >= 2 and _grade(before[-1]) and before[-2] in ROLE_WORDS)
    )


def _national_of(head: Sequence[str], before: Sequence[str]) -> bool:
    """ "South African national Christo Bothma", "a Swiss national X": the holder of a
    nationality, "national" in lower case after the capitalised nationality."""
    return (
        not head
        and len(before) >= 2
        and before[-1] == "national"
        and before[-2][:1].isupper()
        and before[-2].isalpha()
    )


def _title_of(before: tuple[str, ...]) -> bool:
    """ "Minister of Defence X", "the head of the Donetsk Regional Military Administration
    X": a title, "of" (and "the") before an organisation's name, then the person."""
    if before[-1:] == ("the",):
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _TITLES_OF


# "head" is a title only before "of": "the head of the regional administration X".
_TITLES_OF = STRICT_TITLES | _words("head")


def _grade(word: str) -> bool:
    return len(word) == 1 and word.isdigit()


def _strict_title(low: str) -> bool:
    """A title, hyphenated ranks included: "Lieutenant-General", "Rear-Admiral"."""
    return low in STRICT_TITLES or hyphenated_rank(low)


def hyphenated_rank(low: str) -> bool:
    """ "lieutenant-general", "rear-admiral", "vice-marshal": title words joined by hyphens."""
    parts = low.split("-")
    return (
        len(parts) > 1
        and all(p in TITLE_WORDS or p in _RANK_PARTS for p in parts)
        and any(p in STRICT_TITLES for p in parts)
    )


_RANK_PARTS = _words("rear vice lance staff ex sub")  # "ex-president", "Ex-Governor", "Sub-Lt"

# Rank abbreviations that Thai and other English-language papers write with a class digit
# glued on: "Sgt Maj1" (sergeant major first class), "Sgt Maj3".
_CLASS_RANKS = _words("sgt maj cpl pvt lt capt col")


def class_rank(low: str) -> bool:
    """ "maj1", "sgt2": a rank abbreviation with its class digit (1 to 3) glued on."""
    return len(low) >= 3 and low[-1] in "123" and low[:-1] in _CLASS_RANKS


def _speech(head: Sequence[str], before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """ "X told", or '..., said Umm Khaled, a mother of five.', or after a quote's end
    '", declared X, ...' (translated copy)."""
    return (bool(after) and after[0] in SPEECH_VERBS) or (
        bool(before)
        and (
            before[-1] in INVERTED_SPEECH
            or (before[-1] in _QUOTE_VERBS and before[-2:-1] in _QUOTE_ENDS)
        )
        and not head
        and (not after or after[0] in {",", ".", "|"})
    )


# Verbs that follow a quotation before its speaker only: '"...", declared X, the governor'.
_QUOTE_VERBS = _words("declared stated affirmed asserted")
_QUOTE_ENDS = frozenset([(",",), ("”",), ('"',), ("’",), ("'",)])


def _role_before(head: Sequence[str], before: tuple[str, ...]) -> bool:
    """ "the pilots X", "Her husband, Abu Ahmed, was held", "(led by X)"."""
    return not head and (
        (len(before) >= 1 and _role_noun(before[-1]))
        or (len(before) >= 2 and before[-1] == "," and before[-2] in ROLE_WORDS)
        or (len(before) >= 2 and before[-1] == "by" and before[-2] in LEADER_VERBS)
        # "under the command of Albader Parad", "the leadership of X"
        or (len(before) >= 2 and before[-1] == "of" and before[-2] in _COMMAND_NOUNS)
    )


_COMMAND_NOUNS = _words("command leadership")


def _role_noun(word: str) -> bool:
    """A role, its plural, or a compound ending on one ("sub-leaders", "ex-commander")."""
    return word.rstrip("s") in ROLE_WORDS or (
        "-" in word and word.rsplit("-", 1)[1].rstrip("s") in ROLE_WORDS
    )


def _role_after(after: tuple[str, ...]) -> bool:
    """ "X, a mother of five", "X, leader of the front"."""
    return (
        len(after) >= 3
        and after[0] == ","
        and after[1] in {"a", "an", "the"}
        and any(role_at(after, k) for k in range(2, len(after)))
    ) or (len(after) >= 3 and after[0] == "," and _bare_role_of(after))


# Role words that are adjectives too: "a civilian shelter", "the civilian toll" name no man.
_ADJECTIVE_ROLES = _words("civilian")


def role_at(words: Sequence[str], k: int, fold_case: bool = False) -> bool:
    """``words[k]`` is a role word (``fold_case``: in any case), not one that qualifies the
    lower-case noun after it ("Bucha, a civilian shelter there was hit" names a town; "X, a
    civilian, died" a man)."""
    word = words[k].lower() if fold_case else words[k].strip(".")
    return word in ROLE_WORDS and not (
        word in _ADJECTIVE_ROLES
        and words[k + 1 : k + 2]
        and words[k + 1].isalpha()
        and words[k + 1].islower()
    )


def _bare_role_of(after: tuple[str, ...]) -> bool:
    """ ", leader of", ", deputy governor of", ", official delegate of the governor": a
    role without an article, one lower-case word before it at most, then "of"/"for"/"at"
    (the role is the phrase's last word: "Kismayo, chief port of" names no one)."""
    for k in (2, 3):
        if (
            k < len(after)
            and after[k] in _OF_FOR
            and after[k - 1] in ROLE_WORDS
            and all(a.isalpha() and a.islower() for a in after[1:k])
        ):
            return True
    return False


_OF_FOR = _words("of for at")
# Words that end the apposition's noun phrase before a role is reached: a clause, or a
# place or a body whose role the words name ("Mai Kadra, the town's administrator").
_PHRASE_ENDS = _words("who whose which where that when while") | SETTLEMENT_WORDS | MEDIA_NOUNS
_PHRASE_ENDS |= PLACE_TYPE_AFTER


def _far_role_after(wide_after: tuple[str, ...]) -> bool:
    """ "Tranquil Florant, a 32-year-old homeopathic doctor", "X, the Nasir County
    commissioner, told": an apposition whose role, or an age, stands beyond the first words
    after the comma (``_role_after`` reads those); without an article, only names of places
    and bodies may stand before the role, which ends the phrase ("Agerie Getnet, Amhara
    housewife", "X, Djugu Red Cross Coordinator (Ituri)"). Only for names of two words or
    more: a lone word there is as often a place ("Goma, the provincial governor said")."""
    if len(wide_after) < 3 or wide_after[0] != ",":
        return False
    if wide_after[1].lower() not in _ARTICLES:
        return _bare_role_after(wide_after)
    settled = False
    for k, word in enumerate(wide_after[2:8], start=2):
        low = word.lower()
        if role_at(wide_after, k, fold_case=True) or _AGE_BEFORE.match(low):
            # "Mai Kadra, the town's administrator said": the place the phrase's owner is;
            # "X, the town's administrator, said": a comma closes a man's apposition
            return not settled or wide_after[k + 1 : k + 2] == (",",)
        if word.islower() and low in SETTLEMENT_WORDS and not settled:
            settled = True
            continue
        # a capitalised "County" belongs to a name: "the Nasir County commissioner"
        if not word[:1].isalnum() or (
            word.islower() and (low in FUNCTION_WORDS or low in _PHRASE_ENDS)
        ):
            return False
    return False


_ROLE_PHRASE_END = frozenset([",", ".", "(", ";", ")"])


def _bare_role_after(wide_after: tuple[str, ...]) -> bool:
    """ ", Amhara housewife,": capitalised names, then a role that ends the apposition."""
    for k, word in enumerate(wide_after[1:6], start=1):
        if word.lower() in ROLE_WORDS:
            return k >= 2 and (k + 1 == len(wide_after) or wide_after[k + 1] in _ROLE_PHRASE_END)
        if not word[:1].isupper():
            return False
    return False


_ARTICLES = _words("a an the")

_LONE_PLACE_BEFORE = PLACE_PREPOSITIONS | _words("of and & by")
_ONE_PLACE_BEFORE = {(w,) for w in _LONE_PLACE_BEFORE}
# A leader's name before these names the leader ("the Maduro government", "the Obama
# administration", "Assad loyalists"); a capital's or a region's does too ("the Kabul
# government"), which the gazetteer rules out.
_RULER_NOUNS = _words("regime regimes loyalists administration government presidency")


def _ruler(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    return (
        bool(after)
        and after[0] in _RULER_NOUNS
        and before[-1:] != ()
        and (before[-1] not in PLACE_PREPOSITIONS)
    )


# "by Assad and his militias", "killed Malik and his family", "Kiir and her deputy": a
# word joined to what "his" or "her" then owns is someone (a body's is "its", a people's
# "their"). Not after a place preposition ("killed in Zamzam and his family fled") nor a
# role's "of" ("the governor of Darfur and his deputy": the role's jurisdiction).
_HIS_HER = frozenset([("and", "his"), ("and", "her")])


def _and_his(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    if after[:2] not in _HIS_HER or (before and before[-1] in (PLACE_PREPOSITIONS | _PLACE_VERBS)):
        return False
    return not (before[-1:] == ("of",) and before[-2:-1] and before[-2] in ROLE_WORDS)


# Verbs whose object is a place, so "and his" opens the next clause: "Soldiers raided
# Zamzam and his tent was burned", "Militiamen stormed Kalma and his brother was shot"
# (review22; a camp or village GeoNames lacks). "killed/arrested/captured X and his" stay.
_PLACE_VERBS = _words("raided stormed shelled bombed bombarded overran besieged entered occupied")


# A commander's men: "Machar's forces", "Hemedti's troops" (a capital's or a group's are
# ruled out by the gazetteer and the lists of bodies). "troops loyal to X", "X's fighters"
# and "X's supporters" are no such cue: parties and militias are named there as often
# ("loyal to Islah", "Fano's fighters") and no list holds them all.
_FOLLOWER_NOUNS = _words("forces troops loyalists")


def _followed(chunk: Chunk, after: tuple[str, ...]) -> bool:
    return bool(after) and after[0] in _FOLLOWER_NOUNS and chunk.toks[-1].possessive


# "22-year-old Gusein Magomedov", "seven-year-old Irtiza Abbas"
_AGE_BEFORE = re.compile(r"^[a-z0-9]+(?:-[a-z]+)?-(?:year|month)s?-old$")
# "Ramziyya al-Abdul, 73, and ...": the tokeniser keeps a number's trailing comma.
_AGE_AFTER = re.compile(r"^(\d{1,3})[,.]?$")
_OLDEST = 110
_YEAR = re.compile(r"^(?:19|20)\d\d[,.;]?$")


def _age(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """An age before or after the run: only people's ages are given that way ("Aleppo, 30
    km away" has no comma after the number)."""
    if before and before[-1].endswith("-old") and _AGE_BEFORE.match(before[-1]):
        # "a 43-year-old Karen man", "90-year-old Erenga tribal leader X": a word before a
        # noun for someone is his people, not his name.
        return not (after[:1] and (after[0] in ROLE_WORDS or after[0] in _PEOPLE_NOUNS))
    if after[:3] == (",", "born", "in") and len(after) > 3 and _YEAR.match(after[3]):
        return True  # "Makhmoud Makhmoudov, born in 1979,"
    if len(after) < 2 or after[0] != "," or not (m := _AGE_AFTER.match(after[1])):
        return False
    return 0 < int(m.group(1)) <= _OLDEST and (
        after[1][-1] in ",." or after[2:3] in ((",",), (")",), ("and",))
    )


# Nouns a people's name modifies after an age ("a 30-year-old Fulani herdsman").
_PEOPLE_NOUNS = _words("man woman men women tribal tribesman tribesmen ethnic")
_CALLED_LAST = {("called",), ("named",)}
# "militias known as Janjaweed, who are accused of": a plural verb after "who" is a group's.
PLURAL_VERBS_AFTER_WHO = frozenset([("are",), ("were",), ("have",)])
# A relative clause opens after a comma or a dash ("Raad Hazem — who killed three Israelis
# — hailed from Jenin": a spaced dash sets the aside off as a comma does; ``cities49``).
ASIDE_OPENERS = frozenset([(",",), ("—",), ("–",), ("-",)])
_OPENING_QUOTES = frozenset(['"', "“", "‘", "'"])
# "identified as X", "gave her name as X" ("known as" names places and groups as often).
_NAMING = _words("identified named name names")


def _name_part_given(wide: tuple[str, ...]) -> bool:
    """The run is the part of a name the article was given: "whose surname was X", "his
    first name is X", "identified only by his family name, X"."""
    if wide[-1:] not in (("was",), ("is",), (",",)):
        return False
    if wide[-2:-1] == ("surname",):
        return wide[-3:-2] in _PERSON_OWNERS
    return (
        wide[-2:-1] == ("name",)
        and wide[-3:-2] in (("first",), ("last",), ("family",))
        and wide[-4:-3] in _PERSON_OWNERS
    )


_PERSON_OWNERS = frozenset([("whose",), ("his",), ("her",)])

# A witness naming herself at the start of a sentence: "I am Britawit Arefayne.", "My name
# is X and I am from Tigray" (a full name after "I am": "I am Muslim", "I am Charlie" are
# a faith and a slogan; the clause ends right after the name; a full stop before "I" is
# read as "", the wide context strips it).
_CLAUSE_OPENERS = frozenset(["", ".", "!", "?", ";", ":", '"', "“", "‘", "'", ","])
_SELF_NAME_AFTER = frozenset([".", ",", "and", ";", "!", "(", "—", "–"])


def _self_named(wide: tuple[str, ...], after: tuple[str, ...], n_words: int) -> bool:
    if after and after[0] not in _SELF_NAME_AFTER:
        return False
    if wide[-3:] == ("my", "name", "is"):
        opener = wide[-4:-3]
    elif wide[-2:] == ("i", "am") and n_words >= 2:
        opener = wide[-3:-2]
    elif wide[-1:] in (("i’m",), ("i'm",)) and n_words >= 2:
        opener = wide[-2:-1]
    else:
        return False
    return not opener or opener[0] in _CLAUSE_OPENERS


# What a name part is said to be besides a name: a language, script or faith ("whose surname
# is Arabic", "his last name is Hebrew").
_NAME_ORIGINS = _words(
    "arabic hebrew persian farsi latin greek slavic turkic pashto urdu dari tamil hindi "
    "sanskrit aramaic armenian georgian kurdish jewish muslim christian islamic biblical "
    "yiddish"
)


def _name_origin(words: Sequence[str]) -> bool:
    return len(words) == 1 and words[0].lower() in _NAME_ORIGINS


def _named_as(wide: tuple[str, ...]) -> bool:
    return bool(wide) and wide[-1] == "as" and any(w in _NAMING for w in wide[-5:-1])


_CLAUSE_END = frozenset([".", "!", "?", ";", ":", ",", "“", '"', "(", "|"])
# What may follow a name set off by commas after its role.
_APPOSITION_AFTER = frozenset([",", ".", "was", "is", "has", "had", "who"])


def _apposition(wide: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """ "the mayor of Gao, Sadou Diallo, was due", "Another journalist based in Stepanakert,
    Marut Vanyan, shared": a role in the clause just before the comma names the run."""
    if len(wide) < 2 or wide[-1] != "," or not after or after[0] not in _APPOSITION_AFTER:
        return False
    for w in reversed(wide[:-1]):
        if w in _CLAUSE_END:
            return False
        if w in ROLE_WORDS or w in _FIGHTER_WORDS:
            return True
    return False
