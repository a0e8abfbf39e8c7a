"""Dates as exports and metadata write them: "4/5/2017", "2017-04-05T10:00:00Z",
"Wed 05 Apr 2017", "5 April 2017", "April 5, 2017".

python-dateutil does the parsing; this module only adds the two rules an archive needs.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser

# Two defaults that differ in every field: a part the text leaves out (the day of
# "April 2017") comes out differently under each, which is how a partial date is told
# from a full one. An archive date must name the day; "2017" is not April 5.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
# 05.04.2017 is written where the day comes first (Germany, Russia, Turkey...).
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def parse_date(value: str) -> date | None:
    """The calendar day a date string names, or None when it names no full day.

    Numeric dates are read month first (4/5/2017 is April 5), the convention of the
    spreadsheet and CSV exports this reads (FA-KES among them); when month first is
    impossible (13/4/2018) they are read day first, and so are dotted dates (05.04.2017).
    """
    value = value.strip()
    if not value:
        return None
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
