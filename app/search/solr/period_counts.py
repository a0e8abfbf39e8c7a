"""Matches counted by day, week, month or year of publication, for trends over time.

One terms facet over ``published`` (yyyymmdd, 0 when undated) gives the matches per day
from docValues on every shard, refined so each day's count is exact; weeks (Monday to
Sunday), months and years are summed from the days here, so the periods are exactly the
embedded engine's (app/search/whoosh/date_buckets.py)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from app.domain import INTERVALS, DateCounts
from app.search.solr.documents import day

# The facet asking for every day with a match (a decade is under 4,000 buckets).
DAYS_FACET = {"days": {"type": "terms", "field": "published", "limit": -1, "refine": True}}


def period_start(published: date, interval: str) -> date:
    """The first day of the period ``published`` falls in."""
    if interval == "day":
        return published
    if interval == "week":
        return published - timedelta(days=published.weekday())  # Monday
    if interval == "month":
        return published.replace(day=1)
    return published.replace(month=1, day=1)


def check_interval(interval: str) -> None:
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")


def date_counts(answer: dict[str, Any], interval: str) -> DateCounts:
    """The DateCounts of a /select answer that asked for DAYS_FACET."""
    check_interval(interval)
    total = int(answer["response"]["numFound"])
    buckets = ((answer.get("facets") or {}).get("days") or {}).get("buckets") or []
    periods: Counter[date] = Counter()
    undated = 0
    for bucket in buckets:
        published = day(int(bucket["val"]))
        if published is None:
            undated += int(bucket["count"])
        else:
            periods[period_start(published, interval)] += int(bucket["count"])
    return DateCounts(interval, tuple(sorted(periods.items())), total, undated)
