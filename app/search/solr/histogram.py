"""The date histogram from month counts: bars by year or month, exactly as the embedded
engine draws them (app/search/whoosh/facets.py), gaps included so time reads left to right."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.domain import HistogramBar

# Above this many years of matches the histogram counts years, below it months.
MONTHLY_UP_TO_YEARS = 3


def histogram(months: dict[int, int]) -> tuple[HistogramBar, ...]:
    """Bars from {yyyymm: matching articles}."""
    if not months:
        return ()
    first, last = min(months) // 100, max(months) // 100
    if last - first >= MONTHLY_UP_TO_YEARS:
        years: Counter[int] = Counter()
        for month, count in months.items():
            years[month // 100] += count
        return tuple(
            HistogramBar(str(y), date(y, 1, 1), date(y, 12, 31), years[y])
            for y in range(first, last + 1)
        )
    low = _index(min(months))
    high = _index(max(months))
    bars = []
    for index in range(low, high + 1):
        y, m0 = divmod(index, 12)
        m = m0 + 1
        count = months.get(y * 100 + m, 0)
        bars.append(HistogramBar(f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m), count))
    return tuple(bars)


def _index(yyyymm: int) -> int:
    """Months since year 0."""
    return yyyymm // 100 * 12 + yyyymm % 100 - 1


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)
