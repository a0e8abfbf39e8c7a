"""Lines that state a page's own date: "Published: …", "Last updated: 21 March, 2012",
"Posted by NAME on Feb 9, 2009 Leave a comment", "• Friday, June 7, 2019 3:25pm",
"Africa News of Saturday, 2 March 2024", "October 31, 2016 / 1:17 PM / 10 months ago".

Such a line is a date with page furniture around it (a label, a bullet, a time, a relative
age, share buttons); a sentence that merely contains a date ("killed on Feb. 14, 2024") is
not one. Recognising the shape serves two stages: the publication date is read from these
lines, and the headline is never one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.extract.datelines import CAPITALS
from app.extract.dates import DATE_PATTERN, DATE_RE, MONTHS, to_date

PUBLISHED, UPDATED, POSTED, PLAIN = "published", "updated", "posted", "plain"
# A site header's "today" line ("Abu Dhabi, UAE Tuesday 23 January 2018"): no headline,
# and no date of the page either (the annotation rules' "today" trap).
HEADER = "header"

# What may stand before the date, by label ("Page last updated at", "Posted by NAME on",
# "Article published on the"); times in the label are read past ("Updated 10:05 AM EDT,").
_WHOSE = r"^(?:(?:page|article|story|post)\s+)?"
# "Published today (updated) 12/03/2011 20:02": a label may say "today" and "(updated)".
# "Published 2 years ago on March 7, 2023": a theme prints the age before the date.
_WHEN = (
    r"(?:\s+today)?(?:\s*\((?:updated|modified)\))?"
    r"(?:\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)?"
    r"(?:\s+(?:on|at))?(?:\s+the)?$"
)
_PREFIXES = (
    (
        PUBLISHED,
        re.compile(
            # "• publish: 8 October 2019": some themes label it with the bare verb.
            _WHOSE + r"(?:first\s+)?(?:published|issued|date\s+of\s+publication|"
            r"publication\s+date|publish(?:ed)?\s*date|publish|date)" + _WHEN,
            re.I,
        ),
    ),
    # The same labels on sites in other languages, or on their English pages: French
    # "Publié le", Spanish "Publicado el", Portuguese "Publicado em", Italian "Pubblicato il",
    # German "Veröffentlicht am", Dutch "Gepubliceerd op", Indonesian "Diterbitkan",
    # Turkish "Yayınlanma" ("publication") and "Ekleme" ("added").
    (
        PUBLISHED,
        re.compile(
            r"^(?:publi[ée]|publicad[oa]|pubblicat[oa]|ver[öo]ffentlicht|gepubliceerd|"
            r"diterbitkan|dipublikasikan|yay[ıi]nlanma|yay[ıi]mlanma|yay[ıi]n\s+tarihi|ekleme|"
            r"eklenme(?:\s+tarihi)?)(?:\s+(?:le|el|em|en|il|am|op|pada|on))?$",
            re.I,
        ),
    ),
    (
        UPDATED,
        re.compile(
            r"^(?:mis\s+[àa]\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|"
            r"bijgewerkt|diperbarui|g[üu]ncelleme|g[üu]ncellenme(?:\s+tarihi)?)"
            r"(?:\s+(?:le|el|em|en|il|am|op|pada|on))?$",
            re.I,
        ),
    ),
    # NDTV's archive notice over the headline: "This Article is From Jun 04, 2014".
    (
        PUBLISHED,
        re.compile(
            r"^this\s+(?:article|story|report)\s+(?:is|was)\s+(?:from|published\s+on)$", re.I
        ),
    ),
    (
        UPDATED,
        re.compile(
            _WHOSE + r"(?:last\s+|latest\s+)?(?:updated?|modified)(?:\s+date)?" + _WHEN, re.I
        ),
    ),
    (
        POSTED,
        re.compile(
            _WHOSE + r"[Pp]osted(?:\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?" + _WHEN
        ),
    ),
    # The same with another verb: "Written by NAME on", "Published by NAME on", "Filed by".
    (
        POSTED,
        re.compile(
            r"^(?i:written|published|reported|filed|submitted)\s+(?i:by)\s+"
            r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?i:on)$"
        ),
    ),
    (POSTED, re.compile(_WHOSE + r"posted" + _WHEN, re.I)),
    # A byline in lower case before the date: "by Martin Fornusek March 26, 2025 2:05 PM",
    # "by CNN, Associated Press and Reuters, December 10, 1998".
    (POSTED, re.compile(r"^(?i:by)\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}$")),
    # A user name in lower case, as forums and open-publishing sites print it: "by mlm
    # Wednesday, Apr. 17, 2002 at 1:02 PM", "by admin June 3, 2019". One word, no sentence,
    # and no word of time: "by midnight May 16, 2019" is a deadline.
    (
        POSTED,
        re.compile(
            r"^(?i:by)\s+(?!(?:midnight|noon|dawn|dusk|nightfall|late|early|mid|end|then|now|"
            r"next|last|this|around|about|tomorrow|today|tonight)\b)[a-z][a-z0-9_.-]{1,24}$"
        ),
    ),
)
# Bullets, bars and slashes that frame a date line ("• ", "/ 26 January 2009", "date |"),
# and the brackets around a whole one ("[TamilNet, Sunday, 03 May 1998, 23:59 GMT]").
_FRAME = " \t•·*|/:-–—,["
# A time before the date, as CNN and the BBC put it: "Updated 10:05 AM EDT, Tue August 15,
# 2006", "Page last updated at 18:32 GMT, Sunday, 30 March 2008", "Updated at 12:20 PM on".
_TIME_BEFORE = re.compile(
    r"\s*\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?\s*,?", re.I
)
# A label after a byline or an agency on the same line ("AFP | Reuters Published March 2,
# 2024", "TOI World Desk / TIMESOFINDIA.COM / Updated: Mar 2, 2024").
_LABEL_AFTER_BYLINE = re.compile(
    r"(?:^|[\s|/•·])(?P<label>(?:first\s+|last\s+|latest\s+)?"
    r"(?:published|updated?|posted|issued|modified)(?:\s+(?:on|at))?)\s*:?$",
    re.I,
)
_BYLINE_WORDS_MAX = 6
# A section label before the date ("Africa News of"): a few words, none of them a
# preposition that would make the date an event's ("killed on", "since").
_LABEL_WORDS_MAX = 3
_EVENT_WORDS = re.compile(
    r"^(?:on|in|since|until|from|before|after|by|at|to|during|between|and)$", re.I
)
# An outlet's founding date in its masthead ("Spokane, Washington Est. May 19, 1883",
# "Founded 1948"): no date of the page.
_FOUNDED = re.compile(r"^(?:Est\.|Estd\.?|EST\.|Established|Founded|ESTABLISHED|FOUNDED)$")
# A weekday's name, for the patterns here and ``headline_shape``.
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# What may follow the date: a time, a zone, a relative age, share buttons, a comment link.
_TAIL_NOISE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|"
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\bT\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|"  # ISO "T14:05:00Z"
    r"\b\d+[- ]?min(?:ute)?s?\.?\s+read\b|"
    # Reuters' glued "GMTUpdated", "GMT+0Updated"
    r"\b(?:GMT|UTC)(?:[+-]\d{1,2})?(?=Updated)|(?<=GMT)Updated|(?<=[+-]\d)Updated|"
    # A CMS's hit counter after the date, as Joomla prints it ("Published on Monday, 20 April
    # 2020 02:09 Hits: 4", "Views: 1752"), or a news site's read counter ("20 May 2015
    # Read: 660").
    r"\b(?:hits|views|reads?)\s*:(?:\s*\d[\d,]*)?|"
    # A theme's category trail after the date: "June 25, 2017 » Today News » / /".
    r"»[^»]{0,30}|"
    # A section after a slash, as a site's English service prints it: "... / World News".
    r"/\s*(?-i:(?:[A-Z][\w'’&-]*\s+){0,2}News)\s*$|"
    # The update label in another language, before the updated date (see ``_PREFIXES``).
    r"\b(?:mis\s+[àa]\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|"
    r"bijgewerkt|diperbarui|g[üu]ncelleme)\b|"
    r"\b(?:latest\s+update|last\s+updated?|updated?|leave\s+a\s+comment|"
    r"comments?|" + WEEKDAY_NAME + r"|"
    # A weekday and an edition after the date, as newspaper archives give it ("April 30,
    # 1995, Sunday, ALL EDITIONS", "2 STAR Edition"), and text-size widgets ("Adjust font
    # size:").
    r"(?:[\w-]+\s+){0,2}editions?|(?:adjust\s+)?(?:font|text)\s+size|"
    # The print page a newspaper's archive gives after the date ("Thursday, September 9,
    # 2004; Page A01", "- Page 6").
    r"page\s+[A-Z]?\d{1,3}\b|"
    # An editor's credit after the date, as Xinhua's pages give it ("2019-12-30 18:47:59|
    # Editor: Shi Yinglun").
    r"(?:editor|edited\s+by)\s*:?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$|"
    # A print button's label: "print", or "printer" ("6th April, 2020 04:10:29 printer").
    r"facebook|twitter|google|skype|whatsapp|linkedin|telegram|email|print(?:er)?|share)\b",
    re.I,
)
# A byline or source after the date on its line: "14 July 2020, by BBC News", "August 02,
# 1985|By Vincent J. Schodolski, Chicago Tribune.", "January 1, 1985|United Press
# International.", "2024-04-02 22:00:07- Source: Iraqi News". After a bar the name may stand
# bare; after a comma or dash it needs its "by" or "Source:" (", Kabul" is no byline).
_NAMES = r"[A-Z][\w.'’&-]*(?:(?:\s+|,\s*)(?:(?:and|of|the|for)\s+)?[A-Z][\w.'’&-]*){0,7}\s*\.?\s*$"
_BYLINE_TAIL = re.compile(
    r"^\s*(?:\|\s*(?:(?i:by|source\s*:)\s*)?|[,/–—-]\s*(?i:by\s+|source\s*:\s*))"
    + _NAMES
    # The source after a space, when it reads as an outlet: an acronym alone ("AFP"), a media
    # word last ("29 July 2015 BBC Online", "Kabul Times", "Staff Reporter") or a wire agency
    # ("Reuters"); or a byline after "by" ("16 May 2019 by Staff Writer"). An acronym and
    # another word is a timeline's or a related link's headline ("7 April 2017 US Strikes").
    + r"|^\s+(?:[A-Z]{2,5}|(?:[A-Z][\w.'’&-]*\s+){0,2}"
    r"(?:News|Online|Times|Post|Desk|Agency|Agencies|Wire|Service|Staff|Reporter|Correspondent)|"
    r"Reuters|Xinhua|Anadolu|Bernama|Interfax|Kyodo|Yonhap)\s*$"
    r"|^\s+(?i:by)\s+"
    + _NAMES
    # The Tribune papers' archive line: the bar glued to the date, "By" and the writer, then
    # his desk or a note after a comma or a bar ("December 18, 2003|By Stephen Franklin,
    # Tribune staff reporter.", "October 16, 1998|By Bill Glauber | Bill Glauber,SUN FOREIGN
    # STAFF"; cities44).
    + r"|^\|(?i:by)\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:[,|].*)?$"
)
# Bars after the date holding the place it was filed from and the agency, as Indian papers
# print it: "Updated On: 29 October, 2024 08:07 AM IST | Bangkok | Agencies".
_BARRED_TAIL = re.compile(
    r"^(?P<time>[^|]*)(?:\|\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*){2,3}$"
)
# A time zone in capitals ("EDT", "IST", "TU"; "AMT" leaves "T" once "AM" is read as the time).
_ZONE = re.compile(r"\b[A-Z]{1,4}\b")
# "10 months ago", "2 hours ago": a crawl-time age, a date line without a date.
RELATIVE_AGE = re.compile(
    r"^\W*(?:(?:updated|published|posted)\W+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$",
    re.I,
)
# A date stamp without a year, with its time ("Apr 25, 1:24 PM EDT", "Sunday, 3 May at
# 10:05"): no publication date (no year), and no headline either.
_YEARLESS_STAMP = re.compile(
    r"^\W*(?:(?:updated|published|posted)\W+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?),?\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
    # TASS puts its dateline after the stamp: "September 01, 4:08 UTC+3 GROZNY".
    rf"(?:\s+(?-i:[{CAPITALS}][{CAPITALS}'’ -]{{2,30}}))?\W*$",
    re.I,
)
# A time stamp with no date at all: "Last updated: 12:30 AM", "Published 09:41 GMT".
_TIME_STAMP = re.compile(
    r"^\W*(?:last\s+)?(?:updated|published|posted)(?:\s+(?:on|at))?\s*:?\s*"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?\W*$",
    re.I,
)
# A place after the stamp's time, as a dateline: "December 18, 2023 08:34 pm | Updated 08:35
# pm IST - Al-Fara refugee camp".
_PLACE_AFTER_TIME = re.compile(
    r"(?<=\d[:.]\d\d)(?P<keep>\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)"
    r"\s+[-–—]\s+(?:[^\W\d_][\w'’.-]*\s*){1,4}$",
    re.I,
)
# A date glued to the word before it by HTML flattening ("Abu Dhabi, UAETuesday 23 January
# 2018", "UpdatedMonday ..."): a page header's date, never a headline.
_GLUED_BEFORE = re.compile(r"[^\W\d_]$")
_GLUED_MAX_WORDS = 10
_MAX_WORDS = 16


@dataclass(frozen=True)
class DateLine:
    published: date
    label: str  # PUBLISHED | UPDATED | POSTED | PLAIN | HEADER


# A page header's place and weekday before the date: "Abu Dhabi, UAE Tuesday 23 January
# 2018" (the weekday often glued on in scraped text: "UAETuesday"), after a close button.
_PLACE_HEADER = re.compile(
    r"^(?:[x×✕]\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    r"$"
)
_WEEKDAY = re.compile(WEEKDAY_NAME + r"\b", re.I)


# Share and comment widgets glued before a date line's source ("0 Comment(s)Print E-mail
# Xinhua, January 11, 2016"), as they are after the date (``_TAIL_NOISE``).
_WIDGETS_BEFORE = re.compile(
    r"^(?:\s*(?:\d+\s*)?(?:comments?\(s\)|(?:comments?|print|e-?mail|share|tweet|facebook|"
    r"twitter|whatsapp)(?![\w-])))+",
    re.I,
)


# A print edition's issue line before the date: "Vol. 5 Num 745 Sun. July 02, 2006",
# "Volume 12, No. 30", "Vol. XIV Issue 3". It dates the issue the page is from.
ISSUE_LINE = re.compile(
    r"^\W*vol(?:ume)?\.?\s*[\dIVXLC]+,?\s+(?:num(?:ber)?|no|issue)\.?\s*\d+\b", re.I
)


# A CMS's field label in the site's own script, with its colon: "التاريخ :" ("Date:") before
# the date on an Arabic agency's English page; "| 发布者: NAME| 查看: 39| 评论: 0" (poster,
# views, comments) after it on a Chinese portal. One or two words with no Latin letter.
_FOREIGN_LABEL = r"[^\W\d_A-Za-z\u00c0-\u024f]+(?:\s[^\W\d_A-Za-z\u00c0-\u024f]+)?\s*[:：]"
_FOREIGN_LABEL_BEFORE = re.compile(rf"^\s*{_FOREIGN_LABEL}\s*$")
_FOREIGN_FIELDS_AFTER = re.compile(rf"\|\s*{_FOREIGN_LABEL}[^|]*")

# A wire story's dateline before the date, as the SpaceWar sites print it under the
# headline: the place (and its country, or the day without a year) and the agency in
# brackets ("Kano, Nigeria (AFP) Oct 20, 2019", "Bamako, Oct 5 (AFP) Oct 05, 2020").
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}(?:,?\s+[A-Z][a-z]{2,3}\.?\s+\d{1,2})?"
    r"\s*\((?:AFP|AP|UPI|Reuters|Xinhua|dpa|IANS|ANI|PTI)\)$"
)


# A report's heading that names its date: a place or subject, a colon, the report's kind and
# a comma before the date ("Sudan: Humanitarian Update, 14 August 2023 [EN/AR]", "Syria:
# Flash Update No. 3, 5 May 2019"): a headline, not a date line (titles19). A label before
# the colon ("Posted by: NAME, May 3, 2019") is none.
_HEADING_BEFORE_DATE = re.compile(
    r"^(?!(?i:posted|published|updated|written|filed|source|date|by|author)\b)"
    r"[A-Z][^:|]{1,40}:\s+[A-Z][^:|,]*[a-z][^:|,]*,\s*$"
)


def _prefix_label(prefix: str) -> str | None:
    """The label the words before the date give, or None when they make it no date line."""
    if _HEADING_BEFORE_DATE.match(prefix):
        return None
    if (issue := ISSUE_LINE.match(prefix)) and not prefix[issue.end() :].strip(_FRAME):
        return PLAIN
    if prefix and not prefix.isascii() and _FOREIGN_LABEL_BEFORE.match(prefix):
        return PLAIN
    prefix = _WIDGETS_BEFORE.sub("", prefix.strip(_FRAME))
    prefix = " ".join(_TIME_BEFORE.sub(" ", prefix.strip(_FRAME)).split()).strip(_FRAME)
    if not prefix:
        return PLAIN
    for label, pattern in _PREFIXES:
        if pattern.match(prefix):
            return label
    tail = _LABEL_AFTER_BYLINE.search(prefix)
    if tail and len(prefix[: tail.start()].split()) <= _BYLINE_WORDS_MAX:
        return _prefix_label(tail.group("label"))  # "AFP | Reuters Published", "TOI / Updated:"
    if _AGENCY_DATELINE.match(prefix):
        return PLAIN  # "Bamako, Oct 5 (AFP) Oct 05, 2020": a wire dateline dates the story
    words = prefix.split()
    if _FOUNDED.match(words[-1]):
        return None
    short = len(words) <= _LABEL_WORDS_MAX and not _EVENT_WORDS.match(words[-1])
    if short and all(w[:1].isupper() or w.lower() == "of" for w in words):
        return PLAIN  # "Africa News of", "World"
    return None


_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _tail_is_noise(tail: str) -> bool:
    """Only times, zones, ages and widgets after the date; words in another script count as
    noise ("Thursday 11 April 2019 الساعة 08:36 am": the local word for "at the hour")."""
    if "|" in tail and not tail.isascii():
        tail = _FOREIGN_FIELDS_AFTER.sub(" ", tail)  # "| 发布者: leedell| 查看: 39"
    # Widgets glued into one word by the page's flattening ("·0 commentsViews:").
    tail = _GLUED_WORDS.sub(" ", tail)
    tail = _PLACE_AFTER_TIME.sub(r"\g<keep>", tail)
    tail = DATE_RE.sub(" ", tail)
    tail = _ZONE.sub(" ", _TAIL_NOISE.sub(" ", tail))
    return not re.search(r"[A-Za-z\u00c0-\u024f]", tail)


# A post's category after its labelled date: " in World News", " in Africa, Conflict".
_CATEGORY_TAIL = re.compile(
    r"^\s+in\s+[A-Z][\w&'’-]*(?:(?:\s+|,\s*|\s+&\s+)[A-Z][\w&'’-]*){0,4}\s*$"
)


# A date stamp with a two-digit year, day first, and its time right after it, as some sites
# print the date line under the headline: "26.10.20 11:25", "Civil Georgia, Tbilisi / 27
# Aug.'08 / 11:28". The time makes it a stamp: a bare "26.10.20" may be a version or a score.
_SHORT_YEAR_STAMP = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?:(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)|\s+(?P<mon>jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*['’])(?P<y>\d{2})(?![\d.])"
    r"(?=\s*(?:[/|,–—-]\s*)?\d{1,2}:\d{2}\b)",
    re.I,
)
# A two-digit year up to this one is of this century ("20" is 2020, "08" is 2008, "98" 1998).
_CENTURY_PIVOT = 50


def _short_year_date(m: re.Match[str]) -> date | None:
    """The date a ``_SHORT_YEAR_STAMP`` match names, day first unless that is impossible."""
    year = int(m["y"])
    year += 2000 if year < _CENTURY_PIVOT else 1900
    day = int(m["d"])
    if m["mon"]:
        month = MONTHS[m["mon"][:3].lower()]
    else:
        month = int(m["m"])
        if day <= 12 < month:
            day, month = month, day  # "10.26.20": month first
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_line(text: str) -> DateLine | None:
    """The date a page line states as the page's own, with its label; None for other lines."""
    if len(text) > 200 or not any(ch.isdigit() for ch in text):
        return None
    m = DATE_RE.search(text) or _SHORT_YEAR_STAMP.search(text)
    if not m or len(text.split()) > _MAX_WORDS:
        return None
    short = m.re is _SHORT_YEAR_STAMP
    label = _prefix_label(text[: m.start()])
    if label is None and _is_header(text, m):
        label = HEADER
    if label is None:
        return None
    tail = text[m.end() :]
    if not short and label == UPDATED and (first := _FIRST_PUBLISHED.search(tail)):
        # "Updated: 19-01-2024 14:05 IST | Created: 18-01-2024 14:05 IST": the page's own
        # date is the one it was first put up on.
        m, label, tail = first, PUBLISHED, tail[first.end() :]
    if label in (POSTED, PUBLISHED) and _CATEGORY_TAIL.match(tail):
        tail = ""  # "Posted by NAME on May 16, 2019 in World News": the post's category
    if not _tail_is_noise(tail) and not _BYLINE_TAIL.match(tail) and not _barred_tail(tail):
        return None
    d = _short_year_date(m) if short else to_date(m)
    return DateLine(d, label) if d else None


# After an "Updated" date, the date the page was first put up on.
_FIRST_PUBLISHED = re.compile(
    rf"\b(?:created|published|posted)(?:\s+on)?\s*:?\s*{DATE_PATTERN}", re.I
)


def _barred_tail(tail: str) -> bool:
    """' 08:07 AM IST | Bangkok | Agencies': a time, then two or three bar-separated names (a
    place and an agency or a byline)."""
    m = _BARRED_TAIL.match(tail)
    return m is not None and _tail_is_noise(m.group("time"))


def _is_header(text: str, m: re.Match[str]) -> bool:
    """A site header's place and today's date, not a dateline: "Abu Dhabi, UAE Tuesday 23
    January 2018" (no dateline names a weekday) or the same glued by the page's flattening."""
    before = text[: m.start()].strip()
    return bool(_WEEKDAY.match(m.group(0)) and _PLACE_HEADER.match(before)) or _is_glued(text, m)


def _is_glued(text: str, m: re.Match[str]) -> bool:
    """'x Abu Dhabi, UAETuesday 23 January 2018', 'UpdatedMonday ...': a short line ending in
    a date glued to the word before it."""
    return (
        m.start() > 0
        and len(text) <= 120
        and len(text.split()) <= _GLUED_MAX_WORDS
        and bool(_GLUED_BEFORE.search(text[: m.start()]))
    )


def is_date_or_age_line(text: str) -> bool:
    """A line that only dates the page ("10 months ago" included): never a headline."""
    return (
        bool(RELATIVE_AGE.match(text))
        or bool(_YEARLESS_STAMP.match(text))
        or bool(_TIME_STAMP.match(text))
        or date_line(text) is not None
    )
