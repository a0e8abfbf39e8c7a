"""Dates as exports and metadata write them: "4/5/2017", "2017-04-05T10:00:00Z",
"Wed 05 Apr 2017", "5 April 2017", "April 5, 2017".

python-dateutil does the parsing; this module only adds the two rules an archive needs.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime

from dateutil import parser

# Two defaults that differ in every field: a part the text leaves out (the day of
# "April 2017") comes out differently under each, which is how a partial date is told
# from a full one. An archive date must name the day; "2017" is not April 5.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
# 05.04.2017 is written where the day comes first (Germany, Russia, Turkey...).
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b")
# ISO 8601 ("2017-04-05", "2017-04-05T10:00:00Z"), what most exports write: read without
# dateutil, whose two parses cost ~0.3 ms of the ingest process's CPU a record (profiled
# on 10k JSON Lines records). The day is the one written; the time zone is ignored, as
# dateutil's ignoretz does.
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?"
)


def parse_date(value: str) -> date | None:
    """The calendar day a date string names, or None when it names no full day.

    Numeric dates are read month first (4/5/2017 is April 5), the convention of the
    spreadsheet and CSV exports this reads (FA-KES among them); when month first is
    impossible (13/4/2018) they are read day first, and so are dotted dates (05.04.2017).
    """
    value = value.strip()
    if not value:
        return None
    iso = _ISO.fullmatch(value)
    if iso:
        with contextlib.suppress(ValueError):  # "2017-13-01": dateutil reads it its way
            return date(*map(int, iso.groups()))
    for dayfirst in (True, False) if _DOTTED.match(value) else (False, True):
        try:
            first, second = (
                parser.parse(value, default=default, dayfirst=dayfirst, ignoretz=True)
                for default in _DEFAULTS
            )
        except (ValueError, OverflowError):
            continue
        if first.date() == second.date():
            return first.date()
        return None
    return None
