"""What happens to people, and what only people have: cues for names no list knows.

Violence has people for objects ("the strike killed Zakirullah Haqqani") and subjects of
passives ("X was shot dead"); casualty lists open on a name ("Those killed were X, Y and
Z"); only a person has a widow, a funeral or a father ("Hamadoun Koufa's widow", "Terefe,
her father,"); photo captions describe who is in the picture ("X mourns", "X holds a photo
of ..."). Split from ``person_cues``, which reads these with the other cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.extract.lexicons import is_everyday_word
from app.extract.lexicons import words as _words
from app.extract.person_context import ROLE_WORDS, SPEECH_VERBS

__all__ = [
    "HUMAN_PASSIVES",
    "HUMAN_VERBS",
    "KIN_WORDS",
    "OWNERS",
    "holds_in_caption",
    "kin_apposition",
    "listed_as_victim",
    "named_example",
    "object_of_violence",
    "one_of_apposition",
    "owner_cue",
    "personal_of",
    "suffered",
]

# Relatives: "his son Ahmed", "five of his children: Saeed, ...", "niece and nephew Mira".
KIN_WORDS = _words(
    """
son sons daughter daughters wife wives husband brother brothers sister sisters mother
father parents children child kids niece nieces nephew nephews cousin cousins uncle uncles
aunt aunts grandson grandsons granddaughter granddaughters grandchildren grandmother
grandfather grandparents mother-in-law father-in-law son-in-law daughter-in-law
brother-in-law sister-in-law stepson stepdaughter stepfather stepmother fiancee fiance
widow widower twin twins relative relatives
"""
)
# Verbs whose subject is a person, never an organisation or a place: a name-shaped lone
# word before them is somebody ("Shymanski describes scene", "Huk recalls"); the present
# tense is how photo captions describe who is in the picture ("Bayesh Achamu mourns ...").
HUMAN_VERBS = _words(
    """
describes described recalls recalled recounts recounted remembers remembered explains
smiled smiles laughed laughs wept weeps sighed shrugged nodded whispered
lived married studied resigned confessed testified
mourns grieves weeps cries sobs prays poses gestures reacts kneels hugs embraces comforts
cradles
"""
)
# "X holds a photo of her dead husband": what a person in a caption holds (a town "holds"
# a protest, "waits" for aid, "sits" on a river).
_HELD = _words("photo photograph picture portrait placard sign baby child son daughter")


def holds_in_caption(after: Sequence[str]) -> bool:
    return (
        len(after) >= 3
        and after[0] in {"holds", "carries", "cradles"}
        and after[1] in {"a", "the", "her", "his", "their"}
        and after[2] in _HELD
    )


# "X was killed", "X has been abducted": what happens to people, not to groups or places.
HUMAN_PASSIVES = _words(
    """
killed shot wounded injured arrested abducted kidnapped detained sentenced executed
murdered assassinated buried beheaded tortured hospitalised hospitalized born stabbed
"""
)
# Words that give a relative an owner: "his son", "their children", "the couple's sons"
# (tokens lose their possessive ending, so "al-Farra's niece" shows as "al-farra niece").
OWNERS = _words("his her their its my our your")


# Verbs whose object is a person when a name follows them: "the strike killed Zakirullah
# Haqqani", "militants abducted Ousmane Ag Ibrahim" ("captured", "seized" take towns).
_VIOLENCE_VERBS = _words(
    """
killed kill kills shot wounded injured arrested abducted kidnapped detained executed
murdered assassinated beheaded tortured
killing wounding injuring shooting arresting abducting kidnapping detaining executing
murdering assassinating beheading torturing
"""
)
# What may follow such a name: the sentence goes on ("killed X on Friday", "killed X, who
# ..."); a noun there makes the run a modifier ("killed Boko Haram fighters").
_AFTER_OBJECT = frozenset([",", ".", ";", ":", "(", "—", "–", "and", "who", "whom", "on", "in"])
_AFTER_OBJECT |= _words("at near outside inside last late early while when after as during")


def object_of_violence(before: Sequence[str], after: Sequence[str]) -> bool:
    return (
        bool(before)
        and before[-1] in _VIOLENCE_VERBS
        and (not after or after[0] in _AFTER_OBJECT or after[0] in SPEECH_VERBS)
    )


# What only a person has: relatives, a funeral, a widow, a lawyer ("Ramzan Kadyrov's
# son", "Hamadoun Koufa's widow"), a family, a body; "forces", "group" or "fighters" are a
# body's too.
_PERSONAL_THINGS = KIN_WORDS | _words(
    """
funeral widow assassination lawyer lawyers bodyguard bodyguards killers murder grave
family body corpse
"""
)

# Nouns before "of" and a name that only a person can fill: "the family of Wanjiru Kamau",
# "the body of Gatwech Puok", "the funeral of ...", "the killing of ..." (a body or a town
# is attacked, not killed or buried); "the trial of Alieu Kosiah", "the arrest of ...": a
# court tries, arrests and sentences people (groups only as modifiers: "Boko Haram suspects").
_PERSONAL_OF = _words(
    """
family body corpse funeral burial grave widow widower killers murderers
killing murder assassination death abduction kidnapping
trial retrial arrest extradition acquittal sentencing
"""
)
# A lower-case word after the run that makes it a modifier: "the killing of Boko Haram
# fighters", "the abduction of Chibok schoolgirls" (verbs in "-s" are no such word).
_NOT_MODIFIER_S = _words("was is has says remains")


def personal_of(before: Sequence[str], after: Sequence[str], possessive: bool) -> bool:
    """ "the family of Wanjiru Kamau", "the killing of Gatwech Puok sparked protests": the
    run fills what only a person has; not when it is a modifier ("the killing of Boko
    Haram fighters") or owns what follows ("the killing of Boko Haram's leader")."""
    if len(before) < 2 or before[-1] != "of" or before[-2] not in _PERSONAL_OF or possessive:
        return False
    nxt = after[0] if after else ""
    return not (nxt[:1].islower() and nxt.endswith("s") and nxt not in _NOT_MODIFIER_S)


def owner_cue(core: Sequence[str], possessive: bool, after: Sequence[str]) -> bool:
    """A name in the possessive before what only a person has ("Alkhazur Akhmadov's
    brother"). Its first word must be no word English text uses ("Boko Haram's" has no
    widow, but "Islamic State's" would be read as someone's)."""
    return (
        possessive
        and bool(after)
        and after[0] in _PERSONAL_THINGS
        and not is_everyday_word(core[0])
        and not all(map(is_everyday_word, core))
    )


# What a casualty list calls the people it names: "Those killed were X, Y and Z", "The
# deceased are X", "Among the dead were X".
_CASUALTIES = _words(
    """
killed dead deceased slain victims fatalities casualties wounded injured martyrs
abducted kidnapped hostages arrested detained suspects
victim hostage suspect abductee abductees
"""
)
_CASUALTY_NOUNS = _words("victims fatalities casualties martyrs hostages suspects")


def listed_as_victim(before: Sequence[str], after: Sequence[str]) -> bool:
    """ "Those killed were Datu Ali Sangki, ...", "The deceased are Musa Bello and ...": the
    first name of a casualty list (``person_lists`` carries the rest of it); a noun after
    the run makes it a modifier ("The abducted were Chibok schoolgirls")."""
    if before[-1:] == (":",):
        before = before[:-1]  # "Names of the victims are: X, Y", "The dead: X"
        if before[-1:] and before[-1] in _CASUALTIES:
            return not after or after[0] in _LIST_ITEM_END
    if before[-1:] in _DASHES and before[-3:-2] == ("the",) and before[-2] in _CASUALTIES:
        # "The victims – X, Y and Z – were freed", "the hostages — X and Y — ...": the
        # list set off by dashes after the casualty noun
        return not after or after[0] in _LIST_ITEM_END
    if len(before) >= 2 and before[-1] == "as":
        # "... identified the slain as X, Y and Z. And the wounded militants as A, B": the
        # people of a casualty list or a side, named (the verb may stand sentences back)
        # a participle only as a noun ("the slain as"): "killed as X and troops clashed" is
        # a verb and a conjunction
        noun = before[-2]
        casualties = noun in _CASUALTY_NOUNS or (noun in _CASUALTIES and before[-3:-2] == ("the",))
        named = casualties or _plural_people(noun) or noun in _OUTLAW_PLURALS
        return named and (not after or after[0] in _LIST_ITEM_END)
    return (
        len(before) >= 2
        and before[-1] in _COPULAS
        and (
            before[-2] in _CASUALTIES
            # "The official is Khorshad Khan Khogianiwal.": the role named, then the person
            or (before[-2] in ROLE_WORDS and before[-3:-2] == ("the",))
            # "The names of the three martyred cops were X, Y and Z": people of a role
            or (before[-1] in _PLURAL_COPULAS and _plural_people(before[-2]))
        )
        and (not after or after[0] in _LIST_ITEM_END)
    )


_PLURAL_COPULAS = _words("were are")
# Plural nouns for people of a trade or side; "policemen" and "cops" are no plural of a
# role word the lexicons hold as such.
_PEOPLE_PLURALS = _words(
    "cops policemen servicemen officers soldiers guards victims individuals persons"
)


def _plural_people(word: str) -> bool:
    return word in _PEOPLE_PLURALS or (
        len(word) >= 5 and word.endswith("s") and word[:-1] in ROLE_WORDS
    )


_DASHES = frozenset([("–",), ("—",), ("-",)])
_LIST_ITEM_END = frozenset([",", ".", ";", "and", "(", "—", "–", "-"])


_COPULAS = _words("were are was is include included")


def named_example(before: Sequence[str]) -> bool:
    """ "notorious bandits such as Dankarami, Abdulkarim and ...", "commanders such as X":
    the first name a plural noun for people gives as an example (``person_lists`` carries
    the rest of the list)."""
    return (
        len(before) >= 3
        and tuple(before[-2:]) == ("such", "as")
        and (_plural_people(before[-3]) or before[-3] in _OUTLAW_PLURALS)
    )


# Plural nouns for armed men no role list holds.
_OUTLAW_PLURALS = _words("bandits kingpins warlords gunmen militants insurgents")


def kin_apposition(after: Sequence[str]) -> bool:
    """ "dragged Terefe, her father, outside": a relative set off by commas after the name."""
    return (
        len(after) >= 4
        and after[0] == ","
        and after[1] in OWNERS
        and after[2] in KIN_WORDS
        and after[3] in {",", ".", ";"}
    )


def suffered(before: Sequence[str], after: Sequence[str]) -> bool:
    """ "X was shot dead", "X has been abducted". Singular verbs only, and no "of" before:
    "residents of Fuaa and Kafraya were killed" names places."""
    if before and before[-1] == "of":
        return False
    if len(after) < 2 or after[0] not in {"was", "is", "has", "had"}:
        return False
    verb = after[2] if after[1] == "been" and len(after) >= 3 else after[1]
    return verb in HUMAN_PASSIVES


def one_of_apposition(wide_before: Sequence[str], after: Sequence[str]) -> bool:
    """ "One of the victims of the attack, Arlette, is still ...", "one of the wounded,
    Bukar Zira, said": a run set off by commas after "one of the" people of a casualty
    list or a role is one of them."""
    if wide_before[-1:] != (",",) or after[:1] != (",",):
        return False
    low = [w.lower() for w in wide_before[:-1]]
    for k in range(len(low) - 3, -1, -1):
        if low[k : k + 3] == ["one", "of", "the"]:
            noun = low[k + 3]
            return noun in _CASUALTIES or _plural_people(noun) or noun in _SURVIVORS
    return False


_SURVIVORS = _words("survivors witnesses residents detainees prisoners defendants fighters")
