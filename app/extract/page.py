"""One raw page in, one ``Extraction`` out: the extraction stage itself (the package's
docstring says how it goes). Pure functions, no I/O."""

from __future__ import annotations

import dataclasses
import re

from app.domain import CityMention, Extraction, PersonMention
from app.extract.bare_bylines import bare_byline_lines, outlet_byline
from app.extract.chunks import chunks
from app.extract.cities import find_cities
from app.extract.clean import BODY, BOILER, CAPTION, META, Line, segment
from app.extract.countries import countries_mentioned, country_labels
from app.extract.dates import DATE_ONLY
from app.extract.gazetteer import Gazetteer, gazetteer
from app.extract.metadata import DATELINE, Metadata, dateline, extract_metadata, fallback_title
from app.extract.nicknames import blank_nicknames
from app.extract.persons import PersonFinder, person_key
from app.extract.regions import extract_regions
from app.extract.transliteration import fold
from app.extract.wire_credits import wire_credit_line

__all__ = ["extract_page", "extraction_to_json", "person_key"]

# A credit line naming who took the pictures rather than who wrote the words.
_PICTURE_CREDIT = re.compile(
    r"\b(?:photos?|pictures?|images?|video|footage|credit|getty|camera)\b|©", re.I
)


# A byline above the headline names the writer as one under it does.
_BY = re.compile(r"\b[Bb]y\b")


# Longest line a byline or credit line takes ("Additional reporting by ...; Writing by ...;
# Editing by ..." runs to ~120 characters). A longer line the metadata was read from is the
# story itself: FA-KES keeps whole articles in one line, their date and outlet inside it,
# and taking it as a credit line made everyone it names an author (108 links, Bashar
# al-Assad's among them).
CREDIT_LINE_MAX = 250


# "The Washington Post's X contributed to this report.", "X in Cairo and Y in Amman
# contributed reporting.": the reporters a story's last line credits.
_CONTRIBUTED = re.compile(r"\bcontributed (?:to (?:this|the) (?:report|story)|reporting)\b")
_CONTRIBUTED_MAX = 200


def _credit_role(text: str) -> str:
    return "credit" if _PICTURE_CREDIT.search(text) else "author"


def _is_nickname(city: CityMention, nicknames: set[str]) -> bool:
    """A place whose every form is a nickname the article gives a person ("El Chapo")."""
    return bool(nicknames) and all(fold(f) in nicknames for f in (city.name, *city.aliases))


# A line above the headline is kept when it is a paragraph of prose: this many words and
# a finished sentence in it. Page furniture above a headline is short (menus, section names, dates);
# a headline found late in a page (a gallery of long captions, then a truncated line that
# looks like a headline) must not take the paragraphs above it, and their names, with it.
_PROSE_ABOVE_HEADLINE_WORDS = 20
_SENTENCE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")


def _kept_above_headline(line: Line, below: set[str] | None = None) -> bool:
    if line.kind == CAPTION:
        return below is None or not _other_story(line.text, below)
    return (
        line.kind == BODY
        and len(line.text.split()) >= _PROSE_ABOVE_HEADLINE_WORDS
        and bool(_SENTENCE.search(line.text))
    )


# A caption above the headline is another story's photo when it names this many things
# and the article names none of them ("Senate Minority Leader Mitch McConnell ... at the
# Capitol in Washington" over a story on a Mexican ambush): a page's own lead photo shares
# a place or a name with its story. Five keeps short captions ("Smoke rises, Tuesday")
# whatever they share.
_OTHER_STORY_NAMES = 5
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{2,}")


def _other_story(caption: str, below: set[str]) -> bool:
    names = set(_CAPITALISED.findall(caption))
    return len(names) >= _OTHER_STORY_NAMES and not names & below


def _in_related_block(ln: Line, meta: Metadata) -> bool:
    """A line of a box of related links between the headline and the story, from its first
    label to its last ("Latest related coverage" ... "Other related coverage"): another
    story's link or caption ("Stve Bracks with E Timor PM Xanana Gusmao Timor reaction
    uncertain: Bracks"), as it was when the box's last label was taken for the headline."""
    labels = meta.related_labels
    return labels is not None and labels[0] <= ln.index <= labels[1]


def _story_lines(lines: list[Line], meta: Metadata, bylines: set[int]) -> list[Line]:
    """Lines of the article proper: page furniture above the headline is dropped, and so is
    a box of related links between it and the story."""
    headline = meta.headline_index
    below: set[str] | None = None
    if headline is not None and any(ln.kind == CAPTION for ln in lines[:headline]):
        below = set(_CAPITALISED.findall(" ".join(ln.text for ln in lines[headline:])))
    return [
        ln
        for ln in lines
        if ln.kind != BOILER
        and not _in_related_block(ln, meta)
        and (
            headline is None
            or ln.index >= headline
            or _kept_above_headline(ln, below)
            or wire_credit_line(ln.text)  # "Haro Chakmakjian, AFP" above the headline
            or ln.index in bylines  # "From Tunde Okafor, Maiduguri" above it
            or (ln.kind == META and _BY.search(ln.text[:40]))  # "Posted by X on May 2"
        )
    ]


def extract_page(text: str, *, url: str | None = None, gaz: Gazetteer | None = None) -> Extraction:
    gaz = gaz or gazetteer()
    lines = segment(text)
    meta = extract_metadata(lines, url=url, countries=country_labels(gaz))
    bylines = bare_byline_lines(lines, gaz)
    story = _story_lines(lines, meta, bylines)
    top = meta.headline_index or 0  # a wire credit kept above the headline is no body text
    body = "\n\n".join(
        ln.text
        for ln in story
        if ln.kind == BODY
        and ln.index not in meta.used
        and ln.index not in bylines
        and not (ln.index < top and wire_credit_line(ln.text))
    )
    title = meta.title or fallback_title(body)

    all_chunks = []
    credit_lines: dict[int, str] = {}  # line -> "author" | "credit"
    datelines: dict[int, int] = {}
    nicknames: set[str] = set()  # folded nicknames quoted inside names: no places
    for ln in story:
        if ln.kind == META and ("@" in ln.text or DATE_ONLY.match(ln.text)):
            continue  # names inside e-mail addresses and handles are not mentions
        used = ln.index in meta.used and ln.index != meta.headline_index
        if ln.kind == META or (used and len(ln.text) <= CREDIT_LINE_MAX):
            credit_lines[ln.index] = _credit_role(ln.text)
        elif (
            ln.index in bylines
            or (len(ln.text) <= _CONTRIBUTED_MAX and _CONTRIBUTED.search(ln.text))
            # "Peter Finn Washington Post" under a photo's caption (a name and an outlet)
            or (ln.kind == BODY and len(ln.text) <= 80 and outlet_byline(ln.text))
        ):
            credit_lines[ln.index] = "author"
        if ln.kind == BODY and dateline(ln.text):
            m = DATELINE.match(ln.text)
            datelines[ln.index] = m.end("place") if m else -1
        text_ = _blank_handles(blank_nicknames(ln.text, nicknames))
        all_chunks.extend(chunks(text_, ln.index, ln.kind))

    countries = countries_mentioned(all_chunks, gaz)
    finder = PersonFinder(gaz, countries)
    for ch in all_chunks:
        finder.feed(ch, ch.line_no in credit_lines)
    persons = finder.result(credit_lines)
    regions = extract_regions(all_chunks, gaz, countries)
    # A region places the article in its country ("Zaporizhzhia region": Ukraine).
    place_countries = countries | regions.region_countries()
    city_finder = find_cities(
        all_chunks,
        gaz,
        finder.spans,
        datelines,
        place_countries,
        regions.places(),
        regions.names(),
    )
    cities = [c for c in city_finder.result() if not _is_nickname(c, nicknames)]
    # A name the text places as a town ("shelled Mala Tokmachka") is no person, nor is its
    # tail once a title word is peeled off ("Sultan Abdallah", a village, is no "Abdallah").
    taken = city_finder.taken_from_persons
    # ... but a writer's name on a byline stays the writer's: "Tunde Okafor, Jos, Musa
    # Bello, Makurdi and ..." lists places around the names, not a list of places.
    writers = {fold(p.name) for p in persons if p.role == "author"}
    persons = [
        p
        for p in persons
        if fold(p.name) in writers
        or not any(t == fold(p.name) or t.endswith(" " + fold(p.name)) for t in taken)
    ]
    cities = [c for c in cities if fold(c.name) not in writers]
    persons = [_text_initials(p, text) for p in persons]
    return Extraction(
        title=title,
        body=body,
        title_is_fallback=meta.title is None,
        published=meta.published,
        source=meta.source,
        author=meta.author,
        url=meta.url,
        persons=tuple(sorted(persons, key=lambda p: -p.count)),
        cities=tuple(sorted(cities, key=lambda c: -c.count)),
        regions=tuple(sorted(regions.result(), key=lambda r: -r.count)),
    )


# A social handle ("(@DelgadoCabo)", "via @UN_CAR"), not an e-mail address's tail.
_HANDLE = re.compile(r"(?<![\w.])@\w+")


def _blank_handles(line: str) -> str:
    """The line with each social handle replaced by spaces (offsets kept): the annotation
    rules take no name from inside a handle, and a glued handle split at its capitals would
    give words ("@DelgadoCabo": "Delgado", "Cabo") that read as names or places."""
    if "@" not in line:
        return line  # most lines
    return _HANDLE.sub(lambda m: " " * len(m.group()), line)


_SPACED_INITIALS = re.compile(r"\b([A-Z]\.) (?=[A-Z]\.)")


def _text_initials(person: PersonMention, text: str) -> PersonMention:
    """Initials as the page writes them: tokens split "V.K. Singh" into "V. K. Singh"; the
    name is given in the page's own form when only that one is in the text."""
    if ". " not in person.name:
        return person
    joined = _SPACED_INITIALS.sub(r"\1", person.name)
    if joined == person.name or joined not in text or person.name in text:
        return person
    return dataclasses.replace(person, name=joined)


def extraction_to_json(e: Extraction) -> dict:
    """The CLI / API view of an extraction."""
    return {
        "title": e.title,
        "published": e.published.isoformat() if e.published else None,
        "source": e.source,
        "author": e.author,
        "url": e.url,
        "persons": [
            {"name": p.name, "aliases": list(p.aliases), "role": p.role} for p in e.persons
        ],
        "cities": [
            {
                # As the article writes it; the archive lists the place as archive_name.
                "name": c.text_name,
                "archive_name": c.name,
                "country": c.country,
                "latitude": c.latitude,
                "longitude": c.longitude,
                "aliases": [a for a in dict.fromkeys((c.name, *c.aliases)) if a != c.text_name],
                "region_code": c.region_code,
            }
            for c in e.cities
        ],
        "regions": [
            {
                "name": r.name,
                "country": r.country,
                "code": r.code,
                "aliases": list(r.aliases),
            }
            for r in e.regions
        ],
        "body": e.body,
    }
