"""Bylines without "By": a line that only names the writer, where the story has none of its
paragraphs yet or has ended ("Kokoette Inyangidim" under the date line, "Seriki Adinoyi in
Jos", "From Tunde Okafor, Maiduguri", "Posted by:Fred", an editor's "T. Suraya-Yarzada"
after the last paragraph). The annotation rules count these writers; as plain body lines
nothing vouched for their names (no list knows "Inyangidim"), as credit lines their
position does (``person_credits``).
"""

from __future__ import annotations

import re

from app.extract.clean import BODY, Line
from app.extract.gazetteer_index import Gazetteer
from app.extract.lexicons import (
    DIRECTIONS,
    ORG_WORDS,
    PARTICLES,
    WORLD_REGIONS,
    is_everyday_word,
    is_first_name,
    words,
)
from app.extract.person_names import AGENCY_WORDS
from app.extract.transliteration import fold

__all__ = ["OUTLET_TAILS", "bare_byline_lines", "filed_writers", "is_bare_byline", "outlet_byline"]

# A name word: capitalised, maybe hyphenated ("Suraya-Yarzada"), or an initial ("T.").
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
_BARE_BYLINE = re.compile(
    rf"^(?:From\s+|Posted\s+by\s*:?\s*)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    # where the story was filed: "in Jos", ", Maiduguri"
    r"(?:(?:\s+in\s+|\s*,\s*)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*$"
)
_POSTED_BY = re.compile(rf"^Posted\s+by\s*:?\s*{_NAME_WORD}\s*$")
# Several writers, each with the town the story was filed from, as Nigerian dailies print
# them: "Tunde Okafor, Jos, Musa Bello, Makurdi and Ada Eze, Kaduna".
_FILED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_WRITER = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*,\s*{_FILED}"
_WRITERS = re.compile(
    rf"^(?:From\s+)?(?P<first>{_WRITER})(?P<rest>(?:\s*,\s*{_WRITER})*\s+(?:and|&)\s+{_WRITER})\s*$"
)
_WRITERS_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
# Several writers each "in" the town they filed from, as the Guardian and Nigerian dailies
# print them: "Jane Doe in Nairobi and John Roe in Khartoum", "A B in Jos, C D in Kano and E
# F in Abuja". One writer so written ("Seriki Adinoyi in Jos") is read by ``_BARE_BYLINE``.
_IN_WRITER = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+in\s+{_FILED}"
_IN_WRITERS = re.compile(
    rf"^(?:(?:By|From)\s+)?(?P<all>{_IN_WRITER.replace('?P<name>', '')}"
    rf"(?:\s*,\s*{_IN_WRITER.replace('?P<name>', '')})*"
    rf"\s+(?:and|&)\s+{_IN_WRITER.replace('?P<name>', '')})\s*$"
)
_IN_WRITER_RE = re.compile(_IN_WRITER)
# A writer's name and the outlet they write for on one line, without "By" or a comma, as
# big outlets print bylines and copies keep them: "Peter Finn Washington Post", "Feras
# Killani BBC News Arabic, western Syria" (the outlet's desk or where it was filed after a
# comma). Only outlets whose names are no person's words; each as the words a name run
# would end on (``person_vouching.drop_agency`` cuts them from the writer's name).
_BBC_SERVICES = words(
    "arabic persian russian ukrainian urdu pashto somali hausa afrique mundo hindi bangla"
    " amharic tigrinya burmese uzbek azeri turkish swahili brasil vietnamese indonesia"
)
OUTLET_TAILS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        {("bbc",), ("bbc", "news")}
        | {("bbc", s) for s in _BBC_SERVICES}
        | {("bbc", "news", s) for s in _BBC_SERVICES}
        | {
            ("washington", "post"),
            ("new", "york", "times"),
            ("los", "angeles", "times"),
            ("wall", "street", "journal"),
            ("financial", "times"),
            ("al", "jazeera"),
            ("cnn",),
            ("npr",),
        },
        key=len,
        reverse=True,
    )
)
_ACRONYMS = frozenset(["bbc", "cnn", "npr"])
_OUTLET = "|".join(
    r"\s+".join(w.upper() if w in _ACRONYMS else w.capitalize() for w in t) for t in OUTLET_TAILS
)
_OUTLET_BYLINE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*,?\s+(?:{_OUTLET})"
    r"(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s*$"
)


def filed_writers(text: str) -> list[str] | None:
    """The writers' names of a line that is only two or more writers each "in" the town they
    filed from ("Jane Doe in Nairobi and John Roe in Khartoum"), or None. Each name opens on
    a given name or on a word English does not write, and holds no organisation's, agency's,
    world region's or compass word: "Fighting Rages in Gaza and Clashes Erupt in Jenin" is a
    headline."""
    m = _IN_WRITERS.match(text.strip())
    if not m:
        return None
    names = [w["name"] for w in _IN_WRITER_RE.finditer(m["all"])]
    for name in names:
        first = name.split()[0]
        if (
            name.isupper()
            or first.lower() in PARTICLES
            or first == "The"
            or (is_everyday_word(first) and not is_first_name(first))
            or any(
                w.lower() in ORG_WORDS
                or w.lower() in AGENCY_WORDS
                or w.lower() in WORLD_REGIONS
                or w.lower() in DIRECTIONS
                for w in name.split()
            )
        ):
            return None
    return names


def outlet_byline(text: str) -> str | None:
    """The writer's name of a line that is only a name and an outlet ("Peter Finn Washington
    Post"), or None. The name's words are no English words (unless given names): "Putin
    Slams Washington Post" is a headline."""
    m = _OUTLET_BYLINE.match(text.strip())
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if name.isupper() or any(
        w.lower() in ORG_WORDS or (len(w) > 2 and is_everyday_word(w) and not is_first_name(w))
        for w in words
    ):
        return None
    return name


# A story paragraph: bylines come before the first one or after the last one. Twelve words
# is longer than any byline line and shorter than the one-sentence paragraphs of wire copy.
_PARAGRAPH_WORDS = 12
# Three or four writers with their towns run to ~90 characters.
_WRITERS_MAX = 120


def is_bare_byline(text: str, gaz: Gazetteer) -> bool:
    """The line is only a writer's name (two to four words, or "Posted by" one), maybe with
    where the story was filed. No word is an English word (unless it is a given name: "Show
    More", "Latest Headlines" are page furniture), an organisation's or an agency's, a
    country, a world region or a compass word ("Africa Subsaharan" is a section label), and
    the name is no place ("Khan Younis" is a subheading)."""
    line = text.strip()
    if _POSTED_BY.match(line):
        return True
    if (names := filed_writers(line)) is not None:
        # "Jane Doe in Nairobi and John Roe in Khartoum": no name is a place or a country
        return not any(
            gaz.lookup(n)
            or gaz.regions.lookup(n)
            or any(fold(w) in gaz.country_forms for w in n.split())
            for n in names
        )
    if writers := _WRITERS.match(line):
        # name, town, name, town...: every writer's name passes the test one name does
        parts = _WRITERS_SPLIT.split(writers["first"] + writers["rest"])
        return len(parts) % 2 == 0 and all(_writer_name(n, gaz) for n in parts[::2])
    m = _BARE_BYLINE.match(line)
    if m and _writer_name(m.group("name"), gaz):
        return True
    name = outlet_byline(line)  # "Peter Finn Washington Post"
    return name is not None and _writer_name(name, gaz)


def _writer_name(name: str, gaz: Gazetteer) -> bool:
    """The words a bare byline gives as a writer's name make one (see ``is_bare_byline``)."""
    if name.isupper():
        return False  # "FREE KOSOVA", "SERBIAN MASSACRES": menus and section labels
    words = name.split()
    if words[0].lower() in PARTICLES or words[0] == "The":
        return False  # "Al Jazeera", "The Guardian"
    if gaz.lookup(name) or gaz.regions.lookup(name):
        return False
    return not any(
        w.lower() in ORG_WORDS
        or w.lower() in AGENCY_WORDS
        or w.lower() in WORLD_REGIONS
        or w.lower() in DIRECTIONS
        or fold(w) in gaz.country_forms
        or (len(w) > 2 and is_everyday_word(w) and not is_first_name(w))
        for w in words
    )


def bare_byline_lines(lines: list[Line], gaz: Gazetteer) -> set[int]:
    """Indexes of the body lines that are bare bylines: before the story's first paragraph
    or after its last one (a short line between paragraphs is a subheading or a quote)."""
    paragraphs = [
        ln.index
        for ln in lines
        if ln.kind == BODY
        # (words counted up to the threshold: splitting whole FA-KES articles cost ~1%)
        and len(ln.text.split(maxsplit=_PARAGRAPH_WORDS)) >= _PARAGRAPH_WORDS
        and not _WRITERS.match(ln.text.strip())  # three writers and their towns run long
        and not _IN_WRITERS.match(ln.text.strip())
    ]
    if not paragraphs:
        return set()
    first, last = paragraphs[0], paragraphs[-1]
    return {
        ln.index
        for ln in lines
        if ln.kind == BODY
        and (ln.index < first or ln.index > last)
        and len(ln.text)
        <= (
            _WRITERS_MAX
            if _WRITERS.match(ln.text.strip()) or _IN_WRITERS.match(ln.text.strip())
            else 60
        )
        and is_bare_byline(ln.text, gaz)
    }
