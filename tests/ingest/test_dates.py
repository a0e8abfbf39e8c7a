"""Dates as exports and metadata write them."""

from datetime import date

import pytest

from app.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/5/2017", date(2017, 4, 5)),  # FA-KES: month first
        ("12/31/2016", date(2016, 12, 31)),
        ("13/4/2018", date(2018, 4, 13)),  # month first impossible: day first
        ("05.04.2017", date(2017, 4, 5)),  # dotted: day first
        ("2017-04-05", date(2017, 4, 5)),
        ("2017-04-05T23:30:00-05:00", date(2017, 4, 5)),  # the day the page states
        ("2017-04-05T10:00:00Z", date(2017, 4, 5)),
        ("2016-02-29 23:59:59.5+0530", date(2016, 2, 29)),
        ("2017-02-30", None),  # ISO form, but no such day
        ("2017-04-05T25:00:00", None),  # no such hour
        ("2017-13-01", date(2017, 1, 13)),  # no month 13: read day first, as 13/4/2018
        ("Wed 05 Apr 2017", date(2017, 4, 5)),
        ("Wed, 05 Apr 2017 10:00:00 EST", date(2017, 4, 5)),
        ("5 April 2017", date(2017, 4, 5)),
        ("April 5, 2017", date(2017, 4, 5)),
        ("  June 1, 2015 ", date(2015, 6, 1)),
        ("2017", None),  # no day: not a publication date
        ("April 2017", None),
        ("yesterday", None),
        ("31/31/2017", None),
        ("", None),
        ("n/a", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
