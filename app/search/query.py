"""Answering a SearchRequest: matches, exact total, facets over all matches, one page of hits.

All matching documents are enumerated once (``docs_for_query``); the total, the facet counts,
the histogram and the date order come from that one list and the per-generation cache, which
is faster than Whoosh's ``groupedby`` and exact (``len(results)`` can undercount).
"""

from __future__ import annotations

from datetime import date

from whoosh.query import And, Every, NumericRange, Or, Query, Term
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet, MultiFacet, ScoreFacet

from app.domain import Hit, SearchPage, SearchRequest
from app.search.facets import facet, histogram
from app.search.index import GenerationCache, SearchIndex
from app.search.parsing import parse_user_query
from app.search.snippets import snippet
from app.search.spelling import corrected_query

# Below this many matches a spelling correction is tried ("Did you mean ...").
SUGGEST_BELOW = 3
# Markers on the map: beyond a few hundred they overlap into a blot.
MAP_CITIES = 300


def run_search(index: SearchIndex, request: SearchRequest) -> SearchPage:
    parsed = parse_user_query(request.q)
    text_query = parsed.query
    if request.q.strip() and text_query is None:
        # Text that searches for nothing (only operators, say) matches nothing.
        return SearchPage(total=0, hits=(), query_error=parsed.problem)
    query = _combine(text_query, request)
    with index.reading() as (searcher, cache):
        matches = [d for d in searcher.docs_for_query(query) if d in cache.docs]
        page_docs = _page(searcher, cache, query, matches, request, text_query is not None)
        bars, undated = histogram(cache, matches)
        limit = request.facet_limit
        return SearchPage(
            total=len(matches),
            hits=tuple(_hit(searcher, cache, docnum, text_query) for docnum in page_docs),
            person_facets=facet(cache, matches, "person", limit),
            city_facets=facet(cache, matches, "city", limit),
            country_facets=facet(cache, matches, "country", limit),
            source_facets=facet(cache, matches, "source", limit),
            map_cities=facet(cache, matches, "city", MAP_CITIES),
            histogram=bars,
            undated=undated,
            query_error=parsed.problem,
            suggestion=_suggestion(searcher, cache, request, text_query, len(matches)),
        )


def matching_article_ids(index: SearchIndex, request: SearchRequest) -> list[int]:
    """Every matching article id in the request's order (for exports and feeds)."""
    parsed = parse_user_query(request.q)
    if request.q.strip() and parsed.query is None:
        return []
    query = _combine(parsed.query, request)
    with index.reading() as (searcher, cache):
        matches = [d for d in searcher.docs_for_query(query) if d in cache.docs]
        everything = SearchRequest(**{**request.__dict__, "page": 1, "per_page": len(matches)})
        ordered = _page(searcher, cache, query, matches, everything, parsed.query is not None)
        return [cache.docs[d].article_id for d in ordered]


def related_hits(index: SearchIndex, article_id: int, limit: int) -> tuple[Hit, ...]:
    """Articles most like this one (Whoosh's more-like-this over the body's key terms)."""
    with index.reading() as (searcher, cache):
        docnum = searcher.document_number(id=str(article_id))
        if docnum is None:
            return ()
        found = searcher.more_like(docnum, "body", top=limit, numterms=20)
        return tuple(
            _hit(searcher, cache, hit.docnum, None) for hit in found if hit.docnum in cache.docs
        )


def _combine(text_query: Query | None, request: SearchRequest) -> Query:
    """Filters go inside the query (an And of Terms), which Whoosh runs far faster than
    ``filter=``; several persons, cities or countries must all be present, while several
    sources mean any of them (an article has one source)."""
    parts: list[Query] = [] if text_query is None else [text_query]
    parts += [Term("persons", slug) for slug in request.persons]
    parts += [Term("cities", slug) for slug in request.cities]
    parts += [Term("countries", slug) for slug in request.countries]
    if request.sources:
        parts.append(Or([Term("source", s) for s in request.sources]))
    if request.date_from or request.date_to:
        parts.append(
            NumericRange("published", _key(request.date_from, 1), _key(request.date_to, 0))
        )
    if not parts:
        return Every()
    return parts[0] if len(parts) == 1 else And(parts)


def _key(day: date | None, floor: int) -> int | None:
    """yyyymmdd of a bound; a lower bound is at least 1 so undated articles (0) fall out."""
    if day is None:
        return floor or None
    return int(day.strftime("%Y%m%d"))


def _page(
    searcher: Searcher,
    cache: GenerationCache,
    query: Query,
    matches: list[int],
    request: SearchRequest,
    has_text: bool,
) -> list[int]:
    start = (request.page - 1) * request.per_page
    end = start + request.per_page
    if start >= len(matches):
        return []  # past the last page: nothing to rank
    if has_text and request.sort == "relevance":
        # Best score first; equal scores in article id order, so a URL always gives one page.
        order = MultiFacet([ScoreFacet(), FieldFacet("article_id")])
        return [hit.docnum for hit in searcher.search(query, limit=end, sortedby=order)][start:]
    docs = cache.docs
    if request.sort == "oldest":
        # Oldest first, undated last, ties by the lower article id.
        ordered = sorted(matches, key=lambda d: (docs[d].published or 99999999, docs[d].article_id))
    else:
        # Newest first, undated last, ties by the higher (newer) article id.
        ordered = sorted(matches, key=lambda d: (-docs[d].published, -docs[d].article_id))
    return ordered[start:end]


def _hit(searcher: Searcher, cache: GenerationCache, docnum: int, text_query: Query | None) -> Hit:
    stored = searcher.stored_fields(docnum)
    info = cache.docs[docnum]
    labels = cache.labels
    return Hit(
        article_id=info.article_id,
        title=stored["title"],
        published=_date(info.published),
        source=info.source or None,
        url=stored.get("url") or None,
        snippet_html=snippet(searcher, stored["body"], text_query),
        persons=tuple(labels[("person", s)].name for s in info.persons),
        cities=tuple(labels[("city", s)].name for s in info.cities),
    )


def _date(yyyymmdd: int) -> date | None:
    if not yyyymmdd:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


def _suggestion(
    searcher: Searcher,
    cache: GenerationCache,
    request: SearchRequest,
    text_query: Query | None,
    total: int,
) -> str | None:
    """A corrected query string when the query finds little and the correction finds more."""
    if text_query is None or total >= SUGGEST_BELOW:
        return None
    suggestion = corrected_query(searcher, request.q)
    if suggestion is None:
        return None
    fixed = parse_user_query(suggestion).query
    if fixed is None:
        return None
    better = _combine(fixed, request)
    found = sum(1 for d in searcher.docs_for_query(better) if d in cache.docs)
    return suggestion if found > total else None
