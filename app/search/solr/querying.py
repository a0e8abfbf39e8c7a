"""Answering a SearchRequest on SolrCloud: one /select for the page, the exact total, the
facets and the histogram; labels, ties at a facet's cut and spelling only when needed."""

from __future__ import annotations

import json
from typing import Any

from app.domain import DateCounts, Hit, SearchPage, SearchRequest
from app.search.backend import QueryLimits
from app.search.solr.client import SolrClient
from app.search.solr.cost_limits import check_complete, check_cost, time_allowed
from app.search.solr.facet_counts import (
    facet_request,
    facets_for,
    limits,
    needs_all_tied,
)
from app.search.solr.facet_counts import tied_request as tied_facet
from app.search.solr.facet_labels import Labels
from app.search.solr.histogram import histogram
from app.search.solr.hits import hits
from app.search.solr.period_counts import DAYS_FACET, check_interval, date_counts
from app.search.solr.query_text import parse_text
from app.search.solr.search_params import HIT_FIELDS, base_params, highlight_params
from app.search.solr.suggestions import SolrSpeller

# Below this many matches a spelling correction is tried ("Did you mean ...").
SUGGEST_BELOW = 3
# Solr collects start + rows documents to skip start of them: past this offset the
# total is asked first, so a page far past the end costs nothing.
SHALLOW_START = 10_000
# Ids fetched per request when listing every match (cursor paging).
IDS_PER_REQUEST = 5_000
# The highest article id of the whole collection, whatever the query: the page's as_of.
WATERMARK_FACET = {
    "watermark": {
        "type": "query",
        "q": "*:*",
        "domain": {"query": "*:*"},
        "facet": {"max": "max(article_id)"},
    }
}


def run_search(
    client: SolrClient,
    labels: Labels,
    speller: SolrSpeller,
    request: SearchRequest,
    limits: QueryLimits,
) -> SearchPage:
    parsed = parse_text(request.q)
    if request.q.strip() and parsed.lucene is None:
        # Text that searches for nothing (only operators, say) matches nothing.
        return SearchPage(total=0, hits=(), query_error=parsed.problem)
    check_cost(client, parsed.patterns, parsed.words, limits)
    params = {**base_params(parsed.lucene, request), **time_allowed(limits)}
    start = (request.page - 1) * request.per_page
    rows = request.per_page
    if start >= SHALLOW_START:
        total = int(client.select(**{**params, "rows": 0})["response"]["numFound"])
        if start >= total:
            start, rows = 0, 0  # past the last page: only the total and facets
    wanted = facet_request(request.facet_limit, request.role)
    if request.as_of is None:
        wanted |= WATERMARK_FACET
    answer = client.select(
        **params,
        start=start,
        rows=rows,
        fl=HIT_FIELDS,
        **(highlight_params() if parsed.lucene else {}),
        **{"json.facet": json.dumps(wanted)},
    )
    check_complete(answer, limits)
    total = int(answer["response"]["numFound"])
    watermark = _watermark(answer) if request.as_of is None else None
    facets = _facets(
        client,
        labels,
        params,
        answer.get("facets") or {},
        (request.facet_limit, request.role, watermark),
    )
    months = _months(answer.get("facets") or {})
    return SearchPage(
        total=total,
        hits=hits(answer) if rows else (),
        person_facets=tuple(facets["persons"][: request.facet_limit]),
        city_facets=tuple(facets["cities"][: request.facet_limit]),
        country_facets=tuple(facets["countries"][: request.facet_limit]),
        region_facets=tuple(facets["regions"][: request.facet_limit]),
        source_facets=tuple(facets["sources"][: request.facet_limit]),
        map_cities=tuple(facets["cities"]),
        histogram=histogram(months[0]),
        undated=months[1],
        query_error=parsed.problem,
        suggestion=_suggestion(speller, client, request, parsed.lucene, total),
        as_of=request.as_of if watermark is None else watermark,
    )


def _watermark(answer: dict[str, Any]) -> int:
    """The highest article id in the collection (0 when empty): ids only grow, so
    restricting a later search to ids up to this one gives this moment's results."""
    found = ((answer.get("facets") or {}).get("watermark") or {}).get("max")
    return int(found) if found is not None else 0


def count_by_date(
    client: SolrClient, request: SearchRequest, interval: str, limits: QueryLimits
) -> DateCounts:
    """Matching articles per day, week, month or year of publication (period_counts.py)."""
    check_interval(interval)
    parsed = parse_text(request.q)
    if request.q.strip() and parsed.lucene is None:
        return DateCounts(interval, (), 0, 0)
    check_cost(client, parsed.patterns, parsed.words, limits)
    params = {**base_params(parsed.lucene, request), **time_allowed(limits)}
    params.pop("sort")  # no rows: no order
    answer = client.select(**params, rows=0, **{"json.facet": json.dumps(DAYS_FACET)})
    check_complete(answer, limits)
    return date_counts(answer, interval)


def _facets(
    client: SolrClient,
    labels: Labels,
    params: dict[str, Any],
    answer: dict[str, Any],
    wanted_by: tuple[int, str, int | None],
) -> dict[str, list]:  # type: ignore[type-arg]
    """Each facet's values, labelled (``wanted_by``: the facet limit, the person role and
    the collection's newest article id when the search asked for it)."""
    facet_limit, role, watermark = wanted_by
    out = {}
    kinds = facets_for(role)
    for name, wanted in limits(facet_limit).items():
        buckets = (answer.get(name) or {}).get("buckets") or []
        # One bucket more than wanted was asked for: if it ties with the last one wanted,
        # fetch every tied value, so that names decide between them as in Whoosh. (A tie
        # at the facet's own limit, below the map's, is then within the buckets too.)
        cut = needs_all_tied(buckets, wanted)
        if cut is not None:
            more = client.select(
                **params, rows=0, **{"json.facet": json.dumps(tied_facet(name, cut, role))}
            )
            buckets = (more.get("facets") or {}).get(name, {}).get("buckets") or []
        field, kind = kinds[name]
        out[name] = labels.values(field, kind, buckets, wanted, watermark)
    return out


def _months(answer: dict[str, Any]) -> tuple[dict[int, int], int]:
    months = answer.get("months") or {}
    counts = {int(b["val"]): int(b["count"]) for b in months.get("buckets") or []}
    return counts, int((months.get("missing") or {}).get("count", 0))


def _suggestion(
    speller: SolrSpeller,
    client: SolrClient,
    request: SearchRequest,
    lucene: str | None,
    total: int,
) -> str | None:
    """A corrected query when the query finds little and the correction finds more (the
    first of a few alternatives that does; never one that finds fewer)."""
    if lucene is None or total >= SUGGEST_BELOW:
        return None
    for suggestion in speller.corrections(request.q):
        fixed = parse_text(suggestion).lucene
        if fixed is None:
            continue
        params = {**base_params(fixed, request), "rows": 0}
        if int(client.select(**params)["response"]["numFound"]) > total:
            return suggestion
    return None


def matching_ids(client: SolrClient, request: SearchRequest, limits: QueryLimits) -> list[int]:
    """Every matching article id in the request's order, read with a cursor (deep paging
    with start would collect every skipped document again on each page)."""
    parsed = parse_text(request.q)
    if request.q.strip() and parsed.lucene is None:
        return []
    check_cost(client, parsed.patterns, parsed.words, limits)
    params = base_params(parsed.lucene, request)
    params["sort"] += ", id asc"  # a cursor needs the unique key last
    ids: list[int] = []
    cursor = "*"
    while True:
        answer = client.select(**params, rows=IDS_PER_REQUEST, fl="article_id", cursorMark=cursor)
        ids += [int(doc["article_id"]) for doc in answer["response"]["docs"]]
        following = answer.get("nextCursorMark", cursor)
        if following == cursor:
            return ids
        cursor = following


def related(client: SolrClient, article_id: int, limit: int) -> tuple[Hit, ...]:
    """Articles most like this one: Solr's more-like-this over the body's key terms."""
    if limit <= 0:
        return ()
    exists = client.select("*:*", fq="{!terms f=id}" + str(article_id), rows=0)
    if not exists["response"]["numFound"]:
        return ()
    answer = client.select(
        "{!mlt qf=body mintf=1 mindf=1 maxqt=20}" + str(article_id),
        fq="-id:" + str(article_id),
        rows=limit,
        fl=HIT_FIELDS,
        sort="score desc, article_id asc",
    )
    return hits(answer)
