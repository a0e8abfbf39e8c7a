"""Facet counts and the date histogram over all matching documents, from the cache."""

from __future__ import annotations

from datetime import date

import numpy as np

from app.domain import FacetValue, HistogramBar
from app.search.whoosh.generation import EntityLabel, GenerationCache

# Above this many years of matches the histogram counts years, below it months: about
# 3 years is 36 monthly bars, still readable; more would be too thin to click.
MONTHLY_UP_TO_YEARS = 3


def facet(
    cache: GenerationCache, matched: np.ndarray, kind: str, limit: int
) -> tuple[FacetValue, ...]:
    """The ``limit`` most frequent values over the ``matched`` mask, ties by name then key,
    so the list is stable."""
    return top_values(cache, kind, value_counts(cache, matched, kind), limit)


def value_counts(cache: GenerationCache, matched: np.ndarray, kind: str) -> np.ndarray:
    """How many ``matched`` documents hold each value of the facet (by value index)."""
    values = cache.values[kind]
    return np.bincount(values.pair_value[matched[values.pair_doc]], minlength=len(values.keys))


def top_values(
    cache: GenerationCache, kind: str, counts: np.ndarray, limit: int
) -> tuple[FacetValue, ...]:
    """The ``limit`` values with the highest ``counts`` (from value_counts)."""
    values = cache.values[kind]
    if limit <= 0 or not len(values.keys):
        return ()
    blank = values.index.get("")  # articles with no source: not a value to filter by
    if blank is not None and counts[blank]:
        counts = counts.copy()
        counts[blank] = 0
    present = np.flatnonzero(counts)
    if not len(present):
        return ()
    if len(present) > limit:
        # Only values counted at least as often as the limit-th need their names (ties).
        cut = -np.partition(-counts[present], limit - 1)[limit - 1]
        present = present[counts[present] >= cut]
    keys, label = values.keys, cache.label
    # Each value's label looked up once (a map asks for 300 values, most of them tied).
    pairs = zip(present.tolist(), counts[present].tolist(), strict=True)
    labelled = [(label(kind, keys[i]), keys[i], n) for i, n in pairs]
    labelled.sort(key=lambda item: (-item[2], item[0].name, item[1]))
    return tuple(_value(found, key, n) for found, key, n in labelled[:limit])


def _value(label: EntityLabel, key: str, count: int) -> FacetValue:
    return FacetValue(label.name, key, count, label.country, label.latitude, label.longitude)


def histogram(cache: GenerationCache, matched: np.ndarray) -> tuple[tuple[HistogramBar, ...], int]:
    """Bars by year or month (gaps included, so time reads left to right) and the number of
    undated matches."""
    published = cache.published[matched]
    dated = published[published > 0]
    undated = len(published) - len(dated)
    if not len(dated):
        return (), undated
    first, last = int(dated.min()) // 10000, int(dated.max()) // 10000
    if last - first >= MONTHLY_UP_TO_YEARS:
        counts = np.bincount(dated // 10000 - first, minlength=last - first + 1)
        bars = tuple(
            HistogramBar(str(y), date(y, 1, 1), date(y, 12, 31), int(counts[y - first]))
            for y in range(first, last + 1)
        )
        return bars, undated
    months = dated // 10000 * 12 + dated // 100 % 100 - 1  # months since year 0
    low = int(months.min())
    counts = np.bincount(months - low)
    bars = []
    for offset, n in enumerate(counts):
        y, m0 = divmod(low + offset, 12)
        m = m0 + 1
        bars.append(HistogramBar(f"{y}-{m:02d}", date(y, m, 1), _month_end(y, m), int(n)))
    return tuple(bars), undated


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)
