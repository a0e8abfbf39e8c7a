"""Counting matches by day, week, month or year of publication, with numpy over the
generation's array of publication dates (yyyymmdd integers, 0 when undated)."""

from __future__ import annotations

from datetime import date

import numpy as np

from app.domain import INTERVALS, DateCounts

# numpy's day 0 (1970-01-01) was a Thursday: 3 days after a Monday.
_EPOCH_WEEKDAY = 3


def date_buckets(published: np.ndarray, interval: str) -> DateCounts:
    """Counts of the ``published`` dates (one per matching article) per period, the
    periods with none left out, and the undated counted apart."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    dated = published[published > 0].astype(np.int64)
    undated = len(published) - len(dated)
    if not len(dated):
        return DateCounts(interval, (), len(published), undated)
    days = _as_days(dated)
    if interval == "day":
        starts = days
    elif interval == "week":
        since_monday = (days.astype(np.int64) + _EPOCH_WEEKDAY) % 7
        starts = days - since_monday.astype("timedelta64[D]")
    elif interval == "month":
        starts = days.astype("datetime64[M]").astype("datetime64[D]")
    else:
        starts = days.astype("datetime64[Y]").astype("datetime64[D]")
    keys, counts = np.unique(starts, return_counts=True)
    buckets = tuple(
        (date.fromisoformat(str(key)), int(n)) for key, n in zip(keys, counts, strict=True)
    )
    return DateCounts(interval, buckets, len(published), undated)


def _as_days(yyyymmdd: np.ndarray) -> np.ndarray:
    """yyyymmdd integers as numpy days."""
    years = yyyymmdd // 10000
    months = (years - 1970) * 12 + yyyymmdd // 100 % 100 - 1
    return months.astype("datetime64[M]").astype("datetime64[D]") + (yyyymmdd % 100 - 1).astype(
        "timedelta64[D]"
    )
