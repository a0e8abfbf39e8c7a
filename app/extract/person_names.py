"""The shape of a personal name inside a capitalised run.

``person_titles`` cuts the title phrase off a run ("French Defense Minister"); what is left
is the name, repaired here for flattened text (a name printed twice, a glued sentence
opener, a trailing acronym). Names printed in capitals are brought to their usual case, and
words that are never part of a personal name (faiths, agencies, organisation and place
words, countries, lone initials) rule a run out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    DEMONYM_SURNAMES,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PEOPLE_SURNAMES,
    PLACE_TYPE_AFTER,
    TITLE_WORDS,
    is_common_form,
    is_everyday_word,
    is_first_name,
)
from app.extract.lexicons import words as _words
from app.extract.transliteration import fold

# "Abu", "Umm" + a name: a kunya ("father of", "mother of"), a full name on its own.
KUNYA = frozenset(["abu", "umm"])
# Credit-line words that are agencies or photo furniture, never a photographer's name.
AGENCY_WORDS = _words(
    """
afp ap reuters epa efe getty images photo photos pool handout dod xinhua anadolu sana
upi tass irna ansa sputnik shutterstock bloomberg video file courtesy picture pictures
ria novosti interfax amaq tasnim mehr isna anha petra kuna qna wam
wikimedia wikipedia commons
"""
)
# Heads of Arabic compound names ("Abdul Rahman"): alone, they are half a name.
NAME_HEADS = _words("abd abdul abdel abdal abdi abdullahi")
# Bodies written as one ordinary word that may speak like a person ("Unicef said").
LONE_BODIES = _words(
    """
unicef unesco unhcr unrwa unama unmiss unamid minusma monusco ocha frontex interpol europol
kremlin pentagon whitehall downing daish daesh baath baathist
"""
)
# Arabic article forms kept lower-case when a name in capitals is normalised ("AL-RUBAYE").
_CAPS_PARTICLES = PARTICLES | {"ad", "an", "ar", "as", "ash", "at", "az"}


def split_repeats(words: list[str]) -> list[list[str]]:
    """'AHMAD AL-RUBAYEAHMAD AL-RUBAYE' (a credit printed twice, glued) -> two runs; a list
    without commas ('Omar Al Shishani Alaa Al Din Al Shishani') -> one run per name.

    A loop rather than recursion: one run per name, and a page of capitalised words is one
    run of thousands (the caller cuts such runs into windows of ``MAX_RUN_WORDS``)."""
    out: list[list[str]] = []
    while True:
        head = words[0]
        for k, w in enumerate(words[1:], start=1):
            if w.isupper() and len(w) > len(head) + 2 and w.endswith(head):
                out.append(words[:k] + [w[: -len(head)]])
                words = [head] + words[k + 1 :]
                break
        else:
            for k, w in enumerate(words[:-2]):
                if (
                    len(w) > 3
                    and w.lower() not in PARTICLES
                    and k >= 1
                    and w in words[k + 2 :]
                    and words[k + 1] != "y"  # "Alejandro Garza y Garza": one double surname
                    and not _name_ends_as_it_opens(words, k)
                ):
                    out.append(words[: k + 1])
                    words = words[k + 1 :]
                    break
            else:
                out.append(words)
                return out


def _name_ends_as_it_opens(words: list[str], k: int) -> bool:
    """ "(Somali) President Mohamed Abdullahi Mohamed": after a title, a three-word name
    whose last word repeats its first (Somali names repeat the grandfather's given name) is
    one name, not two ("Ali Hassan Omar Hassan" is a list)."""
    if len(words) != k + 3 or words[-1] != words[k]:
        return False
    # cities45: a byline's "By" stands as a title does ("By Deng Ghai Deng": one writer)
    titles = [
        w.lower().strip(".") in TITLE_WORDS or (w == "By" and n == 0)
        for n, w in enumerate(words[:k])
    ]
    return titles[-1] and all(
        t or not is_first_name(w) for t, w in zip(titles, words[:k], strict=True)
    )


# Runs longer than this are read in windows of this many words: ``split_repeats`` is
# quadratic in the run's length, and no list of names runs this long (a Title Case headline
# is at most 25 words); only a page of capitalised words does.
MAX_RUN_WORDS = 100


# Slogans on banners and in chants: "Free Azov", "LONG LIVE FRN", "Viva Zapata". The cause
# or the man they hail follows; the call itself is no part of a name.
_SLOGANS = (("long", "live"), ("free",), ("viva",))


def drop_slogan(words: list[str]) -> list[str]:
    """ "Free Azov" -> "Azov", "Long Live X" -> "X": a slogan's call before what it hails;
    not "Free Passage For Civilians Leaving Mosul" or "Free Speech" in a headline: a
    name follows a call, no English word and no function word."""
    if len(words) < 2 or words[0][:1] not in "FfLlVv":
        return words  # most runs (checked first, for speed)
    for call in _SLOGANS:
        n = len(call)
        if len(words) > n and tuple(w.lower() for w in words[:n]) == call:
            hailed = words[n:]
            if (is_everyday_word(hailed[0]) and not is_first_name(hailed[0])) or any(
                w.lower() in FUNCTION_WORDS for w in hailed
            ):
                return words
            return hailed
    return words


def drop_trailing_acronym(name: list[str], credit: bool = False) -> list[str]:
    """ "Silvia Dallatomasina MSF", "... MSFs head of mission" (a possessive that lost its
    apostrophe): a trailing acronym is no name. In a byline or photo credit a surname in
    capitals after an initial or another word in capitals is the name's ("Par Atia T.
    AZOHNWI", "Omar HAJ KADOUR": the agencies' style of writing surnames)."""
    last = name[-1] if name else ""
    acronym = last.removesuffix("s") if len(last) >= 3 and last.endswith("s") else last
    if credit and len(name) >= 3 and last.isalpha() and name[-2].isupper():
        return name
    if (
        len(name) >= 3
        and acronym.isupper()
        and len(acronym.replace(".", "")) >= 2  # "José Abiel A.": a surname's initial
        and not all(w.isupper() for w in name)
    ):
        return name[:-1]
    return name


# Words that open a sentence but end no name: flattened text glues the next sentence's
# first word to a name ("... Bashar al-Assad Eleven children were killed").
_SENTENCE_OPENERS = _words(
    """
almost nearly about around more most some many several at least over only also even still
now then meanwhile however yet later earlier since after before while although though
according among both each every few further other such there these those this
"""
)


def drop_trailing_sentence_word(name: list[str]) -> list[str]:
    """ "Bashar al-Assad Eleven", "Bashar al Assad Almost": a number or a sentence opener
    after a name of two words or more starts the next sentence (a common noun there may be
    a surname, "King", "Woods": ``person_merge`` trims those only when the article also
    names the person without it)."""
    core = [w for w in name if w.lower() not in PARTICLES]
    if len(core) < 3:
        return name
    last = name[-1].lower()
    if last in _NAME_SYLLABLE_ABBREVIATIONS:
        return name  # "Sai Kyaw Thu", "Gul Mohammad Jan": a syllable, not a date's word
    if last in NUMBER_WORDS or last in FUNCTION_WORDS or last in _SENTENCE_OPENERS:
        return name[:-1]
    return name


# Weekday and month abbreviations (function words, for "Sat Aug 31") that end names too.
_NAME_SYLLABLE_ABBREVIATIONS = frozenset(["thu", "sun", "jan"])


def drop_trailing_month(words: list[str], after: tuple[str, ...]) -> list[str]:
    """ "by Martin Fornusek March 26, 2025": a month name before a day number ends the
    byline's name and starts its date."""
    if (
        len(words) >= 3
        and words[-1].lower().rstrip(".") in _MONTHS
        and after[:1]
        and after[0][:1].isdigit()
    ):
        return words[:-1]
    return words


_MONTHS = _words(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
"""
)


def normalise_caps(name: list[str]) -> tuple[list[str], bool]:
    """(the name in its usual case, whether it was written in capitals). A name written
    partly in capitals, as French and photo-agency credits write surnames ("Atia T.
    AZOHNWI", "Omar HAJ KADOUR"), has those words after the first in the usual case too (a
    first word in capitals is an acronym: "NKR Infocenter")."""
    shout = all(w.isupper() for w in name if len(w) > 1)
    if shout:
        return [_norm_word(w, True) for w in name], True
    return [
        _norm_word(w, True) if k and _capitals_surname(w) else w for k, w in enumerate(name)
    ], False


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _capitals_surname(word: str) -> bool:
    """A word of a mixed-case name in capitals that is a name, not an ordinal ("III")."""
    return (
        len(word) >= 3
        and word.isupper()
        and word.replace("-", "").replace("'", "").isalpha()
        and not _ROMAN_NUMERAL.fullmatch(word)
    )


def name_core(name: list[str]) -> tuple[list[str], bool]:
    """(the name's words without particles, whether it is a kunya). A kunya ("Umm Khaled",
    "Abu Ahmed") is a full name, particle and all."""
    last = len(name) - 1
    # A name ends on no particle: a capitalised last word is the surname ("Zarman Den").
    core = [w for k, w in enumerate(name) if w.lower() not in PARTICLES or (k == last and k)]
    if len(name) >= 2 and name[0] == "Ben" and name[1][:1].isupper():
        core = ["Ben", *core]  # the English given name: "Ben Wedeman", "Ben Hubbard"
    kunya = len(name) >= 2 and fold(name[0]) in KUNYA and len(core) == 1
    return (name if kunya else core), kunya


def not_a_name(
    core: list[str], gaz: Gazetteer, surname_nisba: bool = False, word_surname: bool = False
) -> bool:
    """The core holds a word no personal name has, or only initials (``surname_nisba``:
    its last word is a nisba, "Al Israeli", see ``nisba``; ``word_surname``: its last word
    is an English surname that is also a place's or body's word, "Robert Hall", which a
    cue has vouched for, see ``word_surname``)."""
    surname = _people_surname(core) or _faith_surname(core)
    if not core or any(
        (_no_name_word(w) and not (word_surname and k == len(core) - 1))
        or (
            w.lower() in FAITHS_AND_PEOPLES
            and not (surname and k == len(core) - 1)
            and not (k == 0 and _faith_given_name(core))
            and not _middle_given_name(core, k)
        )
        for k, w in enumerate(core)
    ):
        return True
    if all(w.lower() in _LANGUAGE_SWITCHES for w in core):
        return True  # "Rus Eng", "EN FR": a site's language switcher
    if _acronym_led(core):
        return True  # "OLF Shane", "ADF Nalu": a group's acronym opens the name
    joined = fold(" ".join(core))
    own = core[:-1] if surname_nisba or demonym_surname(core, gaz) else core
    if len(own) >= 2 and is_first_name(own[0]) and own[0][1:].islower():
        own = own[1:]  # "Israel Katz", "Jordan Fabian", "Chad Bray": a given name first
    if any(fold(w) in gaz.country_forms for w in own) or _names_a_country(joined, gaz):
        return True
    # Single initials and abbreviations alone are not names.
    return all(len(w.rstrip(".")) <= 1 for w in core)


def word_surname(core: list[str]) -> bool:
    """ "Robert Hall", "Fiona Hill", "Jim Banks": a given name, then a common English surname that
    is also a word of places' and bodies' names (``_no_name_word`` reads "Hall", "Hill",
    "Banks" so). Only a title or a cue around the run makes it a person (``persons``): "the
    Albert Hall", "Capitol Hill" stay no one's."""
    last = core[-1] if core else ""
    return (
        2 <= len(core) <= 3
        and last.lower() in SURNAME_WORDS
        and last[1:].islower()
        and is_first_name(core[0])
        and core[0][1:].islower()
        and not any(_no_name_word(w) for w in core[:-1])
    )


# English surnames that are also place or body words ("hall", "hill", "banks", "street"):
# common surnames of English-speaking officials, soldiers and reporters (``word_surname``;
# ``person_titles`` reads none of them as a body's word after a given name).
SURNAME_WORDS = _words("hall hill hills banks field fields street bridge bridges park parks rivers")


def _acronym_led(core: list[str]) -> bool:
    """The first word is an acronym of three letters or more in capitals and a later word
    is not ("OLF Shane", "TPLF Mekelle"): a group's name, no person's (a name all in
    capitals is a shouted byline; "NKR Infocenter" is read so in ``normalise_caps`` too)."""
    first = core[0]
    return (
        len(core) >= 2
        and len(first) >= 3
        and first.isalpha()
        and first.isupper()
        and not _ROMAN_NUMERAL.fullmatch(first)
        and any(not w.isupper() for w in core[1:])
    )


# Plural nouns that end the names of regiments and paramilitary forces: "Assam Rifles",
# "Rashtriya Rifles", "Sindh Rangers", "Balochistan Levies", "Royal Fusiliers".
_FORCE_NOUNS = _words("rifles rangers levies fusiliers grenadiers hussars dragoons lancers")


# Page furniture words that credit lines carry and no name has: "Last Update: 2024-04-02",
# "© Copyright LaPresse".
_FURNITURE_WORDS = _words("update updated copyright")


# A site's language switcher at the page's top ("Rus Eng", "Eng | Ukr"): language codes.
_LANGUAGE_SWITCHES = _words(
    "eng en rus ru ukr ua uk fra fr esp es deu de ger ara ar tur tr fas fa per urd ur"
)


# Time zones after a time ("Updated 10:20 PM EDT, March 3, 2024"; a credit line's capitals
# are in normal case by then: "Edt"). Not those that are words or names too (EST, CAT).
_TIME_ZONES = _words("gmt utc edt cdt cst mdt mst pdt pst bst cet cest eet eest pkt msk")


# Organisation words of Arabic group names ("Ahrar al-Sham", "Jaish al-Islam"), which take
# no English plural: a word ending in their letters and "s" is another word ("Shams").
_TRANSLITERATED_GROUP_WORDS = _words("sham nusra jaish jaysh liwa kataib hashd qaeda jabhat")


# persons23: an institution's word hyphened to a place or body's name ("Police Regional
# Office-Bangsamoro", "Wuse General Hospital-Police"): the tail of a body's name.
_INSTITUTION_HEADS = _words(
    """
office department ministry hospital police bureau command headquarters agency council
committee commission directorate division brigade battalion regiment
"""
)

# precision24: a group's head noun hyphened to the rest of its name, as Urdu, Persian and
# Pashto names are written ("Jaish-e-Mohammad", "Lashkar-e-Taiba", "Tehreek-e-Labbaik",
# "Harkat-ul-Ansar", "Jamaat-ud-Dawa", "Hizb-e-Islami"): army, movement, party, soldiers;
# no person's name opens so ("Zia-ul-Haq", "Noor-e-Alam" keep their given names).
_GROUP_HEADS = _words(
    """
jaish jaysh lashkar tehreek tehrik tahreek tahrik harkat harakat hizb sipah jamaat jamiat
jabhat liwa kataib
"""
)


@lru_cache(maxsize=1 << 16)
def _no_name_word(w: str) -> bool:
    """A word no personal name holds, wherever it stands (``not_a_name``); remembered per
    word, as the same words recur in run after run."""
    return (
        (w.isupper() and len(w) > 3 and is_common_form(w) and not is_first_name(w))
        or w.lower() in _TIME_ZONES
        or ("-" in w and (hyphenated_modifier(w) or _party_tag(w)))
        or ("-" in w and w.split("-", 1)[0].lower() in _INSTITUTION_HEADS)
        or ("-" in w and w.split("-", 1)[0].lower() in _GROUP_HEADS)
        or _abstract_noun(w)
        or w.lower() in ORG_WORDS
        or w.lower() in _FORCE_NOUNS
        or w.lower() in _FURNITURE_WORDS
        # "Committees"; not "Shams" (a given name and surname; "Sham" is in group names)
        or (
            w.lower().endswith("s")
            and w.lower()[:-1] in ORG_WORDS
            and w.lower()[:-1] not in _TRANSLITERATED_GROUP_WORDS
        )
        or w.lower() in AGENCY_WORDS
        or w.lower() in PLACE_TYPE_AFTER
        or _acronym_plural(w)
    )


def _acronym_plural(w: str) -> bool:
    """An acronym's plural ("IDPs", "PDFs", "NGOs", "IEDs"): people or things counted, no
    name's word (the shelters "for internally displaced persons (IDPs)", "KIA and PDFs,
    who captured")."""
    return len(w) >= 3 and w[-1] == "s" and w[:-1].isalpha() and w[:-1].isupper()


def _faith_given_name(core: list[str]) -> bool:
    """ "Christian Veron": a given name that is also a faith's word opens a name when the
    rest is no English word ("Christian Democrats", "Christian Aid" are bodies)."""
    return (
        len(core) >= 2
        and (is_first_name(core[0]) or core[0].lower() in _FAITH_NAMES)
        and _no_word_nor_faith(core[1:])
    )


def _middle_given_name(core: list[str], k: int) -> bool:
    """ "Roch Marc Christian Kabore", "Jean Christian Mbarga": a faith's word that is a given
    name, after another given name and before the surname, is one of the person's given
    names ("Coptic Christian Bishop" opens with no given name)."""
    return (
        0 < k < len(core) - 1
        and is_first_name(core[k])
        and is_first_name(core[k - 1])
        and core[k - 1].lower() not in FAITHS_AND_PEOPLES
        and _no_word_nor_faith(core[k + 1 :])
    )


# Faith words that are given names and surnames too, though no given-name list holds them:
# "Muslim Gakayev" (Chechen), "Saleh Muslim" (Kurdish).
_FAITH_NAMES = _words("muslim")


def _faith_surname(core: list[str]) -> bool:
    """ "Saleh Muslim": such a word after a known given name that is no faith's word."""
    return (
        len(core) >= 2
        and core[-1].lower() in _FAITH_NAMES
        and is_first_name(core[0])
        and _no_word_nor_faith(core[:-1])
    )


def _no_word_nor_faith(words: list[str]) -> bool:
    """None of the words is an English word or a faith's or a people's name."""
    return not any(is_common_form(w) or w.lower() in FAITHS_AND_PEOPLES for w in words)


def nisba(name: list[str]) -> bool:
    """ "Abdrabu Hussein Al Israeli", "Ahmed el Masri": the Arabic article turns a country's
    adjective into a surname (a nisba), so the word is the name's, not a title phrase's."""
    return (
        len(name) >= 3
        and name[-2].lower() in _NISBA_ARTICLES
        and name[-1][:1].isupper()
        and not name[-1].isupper()
    )


_NISBA_ARTICLES = _words("al el")


def hyphenated_modifier(word: str) -> bool:
    """ "London-based", "UN-backed", "Pro-Assad": a modifier, never part of a name (Korean
    given names are hyphenated with lower-case syllables: "Ki-moon", "Jae-in")."""
    head, _, tail = word.rpartition("-")
    if head.lower() in _MODIFIER_HEADS:
        return True  # "Pro-Assad", "Anti-Houthi"
    return (
        bool(head)
        and tail.islower()
        and (
            (len(tail) >= 4 and tail.endswith("ed"))
            or tail in _MODIFIER_TAILS
            # "French-speaking", "knife-wielding" (a Chinese "Jin-ping" is short)
            or (len(tail) >= 6 and tail.endswith("ing"))
        )
        and fold(head) not in PARTICLES
    )


_MODIFIER_TAILS = _words("led held run born made wide style era bound owned")
_MODIFIER_HEADS = _words("pro anti non post pre")


def _party_tag(word: str) -> bool:
    """ "Sen. Lindsey Graham, R-S.C.", "Rep. Ro Khanna, D-Calif.": an American lawmaker's
    party and state after the name, never a name of its own."""
    party, _, state = word.partition("-")
    return party in _PARTIES and state.replace(".", "").lower() in _US_STATES


_PARTIES = frozenset("RDI")
# The states as AP style abbreviates them after a party letter, the postal codes, and the
# names AP writes out in full (dots dropped: "S.C." is "sc").
_US_STATES = _words(
    """
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo
al ak az ar ca co ct de fl hi id il in ia ks me mi mn ms mt ne nv oh ok or ri tn tx ut wa
wv wi wy dc alaska hawaii idaho iowa maine ohio texas utah
"""
)


# Words that open the names of armed groups: "Ansar al-Sharia", "Jund al-Aqsa", "Faylaq
# al-Rahman", "Hurras al-Din". "Ansar" is also a given name ("Ansar Abbasi"), so it opens a
# group only before an Arabic article or the words groups pair it with.
_GROUP_OPENERS = _words("jund faylaq hurras ansaru")
_ANSAR_GROUP_NEXT = _words("al el allah dine beit bait")


def group_name(name: list[str]) -> bool:
    """The run is an armed group's name however personal its words look."""
    first = fold(name[0]) if name else ""
    if first in _GROUP_OPENERS and len(name) >= 2:
        return True
    if first != "ansar" or len(name) < 2:
        return False
    nxt = name[1].lower()
    return nxt.split("-")[0] in _ANSAR_GROUP_NEXT


# Endings of abstract and collective English nouns ("Coordination", "Movement",
# "Authority", "Leadership"): names of bodies, never of people.
_ABSTRACT_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ity", "ities", "ship", "ism")
_ABSTRACT_ZIPF = 3.0  # "coordination" 3.6, "movement" 4.6; a surname such as "Ashment" < 1


@lru_cache(maxsize=1 << 14)
def _abstract_noun(word: str) -> bool:
    low = word.lower()
    if not low.endswith(_ABSTRACT_ENDINGS) or len(low) < 6:
        return False
    if low.endswith("ment") and is_first_name(word):
        return False  # "Clement Kayishema": a given name ("Unity", "Justice" stay words)
    from wordfreq import zipf_frequency

    return zipf_frequency(low, "en") >= _ABSTRACT_ZIPF


def _people_surname(core: list[str]) -> bool:
    """A given name, then words ending in an ethnonym used as a surname: "Waleed Saleh
    Baloch" ("Baloch militants" has no name in front)."""
    return (
        len(core) >= 2
        and core[-1].lower() in PEOPLE_SURNAMES
        # an unknown given name still needs a cue to be a person ("Jehind Baloch, a
        # spokesperson for the BLA"), but it is no people's name
        and (is_first_name(core[0]) or not is_common_form(core[0]))
        and not any(w.lower() in FAITHS_AND_PEOPLES for w in core[:-1])
    )


def demonym_surname(core: list[str], gaz: Gazetteer) -> bool:
    """ "John Irish", "Howard French": a given name that names no country ("Chad", "Jordan")
    and a demonym that is also an English surname (``DEMONYM_SURNAMES``)."""
    return (
        len(core) == 2
        and core[1].lower() in DEMONYM_SURNAMES
        and core[0][1:].islower()
        and is_first_name(core[0])
        and fold(core[0]) not in gaz.country_forms
    )


def _names_a_country(joined: str, gaz: Gazetteer) -> bool:
    """ "Sri Lanka", "Sri Lankan", "Sri Lankans": a country or its people ("Sri" alone is
    a given name, so word by word the run looks like one)."""
    stems = (joined, joined.removesuffix("s"), joined.removesuffix("n"), joined.removesuffix("ns"))
    return any(stem in gaz.country_forms for stem in stems)


def _norm_word(word: str, shout: bool) -> str:
    """'AL-RUBAYE' -> 'al-Rubaye', 'AHMAD' -> 'Ahmad' (only for names written in capitals)."""
    if not shout:
        return word
    parts = word.split("-")
    out = []
    for k, p in enumerate(parts):
        low = p.lower()
        if k < len(parts) - 1 and low in _CAPS_PARTICLES:
            out.append(low)
        else:
            out.append(p[:1] + p[1:].lower())
    return "-".join(out)
