"""Answering a SearchRequest: matches, exact total, facets over all matches, one page of hits.

The matching documents are one boolean mask (docsets.py); the total, the facet counts, the
histogram and the date order come from that mask and the per-generation arrays
(generation.py). Relevance order is Whoosh's score, ties by article id.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from whoosh.collectors import TimeLimitCollector
from whoosh.query import And, Every, NumericRange, Or, Query, Term
from whoosh.searching import Searcher, TimeLimit
from whoosh.sorting import FieldFacet, MultiFacet, ScoreFacet

from app.domain import DateCounts, Hit, SearchPage, SearchRequest
from app.search.backend import QueryTooCostly
from app.search.entity_fields import person_facet_kind, person_field
from app.search.whoosh.date_buckets import date_buckets
from app.search.whoosh.docsets import DocSets
from app.search.whoosh.facets import facet, histogram, top_values, value_counts
from app.search.whoosh.generation import GenerationCache
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.limits import (
    DEFAULT_LIMITS,
    QueryLimits,
    check_query,
    current_deadline,
    deadline,
)
from app.search.whoosh.parsing import parse_user_query
from app.search.whoosh.postings_cache import Kept
from app.search.whoosh.scoring import Unsupported, relevance_page
from app.search.whoosh.snippets import body_snippet, highlighted_terms
from app.search.whoosh.spelling import corrections, generation_speller

# Below this many matches a spelling correction is tried ("Did you mean ...").
SUGGEST_BELOW = 3
# Markers on the map: beyond a few hundred they overlap into a blot.
MAP_CITIES = 300
# Per generation: related-article lists and documents' stored fields kept (see their use).
STORED_KEPT = 2_000
# Snippets kept per generation: a few hundred characters each, ~2 MB at most.
SNIPPETS_KEPT = 4_000


def run_search(
    index: SearchIndex, request: SearchRequest, limits: QueryLimits = DEFAULT_LIMITS
) -> SearchPage:
    """The page of results; raises QueryTooCostly past ``limits``."""
    parsed = parse_user_query(request.q)
    text_query = parsed.query
    if request.q.strip() and text_query is None:
        # Text that searches for nothing (only operators, say) matches nothing.
        return SearchPage(total=0, hits=(), query_error=parsed.problem)
    query = _combine(text_query, request)
    with deadline(limits.time_budget_s), index.reading_sets() as (searcher, cache, sets):
        if text_query is not None:
            check_query(text_query, searcher.reader(), limits)
        matched = _matches(sets, cache, query, request)
        total = int(np.count_nonzero(matched))
        page_docs = _page(
            searcher, cache, sets, query, matched, total, request, text_query is not None
        )
        bars, undated = histogram(cache, matched)
        limit = request.facet_limit
        terms = highlighted_terms(searcher, text_query)
        city_counts = value_counts(cache, matched, "city")  # for the facet and the map
        return SearchPage(
            total=total,
            hits=tuple(
                hit_at(searcher, cache, docnum, terms, names=request.page_extras)
                for docnum in page_docs
            ),
            person_facets=facet(cache, matched, person_facet_kind(request.role), limit),
            city_facets=top_values(cache, "city", city_counts, limit),
            country_facets=facet(cache, matched, "country", limit),
            region_facets=facet(cache, matched, "region", limit),
            source_facets=facet(cache, matched, "source", limit),
            map_cities=top_values(
                cache, "city", city_counts, MAP_CITIES if request.page_extras else 0
            ),
            histogram=bars,
            undated=undated,
            query_error=parsed.problem,
            suggestion=_suggestion(
                index, limits, searcher, cache, sets, request, text_query, total
            ),
            as_of=request.as_of if request.as_of is not None else _watermark(cache),
        )


def _watermark(cache: GenerationCache) -> int:
    """The highest article id in the index (0 when empty): ids only grow, so restricting a
    later search to ids up to this one gives this moment's results."""
    alive = cache.article_id[cache.live]
    return int(alive.max()) if len(alive) else 0


def matching_article_ids(
    index: SearchIndex, request: SearchRequest, limits: QueryLimits = DEFAULT_LIMITS
) -> list[int]:
    """Every matching article id in the request's order (for exports and feeds)."""
    parsed = parse_user_query(request.q)
    if request.q.strip() and parsed.query is None:
        return []
    query = _combine(parsed.query, request)
    with deadline(limits.time_budget_s), index.reading_sets() as (searcher, cache, sets):
        if parsed.query is not None:
            check_query(parsed.query, searcher.reader(), limits)
        matched = _matches(sets, cache, query, request)
        total = int(np.count_nonzero(matched))
        everything = SearchRequest(**{**request.__dict__, "page": 1, "per_page": total})
        ordered = _page(
            searcher, cache, sets, query, matched, total, everything, parsed.query is not None
        )
        return [int(cache.article_id[d]) for d in ordered]


def count_by_date(
    index: SearchIndex, request: SearchRequest, interval: str, limits: QueryLimits = DEFAULT_LIMITS
) -> DateCounts:
    """Matching articles per day, week, month or year of publication (see date_buckets)."""
    parsed = parse_user_query(request.q)
    if request.q.strip() and parsed.query is None:
        return DateCounts(interval, (), 0, 0)
    query = _combine(parsed.query, request)
    with deadline(limits.time_budget_s), index.reading_sets() as (searcher, cache, sets):
        if parsed.query is not None:
            check_query(parsed.query, searcher.reader(), limits)
        return date_buckets(cache.published[sets.matches(query)], interval)


def _combine(text_query: Query | None, request: SearchRequest) -> Query:
    """Filters go inside the query (an And of Terms), which Whoosh runs far faster than
    ``filter=``; several persons, cities or countries must all be present, while several
    sources mean any of them (an article has one source).

    The parts are joined two at a time, ((text AND a) AND b) ..., so that each filter's
    constant score is added in one known order and numpy's relevance scores are exactly
    Whoosh's (scoring.py)."""
    parts: list[Query] = [] if text_query is None else [text_query]
    parts += [Term(person_field(request.role), slug) for slug in request.persons]
    parts += [Term("cities", slug) for slug in request.cities]
    parts += [Term("countries", slug) for slug in request.countries]
    parts += [Term("regions", slug) for slug in request.regions]
    if request.sources:
        parts.append(Or([Term("source", s) for s in request.sources]))
    if request.date_from or request.date_to:
        parts.append(
            NumericRange("published", _key(request.date_from, 1), _key(request.date_to, 0))
        )
    if request.as_of is not None:  # a pinned view: the articles stored up to then
        parts.append(NumericRange("article_id", None, request.as_of))
    if not parts:
        return Every()
    query = parts[0]
    for part in parts[1:]:
        query = And([query, part])
    return query


def _matches(
    sets: DocSets, cache: GenerationCache, query: Query, request: SearchRequest
) -> np.ndarray:
    """The query's documents, restricted to ``request.article_ids`` when it is set (a mask
    over the per-document article ids: no query terms, whatever the set's size)."""
    matched = sets.matches(query)
    if request.article_ids is not None:
        allowed = np.fromiter(request.article_ids, dtype=np.int64, count=len(request.article_ids))
        matched &= np.isin(cache.article_id, allowed)
    return matched


def _key(day: date | None, floor: int) -> int | None:
    """yyyymmdd of a bound; a lower bound is at least 1 so undated articles (0) fall out."""
    if day is None:
        return floor or None
    return int(day.strftime("%Y%m%d"))


def _page(
    searcher: Searcher,
    cache: GenerationCache,
    sets: DocSets,
    query: Query,
    matched: np.ndarray,
    total: int,
    request: SearchRequest,
    has_text: bool,
) -> list[int]:
    start = (request.page - 1) * request.per_page
    end = min(start + request.per_page, total)
    if start >= end:
        return []  # past the last page: nothing to rank
    if has_text and request.sort == "relevance":
        restricted = request.article_ids is not None
        return _by_relevance(searcher, cache, sets, query, matched, start, end, restricted)
    # Newest first (ties by the higher, newer article id) or oldest first (ties by the lower
    # one); undated last either way. The ranks are precomputed, so only the page is sorted.
    rank = cache.oldest_rank if request.sort == "oldest" else cache.newest_rank
    docs = np.flatnonzero(matched)
    ranks = rank[docs]
    if end < len(docs):
        keep = np.argpartition(ranks, end - 1)[:end]
        docs, ranks = docs[keep], ranks[keep]
    return [int(d) for d in docs[np.argsort(ranks)][start:end]]


def _by_relevance(
    searcher: Searcher,
    cache: GenerationCache,
    sets: DocSets,
    query: Query,
    matched: np.ndarray,
    start: int,
    end: int,
    restricted: bool = False,
) -> list[int]:
    """Best score first; equal scores in article id order, so a URL always gives one page.

    Scored with numpy (scoring.py) where the query's form allows, else by Whoosh's own
    sorted search. (Whoosh's top-N collector would be faster than its sorted search, but
    its scores of documents in later segments differ, and so would the pages.)"""
    try:
        return relevance_page(searcher, cache, sets, query, np.flatnonzero(matched), start, end)
    except Unsupported:
        pass
    order_by = MultiFacet([ScoreFacet(), FieldFacet("article_id")])
    # With an article id restriction the mask is narrower than the query: Whoosh keeps
    # to the masked documents.
    keep = {int(d) for d in np.flatnonzero(matched)} if restricted else None
    collector = searcher.collector(limit=end, sortedby=order_by, terms=False, filter=keep)
    budget = current_deadline()
    if budget is not None:  # Whoosh scores one document at a time: stop it at the budget
        collector = TimeLimitCollector(
            collector, timelimit=max(budget.remaining(), 0.001), use_alarm=False
        )
    try:
        searcher.search_with_collector(query, collector)
    except TimeLimit:
        raise budget.exceeded() from None  # type: ignore[union-attr]
    return [hit.docnum for hit in collector.results()][start:end]


def hit_at(
    searcher: Searcher,
    cache: GenerationCache,
    docnum: int,
    terms: frozenset[str],
    *,
    names: bool = True,
) -> Hit:
    """``terms``: the body terms the query matches (snippets.highlighted_terms); without
    ``names`` the hit's persons and cities are left empty (SearchRequest.page_extras)."""
    # A document's stored fields are decompressed on each read: the last STORED_KEPT read
    # are kept for the generation (a result page's articles are read again by the next),
    # and so are the last SNIPPETS_KEPT snippets made (the same words in the same article
    # give the same snippet; marking them took more than the rest of the hit).
    kept = cache.memo("stored", lambda: Kept(STORED_KEPT))
    stored = kept.get(docnum, lambda: searcher.stored_fields(docnum))
    snippets = cache.memo("snippets", lambda: Kept(SNIPPETS_KEPT))
    entities = stored.get("entities", ()) if names else ()
    published = int(cache.published[docnum])
    return Hit(
        article_id=int(cache.article_id[docnum]),
        title=stored["title"],
        published=_date(published),
        source=stored.get("source") or None,
        url=stored.get("url") or None,
        snippet_html=snippets.get((docnum, terms), lambda: body_snippet(stored["body"], terms)),
        # Every person of the article, whatever the role: labelled from the field of all.
        persons=tuple(cache.label("person_any", e[1]).name for e in entities if e[0] == "person"),
        cities=tuple(cache.label("city", e[1]).name for e in entities if e[0] == "city"),
    )


def _date(yyyymmdd: int) -> date | None:
    if not yyyymmdd:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


def _suggestion(
    index: SearchIndex,
    limits: QueryLimits,
    searcher: Searcher,
    cache: GenerationCache,
    sets: DocSets,
    request: SearchRequest,
    text_query: Query | None,
    total: int,
) -> str | None:
    """A corrected query string when the query finds little and the correction finds more
    (the first of a few alternatives that does; never one that finds fewer)."""
    if text_query is None or total >= SUGGEST_BELOW:
        return None
    reader = searcher.reader()
    analyzer = searcher.schema["body"].analyzer
    # The dictionary is made before a generation is served (index.py: from the previous
    # one's, or in the background as a server starts); only a process that never searched
    # for a misspelling before makes it here. The suggestion then gets its own time
    # budget, and one past it is dropped rather than failing the search.
    speller = generation_speller(reader, cache, index.directory)
    try:
        with deadline(limits.time_budget_s):
            for suggestion in corrections(speller, reader, analyzer, request.q):
                fixed = parse_user_query(suggestion).query
                if fixed is None:
                    continue
                found = _matches(sets, cache, _combine(fixed, request), request)
                if int(np.count_nonzero(found)) > total:
                    return suggestion
    except QueryTooCostly:
        pass
    return None
