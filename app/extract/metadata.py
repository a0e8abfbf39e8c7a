"""Headline, publication date, source, author and URL, read from labelled page lines.

Every field is filled only from what the page states (the eval rules): a date in a caption,
an event date or a page-header "today" date is not a publication date; a headline is looked
for only before the story starts; a URL only in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import takewhile

from app.extract.clean import BODY, BOILER, CAPTION, META, Line
from app.extract.countries import CountryLabels
from app.extract.datelines import CAPITALS, DATELINE, dateline, dateline_place
from app.extract.dates import (
    DATE_ONLY,
    DATE_PATTERN,
    DATE_RE,
    LEADING_DATE,
    NUMERIC_STAMP,
    to_date,
)
from app.extract.headline import find_headline, related_labels, story_start
from app.extract.headline_shape import BREADCRUMB, looks_like_name_line
from app.extract.site_suffix import strip_site_suffix
from app.extract.stated_dates import (
    HEADER,
    ISSUE_LINE,
    PLAIN,
    POSTED,
    PUBLISHED,
    UPDATED,
    WEEKDAY_NAME,
    date_line,
)


@dataclass
class Metadata:
    title: str | None = None
    headline_index: int | None = None  # index of the headline line, when there is one
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    used: set[int] = field(default_factory=set)  # lines that are metadata, not story
    story_start: int | None = None  # index of the story's first paragraph
    # the first and last labels over related links between the headline and the story
    # ("Latest related coverage" ... "Other related coverage"): the lines from the one to
    # the other are other stories' links
    related_labels: tuple[int, int] | None = None


_SELF_MENTION = re.compile(
    r"\b(?:from|to|at|of)\s+(?P<name>(?:The\s+)?[A-Z][\w’'&-]+(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w’'&-]+){0,4})"
)
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_URL = re.compile(r"https?://[^\s)\]>\"']+")
_BYLINE = re.compile(r"^By\s+(?P<rest>.+)$")
# ... and on a byline line (META) "by X" too, as some sites print it (``LOWER_BYLINE``).
_META_BYLINE = re.compile(r"^[Bb]y\s+(?P<rest>.+)$")
_CREDIT = re.compile(
    r"\b(?P<role>writing|(?:additional\s+)?reporting)\s+by\s+(?P<names>[^;]+)", re.I
)
# Every credit has "-ing by" in it ("writing by", "reporting by"; n, g, b and y have no other
# case forms): checked first, as scanning a whole FA-KES article with _CREDIT cost ~1% of
# extraction's CPU and finds nothing in nearly all of them.
_CREDIT_HINT = re.compile(r"[nN][gG]\s+[bB][yY]")
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
# A wire agency signing off at the end of the story: "... said. (Reuters)", "- AFP".
_SIGN_OFF = re.compile(r"(?:^|[\s(-])-*\s*\(?(REUTERS|Reuters|AFP|AP|Xinhua)\)?\s*$")
_SIGN_OFF_ENDS = tuple(
    a + end for a in ("REUTERS", "Reuters", "AFP", "AP", "Xinhua") for end in ("", ")")
)
_AGENCY_NAMES = {"reuters": "Reuters", "ap": "AP", "afp": "AFP", "upi": "UPI", "xinhua": "Xinhua"}


def _outlet_case(name: str) -> str:
    """'USA TODAY' -> 'USA Today': shouted outlet names in normal case, acronyms kept."""
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())


def find_title(lines: list[Line], meta: Metadata, countries: CountryLabels | None = None) -> None:
    found = find_headline(lines, meta.story_start, countries)
    if found is None:
        return
    best, title, site = found
    meta.title, meta.headline_index = title, best.index
    meta.related_labels = related_labels(lines, best.index, meta.story_start)
    meta.used.add(best.index)
    if site:
        meta.source = meta.source or _outlet_case(site)
    # A copy of the headline carrying the site suffix is the HTML <title>.
    for ln in lines:
        if ln.index != best.index and strip_site_suffix(ln.text, {title})[0] == title:
            meta.used.add(ln.index)
            if not meta.source:
                meta.source = _outlet_case(strip_site_suffix(ln.text, {title})[1] or "") or None


# Which stated date wins: "Published" > a byline's or "Posted by" date > a date line under
# the headline (the stamp an "Updated" line revises: "March 30, 2022 3:24pm" over "Updated:
# March 31, 2022") > "Updated" > a date line on a page without a headline > a date line above
# the headline (a page-header "today" date, used only when the page states no other) > an
# agency's date run into flattened wire copy.
_LABEL_PRIORITY = {PUBLISHED: 0, POSTED: 1, UPDATED: 3, PLAIN: 4}
_UNDER_HEADLINE_PLAIN, _ABOVE_HEADLINE, _WIRE = 2, 5, 6
# A plain or "Updated" date line this many lines past the story's first paragraph belongs to
# something else (a related-story teaser further down), not to the page; "Published" and
# "Posted" lines count wherever they are (blogs sign posts off at the bottom).
_DATE_ZONE_AFTER_START = 2


def _line_date(ln: Line, meta: Metadata) -> tuple[int, date] | None:
    """(priority, date) a line states as the page's own, or None."""
    text = ln.text
    m = _PUBLISHED.match(text)
    if m and (dm := DATE_RE.match(text, m.end())) and (d := to_date(dm)):
        return _LABEL_PRIORITY[PUBLISHED], d
    if _BYLINE.match(text) and len(text.split()) <= 12:
        dm = DATE_RE.search(text)
        d = to_date(dm) if dm else None
        return (_LABEL_PRIORITY[POSTED], d) if d else None
    stated = date_line(text)
    if stated is None and ln.index == 0 and (lm := LEADING_DATE.match(text)):
        d = to_date(DATE_RE.match(lm.group("date")))  # type: ignore[arg-type]
        return (_LABEL_PRIORITY[PLAIN], d) if d else None
    if stated is None or stated.label == HEADER:
        return None
    start = meta.story_start
    past_zone = start is not None and ln.index > start + _DATE_ZONE_AFTER_START
    if stated.label in (PUBLISHED, POSTED):
        return _LABEL_PRIORITY[stated.label], stated.published
    if past_zone:
        # A plain or "Updated 15 Nov, 2024" line below the story dates a teaser in a list of
        # other stories (an opinion column, related links), not the page.
        return None
    if stated.label == UPDATED:
        return _LABEL_PRIORITY[UPDATED], stated.published
    if meta.headline_index is None:
        return _LABEL_PRIORITY[PLAIN], stated.published
    if ln.index < meta.headline_index:
        return _ABOVE_HEADLINE, stated.published
    return _UNDER_HEADLINE_PLAIN, stated.published


# A statement's opening quote glued to the dateline's dash by the page's flattening: "NEW
# YORK (January 5, 2021) –”I am deeply troubled ..." (titles19).
_QUOTE_AFTER_DASH = r"|[–—-](?=[“”\"‘’'][A-Z])"
# A press release's or wire copy's dateline with the year: "GENEVA, Switzerland, May 9,
# 2013/African Press Organization (APO)/ --", "KABUL, Oct. 3, 2015 (AP) --". The place is in
# capitals and the date runs straight into the agency or the dash.
# A statement filed from two places names both with a slash: "NEW YORK/JUBA, 5 July 2018 -".
_DATED_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS}.'’ /-]{{2,30}}(?:,\s*[{CAPITALS}][\w.'’ -]{{2,30}})?,\s*"
    rf"(?P<date>(?i:{DATE_PATTERN}))"
    # The dash may be glued to the story's first word by the page's flattening: "REUTERS,
    # 25th MAY, 2017-A bombing claimed ...", or to the quote a statement opens with
    # ("NIAMEY, 14 April 2021 -“UNICEF is ...", titles19).
    rf"\s*(?:/|\(|--|[–—-]\s|[–—-](?=[A-Z]){_QUOTE_AFTER_DASH})"
)
# The place in ordinary case, the date (after a French "le") and the agency in capitals
# before the dash, as agencies' foreign-language services print it: "Genève, le 31 mars 2025,
# WAFA- Le Comité ...", "Ramallah, 5 March 2024, WAFA – ...".
_AGENCY_DATED_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][\w'’.-]*(?:[ -][A-Z\u00c0-\u00de][\w'’.-]*){0,2},\s*(?:le\s+)?"
    rf"(?P<date>(?i:{DATE_PATTERN})),\s*[A-Z]{{2,8}}\s*[–—-]\s*[A-Z\u00c0-\u00de\"“«]"
)
# A place in ordinary case, the date and a colon, after the writer's byline on the same line,
# as the Libya Herald opens its stories: "By Sami Zaptia. London, 29 June 2018: Field Marshal
# ...", "Tripoli, 3 March 2019: The Presidential Council ...". The colon closes the dateline
# and the story opens after it, not a lower-case word; an editor's label is no place ("Note,
# 12 October 2020: This story was corrected", "Update, 4 May 2019: the toll rose"; review23).
_COLON_DATED_DATELINE = re.compile(
    r"^(?:By\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}\.\s+)?"
    r"(?!(?:Note|Notes|Update|Updated|Correction|Clarification|Posted|Published|Modified|Edited"
    r"|Editor|Editors|Timeline|Archive|Photo|Source|Date|Dated|Released|Issued|Filed)\b)"
    r"[A-Z\u00c0-\u00de][\w'’.-]*(?:[ -][A-Z\u00c0-\u00de][\w'’.-]*){0,2},\s*"
    rf"(?P<date>(?i:{DATE_PATTERN})):\s+(?![a-z])"
)
# The date first and the place after a comma, as some sites open the story: "August 14, 2016,
# Juba, General Staff of SPLM-IO ...". The place is one or two capitalised words and the
# story goes on after its comma.
_DATE_PLACE_DATELINE = re.compile(
    rf"^(?P<date>(?i:{DATE_PATTERN})),\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?,\s+[A-Z]"
)
# The date in brackets after the place, as press releases print it: "NEW YORK (September 25,
# 2012) — UNICEF condemns ...", "WASHINGTON (Jan. 5, 2017) – The Department ...".
_PAREN_DATED_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS}.'’ /-]{{2,30}}(?:,\s*[{CAPITALS}][\w.'’ -]{{2,30}})?\s*"
    rf"\(\s*(?P<date>(?i:{DATE_PATTERN}))\s*\)\s*(?:--|[–—-]\s{_QUOTE_AFTER_DASH})"
)
# The outlet and its date in brackets after the place: "ZAMBOANGA CITY (Mindanao Examiner /
# July 26, 2012) –".
_BRACKETED_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS}.'’ -]{{2,30}}\(\s*[A-Z][\w.'’& -]{{1,40}}[/,]\s*"
    rf"(?P<date>(?i:{DATE_PATTERN}))"
    r"\s*\)\s*(?:--|[–—-]\s)"
)
# The outlet (or outlets) and the date in brackets after a place in ordinary case, the
# outlet and the date parted by a dash, the bracket closed by a colon or run into the story,
# as Pakistani portals print it: "Quetta, (Indus Wire / Frontier Post - 21st Oct, 2018 )
# :Gunmen ...", "HERAT (Kabul Daily / AIP - 02nd May, 2019) Gunmen ...", "Jos, Jun 3
# (Plateau Post / NAN - 3rd Jun, 2020 ) :Gunmen". The outlet holds no digit and no bracket.
_OUTLET_DATED_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][\w.'’-]*(?:[ -][A-Z\u00c0-\u00de][\w.'’-]*){0,2}"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?,?\s*"
    r"\(\s*[A-Z][^()\d]{1,50}?\s+[-–—]\s*"
    rf"(?P<date>(?i:{DATE_PATTERN}))"
    r"\s*\)\s*(?::|--|[–—-]\s|(?=[A-Z]))"
)
# The outlet, the place and the date all in brackets opening the paragraph, as some agencies
# and Catholic news services print it: "(ZENIT News / Rome, 01.01.2024).- FIDES published
# ...", "(Rudaw / Erbil, May 3, 2021) – ...". The outlet holds no digit and no bracket.
_BRACKET_OPENING_DATELINE = re.compile(
    r"^\(\s*[A-Z][^()/\d]{0,40}?\s*/\s*"
    r"[A-Z\u00c0-\u00de][\w'’.-]*(?:[ -][A-Z\u00c0-\u00de][\w'’.-]*){0,2}"
    rf",\s*(?P<date>(?i:{DATE_PATTERN}))\s*\)\s*\.?\s*(?::|--|[–—-])"
)
# The date first and the place in brackets, as the Sudan Tribune writes it: "December 21,
# 2012 (BOR) – Four people were killed ...", and with the country for a place abroad:
# "November 1, 2007 (TRIPOLI, Libya) — Negotiations ...".
_DATE_FIRST_DATELINE = re.compile(
    rf"^(?P<date>(?i:{DATE_PATTERN}))\s*"
    r"\([A-Z][A-Za-z.'’ -]{1,30}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\)\s*(?:--|[–—-]\s)"
)
# A date opening a line before a dash, with the post's text after it: "Feb 14, 2015 – <the
# headline again>", "Mar 19, 2022 - ISW Press<first sentence>" (a blog's or a feed's date
# run into the post). Read only at the page's top, when nothing else dates the page.
_DATE_DASH_LEAD = re.compile(rf"^(?P<date>(?i:{DATE_PATTERN}))\s+[-–—]\s+\S")


def _date_dash_lead(lines: list[Line], meta: Metadata) -> tuple[int, date] | None:
    """(line index, date) of a date-dash line at or above the story's first paragraph."""
    start = meta.story_start
    for ln in lines:
        if start is None or ln.index > start:
            break
        if ln.kind not in (BODY, META) or not ln.text[:1].isalnum():
            continue
        m = _DATE_DASH_LEAD.match(ln.text[:120])
        dm = DATE_RE.match(m.group("date")) if m else None
        if dm and (d := to_date(dm)):
            return ln.index, d
    return None


# Lines under the headline that may date the page even when the cleaner set them aside as
# a run of short widget lines ("• 12/15/2022", "• 18:08", "• 6" under an aggregator's headline).
_UNDER_HEADLINE = 2


def _under_headline(ln: Line, meta: Metadata) -> bool:
    h = meta.headline_index
    return h is not None and h < ln.index <= h + _UNDER_HEADLINE


# The dateline may open the second or third paragraph from the one read as the story's start:
# a press release's summary ("UNICEF condemns the attack ...") or a sign-up box's blurb may
# come before "NEW YORK (September 25, 2012) — UNICEF condemns ...".
_DATELINE_LINES = 3


def _dateline_date(lines: list[Line], meta: Metadata) -> tuple[int, date] | None:
    """(line index, date) of the story's dateline, when it has a year: the dateline of one
    of the first paragraphs from the story's start on."""
    start = meta.story_start
    if start is None and meta.headline_index is not None:
        start = meta.headline_index + 1  # the story is all in a byline's line (below)
    if start is None:
        return None
    for ln in lines:
        if ln.index < start:
            continue
        if ln.index >= start + _DATELINE_LINES:
            break
        head = ln.text[:200]
        # "By Sami Zaptia. London, 29 June 2018: ...": a byline's line that runs on into
        # the dated dateline and the story
        if ln.kind != BODY and not (ln.kind == META and _COLON_DATED_DATELINE.match(head)):
            continue
        m = (
            _DATED_DATELINE.match(head)
            or _PAREN_DATED_DATELINE.match(head)
            or _DATE_FIRST_DATELINE.match(head)
            or _BRACKETED_DATELINE.match(head)
            or _OUTLET_DATED_DATELINE.match(head)
            or _AGENCY_DATED_DATELINE.match(head)
            or _DATE_PLACE_DATELINE.match(head)
            or _COLON_DATED_DATELINE.match(head)
            or _BRACKET_OPENING_DATELINE.match(head)
        )
        if not m:
            continue
        dm = DATE_RE.match(m.group("date"))
        d = to_date(dm) if dm else None
        return (ln.index, d) if d else None
    return None


# A site header's "today" date is the day the page was read, most often long after the
# story's dateline; a date line within a month of the dateline may be the page's own.
_TODAY_GAP_DAYS = 31


def _near(a: date, b: date) -> bool:
    return abs((a - b).days) <= _TODAY_GAP_DAYS


def _in_site_header(candidate: tuple[int, int, date], meta: Metadata) -> bool:
    """A date line above the headline with other lines between (the outlet's name, a motto,
    a menu): the site header's "today" date, which the story's own dated dateline
    ("February 9, 2008 (KHARTOUM) —") outranks when they are more than a month apart. A
    date right over the headline (a blog post's date header, a date glued before the
    headline) dates the post."""
    priority, index, _ = candidate
    h = meta.headline_index
    return priority == _ABOVE_HEADLINE and h is not None and index < h - 1


def _header_date(candidate: tuple[int, int, date], meta: Metadata, dateline: date) -> bool:
    """A date line above the headline that is a site header's "today" date, not the story's:
    one with other lines between it and the headline (``_in_site_header``), or one right over
    the headline that is more than a month LATER than the story's dated dateline ("Thursday
    08 December 2022 - 12:46:54 pm" over a story filed "WASHINGTON, 17th January 2022 (WAM)
    -"): a page's header shows the day it was read, a blog's date header over a copied
    story the day it was posted, which is not months after the story was filed."""
    if _in_site_header(candidate, meta):
        return True
    priority, _, stated = candidate
    return priority == _ABOVE_HEADLINE and (stated - dateline).days > _TODAY_GAP_DAYS


# A header's "today" date sits in the site's navigation bar: an item of a bulleted bar
# ("• Wednesday, April 24, 2024"), a short menu or widget line right over it ("News World
# News"), or one anywhere between it and the headline ("• share this", "Advertisement"). A
# blog post's date header stands alone over the post's title and is kept.
_BAR_ITEM = ("•", "·", "●", "▪")
_CHROME_MAX_WORDS = 4
_LETTERS = re.compile(r"[^\W\d_]{2}")
_MONTH_WORD = re.compile(r"[^\W\d_]{3}")


def _is_chrome(ln: Line | None) -> bool:
    """A short menu, section or widget line ("News World News", "• share this")."""
    return (
        ln is not None
        and ln.kind == BOILER
        and len(ln.text.split()) <= _CHROME_MAX_WORDS
        and bool(_LETTERS.search(ln.text))
    )


def _in_header_bar(ln: Line, lines: list[Line], meta: Metadata) -> bool:
    """A date line above the headline set in the site's header bar (see _BAR_ITEM). Only a
    date written with words (a calendar widget's "Tuesday, May 22, 2018"), not a bare
    numeric stamp."""
    h = meta.headline_index
    if h is None or not _MONTH_WORD.search(ln.text) or ISSUE_LINE.match(ln.text):
        return False  # a print edition's issue line dates the issue, whatever is around it
    if ln.text.lstrip().startswith(_BAR_ITEM):
        return True
    pos = next((i for i, x in enumerate(lines) if x.index == ln.index), None)
    if pos is None:
        return False
    before = lines[pos - 1] if pos > 0 else None
    between = list(takewhile(lambda x: x.index < h, lines[pos + 1 :]))
    # A breadcrumb trail between it and the headline ("Home / AFRICA / <headline>") is header
    # chrome too, whatever the cleaner labelled it, when the line is a bare date as a calendar
    # widget prints it; "Reuters | Thursday, May 16, 2019" names the story's source.
    crumb = _bare_date(ln.text) and any(
        BREADCRUMB.match(x.text) or _GLUED_CRUMB.match(x.text) for x in between
    )
    return _is_chrome(before) or crumb or any(_is_chrome(x) for x in between)


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
# The same trail with its separators lost in the page's flattening, as WordPress news themes
# print it under the header's date: "HomeNewsSuspected jihadists kill ...", "HomeEurope...":
# "Home" glued to a capitalised section word ("Homeland ..." is a word; titles19).
_GLUED_CRUMB = re.compile(r"^Home(?=[A-Z][a-z])")


def _bare_date(text: str) -> bool:
    """Nothing but a date, its weekday and its time ("Tuesday , April 16 2024")."""
    return not _LETTERS.search(_WEEKDAY_WORD.sub(" ", DATE_RE.sub(" ", text)))


# A numeric date: day, month and year between one kind of separator ("04/05/2019").
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")
_NUMERIC_HINT = re.compile(r"\d[/.-]\d")


def _numeric_order(lines: list[Line], index: int, found: date) -> date:
    """The page's date read month first when the line wrote it as an ambiguous numeric date
    ("04/05/2019": both parts 12 or less) and the page's other numeric dates with the same
    separator are all month-first ("12/23/2018": the second part over 12). The reading is day
    first otherwise (``dates.to_date``): with no such evidence, or with mixed evidence, the
    default stands."""
    ln = next((x for x in lines if x.index == index), None)
    if ln is None or not _NUMERIC_HINT.search(ln.text):
        return found
    m = next(
        (
            m
            for m in _NUMERIC.finditer(ln.text)
            if (int(m[4]), int(m[3]), int(m[1])) == (found.year, found.month, found.day)
        ),
        None,
    )
    if m is None or int(m[1]) > 12 or int(m[1]) == int(m[3]):
        return found
    day_first = month_first = False
    for x in lines:
        if not _NUMERIC_HINT.search(x.text):
            continue
        for o in _NUMERIC.finditer(x.text):
            if o[2] != m[2]:
                continue
            day_first |= int(o[1]) > 12 >= int(o[3])
            month_first |= int(o[3]) > 12 >= int(o[1])
    if month_first and not day_first:
        try:
            return date(found.year, found.day, found.month)
        except ValueError:
            return found
    return found


# A header's "today" date told by the weekdays the story names: the story's "on Monday",
# "Sunday night" fall in the week before the day it was published, so a bare weekday date
# line over the headline whose weekday is four to six days after EVERY weekday the story
# names ("Friday, September 20, 2024" over a story that says only "on Monday") is the day
# the page was read, not the story's. Stories dated so name the day itself or the days
# just before it ("on Friday", "on Thursday"); a weekly follow-up three days on still dates.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_STORY_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_HEADER_WEEKDAY = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*,?\s", re.I)
_WEEKDAY_GAP_MIN = 4
_WEEKDAY_SAMPLE_CHARS = 4000


def _weekday_header(ln: Line, found: date, lines: list[Line], meta: Metadata) -> bool:
    """ln, a bare date line naming its weekday ("Friday, November 22, 2024") over the
    headline or the story, is a header's "today" date: the story names weekdays and every
    one falls four to six days before that date's weekday."""
    m = _HEADER_WEEKDAY.match(ln.text)
    start = meta.story_start
    if m is None or start is None or ln.index >= start or not _bare_date(ln.text):
        return False
    if _WEEKDAYS[found.weekday()][:3] != m.group(1).lower():
        return False  # the printed weekday is not the date's: no evidence of the day
    story = " ".join(x.text for x in lines if x.index >= start and x.kind == BODY)
    named = {w.lower() for w in _STORY_WEEKDAY.findall(story[:_WEEKDAY_SAMPLE_CHARS])}
    back = {(found.weekday() - _WEEKDAYS.index(w)) % 7 for w in named}
    return bool(back) and min(back) >= _WEEKDAY_GAP_MIN


def _drop_teaser_runs(
    candidates: list[tuple[int, int, date]], meta: Metadata
) -> list[tuple[int, int, date]]:
    """Labelled date lines past the story's start on neighbouring lines, with the same label
    and different dates, are the dates of a related-story list ("- Published11 January
    2018" / "- Published30 October 2017" under a story whose own "Published" lost its date),
    not the page's."""
    start = meta.story_start
    if start is None or len(candidates) < 2:
        return candidates
    by_index = {index: (priority, found) for priority, index, found in candidates}
    teasers = set()
    for priority, index, found in candidates:
        if index <= start + _DATE_ZONE_AFTER_START:
            continue
        for other in (index - 1, index + 1):
            near = by_index.get(other)
            if near and near[0] == priority and near[1] != found:
                teasers.add(index)
    return [c for c in candidates if c[1] not in teasers]


# A statement's place and date signing it off at its foot, as UN agencies and ministries
# print it: "Kyiv, 23 January 2024", "GENEVA, 3 May 2017." The place is one to three
# capitalised words (a weekday is no place: "Monday, 12 March 2021" is a related item's).
_SIGNATURE = re.compile(
    r"^(?!(?i:" + WEEKDAY_NAME + r")\b)[A-Z\u00c0-\u00de][\w'’.-]*"
    r"(?:[ /-][A-Z\u00c0-\u00de][\w'’.-]*){0,2},\s*"
    rf"(?P<date>(?i:{DATE_PATTERN}))\.?$"
)
# What may follow the signature: the press office's contact lines.
_CONTACT = re.compile(
    r"^(?:for\s+(?:further|more)\s+information|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|"
    r"contacts?\s*:|notes?\s+to\s+editors|#{3}|-\s*ends?\s*-|\*{3})",
    re.I,
)
# The signature stands among the page's last lines.
_SIGNATURE_FROM_END = 3


def _signature_date(lines: list[Line], meta: Metadata) -> tuple[int, date] | None:
    """(line index, date) of a statement's place-and-date line at its foot, past the story's
    start: among the page's last lines, or right over the press office's contact line."""
    start = meta.story_start
    if start is None:
        return None
    body = [ln for ln in lines if ln.kind in (BODY, META)]
    for pos, ln in enumerate(body):
        if ln.index <= start or not (m := _SIGNATURE.match(ln.text.strip())):
            continue
        last = pos >= len(body) - _SIGNATURE_FROM_END
        contact = pos + 1 < len(body) and _CONTACT.match(body[pos + 1].text)
        dm = DATE_RE.match(m.group("date"))
        if (last or contact) and dm and (d := to_date(dm)):
            return ln.index, d
    return None


def _stamp_above_headline(ln: Line, meta: Metadata) -> bool:
    """A numeric stamp with its time first ("14:32 02/12/2026") above the headline, or on a
    page without one: a header's clock, read as before (as letterless boilerplate: not at
    all); under the headline it is the page's date line (``dates.NUMERIC_STAMP``)."""
    h = meta.headline_index
    return (
        (h is None or ln.index < h)
        and bool(NUMERIC_STAMP.match(ln.text))
        and not DATE_ONLY.match(ln.text)
    )


def find_date(lines: list[Line], meta: Metadata) -> None:
    """The date the page states as its own (see _LABEL_PRIORITY); captions never count."""
    candidates: list[tuple[int, int, date]] = []  # (priority, line index, date)
    for ln in lines:
        if ln.kind == CAPTION or (ln.kind == BOILER and not _under_headline(ln, meta)):
            continue
        if _stamp_above_headline(ln, meta):
            continue
        found = _line_date(ln, meta)
        if found and found[0] == _ABOVE_HEADLINE and _in_header_bar(ln, lines, meta):
            continue
        if (
            found
            and found[0] in (_ABOVE_HEADLINE, _LABEL_PRIORITY[PLAIN])
            and _weekday_header(ln, found[1], lines, meta)
        ):
            continue
        if found:
            candidates.append((found[0], ln.index, found[1]))
    candidates = _drop_teaser_runs(candidates, meta)
    if not candidates:
        # Flattened republished wire copy: "Headline ... Reuters Sunday 12 Jun 2016 Air strikes"
        # - the byline's agency and date run into the first line.
        for ln in lines[:3]:
            if ln.kind == BODY and (wm := _WIRE_DATE.search(ln.text[:300])):
                dm = DATE_RE.match(ln.text, wm.start("date"))
                if dm and (d := to_date(dm)):
                    candidates.append((_WIRE, ln.index, d))
                break
    if not candidates and (lead := _date_dash_lead(lines, meta)):
        candidates.append((_WIRE, *lead))
    # The story's dated dateline, when the page states no date but a site header's.
    dated = None
    if all(c[0] == _ABOVE_HEADLINE for c in candidates):
        dated = _dateline_date(lines, meta)
    if (
        dated
        and all(_header_date(c, meta, dated[1]) for c in candidates)
        and not (candidates and _near(min(candidates)[2], dated[1]))
    ):
        candidates = [(_WIRE, *dated)]
    if not candidates and (signed := _signature_date(lines, meta)):
        candidates.append((_WIRE, *signed))
    if candidates:
        priority, index, meta.published = min(candidates)
        meta.published = _numeric_order(lines, index, meta.published)
        if priority != _WIRE:
            meta.used.add(index)


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
        b = _META_BYLINE.match(text)
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
        for m in _CREDIT.finditer(text) if _CREDIT_HINT.search(text) else ():
            names = re.split(r"\s*(?:,|\band\b)\s*", m.group("names").strip(" .;)"))
            credits.setdefault(m.group("role").lower().split()[-1], names[0])
        sf = _SPECIAL_FOR.match(text)
        if sf and i > 0 and len(text.split()) <= 6:
            prev = lines[i - 1].text
            if looks_like_name_line(prev):
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
            # The sign-off ends the line (its agency, a bracket, white space): a line not
            # ending so needs no search of its whole length.
            m = ln.text.rstrip().endswith(_SIGN_OFF_ENDS) and _SIGN_OFF.search(ln.text)
            if m:
                return _AGENCY_NAMES.get(m.group(1).lower(), m.group(1))
            break
    return None


def extract_metadata(
    lines: list[Line], *, url: str | None = None, countries: CountryLabels | None = None
) -> Metadata:
    """``countries`` (``countries.country_labels``) lets a country's name glued before the
    headline be told as a section label."""
    meta = Metadata(url=url, story_start=story_start(lines))
    find_title(lines, meta, countries)
    find_date(lines, meta)
    find_people_and_source(lines, meta)
    return meta


def fallback_title(body: str, limit: int = 90) -> str:
    """The first sentence of the story, cut at a word boundary near ``limit`` characters."""
    text = " ".join(body.split())
    dl = DATELINE.match(text)
    if dl and dateline_place(text):
        text = text[dl.end() :]
    m = re.search(r"(?<=[a-z0-9”\"')])[.!?](?=\s+[A-Z“\"]|$)", text)
    sentence = text[: m.start() + 1] if m else text
    if len(sentence) <= limit:
        return sentence.strip()
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


__all__ = ["DATELINE", "META", "Metadata", "dateline", "extract_metadata", "fallback_title"]
