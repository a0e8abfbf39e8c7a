"""Trends over time: the chart page and its data as CSV (see app/web/trends.py)."""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.trends import MAX_SERIES, Trend, bucket_label, build_trend
from app.web.trends_chart import Chart, line_chart

router = APIRouter(include_in_schema=False)

INTERVAL_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@router.get("/trends", response_class=HTMLResponse)
def trends(request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    trend = build_trend(archive, session, request.query_params)
    context = {
        "trend": trend,
        "charts": _charts(trend) if trend and trend.buckets else (),
        "max_series": MAX_SERIES,
        "queries": request.query_params.getlist("q"),
        "subqueries": request.query_params.getlist("s"),
        "csv_url": trends_url_with(request, "/trends.csv"),
    }
    return templates.TemplateResponse(request, "trends.html", context)


@router.get("/trends.csv")
def trends_csv(request: Request, archive: ArchiveDep, session: SessionDep) -> Response:
    """One row per period and query: its count, and its share of all articles of the period
    (empty when the archive has none then). A query's counts add up to its dated matches."""
    trend = build_trend(archive, session, request.query_params)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["bucket", "query", "count", "share"])
    if trend is not None:
        for i, start in enumerate(trend.buckets):
            for series in trend.series:
                share = trend.share(series.values[i], i)
                writer.writerow(
                    [
                        bucket_label(start, trend.interval),
                        _safe(series.query),
                        series.values[i],
                        "" if share is None else f"{share:.6f}",
                    ]
                )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="newsarchive-trends.csv"'},
    )


def trends_url_with(request: Request, path: str) -> str:
    query = request.url.query
    return f"{path}?{query}" if query else path


def _safe(cell: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: such text is quoted."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def _charts(trend: Trend) -> tuple[Chart, Chart]:
    labels = [bucket_label(start, trend.interval) for start in trend.buckets]
    per = INTERVAL_WORDS[trend.interval]
    counts = line_chart(
        title=f"Articles per {per}",
        y_label="Articles",
        x_label=f"{per.capitalize()} of publication",
        bucket_labels=labels,
        series=[(s.label, s.values) for s in trend.series],
        fmt=lambda v: f"{v:,.0f}",
        whole=True,
    )
    shares = line_chart(
        title=f"Share of all the archive's articles of the {per}",
        y_label="% of all articles",
        x_label=f"{per.capitalize()} of publication",
        bucket_labels=labels,
        series=[
            (s.label, [_percent(trend.share(v, i)) for i, v in enumerate(s.values)])
            for s in trend.series
        ],
        fmt=lambda v: f"{v:g}%",
    )
    return counts, shares


def _percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 2)
