"""Whether a capitalised run of two words or more is vouched for as a person's name.

``persons.PersonFinder`` splits a run into its title phrase and name and reads the context
(``person_context``); the judgements here say what that evidence is worth: a credited name
("Reporting by Oliver Holmes"), a known given name that is no phrase ("Jalal Khan", not
"May Day"), an unvouched name-shaped run that waits for an "and" partner, and the agency
words a credit line carries beside the photographer's name.
"""

from __future__ import annotations

from app.extract.bare_bylines import OUTLET_TAILS
from app.extract.chunks import Chunk
from app.extract.lexicons import (
    HYPHEN_PARTICLE,
    NUMBER_WORDS,
    PARTICLES,
    is_common_form,
    is_common_word,
    is_first_name,
)
from app.extract.person_context import SPEECH_VERBS, RunContext, age_word
from app.extract.person_credits import agency_slash
from app.extract.person_events import HUMAN_PASSIVES
from app.extract.person_names import AGENCY_WORDS, KUNYA
from app.extract.transliteration import fold

__all__ = ["agency_in_credit", "drop_agency", "may_be_coordinated", "vouched_for"]


def drop_agency(words: list[str]) -> list[str]:
    """A byline's agency after the name, without a comma: "DÁNICA COTO Associated Press";
    and any outlet after a name in capitals, where the case changes: "PAUL WATSON Los
    Angeles Times", "AMINA YUSUF Daily Trust" (a photographer's "Omar HAJ KADOUR" keeps
    its capitals last, so it is left whole)."""
    if len(words) >= 4 and [w.lower() for w in words[-2:]] == ["associated", "press"]:
        return words[:-2]
    if len(words) >= 3 and words[-1].lower() in AGENCY_WORDS:
        return words[:-1]
    # "Peter Finn Washington Post", "Feras Killani BBC News Arabic" (``bare_bylines``)
    folded = [w.lower() for w in words]
    for tail in OUTLET_TAILS:
        if len(words) - len(tail) >= 2 and tuple(folded[-len(tail) :]) == tail:
            return words[: -len(tail)]
    lead = 1 if words[:1] and words[0].lower() == "by" else 0
    caps = next((k for k in range(lead, len(words)) if not _capitals(words[k])), len(words))
    if caps - lead >= 2 and words[caps - 1].isalpha() and len(words[caps - 1]) > 2:
        rest = words[caps:]
        if rest and all(w[:1].isupper() and not _capitals(w) for w in rest):
            return words[:caps]
    return words


def _capitals(word: str) -> bool:
    """A word written in capitals ("WATSON", "T."); "Los" and "McClatchy" are not."""
    return word.isupper() and any(c.isalpha() for c in word)


def agency_in_credit(name: list[str], chunk: Chunk, credit: bool) -> bool:
    """In a photo credit, the agency: the part between a photographer's slash and "via"
    ("PETRY/Hans Lucas via AFP"), or a name opened by an acronym ("NKR Infocenter", "UN Photo"; a
    photographer's surname in capitals comes after the given name: "Omar HAJ KADOUR")."""
    if (
        chunk.before[-1:] == ("/",)
        and chunk.after[:1] == ("via",)
        # "REUTERS/Alexander Ermochenko via Getty Images": after an agency's slash, the
        # photographer
        and not agency_slash(chunk.wide_before)
    ):
        return True
    return (
        credit
        and len(name) >= 2
        and name[0].isalpha()
        and name[0].isupper()
        and 2 <= len(name[0]) <= 5
        and not all(w.isupper() for w in name)
    )


def vouched_for(
    name: list[str],
    core: list[str],
    kunya: bool,
    shout: bool,
    chunk: Chunk,
    ctx: RunContext,
    owned: bool = False,
) -> bool:
    """Whether a name of two words or more is taken as a person (``owned``: after an
    outlet's or a body's possessive, "Al Jazeera's Bernard Smith", a given name and a
    surname that is an English word are still a name)."""
    if ctx.credit and (shout or all(w[:1].isupper() or w.lower() in PARTICLES for w in name)):
        return True  # a credited name: "AHMAD AL-RUBAYE", "Reporting by Oliver Holmes"
    while len(core) >= 2 and (_bare_initial(core[0]) or _initials_run(core)):
        # "S Puleedevan", "P Chidambaram", "A K Antony": South Asian copy writes initials
        # without a stop; the letters say nothing, the words after them are judged
        core = core[1:]
    first = core[0]
    known = (is_first_name(first) and fold(first) not in NUMBER_WORDS) or (
        fold(first) in KUNYA and len(core) >= 2 and is_first_name(core[1])
    )
    backed = ctx.strict or ctx.credit or ctx.vouched
    if known and not backed and not owned and _phrase(core, chunk):
        return False  # a known given name followed by common words is a phrase ("May Day")
    if kunya and not backed:
        return False  # a bare "Abu X" is as often a place ("the town of Abu Hamam") as a kunya
    return (
        known
        or ctx.strict
        or ctx.credit
        # A cue vouches for a name that opens with no dictionary word ("Irtiza Abbas, son
        # of ..."); surnames are often dictionary words too ("Abbas", "Rice").
        or (ctx.vouched and not _written_word(core[0]) and not all(map(_written_word, core)))
        # "Bola Tinubu said", "Wale Adeyemi told": a given name English also spells, seldom
        # written ("bola", "wale"), then a surname that is no English word at all
        or (
            ctx.vouched
            and len(core) == 2
            and not _everyday_word(core[0])
            and not is_common_word(core[1])
        )
        # An age just before vouches whatever the first word: Ta'ang, Shan and Burmese names
        # are syllables English also spells ("46-year-old Tar Ah Swe;", "Daw Maw,"); when
        # all are English words, only short syllables ("the 13-year-old Civil War, which").
        or (_aged_before(ctx) and not all(map(_long_common, core)))
    )


def _initials_run(core: list[str]) -> bool:
    """ "A K Antony": "A" or "I" before another bare initial is an initial too."""
    return len(core) >= 3 and core[0] in ("A", "I") and _bare_initial(core[1])


def _bare_initial(word: str) -> bool:
    """A capital letter alone, no stop after it: an initial ("S Puleedevan"); "A" and "I"
    are words ("A Syrian", "I Nyoman" is a Balinese birth-order name)."""
    return len(word) == 1 and word.isupper() and word not in ("A", "I")


# Dictionary words English text hardly ever writes ("girn", Zipf 0) are no words for this:
# the big word list holds archaic and dialect entries that are names' spellings too.
_WRITTEN_ZIPF = 1.0


def _written_word(word: str) -> bool:
    """A dictionary word that English text writes at all."""
    if not is_common_word(word):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= _WRITTEN_ZIPF


# Dictionary words English text writes this seldom or less (Zipf 3: a few per million
# words) are given names' spellings as often as words: "Bola", "Wale", "Kola", "Sani".
_EVERYDAY_ZIPF = 3.0


def _everyday_word(word: str) -> bool:
    if not is_common_word(word):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= _EVERYDAY_ZIPF


def _long_common(word: str) -> bool:
    return is_common_word(word) and len(word) > _SYLLABLE_LEN


# Burmese and Ta'ang name syllables are two to four letters long ("Yar Ah Ba", "Daw Maw").
_SYLLABLE_LEN = 4


# What follows a name that an age stands before: the end of its clause or its verb. A noun
# there makes the run a thing's name ("a 30-year-old Toyota Hilux pickup").
_AFTER_AGED = frozenset([",", ";", ".", ")", ":", "and", "who", "was", "is", "had", "has"])


def _aged_before(ctx: RunContext) -> bool:
    before, after = ctx.before, ctx.after
    return (
        bool(before)
        and age_word(before[-1])
        and (
            not after
            or after[0] in _AFTER_AGED
            or after[0] in SPEECH_VERBS
            or after[0] in HUMAN_PASSIVES
        )
    )


def _phrase(core: list[str], chunk: Chunk) -> bool:
    """The words after the first are common words ("May Day", "Grace Period"), or a
    headline's last word is. A given name that is no English word makes the rest a surname,
    whatever else it means ("Jalal Khan", "Ali Shah", "Mohammad Said", "Cengiz Yar")."""
    rest_common = all(is_common_word(w) for w in core[1:])
    if chunk.title_case_line:
        return rest_common or is_common_form(core[-1])
    return (
        rest_common
        and (
            is_common_word(core[0])
            # "Colombo Stock Exchange", "Ruta del Sol": a name's name; a particle between a
            # given name and an English-word surname makes no third word ("Osama bin Laden")
            or len(chunk.words) - _inner_particles(chunk.words) != 2
            or chunk.before[-1:] in _QUOTES  # 'areas referred to as "Abay Mado"'
        )
    )


_QUOTES = {('"',), ("“",), ("‘",), ("'",)}
# Arabic and Malay "son/daughter of" between a given name and a surname: "bin", "Bin", "ibn".
_FILIAL = frozenset(["bin", "ibn", "bint", "binti"])


def _inner_particles(words: tuple[str, ...]) -> int:
    """How many "son of" particles stand inside the run, between its first and last word."""
    return sum(w.lower() in _FILIAL for w in words[1:-1])


def may_be_coordinated(
    name: list[str], core: list[str], kunya: bool, chunk: Chunk, ctx: RunContext
) -> bool:
    """An unvouched name-shaped run next to "and": a person if its partner is one."""
    # Spanish names run to four words, the last ones often dictionary words ("Jhon Fredy
    # Moreno Sierra"): a fourth word is allowed when the given name is no English word.
    return (
        2 <= len(core) <= 4
        and not chunk.title_case_line
        and not HYPHEN_PARTICLE.match(name[0])
        and not kunya
        and not is_common_word(core[0])
        and (len(core) == 4 or not any(is_common_word(w) for w in core))
        and bool({"and", ","} & {*ctx.after[:1], *ctx.before[-1:]})
    )
