"""Recognising written dates ("June 1, 2015", "05 Apr 2017", "13/4/2018", "2019-05-16").

Only dates with a year are publication-date material (the eval rules); finding them is
shared by ``clean`` (to split a leading date off the first line) and ``metadata``.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Arabic weekday names, as Arab outlets print them before the date even on their English
# pages ("الأربعاء 22 سبتمبر 2021").
_ARABIC_WEEKDAY = r"ال(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
_WEEKDAY = rf"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|{_ARABIC_WEEKDAY}),?\s+)?"
# A time after the date: ", 6:12 a.m.", " at 4:59 PM", " | 10:42 am", " - 18:47",
# " -- 2:30 p.m. EDT" (CNN, 1995), " / 1:17 PM" (Reuters), " 18:47:59" (Xinhua, seconds).
_TIME = (
    # French pages write the hour "16h07".
    r"(?:(?:,?\s+(?:at\s+)?|\s*(?:--|[|/–—-])\s*)(?:\d{1,2}(?:[:.]|[hH](?=\d))\d{2}(?:[:.]\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?"
    # The zone is in capitals and a word of its own ("EDT", not the "Edit" of "Editor").
    r"(?:\s*(?-i:GMT|UTC|ET|EST|EDT|[A-Z]{2,4})\b)?"
    # Wire time without a colon ("0930 GMT", "1847 GMT") only with its zone or am/pm: a
    # year opening the headline after the date is no time ("2021 was the deadliest year").
    r"|\d{3,4}(?:\s*[ap]\.?m\.?|\s*(?-i:GMT|UTC|EST|EDT|CET|CEST|IST|PKT|EAT|WAT|MSK)\b))"
    # ... or after "at" ("Apr 7, 2017 at 0914").
    r"|,?\s+at\s+\d{4}\b)?"
)
# Month names other languages write in date lines under English and local headlines ("19
# Desember 2023", "26 octobre 2023", "4 de septiembre de 2024"): full names only, day first.
# Italian, Portuguese, Romanian and Dutch names too ("12 iulie 2018", "3 giugno 2019", "5
# de março de 2020", "9 maart 2021").
FOREIGN_MONTHS = {
    **dict.fromkeys(("januari", "janvier", "enero", "januar", "gennaio", "janeiro", "ianuarie"), 1),
    **dict.fromkeys(
        (
            "februari",
            "février",
            "fevrier",
            "febrero",
            "februar",
            "febbraio",
            "fevereiro",
            "februarie",
        ),
        2,
    ),
    **dict.fromkeys(("maret", "mars", "marzo", "märz", "março", "marco", "martie", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "aprilie"), 4),
    **dict.fromkeys(("mei", "mai", "mayo", "maggio", "maio"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "giugno", "junho", "iunie"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "luglio", "julho", "iulie"), 7),
    **dict.fromkeys(("agustus", "août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(
        ("septembre", "septiembre", "setiembre", "settembre", "setembro", "septembrie"), 9
    ),
    **dict.fromkeys(("oktober", "octobre", "octubre", "ottobre", "outubro", "octombrie"), 10),
    **dict.fromkeys(("nopember", "novembre", "noviembre", "novembro", "noiembrie"), 11),
    **dict.fromkeys(
        (
            "desember",
            "décembre",
            "decembre",
            "diciembre",
            "dezember",
            "dicembre",
            "dezembro",
            "decembrie",
        ),
        12,
    ),
}
# Arabic month names: the Egyptian and Gulf forms ("22 سبتمبر 2021", "12 أبريل 2019") and
# the Levantine and Iraqi ones ("5 حزيران 2014", "3 تشرين الأول 2016"), with the spellings
# without hamza that pages also use.
ARABIC_MONTHS = {
    **dict.fromkeys(("يناير", "كانون الثاني"), 1),
    **dict.fromkeys(("فبراير", "شباط"), 2),
    **dict.fromkeys(("مارس", "آذار", "اذار"), 3),
    **dict.fromkeys(("أبريل", "ابريل", "إبريل", "نيسان"), 4),
    **dict.fromkeys(("مايو", "أيار", "ايار"), 5),
    **dict.fromkeys(("يونيو", "يونيه", "حزيران"), 6),
    **dict.fromkeys(("يوليو", "يوليه", "تموز"), 7),
    **dict.fromkeys(("أغسطس", "اغسطس", "آب", "اب"), 8),
    **dict.fromkeys(("سبتمبر", "أيلول", "ايلول"), 9),
    **dict.fromkeys(("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"), 10),
    **dict.fromkeys(("نوفمبر", "تشرين الثاني"), 11),
    **dict.fromkeys(("ديسمبر", "كانون الأول", "كانون الاول"), 12),
}
FOREIGN_MONTHS.update(ARABIC_MONTHS)
_FOREIGN_MON = "|".join(
    name.replace(" ", r"\s+") for name in sorted(FOREIGN_MONTHS, key=len, reverse=True)
)
# A month between hyphens ("27-Oct-2020") takes no full stop.
_MON3 = _MON.replace("mon>", "mon3>").removesuffix(r"\.?")
_MON2 = _MON.replace("mon>", "mon2>").replace("(?P<mon2>", f"(?P<mon2>{_FOREIGN_MON}|", 1)

DATE_PATTERN = (
    rf"{_WEEKDAY}(?:"
    # Year first with hyphens, or with slashes or dots as East Asian sites write it
    # ("2019/05/16 10:05", "2019.05.16"); not inside a path or a file name
    # ("example.com/2019/05/16/...", "AFP/2019/05/16", "IMG_2019.05.16").
    r"(?P<iso>(?P<iy>\d{4})(?P<isep>-|(?<![\w/.]\d{4})[/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
    # "Oct 082017": FA-KES' Jordan Times copy glues the day to the year. Some CMSs put a
    # comma after the month ("January, 25, 2021", a forum's "Mar, 20 2005") or none of the
    # space after the day's comma ("April 09,2019", "November 12,2008:"). Radio Dabanga
    # prints a spaced hyphen before the year: "February 3 - 2021" (not "March 5 - 2000
    # people", a count before a lower-case word).
    rf"|(?P<mdy>{_MON},?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+|,?(?=\d{4}\b)|\s+-\s+(?=(?:19|20)\d\d\b(?!\s+(?-i:[a-z]))))"
    r"(?P<y1>\d{4}))"
    # The day may carry a comma, as some WordPress themes print it: "21, April 2020".
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er)?,?\s+(?:de\s+)?{_MON2},?\s+(?:de\s+)?(?P<y2>\d{{4}}))"
    # The same with hyphens, as many CMSs print it: "27-Oct-2020", or slashes, as WAFA's
    # English site does: "02/August/2022 09:22 AM" (cities49).
    rf"|(?P<dmyh>(?P<d3>\d{{1,2}})(?P<hsep>[-/]){_MON3}(?P=hsep)(?P<y3>\d{{4}}))"
    r"|(?P<num>(?P<n1>\d{1,2})(?P<sep>[/.-])(?P<n2>\d{1,2})(?P=sep)(?P<ny>\d{4}))"
    rf"){_TIME}"
)
DATE_RE = re.compile(DATE_PATTERN, re.I)
# Words that announce the page's own date ("Published: ...", "Issued on: ...", "Date of
# publication ...", "Last updated at ...").
PUBLISHED_PREFIX = (
    r"(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|issued(?:\s+on)?|"
    r"last\s+updated(?:\s+(?:on|at))?|date\s+of\s+publication|publication\s+date|date)\s*:?\s*"
)
LEADING_DATE = re.compile(rf"^\s*(?:{PUBLISHED_PREFIX})?(?P<date>{DATE_PATTERN})\b\s*", re.I)
# The page collection's date prefix when it knows only the month (" date 2020-04 Category:
# World ..."): no publication date, and no part of the line after it.
LEADING_MONTH = re.compile(r"^\s*date\s+\d{4}-\d{1,2}\s+(?=\S)")
# A line that is nothing but a date (and maybe a time): "June 1, 2015".
# Joomla's article-info block opens the label with its heading "Details" ("Details Published
# on Monday, 01 November 2021 07:52"): the heading and the label are one date line.
DATE_ONLY = re.compile(
    rf"^\s*(?:(?:details\s+)?{PUBLISHED_PREFIX}|updated\s*(?:on|:)?\s*)?{DATE_PATTERN}\s*$", re.I
)
# A numeric date stamp with its time on either side and nothing else, as a CMS prints it
# under the headline: "04:08 2024/05/26", "09:15 | 17.03.2022", "2024-09-03 19:15:11". It has
# no letters, so it is no boilerplate (``clean.segment`` labels it a date line; DATE_ONLY
# already held the time after the date, not before it).
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
NUMERIC_STAMP = re.compile(
    rf"^(?=[^A-Za-z]*$)(?=.*\d:\d\d)\s*(?:{_CLOCK}\s*[|,]?\s*)?{DATE_PATTERN}"
    rf"(?:\s*[|,]?\s*{_CLOCK})?\s*$"
)


def to_date(m: re.Match[str]) -> date | None:
    """The date a DATE_RE match names, or None when it is not a valid calendar date."""
    g = m.groupdict()
    try:
        if g.get("iso"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("mdy"):
            return date(int(g["y1"]), MONTHS[g["mon"][:3].lower()], int(g["d1"]))
        if g.get("dmy"):
            name = " ".join(g["mon2"].lower().split())
            month = FOREIGN_MONTHS.get(name) or MONTHS[name[:3]]
            return date(int(g["y2"]), month, int(g["d2"]))
        if g.get("dmyh"):
            return date(int(g["y3"]), MONTHS[g["mon3"][:3].lower()], int(g["d3"]))
        if g.get("num"):
            a, b, y = int(g["n1"]), int(g["n2"]), int(g["ny"])
            # Day first unless that is impossible: the archive's outlets are mostly
            # non-US (13/4/2018); a US-style 4/13/2018 still parses because 13 > 12.
            if a > 12 or b <= 12:
                return date(y, b, a)
            return date(y, a, b)
    except (ValueError, KeyError):
        return None
    return None


def first_date(text: str) -> date | None:
    m = DATE_RE.search(text)
    return to_date(m) if m else None
