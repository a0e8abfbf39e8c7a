"""Days counted by Solr, summed into the periods of the embedded engine (weeks start on
Monday); answers written by hand in the shape Solr's JSON facets give."""

from datetime import date

import pytest

from app.search.solr.period_counts import date_counts, period_start


def answer(total: int, days: list[tuple[int, int]]) -> dict:
    buckets = [{"val": val, "count": count} for val, count in days]
    return {"response": {"numFound": total}, "facets": {"days": {"buckets": buckets}}}


@pytest.mark.parametrize(
    ("published", "interval", "start"),
    [
        (date(2016, 7, 17), "day", date(2016, 7, 17)),
        (date(2016, 7, 17), "week", date(2016, 7, 11)),  # a Sunday: the week began Monday 11
        (date(2016, 7, 11), "week", date(2016, 7, 11)),  # a Monday begins its own week
        (date(2016, 1, 1), "week", date(2015, 12, 28)),  # a week across the new year
        (date(2016, 7, 17), "month", date(2016, 7, 1)),
        (date(2016, 7, 17), "year", date(2016, 1, 1)),
    ],
)
def test_period_start(published, interval, start):
    assert period_start(published, interval) == start


def test_days_add_up_into_weeks_and_undated_are_counted_apart():
    # Sat 9 and Sun 10 July 2016 are one week (from Mon 4); Mon 11 begins the next.
    solr = answer(9, [(20160709, 2), (20160710, 1), (20160711, 4), (0, 2)])
    counts = date_counts(solr, "week")
    assert counts.buckets == ((date(2016, 7, 4), 3), (date(2016, 7, 11), 4))
    assert (counts.interval, counts.total, counts.undated) == ("week", 9, 2)


def test_no_match_gives_no_buckets_and_an_unknown_interval_is_refused():
    assert date_counts({"response": {"numFound": 0}, "facets": {"count": 0}}, "year").buckets == ()
    with pytest.raises(ValueError, match="interval must be one of day, week, month, year"):
        date_counts(answer(0, []), "fortnight")
