"""Trends over time: up to five searches counted per day, week, month or year side by side,
absolute and as a share of all the archive's articles of the same period.

URL: ``/trends?q=A&q=B&person=...&from=...&interval=month``. Each ``q`` is one series; the
other search parameters (person, city, country, source, from, to, as_of) are shared by
every ``q``. A series with filters of its own is an ``s``: a search's whole query string,
URL-encoded (``s=q%3DMosul%26person%3Dash-carter``), its filters only. ``interval`` is
``auto`` (the default: days up to three months of dates, weeks up to two years, months up
to 25 years, else years), ``day``, ``week``, ``month`` or ``year``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.archive import Archive
from app.domain import INTERVALS, DateCounts, SearchRequest
from app.web import urls
from app.web.errors import BadRequest
from app.web.searching import validated_request

MAX_SERIES = 5
# A chart of more periods than this is a blur of lines: a longer interval says more.
MAX_BUCKETS = 1200
SERIES_KEYS = ("q", "s", "interval")
# Search parameters a series keeps (a trend has no sort, page or facets).
FILTER_KEYS = ("person", "role", "city", "country", "source", "from", "to", "as_of")


@dataclass(frozen=True)
class Series:
    query: str  # as asked: the q, or the s query string (the CSV's "query" column)
    label: str  # what the legend calls it
    search_url: str  # the search page of the same articles
    counts: DateCounts
    values: tuple[int, ...]  # count per bucket of the trend


@dataclass(frozen=True)
class Trend:
    interval: str
    asked_interval: str  # "auto" or the interval asked for
    buckets: tuple[date, ...]  # first day of every period from the first match to the last
    series: tuple[Series, ...]
    everything: tuple[int, ...]  # all the archive's articles per bucket, for the shares
    shared: urls.Params  # the shared filters, kept by the form and the links

    def share(self, value: int, bucket: int) -> float | None:
        """The series' share of all articles of the period (None if the period has none)."""
        base = self.everything[bucket]
        return value / base if base else None


def build_trend(archive: Archive, session: Session, query_params: QueryParams) -> Trend | None:
    """The trend the URL asks for, or None when it names no query (the empty form)."""
    asked = _requests(archive, session, query_params)
    interval = query_params.get("interval", "auto") or "auto"
    if interval not in ("auto", *INTERVALS):
        raise BadRequest(
            f"Unknown interval {interval!r}: use interval=auto, day, week, month or year."
        )
    if not asked:
        return None
    shared = [(k, v) for k, v in query_params.multi_items() if k in FILTER_KEYS]
    search = archive.search
    chosen = (
        interval if interval != "auto" else _auto(search.date_counts(r, "day") for _, r in asked)
    )
    counted = [(ask, request, search.date_counts(request, chosen)) for ask, request in asked]
    as_of = asked[0][1].as_of if all(r.as_of == asked[0][1].as_of for _, r in asked) else None
    everything = search.date_counts(SearchRequest(as_of=as_of), chosen)
    buckets = _periods([c for *_, c in counted], chosen)
    if len(buckets) > MAX_BUCKETS:
        raise BadRequest(
            f"interval={chosen} gives {len(buckets):,} periods, more than the {MAX_BUCKETS:,} "
            "a chart can show: choose a longer interval (week, month or year) or narrow the "
            "dates with from= and to=."
        )
    return Trend(
        interval=chosen,
        asked_interval=interval,
        buckets=buckets,
        series=tuple(
            Series(ask[0], ask[1], _search_url(request), counts, _values(counts, buckets))
            for ask, request, counts in counted
        ),
        everything=_values(everything, buckets),
        shared=shared,
    )


def _requests(
    archive: Archive, session: Session, query_params: QueryParams
) -> list[tuple[tuple[str, str], SearchRequest]]:
    """((query as asked, label), request) of each series, every filter checked as the
    search page does."""
    qs, ss = query_params.getlist("q"), query_params.getlist("s")
    if len(qs) + len(ss) > MAX_SERIES:
        raise BadRequest(
            f"At most {MAX_SERIES} queries can be compared side by side; this asks for "
            f"{len(qs) + len(ss)}. Remove some q= (or s=) values."
        )
    shared = [(k, v) for k, v in query_params.multi_items() if k in FILTER_KEYS]
    found = []
    for q in qs:
        request, _, labels = validated_request(archive, session, QueryParams([("q", q), *shared]))
        found.append(((q, _label(q, request, labels, with_filters=False)), request))
    for s in ss:
        own = QueryParams(s)
        kept = [(k, v) for k, v in own.multi_items() if k == "q" or k in FILTER_KEYS]
        request, _, labels = validated_request(archive, session, QueryParams(kept))
        found.append(((s, _label(request.q, request, labels, with_filters=True)), request))
    return found


def _label(q: str, request: SearchRequest, labels, *, with_filters: bool) -> str:  # type: ignore[no-untyped-def]
    text = f"\u201c{q.strip()}\u201d" if q.strip() else "all articles"
    if not with_filters:
        return text
    names = [labels.persons[s].name for s in request.persons]
    names += [labels.cities[s].name for s in request.cities]
    names += [labels.countries[s] for s in request.countries]
    names += list(request.sources)
    return text + (f" ({', '.join(names)})" if names else "")


def _auto(day_counts) -> str:  # type: ignore[no-untyped-def]
    """The interval that shows the dates matched in a readable number of periods."""
    days = [day for counts in day_counts for day, _ in counts.buckets]
    if not days:
        return "month"
    span = (max(days) - min(days)).days
    if span <= 92:
        return "day"
    if span <= 2 * 366:
        return "week"
    return "month" if span <= 25 * 366 else "year"


def _periods(all_counts: list[DateCounts], interval: str) -> tuple[date, ...]:
    starts = [day for counts in all_counts for day, _ in counts.buckets]
    if not starts:
        return ()
    periods, current, last = [], min(starts), max(starts)
    while current <= last and len(periods) <= MAX_BUCKETS:
        periods.append(current)
        current = next_period(current, interval)
    return tuple(periods)


def next_period(start: date, interval: str) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bucket_label(start: date, interval: str) -> str:
    """2016-07-14 (day), 2016-07-11 (week from Monday), 2016-07 (month), 2016 (year)."""
    if interval == "month":
        return f"{start.year}-{start.month:02d}"
    if interval == "year":
        return str(start.year)
    return start.isoformat()


def _values(counts: DateCounts, buckets: tuple[date, ...]) -> tuple[int, ...]:
    by_start = dict(counts.buckets)
    return tuple(by_start.get(start, 0) for start in buckets)


def _search_url(request: SearchRequest) -> str:
    params: urls.Params = [("q", request.q)] if request.q else []
    params += [("person", s) for s in request.persons]
    if request.role != "mentioned":
        params.append(("role", request.role))
    params += [("city", s) for s in request.cities]
    params += [("country", s) for s in request.countries]
    params += [("source", s) for s in request.sources]
    if request.date_from:
        params.append(("from", request.date_from.isoformat()))
    if request.date_to:
        params.append(("to", request.date_to.isoformat()))
    if request.as_of is not None:
        params.append(("as_of", str(request.as_of)))
    return urls.url("/search", params)


def trends_url(params: urls.Params, path: str = "/trends") -> str:
    """A search view's trend: its query and filters, as one series."""
    kept = [(k, v) for k, v in params if k == "q" or k in FILTER_KEYS]
    if not any(k == "q" for k, _ in kept):
        kept.insert(0, ("q", ""))
    return f"{path}?{urlencode(kept)}"
