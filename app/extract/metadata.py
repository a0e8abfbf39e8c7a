"""Headline, publication date, source, author and URL, read from labelled page lines.

Every field is filled only from what the page states (the eval rules): a date in a caption,
an event date or a page-header "today" date is not a publication date; a headline is looked
for only before the story starts; a URL only in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.extract.clean import BODY, BOILER, CAPTION, META, Line
from app.extract.dates import DATE_ONLY, DATE_PATTERN, DATE_RE, LEADING_DATE, to_date


@dataclass
class Metadata:
    title: str | None = None
    headline_index: int | None = None  # index of the headline line, when there is one
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    used: set[int] = field(default_factory=set)  # lines that are metadata, not story


# Headlines are 3-30 words and do not end like a sentence. A page's first story paragraph
# is a line of 15+ words ending in sentence punctuation, or a dateline; the headline is the
# last headline-shaped line before it (earlier ones are navigation or trending links).
_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 3, 30
_STORY_MIN_WORDS = 15
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ ]{1,40}?(?:/[A-Z][A-Za-z.'’ ]{1,30})*)"
    r"(?:,\s*[A-Z][A-Za-z. ]{2,25}?(?:\s+\d{1,2})?)?\s*"  # ", Afghanistan", ", May 14"
    r"(?:\((?P<agency>[A-Za-z.]{2,12})\)\s*)?"
    r"(?:[-–—:]|\s[-–—:])\s*",
)
_DATELINE_MARK = re.compile(r"[-–—:]")
_SITE_WORDS = re.compile(
    r"\b(news|times|post|tv|online|tribune|herald|journal|daily|today|press|network|"
    r"agency|us|uk|\.com|media|review|gazette|telegraph|guardian|observer|monitor)\b",
    re.I,
)
_SITE_SUFFIX = re.compile(r"^(?P<head>.{10,}?)\s+[–—|-]\s+(?P<site>[A-Z0-9][\w.&'’ ]{1,35})$")
_SUFFIX_MARK = re.compile(r"\s[–—|-]\s")
_SELF_MENTION = re.compile(
    r"\b(?:from|to|at|of)\s+(?P<name>(?:The\s+)?[A-Z][\w’'&-]+(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w’'&-]+){0,4})"
)
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_URL = re.compile(r"https?://[^\s)\]>\"']+")
_BYLINE = re.compile(r"^By\s+(?P<rest>.+)$")
_CREDIT = re.compile(
    r"\b(?P<role>writing|(?:additional\s+)?reporting)\s+by\s+(?P<names>[^;]+)", re.I
)
_SPECIAL_FOR = re.compile(
    r"^(?:Special\s+(?:for|to)|Staff\s+writer|Correspondent)\b\s*(?P<outlet>.*)$", re.I
)
_PUBLISHED = re.compile(
    r"^(?:(?:first\s+)?published|posted|issued|date\s+of\s+publication|publication\s+date)"
    r"\s*(?:on)?\s*:?\s*",
    re.I,
)
_WIRE_DATE = re.compile(
    rf"\b(?-i:Reuters|REUTERS|AFP|AP|Xinhua|DPA|Anadolu)\s+(?P<date>{DATE_PATTERN})", re.I
)
_AGENCY_NAMES = {"reuters": "Reuters", "ap": "AP", "afp": "AFP", "upi": "UPI", "xinhua": "Xinhua"}


def is_headline_shaped(text: str) -> bool:
    words = text.split()
    if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS or len(text) > 220:
        return False
    if text.endswith((".", ",", ";")) and not text.endswith(("..", "U.S.")):
        return False
    return not (DATE_ONLY.match(text) or _BYLINE.match(text) or _SPECIAL_FOR.match(text))


def is_story_start(text: str) -> bool:
    if DATELINE.match(text) and _dateline_place(text):
        return True
    return len(text.split()) >= _STORY_MIN_WORDS and bool(re.search(r"[.!?\"”]$", text))


def _dateline_place(text: str) -> str | None:
    """'PARIS –', 'WASHINGTON (Reuters) -', 'KABUL, Afghanistan -', 'SANAA:' -> place text."""
    if not (text[:1].isupper() and _DATELINE_MARK.search(text, 0, 90)):
        return None
    m = DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    letters = re.sub(r"[^A-Za-z]", "", place)
    # Datelines are in capitals, or followed by an agency in brackets ("Paris —" is title
    # case in some outlets: accept one or two capitalised words before a dash).
    if letters.isupper() and len(letters) >= 3:
        return place
    if m.group("agency") or (len(place.split()) <= 2 and re.search(r"[–—]", text[: m.end()])):
        return place
    return None


def dateline(text: str) -> tuple[str, str | None] | None:
    """(place, agency) of a story's opening dateline, or None."""
    place = _dateline_place(text)
    if place is None:
        return None
    return place, DATELINE.match(text).group("agency")  # type: ignore[union-attr]


def _strip_site_suffix(text: str, others: set[str]) -> tuple[str, str | None]:
    if len(text) > 300 or not _SUFFIX_MARK.search(text):
        return text, None
    m = _SITE_SUFFIX.match(text)
    if m and (m.group("head") in others or _SITE_WORDS.search(m.group("site"))):
        return m.group("head"), m.group("site").strip()
    return text, None


def _outlet_case(name: str) -> str:
    """'USA TODAY' -> 'USA Today': shouted outlet names in normal case, acronyms kept."""
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())


def find_title(lines: list[Line], meta: Metadata) -> None:
    start = next((ln.index for ln in lines if ln.kind == BODY and is_story_start(ln.text)), None)
    texts = {ln.text for ln in lines}
    best: Line | None = None
    for ln in lines:
        if start is not None and ln.index >= start:
            break
        if ln.kind == BODY and is_headline_shaped(ln.text) and not _looks_like_name_line(ln.text):
            best = ln
    if best is None:
        return
    title, site = _strip_site_suffix(best.text, texts)
    meta.title, meta.headline_index = title, best.index
    meta.used.add(best.index)
    if site:
        meta.source = meta.source or _outlet_case(site)
    # A copy of the headline carrying the site suffix is the HTML <title>.
    for ln in lines:
        if ln.index != best.index and _strip_site_suffix(ln.text, {title})[0] == title:
            meta.used.add(ln.index)
            if not meta.source:
                meta.source = _outlet_case(_strip_site_suffix(ln.text, {title})[1] or "") or None


def _looks_like_name_line(text: str) -> bool:
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[:?!]", text)


def find_date(lines: list[Line], meta: Metadata) -> None:
    """Published: > byline date > a stand-alone/leading date line (not a page-header date)."""
    candidates: list[tuple[int, date, int]] = []  # (priority, date, line index)
    headline = meta.headline_index
    for ln in lines:
        if ln.kind in (CAPTION, BOILER):
            continue
        text = ln.text
        m = _PUBLISHED.match(text)
        if m:
            dm = DATE_RE.match(text, m.end())
            if dm and (d := to_date(dm)):
                candidates.append((0, d, ln.index))
            continue
        if _BYLINE.match(text) and len(text.split()) <= 12:
            dm = DATE_RE.search(text)
            if dm and (d := to_date(dm)):
                candidates.append((1, d, ln.index))
            continue
        if DATE_ONLY.match(text) or (ln.index == 0 and LEADING_DATE.match(text)):
            # A date line above the headline is the page's "today" header, not the story's
            # date (a page viewed in 2015 shows 2015 over a 2014 story) - unless the page
            # opens with it and has no headline at all.
            if headline is not None and ln.index < headline and ln.index != 0:
                continue
            if headline is not None and ln.index < headline and re.search(r"[A-Za-z]{6,},", text):
                continue  # "Wednesday, May 27, 2015": a spelled-out weekday header
            dm = DATE_RE.search(text)
            if dm and (d := to_date(dm)):
                candidates.append((2, d, ln.index))
                meta.used.add(ln.index)
    if not candidates:
        # Flattened republished wire copy: "Headline ... Reuters Sunday 12 Jun 2016 Air strikes"
        # - the byline's agency and date run into the first line.
        for ln in lines[:3]:
            if ln.kind == BODY and (wm := _WIRE_DATE.search(ln.text[:300])):
                dm = DATE_RE.match(ln.text, wm.start("date"))
                if dm and (d := to_date(dm)):
                    candidates.append((3, d, ln.index))
                break
    if candidates:
        candidates.sort(key=lambda c: (c[0], c[2]))
        meta.published = candidates[0][1]
        meta.used.add(candidates[0][2])


def find_people_and_source(lines: list[Line], meta: Metadata) -> None:
    credits: dict[str, str] = {}
    domain: str | None = None
    for i, ln in enumerate(lines):
        text = ln.text
        if ln.kind == BOILER:
            if not meta.source and re.search(r"sign|subscri|access|newsletter|email", text, re.I):
                for m in _SELF_MENTION.finditer(text):
                    name = m.group("name").rstrip(".")
                    if len(name.split()) >= 2 and not name.lower().startswith(("the day", "our")):
                        meta.source = name
                        break
            continue
        b = _BYLINE.match(text)
        if b and ln.kind == META and len(text.split()) <= 12:
            rest = DATE_RE.sub("", b.group("rest")).strip(" ,|")
            parts = re.split(r"\s*[,|]\s*", rest, maxsplit=1)
            name = parts[0]
            outlet = parts[1] if len(parts) > 1 else None
            meta.author = meta.author or _outlet_case(name)
            if outlet and not meta.source:
                meta.source = _outlet_case(outlet)
            meta.used.add(ln.index)
            continue
        for m in _CREDIT.finditer(text):
            names = re.split(r"\s*(?:,|\band\b)\s*", m.group("names").strip(" .;)"))
            credits.setdefault(m.group("role").lower().split()[-1], names[0])
        sf = _SPECIAL_FOR.match(text)
        if sf and i > 0 and len(text.split()) <= 6:
            prev = lines[i - 1].text
            if _looks_like_name_line(prev):
                meta.author = meta.author or prev
                meta.used.update({lines[i - 1].index, ln.index})
            if sf.group("outlet") and not meta.source:
                meta.source = _outlet_case(sf.group("outlet").strip())
        if ln.kind == META and (em := _EMAIL.search(text)):
            meta.used.add(ln.index)
            domain = domain or em.group("domain").lower()
        if not meta.url and ln.kind != BOILER and (u := _URL.search(text)):
            meta.url = u.group(0).rstrip(".,")
    if not meta.author:
        meta.author = credits.get("writing") or credits.get("reporting")
    if not meta.source:
        meta.source = domain or _agency_source(lines)


def _agency_source(lines: list[Line]) -> str | None:
    """A wire story that names no republisher: the agency in the dateline or sign-off."""
    for ln in lines:
        if ln.kind == BODY and (dl := dateline(ln.text)) and dl[1]:
            return _AGENCY_NAMES.get(dl[1].lower(), dl[1])
    for ln in reversed(lines):
        if ln.kind == BODY:
            m = re.search(r"(?:^|[\s(-])-*\s*\(?(REUTERS|Reuters|AFP|AP|Xinhua)\)?\s*$", ln.text)
            if m:
                return _AGENCY_NAMES.get(m.group(1).lower(), m.group(1))
            break
    return None


def extract_metadata(lines: list[Line], *, url: str | None = None) -> Metadata:
    meta = Metadata(url=url)
    find_title(lines, meta)
    find_date(lines, meta)
    find_people_and_source(lines, meta)
    return meta


def fallback_title(body: str, limit: int = 90) -> str:
    """The first sentence of the story, cut at a word boundary near ``limit`` characters."""
    text = " ".join(body.split())
    dl = DATELINE.match(text)
    if dl and _dateline_place(text):
        text = text[dl.end() :]
    m = re.search(r"(?<=[a-z0-9”\"')])[.!?](?=\s+[A-Z“\"]|$)", text)
    sentence = text[: m.start() + 1] if m else text
    if len(sentence) <= limit:
        return sentence.strip()
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


__all__ = ["Metadata", "extract_metadata", "fallback_title", "dateline", "META"]
