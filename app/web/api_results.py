"""The JSON of a search, built from what the search page shows: the request echoed (so a
saved response says what produced it), results with plain-text snippets and the offsets of
the matched words, people and places with slugs, and every facet list."""

from __future__ import annotations

import html
import re

from app.domain import FacetValue, Hit, NamedEntities, SearchRequest
from app.web.searching import SearchOutcome

MARKED = re.compile(r"<mark>(.*?)</mark>", re.S)


def plain_snippet(snippet_html: str) -> tuple[str, list[list[int]]]:
    """The snippet as plain text, and ``[start, end)`` character offsets (Unicode code
    points) of each matched word in it: the search package gives escaped HTML with <mark>
    around the matches, which a client would otherwise have to parse and unescape."""
    text, spans, position = [], [], 0
    for n, piece in enumerate(MARKED.split(snippet_html)):
        plain = html.unescape(piece)
        if n % 2:  # inside a <mark>
            spans.append([position, position + len(plain)])
        text.append(plain)
        position += len(plain)
    return "".join(text), spans


def echoed_filters(req: SearchRequest) -> dict:
    """Every parameter of the request as the search understood it: dates resolved to days
    (``from=2016`` is 2016-01-01), defaults filled in."""
    return {
        "q": req.q,
        "person": list(req.persons),
        "role": req.role,
        "city": list(req.cities),
        "country": list(req.countries),
        "source": list(req.sources),
        "from": req.date_from.isoformat() if req.date_from else None,
        "to": req.date_to.isoformat() if req.date_to else None,
        "sort": req.sort,
        "page": req.page,
        "per_page": req.per_page,
        "facet_limit": req.facet_limit,
    }


def _hit(hit: Hit, named: NamedEntities | None) -> dict:
    snippet, highlights = plain_snippet(hit.snippet_html)
    persons = named.persons if named else ()
    cities = named.cities if named else ()
    return {
        "id": hit.article_id,
        "title": hit.title,
        "published": hit.published.isoformat() if hit.published else None,
        "source": hit.source,
        "url": hit.url,
        "snippet": snippet,
        "highlights": highlights,
        "snippet_html": hit.snippet_html,
        "persons": [{"name": p.name, "slug": p.slug} for p in persons],
        "cities": [{"name": c.name, "slug": c.slug, "country": c.country} for c in cities],
    }


def _facet(value: FacetValue, *, with_country: bool = False) -> dict:
    shown = {"name": value.name, "slug": value.slug, "count": value.count}
    if with_country:
        shown["country"] = value.country
    return shown


def search_json(outcome: SearchOutcome, named: dict[int, NamedEntities]) -> dict:
    """The API's answer; ``named`` holds the people and cities of the hits, by id (the
    search engine's hits carry names, the API gives slugs and countries too)."""
    result, req = outcome.result, outcome.request
    return {
        "query": req.q,
        "filters": echoed_filters(req),
        "total": result.total,
        "page": req.page,
        "per_page": req.per_page,
        "sort": req.sort,
        "query_error": result.query_error,
        "suggestion": result.suggestion,
        "undated": result.undated,
        "results": [_hit(hit, named.get(hit.article_id)) for hit in result.hits],
        "facets": {
            "persons": [_facet(f) for f in result.person_facets],
            "cities": [_facet(f, with_country=True) for f in result.city_facets],
            "countries": [_facet(f) for f in result.country_facets],
            "sources": [_facet(f) for f in result.source_facets],
        },
    }
