"""Facet counts and the date histogram over all matching documents, from the cache."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.domain import FacetValue, HistogramBar
from app.search.index import EntityLabel, GenerationCache

# Above this many years of matches the histogram counts years, below it months: about
# 3 years is 36 monthly bars, still readable; more would be too thin to click.
MONTHLY_UP_TO_YEARS = 3


def facet(
    cache: GenerationCache, docnums: list[int], kind: str, limit: int
) -> tuple[FacetValue, ...]:
    """The ``limit`` most frequent values, ties by name, so the list is stable."""
    counts: Counter[str] = Counter()
    for docnum in docnums:
        info = cache.docs[docnum]
        if kind == "person":
            counts.update(info.persons)
        elif kind == "city":
            counts.update(info.cities)
        elif kind == "country":
            counts.update(info.countries)
        elif info.source:
            counts[info.source] += 1
    labels = cache.labels
    ranked = sorted(counts.items(), key=lambda item: (-item[1], labels[(kind, item[0])].name))
    return tuple(_value(labels[(kind, key)], key, n) for key, n in ranked[:limit])


def _value(label: EntityLabel, key: str, count: int) -> FacetValue:
    return FacetValue(label.name, key, count, label.country, label.latitude, label.longitude)


def histogram(cache: GenerationCache, docnums: list[int]) -> tuple[tuple[HistogramBar, ...], int]:
    """Bars by year or month (gaps included, so time reads left to right) and the number of
    undated matches."""
    dated = [cache.docs[d].published for d in docnums if cache.docs[d].published]
    undated = len(docnums) - len(dated)
    if not dated:
        return (), undated
    first, last = min(dated) // 10000, max(dated) // 10000
    if last - first >= MONTHLY_UP_TO_YEARS:
        counts = Counter(p // 10000 for p in dated)
        bars = tuple(
            HistogramBar(str(y), date(y, 1, 1), date(y, 12, 31), counts.get(y, 0))
            for y in range(first, last + 1)
        )
        return bars, undated
    counts = Counter(p // 100 for p in dated)  # yyyymm
    months = []
    y, m = divmod(min(counts), 100)
    end_y, end_m = divmod(max(counts), 100)
    while (y, m) <= (end_y, end_m):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    bars = tuple(
        HistogramBar(f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m), counts.get(y * 100 + m, 0))
        for y, m in months
    )
    return bars, undated


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)
