"""The title phrase before a name inside a capitalised run.

A run is a title phrase and then a name: "French Defense Minister Jean-Yves Le Drian". The
name is the run's tail after its last title or organisation word, with repairs: a middle
initial ("Mohamed A Farah"), a city glued in front by flattened text, a South Asian post's
jurisdiction ("SSP Srinagar Rakesh Balwal"), an honorific inside a name ("Hassan Sheikh
Mohamud") or ending one ("Mudasir Ahmad Sheikh"), a role opening the sentence ("Medic
Yevhen"), and a headline's verb ("Pope Francis Prays"). Split from ``person_names`` (the
shape of the name itself).
"""

from __future__ import annotations

from app.extract.chunks import Chunk
from app.extract.demonyms import is_demonym
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    DIRECTIONS,
    FAITHS_AND_PEOPLES,
    FUNCTION_WORDS,
    OFFICE_HOLDERS,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACE_TYPE_AFTER,
    TITLE_WORDS,
    is_common_form,
    is_common_word,
    is_everyday_word,
    is_first_name,
)
from app.extract.lexicons import words as _words
from app.extract.person_context import ROLE_WORDS, SPEECH_VERBS, class_rank, hyphenated_rank
from app.extract.person_credits import AGENCY_NAMES, CREDIT_VERBS
from app.extract.person_names import NAME_HEADS, SURNAME_WORDS, demonym_surname, nisba
from app.extract.person_ranks import RANK_NOUNS
from app.extract.transliteration import fold

__all__ = ["JURISDICTION_TITLES", "NAME_HONORIFICS", "split_title"]

# Honorifics that are also part of some personal names: "President Hassan Sheikh Mohamud".
NAME_HONORIFICS = _words("sheikh shaikh sheik haji hajji")
# Titles that are common surnames in South Asia and the Arab world: at the end of a run,
# after a given name, no name follows them, so they are the surname ("officer Muhammad
# Sultan said", "Ahmed Emir", "Mehbooba Mufti"); so are the English office titles that are
# surnames in West Africa and Britain ("Ali Modu Sheriff", "Musa Sheriff", "Ian Alderman"),
# and "Abbot" (a title since session 19; an English surname and the usual misspelling of
# Abbott: "Diane Abbot said"; review22), and "Barr" (a Nigerian barrister's title since
# cities48, "Barr Moses Udam"; an English surname: "William Barr said").
_SURNAME_TITLES = NAME_HONORIFICS | _words("sultan emir amir mufti sheriff alderman abbot barr")
# A weekday after a name is the news verb's time, not a surname: "President Iván Duque
# Monday reported", "Kadyrov Tuesday wrote" (American wire style).
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# A city this big glued in front of a name is the end of the previous phrase.
_PLACE_HEAD_POP = 100_000


def split_title(
    words: list[str], chunk: Chunk, gaz: Gazetteer, cache: dict | None = None
) -> tuple[list[str], list[str]]:
    """(title phrase, name) of a run: "French Defense Minister" and "Jean-Yves Le Drian".
    Remembered per process: the split reads only the words, whether the line is in Title
    Case and, there, the two words before the run and whether an agency's slash follows it
    (``_credited``); the same runs recur ("President Bashar al-Assad", "the Syrian
    Observatory"); ``cache`` is ``gaz.memo("split_title")``, which a caller may hold for an
    article."""
    title_case = chunk.title_case_line
    around = (chunk.before[-2:], _agency_after(chunk)) if title_case else None
    # "By Jordan Fabian", "Reporting by Chad Bray"; a byline's name owns nothing: "By Israel
    # Hayom's count" is the sentence's own "by"
    by = not chunk.toks[-1].possessive and _byline_by(chunk.before)
    # "Israel Katz said", "the party leader Jordan Bardella": the sentence vouches for a
    # two-word name that opens with a country's name, as a byline's "By" does
    by = by or _vouched_country_name(words, chunk, gaz)
    owned = chunk.toks[-1].possessive
    office = _office_of(chunk.before)
    apposed = _given_title_in_apposition(words, chunk)
    bracketed = _bracketed_jurisdiction_title(chunk.before)
    key = (tuple(words), title_case, around, by, owned, office, apposed, bracketed)
    if cache is None:
        cache = gaz.memo("split_title")
    hit = cache.get(key)
    if hit is None:
        head, name = _split_title(words, chunk, gaz, by, owned, office, apposed, bracketed)
        hit = cache[key] = (tuple(head), tuple(name))
    return list(hit[0]), list(hit[1])


def _split_title(
    words: list[str],
    chunk: Chunk,
    gaz: Gazetteer,
    by: bool = False,
    owned: bool = False,
    office: bool = False,
    apposed: bool = False,
    bracketed: bool = False,
) -> tuple[list[str], list[str]]:
    if len(words) >= 2 and words[-1].lower() in _WEEKDAYS and words[-1][:1].isupper():
        words = words[:-1]
    if apposed:
        head, name = [], words
    else:
        head, name = _peel_title(words, gaz, by, owned)
    if (
        name
        and len(head) >= 2
        and head[-1] == "A"
        and not chunk.title_case_line
        and is_first_name(head[-2])
        and not _is_titleish(head[-2], gaz)
    ):
        # "Mohamed A Farah": a middle initial, not the article "A" of a title phrase.
        head, name = head[:-2], head[-2:] + name
    if (
        not head
        and len(name) >= 2
        and not chunk.title_case_line
        and name[0].lower() in ROLE_WORDS
        and not is_first_name(name[0])
    ):
        # "Medic Yevhen", "Fighter Kiros": a capitalised role opening the sentence
        head, name = name[:1], name[1:]
    if not head and len(name) >= 3 and _acronym(name[0]) and not any(map(_acronym, name[1:])):
        head, name = name[:1], name[1:]  # "the head of RMA Vadim Filashkin": a body's acronym
    elif not head and len(name) >= 4 and _place_acronym(name, gaz):
        # cities43: "the head of the Donetsk RMA Vadym Filashkin", "Kharkiv OVA Oleh
        # Syniehubov": a place and its authority's acronym before the holder's name
        head, name = name[:2], name[2:]
    if head[-1:] == ["I"] and name and name[0].lower() in _BALINESE_ORDER:
        head, name = head[:-1], ["I", *name]  # "Maj. Gen. I Nyoman Cantiasa": Balinese
    head, name = _drop_glued_city(head, name, gaz)
    head, name = _drop_glued_country(head, name, gaz)
    head, name = _drop_jurisdiction(head, name, gaz, bracketed)
    if (office and not head) or _office_of(tuple(head)):
        head, name = _drop_office_place(head, name, gaz)
    head, name = _keep_honorific(head, name, gaz)
    if chunk.title_case_line and len(name) > 1 and not _credited(head, chunk):
        name = _cut_at_headline_verb(name)
    return head, name


def _vouched_country_name(words: list[str], chunk: Chunk, gaz: Gazetteer) -> bool:
    """Two words, the first a country's name that is a given name too ("Israel", "Jordan",
    "Chad"), the second no English word nor an acronym, in body text: a person when a role
    noun stands before them ("the party leader Jordan Bardella") or they open a clause
    before a speech verb ("Israel Katz said"). "Israel Radio said", "the daily Israel Hayom
    said", "in Syria UNICEF said", "in Syria Obama said" (text without commas) stay what
    they are."""
    if len(words) != 2 or chunk.title_case_line or fold(words[0]) not in gaz.country_forms:
        return False  # (most runs: checked first, for speed)
    if not words[1][:1].isupper() or words[1].isupper() or is_everyday_word(words[1]):
        return False
    # "leader Jordan Bardella", "the defence minister, Israel Katz, said"
    before = chunk.before[:-1] if chunk.before[-1:] == (",",) else chunk.before
    if before[-1:] != () and before[-1] in ROLE_WORDS:
        return True
    spoke = chunk.after[:1] != () and chunk.after[0] in SPEECH_VERBS
    return spoke and (not chunk.before or chunk.before[-1] in _CLAUSE_OPENERS)


# What may stand just before a clause's subject: punctuation, a conjunction.
_CLAUSE_OPENERS = frozenset([",", ";", ":", '"', "\u201c", "(", "-", "\u2013", "\u2014"]) | _words(
    "and but while as when that"
)


def _byline_by(before: tuple[str, ...]) -> bool:
    """The run follows a byline's "By" or a credit's "reporting by", not any "by" ("backed
    by Israel ...")."""
    if before[-1:] == ("By",):
        return True
    return before[-1:] == ("by",) and before[-2:-1] != () and before[-2].lower() in CREDIT_VERBS


def _acronym(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _place_acronym(name: list[str], gaz: Gazetteer) -> bool:
    """ "Donetsk RMA Vadym Filashkin": a known place or region (no given name), then an
    acronym, then a name holding none."""
    return (
        _acronym(name[1])
        and not _acronym(name[0])
        and not any(map(_acronym, name[2:]))
        and not is_first_name(name[0])
        and bool(gaz.lookup(name[0]) or gaz.regions.lookup(name[0]))
    )


# Balinese men's names open with "I" and a birth-order name ("I Wayan", "I Made", "I
# Nyoman", "I Ketut"): the "I" is the name's, not the pronoun a title phrase may hold.
_BALINESE_ORDER = _words("wayan putu gede made kadek nengah nyoman komang ketut")


# Labels of a photo or video credit line: "Credit: Tyler Hicks/The New York Times".
_CREDIT_LABELS = frozenset(["credit", "credits", "photo", "photos", "picture", "image", "video"])


def _credited(head: list[str], chunk: Chunk) -> bool:
    """A byline or a credit is no headline: its names have no verb to cut at ("By ABDI
    GULED": "guled" reads as an inflection of a dictionary word; "Hassan Ali Nor/AFP")."""
    if head[:1] and head[0].lower() == "by":
        return True
    if _agency_after(chunk):
        return True  # "Hassan Ali Nor/AFP": a photographer and the agency
    before = [b.lower() for b in chunk.before[-2:]]
    return before[-1:] == ["by"] or (
        len(before) == 2 and before[1] == ":" and before[0] in _CREDIT_LABELS
    )


def _agency_after(chunk: Chunk) -> bool:
    """An agency's slash follows the run: "Hassan Ali Nor/AFP"."""
    return (
        chunk.after[:1] == ("/",)
        and bool(chunk.after[1:2])
        and (chunk.after[1].lower() in AGENCY_NAMES)
    )


def _plural_role(low: str) -> bool:
    """ "Residents Amina Yusuf and Halima Abdi said", "Witnesses", "Activists": a plural
    role noun before names is no part of them (singular ones may be surnames: "Doctor")."""
    return len(low) >= 5 and (
        (low.endswith("s") and low[:-1] in ROLE_WORDS)
        or (low.endswith("es") and low[:-2] in ROLE_WORDS)  # "witnesses"
    )


def _is_titleish(word: str, gaz: Gazetteer) -> bool:
    """A word of a title phrase: a title, a function word or a country ("French", "Syria's",
    and "Syrias" in text that lost its apostrophes). Remembered per word and gazetteer:
    the same words recur in run after run."""
    return _titleish_in(gaz.memo("titleish"), word, gaz)


def _titleish_in(cache: dict, word: str, gaz: Gazetteer) -> bool:
    titleish = cache.get(word)
    if titleish is None:
        titleish = cache[word] = _titleish(word, gaz)
    return titleish  # type: ignore[no-any-return]


def _titleish(word: str, gaz: Gazetteer) -> bool:
    if word[:1].islower():
        return False  # inside a run, a lower-case word is part of the name ("Hassan sheikh")
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return False  # an initial ("A. K. Bhat", "Constable A. Rahman"), no article "A"
    low = word.lower().strip(".")
    folded = fold(word)
    return (
        low in TITLE_WORDS
        or _plural_role(low)
        or low in FUNCTION_WORDS
        or folded in gaz.country_forms
        or low.rstrip("s") in TITLE_WORDS
        or ("-" in low and hyphenated_rank(low))
        or (low[-1:].isdigit() and class_rank(low))
        or (
            folded.endswith("s")
            and folded[:-1].rstrip("'’ ") in gaz.country_forms
            and not is_first_name(word)  # "Frances Harris" is no "France's Harris"
        )
    )


def _initials_before_name(words: list[str], i: int) -> bool:
    """ "Colonel A K Mathur", "said A K Antony": a capital letter alone ("A", no article
    here) before another initial and a name is the name's first initial."""
    return (
        i + 2 < len(words)
        and len(words[i]) == 1
        and words[i].isupper()
        and len(words[i + 1].rstrip(".")) == 1
        and words[i + 1][:1].isupper()
        and len(words[i + 2]) > 1
    )


def _peel_title(
    words: list[str], gaz: Gazetteer, by: bool = False, owned: bool = False
) -> tuple[list[str], list[str]]:
    """The name is the run's tail after its last title/organisation word (``by``: the run
    follows "by", a byline's name, whose first word may be a country's: "By Chad Bray")."""
    k = len(words)
    cache = gaz.memo("titleish")
    while k > 0 and (words[k - 1].lower() not in ORG_WORDS or _word_surname_at(words, k - 1)):
        if (
            _titleish_in(cache, words[k - 1], gaz)
            and not _word_surname_at(words, k - 1)
            and not _given_name_after_title(words, k - 1, gaz)
            and not _country_given_name(words, k - 1, gaz, by, owned)
            and not _month_in_name(words, k - 1)
            # "Abdel Emir Yarallah", "Abdul Malik": "servant of" and the word it governs
            # are one given name, whatever title that word is alone
            and not (k >= 2 and words[k - 2].lower() in NAME_HEADS)
            and not (k == len(words) and nisba(words[:k]))
            # "Reporting by John Irish": a demonym that is an English surname
            and not (k == len(words) and demonym_surname(words, gaz))
            and not (k == len(words) and k >= 2 and _surname_initial(words[k - 1]))
            and not _initials_before_name(words, k - 1)
            and not _name_syllable_un(words, k - 1, gaz)
        ):
            break
        k -= 1
    return words[:k], words[k:]


def _word_surname_at(words: list[str], k: int) -> bool:
    """ "Peter Bridge", "Sarah Church": a body's word ending the run after a given name may
    be an English surname (``SURNAME_WORDS``); ``persons`` asks a cue to vouch for it."""
    word = words[k]
    return (
        k == len(words) - 1
        and k >= 1
        and word.lower() in SURNAME_WORDS
        and word[1:].islower()
        and words[k - 1][1:].islower()
        and is_first_name(words[k - 1])
    )


def _name_syllable_un(words: list[str], k: int, gaz: Gazetteer) -> bool:
    """ "Kim Jong Un", "Kim Il Un": "Un" written so (not "UN", "U.N.") at the end of a run
    of two name words or more is a Korean name's syllable, not the United Nations."""
    return (
        words[k] == "Un"
        and k == len(words) - 1
        and k >= 2
        and not any(_is_titleish(word, gaz) for word in words[:k])
    )


# Title words that are given names too, in Spanish and Portuguese naming: after another
# title they are the name's ("Mayor Pastor Perea"); alone they are the title ("Pastor Obi").
_GIVEN_TITLES = _words("pastor sultan amir")


def _given_title_in_apposition(words: list[str], chunk: Chunk) -> bool:
    """ "Dostum's spokesman, Sultan Faizy, said": a role, a comma, then "Sultan" or "Amir"
    and a name; the role is the title, so the word is the given name, as after a title
    ("Gov. Sultan al-Arada"). Only these two: "the church's leader, Pastor James" keeps
    its title. ("Oman's ruler, Sultan Qaboos" gives "Sultan Qaboos", the form he is
    known by.)"""
    before = chunk.before
    return (
        len(words) >= 2
        and words[0].lower() in _APPOSED_GIVEN_TITLES
        and words[1][:1].isupper()
        and len(before) >= 2
        and before[-1] == ","
        and before[-2].lower() in ROLE_WORDS
    )


_APPOSED_GIVEN_TITLES = _words("sultan amir")


# Courtesy titles after which a weekday is a given name, as West Africa gives them ("Mr.
# Sunday Abdu", "Chief Monday Etim", "Mrs. Friday Okon"); a date never follows them.
_COURTESY = _words("mr mr. mrs mrs. ms ms. miss dr dr. chief madam mister pastor rev rev.")


def _given_name_after_title(words: list[str], k: int, gaz: Gazetteer) -> bool:
    low = words[k].lower()
    if low in _WEEKDAYS:
        return 1 <= k < len(words) - 1 and words[k - 1].lower() in _COURTESY
    if low == "nawab":
        # Pakistan's "Nawab" titles a full name ("Nawab Akbar Bugti", "Chief Minister Nawab
        # Sanaullah Khan Zehri") and is a given name before one word ("Haji Nawab Shah").
        return k == len(words) - 2
    return low in _GIVEN_TITLES and k >= 1 and _is_titleish(words[k - 1], gaz)


def _country_given_name(
    words: list[str], k: int, gaz: Gazetteer, by: bool, owned: bool = False
) -> bool:
    """ "Defence Minister Israel Katz", "Senator Jordan Reid", "Private Chad Horn", "By Chad
    Bray": a country's name that is a given name too, between a title word or a rank (or a
    byline's "by") and a name word, is the given name (a title phrase names its country
    before the title: "Israeli Defence Minister"; "Israel Netanyahu" in a headline is no
    name)."""
    return (
        k < len(words) - 1
        and fold(words[k]) in gaz.country_forms
        and (
            (
                words[k - 1].lower().strip(".") in TITLE_WORDS
                # a rank: "Private Chad Horn", "Trooper Jordan Ellis" (cities44)
                or words[k - 1].lower().strip(".") in RANK_NOUNS
                or (words[:k] == ["By"] and not owned)  # not "By Israel Hayom's count"
            )
            if k
            else by
        )
        and is_first_name(words[k])
        and words[k + 1][:1].isupper()
        and fold(words[k + 1]) not in gaz.country_forms
        # a full name after the country is the title's ("Foreign Minister Jordan Ayman
        # Safadi", "President Chad Mahamat Deby"): the country's word is no given name
        and not (k + 2 < len(words) and is_first_name(words[k + 1]))
    )


def _surname_initial(word: str) -> bool:
    """ "José Abiel A.", "Salvador A.": Mexican and Spanish authorities name suspects and
    victims by the initial of their surname; "A." there is no article of a title phrase."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


_MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")


def _month_in_name(words: list[str], k: int) -> bool:
    """ "Lala Jan Zadran", "Jan Egeland", "Jun Sarkar": a month's abbreviation followed by a
    name word is a name word (in a date a number follows it: "Sat Aug 31"); so is one, or
    "Thu" or "Sun", ending a name ("Sepoy Bismillah Jan", "Sai Kyaw Thu")."""
    low = words[k].lower()
    if low not in _MONTH_ABBREVIATIONS | _WEEKDAY_ABBREVIATIONS or not words[k][:1].isupper():
        return False
    if k + 1 == len(words):
        # the last word after a given name: "officer Khushboo Jan of Vehil"; or after a
        # name word English text does not use ("Sepoy Bismillah Jan": "bismillah" is in
        # the big word list, no everyday word)
        prev = words[k - 1] if k >= 1 else ""
        return (
            prev[:1].isupper()
            and prev.lower() not in FUNCTION_WORDS
            and (is_first_name(prev) or not is_everyday_word(prev))
        )
    return (
        low in _MONTH_ABBREVIATIONS  # "Sat Aug 31": a weekday before a capital is a date's
        and words[k + 1][:1].isupper()
        and words[k + 1].lower() not in FUNCTION_WORDS
    )


# Burmese and Vietnamese name syllables that abbreviate weekdays: "Sai Kyaw Thu", "Min Sun".
_WEEKDAY_ABBREVIATIONS = _words("thu sun")


def _drop_glued_city(
    head: list[str], name: list[str], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """Flattened text: "... district in Aleppo Ibrahim Abu Leith told Anadolu". Not right
    after a title: "Political Agent Shahabad Ali Shah" is a name, whatever Shahabad is."""
    if (
        len(name) >= 3
        and not (head and head[-1].lower().strip(".") in TITLE_WORDS)
        and name[0][:1].isupper()
        and "-" not in name[0]
        and fold(name[0]) not in PLACE_PREFIXES
        and name[1][:1].isupper()
        and is_first_name(name[1])
        and any(c.population >= _PLACE_HEAD_POP for c in gaz.lookup(name[0]))
        and not is_first_name(name[0])
    ):
        return [*head, name[0]], name[1:]
    return head, name


def _drop_glued_country(
    head: list[str], name: list[str], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """A country of two or three words opening the name is the title's ("Special
    Representative to Sierra Leone Francis Okelo", "Ambassador to Sri Lanka Julie Chung"):
    no word of it alone is a country, so the title phrase stopped short of it (cities44).
    A name of two words or more must follow ("New Zealand" alone is no name's head)."""
    for k in (3, 2):
        if (
            len(name) >= k + 2
            and all(w[:1].isupper() for w in name[: k + 2])
            and fold(" ".join(name[:k])) in gaz.country_forms
        ):
            return [*head, *name[:k]], name[k:]
    return head, name


# South Asian police and district titles, written as capitals and followed by the post's
# jurisdiction: "SSP Srinagar Rakesh Balwal", "SP Peshawar Cantonment Kashif Zulfiqar".
JURISDICTION_TITLES = _words("sp ssp dsp asp igp dig sho dpo sdpo dgp adgp ig rpo cpo ccpo")


def _jurisdiction_title(word: str) -> bool:
    return word.isupper() and word.lower() in JURISDICTION_TITLES


def _bracketed_jurisdiction_title(before: tuple[str, ...]) -> bool:
    """The run follows such a title's acronym in brackets after the spelled-out title:
    "Inspector General of Police (IGP) Kashmir Vijay Kumar" (precision24)."""
    return (
        len(before) >= 3
        and before[-1] == ")"
        and before[-3] == "("
        and _jurisdiction_title(before[-2])
    )


def _drop_jurisdiction(
    head: list[str], name: list[str], gaz: Gazetteer, bracketed: bool = False
) -> tuple[list[str], list[str]]:
    """After such a title, the one or two words before a known given name are the place
    of the post, not the name; a region or place there may be a given name too ("IGP
    Kashmir Vijay Kumar"). The title may be in brackets before the run ("Inspector General
    of Police (IGP) Kashmir Vijay Kumar"), and a compass word may open the post's place
    ("DIG South Kashmir Atul Goel"; precision24)."""
    titled = (bracketed and not head) or (bool(head) and _jurisdiction_title(head[-1]))
    if not titled or len(name) < 3:
        return head, name
    for k in (1, 2):
        if k == 1 and fold(name[0]) in DIRECTIONS:
            continue  # "South Kashmir": a compass word opens the place, never is all of it
        if len(name) - k >= 2 and is_first_name(name[k]):
            place = " ".join(name[:k])
            town = any(c.population >= _PLACE_HEAD_POP for c in gaz.lookup(place))
            if head and (not is_first_name(name[0]) or gaz.regions.lookup(place) or town):
                return [*head, *name[:k]], name[k:]
            if not head and _known_post(name[:k], gaz):
                # in brackets the title is further away: the post must be a known place
                # ("Deputy Inspector General (DIG) Ahsan Habib Palash" names a man)
                return name[:k], name[k:]
    return head, name


def _known_post(words: list[str], gaz: Gazetteer) -> bool:
    """A region or a town of 15,000 or more, after a compass word if one opens it ("Central
    Kashmir", "Sopore")."""
    if fold(words[0]) in DIRECTIONS:
        words = words[1:]
    place = " ".join(words)
    return bool(place) and (
        bool(gaz.regions.lookup(place)) or any(c.population >= 15_000 for c in gaz.lookup(place))
    )


# Words that close the name of an office's place: a region's, a town part's or a city's.
_OFFICE_UNITS = PLACE_TYPE_AFTER | _words("city")


def _office_of(before: tuple[str, ...]) -> bool:
    """The words before end on an office holder's title and "of": "the governor of"."""
    return len(before) >= 2 and before[-1] == "of" and before[-2].lower() in OFFICE_HOLDERS


def _drop_office_place(
    head: list[str], name: list[str], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """After "TITLE of", the place of the office may stand between "of" and the name with
    no comma: "the governor of Helmand Gulab Mangal", "the head of Nagorno-Karabakh Samvel
    Shahramanyan". Its one or two words go to the title phrase when a name of two words
    or more is left and the place is a region or a big town the gazetteer knows (no given
    name: "the widow of ..." holds no title), or when one word that is no given name and
    no English word stands before a given name ("the President of Puntland Said Deni").
    Not when the whole run is a place the gazetteer knows ("the mayor of San Miguel
    Totolapan": no "Miguel Totolapan" after a place "San") (lead20)."""
    if len(name) >= 3 and gaz.lookup(" ".join(name)):
        return head, name
    for k in (4, 3, 2, 1):
        rest = name[k:]
        if len(rest) < 2 or not all(w[:1].isupper() for w in name[: k + 1]):
            continue
        place = " ".join(name[:k])
        if _is_titleish(name[0], gaz):
            continue
        # "the Defense Minister of Kobane Canton Ismet Hasan", "Chairman of Gwoza Local
        # Government Area X", "the Mayor of Quezon City X": a unit's word closes the place
        unit = k >= 2 and name[k - 1].lower() in _OFFICE_UNITS
        if k >= 3 and not unit:
            continue
        known = (
            unit
            or bool(gaz.regions.lookup(place))
            or any(c.population >= _PLACE_HEAD_POP for c in gaz.lookup(place))
        )
        if is_first_name(name[0]) and not (k == 1 and known and is_first_name(rest[0])):
            # "the widow of Jordan Peterson": a given name; "the mayor of Paris Anne
            # Hidalgo": a big town's name that is a given name too, before a given name
            continue
        shaped = (
            k == 1
            and is_first_name(rest[0])
            and not is_everyday_word(name[0])
            and fold(name[0]) not in PLACE_PREFIXES
        )
        if known or shaped:
            return [*head, *name[:k]], rest
    return head, name


def _keep_honorific(
    head: list[str], name: list[str], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """ "President Hassan Sheikh Mohamud": the honorific sits inside the name; "Mudasir
    Ahmad Sheikh", "Ghulam Nabi Sheikh": at the end of a run after a given name it is the
    surname (Kashmir, Pakistan, Bangladesh), since no name follows the title; so are
    "Sultan" and "Emir" there ("Muhammad Sultan")."""
    if (
        not name
        and len(head) >= 2
        and head[-1].lower() in _SURNAME_TITLES
        and _surname_title_owner(head[-2], gaz)
    ):
        front, given = _peel_title(head[:-1], gaz)
        return front, [*given, head[-1]]
    if (
        name
        and len(head) >= 2
        and head[-1].lower() in NAME_HONORIFICS
        and _given_name_word(head[-2], gaz)
        and not _is_titleish(head[-2], gaz)
    ):
        return head[:-2], head[-2:] + name
    return head, name


def _surname_title_owner(word: str, gaz: Gazetteer) -> bool:
    """The word before a title ending a run is a given name, known ("Muhammad Sultan") or
    one that can only be a name ("Mehbooba Mufti"): no people's or faith's word ("Saudi
    Sheikh", "Sufi Sheikh") nor a title ("Deputy Emir")."""
    if _is_titleish(word, gaz):
        return False
    if is_first_name(word):
        return True
    return (
        _given_name_word(word, gaz)
        and word.lower() not in FAITHS_AND_PEOPLES
        and not is_demonym(word, gaz)
    )


def _given_name_word(word: str, gaz: Gazetteer) -> bool:
    """A known given name, or a word that can only be one there: no English word, body,
    acronym or place ("spokesman Ridwan Haji Abdiwali": Somali names hold "Haji"; "eastern
    Aleppo Sheikh Khaled" is a place before a title)."""
    return is_first_name(word) or not (
        is_common_word(word) or word.lower() in ORG_WORDS or word.isupper() or gaz.lookup(word)
    )


def _cut_at_headline_verb(name: list[str]) -> list[str]:
    """In a Title Case headline the name ends where the verb begins ("Pope Francis Prays
    for ...", "Ash Carter Visits Iraq"); in a longer run, at the first ordinary word. Never
    right after a middle initial: the word after it is the surname ("Bradley T. Smith,
    Under Secretary ...", "George W. Bush Visits ...")."""
    cut = next(
        (
            m
            for m, w in enumerate(name[1:], start=1)
            if is_common_form(w)
            and not is_common_word(w)
            and not is_first_name(w)
            and not _initial(w)
            and not _initial(name[m - 1])
        ),
        None,
    )
    if cut is None and len(name) > 2:
        cut = next(
            (
                m
                for m, w in enumerate(name[1:], start=1)
                if is_common_form(w)
                and not is_first_name(w)
                and not _initial(w)
                and not _initial(name[m - 1])
            ),
            None,
        )
    return name[:cut] if cut is not None else name


def _initial(word: str) -> bool:
    """A middle initial, with or without its period ("Abdirisak M Tuuryare"): no verb."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()
