"""Answering a SearchRequest: matches, exact total, facets over all matches, one page of hits.

All matching documents are enumerated once (``docs_for_query``); the total, the facet counts
and the date order come from that one list and the per-generation cache, which is faster than
Whoosh's ``groupedby`` and gives exact counts (``len(results)`` can undercount).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

from whoosh import highlight
from whoosh.query import And, Every, Query, Term
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet, MultiFacet, ScoreFacet

from app.domain import FacetValue, Hit, SearchPage, SearchRequest
from app.search.index import GenerationCache, SearchIndex
from app.search.parsing import parse_user_query

SNIPPET_CHARS = 240


def run_search(index: SearchIndex, request: SearchRequest) -> SearchPage:
    parsed = parse_user_query(request.q)
    text_query = parsed.query
    if request.q.strip() and text_query is None:
        # Text that searches for nothing (only operators, say) matches nothing.
        return SearchPage(total=0, hits=(), query_error=parsed.problem)
    query = _combine(text_query, request)
    with index.reading() as (searcher, cache):
        matches = [d for d in searcher.docs_for_query(query) if d in cache.docs]
        start = (request.page - 1) * request.per_page
        if start >= len(matches):
            page_docs: list[int] = []  # past the last page: nothing to rank
        elif text_query is not None and request.sort == "relevance":
            page_docs = _by_relevance(searcher, query, start + request.per_page)[start:]
        else:
            page_docs = _by_date(matches, cache)[start : start + request.per_page]
        hits = tuple(_hit(searcher, cache, docnum, text_query) for docnum in page_docs)
        return SearchPage(
            total=len(matches),
            hits=hits,
            person_facets=_facet(cache, matches, "person", request.facet_limit),
            city_facets=_facet(cache, matches, "city", request.facet_limit),
            query_error=parsed.problem,
        )


def _combine(text_query: Query | None, request: SearchRequest) -> Query:
    """Filters go inside the query (an And of Terms), which Whoosh runs far faster than
    ``filter=``; several persons or cities must all be present."""
    parts: list[Query] = [] if text_query is None else [text_query]
    parts += [Term("persons", slug) for slug in request.persons]
    parts += [Term("cities", slug) for slug in request.cities]
    if not parts:
        return Every()
    return parts[0] if len(parts) == 1 else And(parts)


def _by_relevance(searcher: Searcher, query: Query, limit: int) -> list[int]:
    """Best score first; equal scores in article id order, so a URL always gives one page."""
    order = MultiFacet([ScoreFacet(), FieldFacet("article_id")])
    return [hit.docnum for hit in searcher.search(query, limit=limit, sortedby=order)]


def _by_date(docnums: Iterable[int], cache: GenerationCache) -> list[int]:
    """Newest first, undated last, ties broken by the higher (newer) article id."""
    docs = cache.docs
    return sorted(docnums, key=lambda d: (-docs[d].published, -docs[d].article_id))


def _facet(
    cache: GenerationCache, docnums: list[int], kind: str, limit: int
) -> tuple[FacetValue, ...]:
    counts: Counter[str] = Counter()
    for docnum in docnums:
        info = cache.docs[docnum]
        counts.update(info.persons if kind == "person" else info.cities)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], cache.labels[(kind, item[0])].name))
    return tuple(
        FacetValue(
            name=cache.labels[(kind, slug)].name,
            slug=slug,
            count=count,
            country=cache.labels[(kind, slug)].country,
        )
        for slug, count in ranked[:limit]
    )


def _hit(searcher: Searcher, cache: GenerationCache, docnum: int, text_query: Query | None) -> Hit:
    stored = searcher.stored_fields(docnum)
    info = cache.docs[docnum]
    published = info.published
    return Hit(
        article_id=info.article_id,
        title=stored["title"],
        published=_date(published),
        source=stored.get("source") or None,
        url=stored.get("url") or None,
        snippet_html=_snippet(searcher, stored["body"], text_query),
        persons=tuple(cache.labels[("person", s)].name for s in info.persons),
        cities=tuple(cache.labels[("city", s)].name for s in info.cities),
    )


def _date(yyyymmdd: int):  # type: ignore[no-untyped-def]
    from datetime import date

    if not yyyymmdd:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


class _MarkFormatter(highlight.HtmlFormatter):
    """<mark> around matched words; Whoosh escapes the text between them."""

    def __init__(self) -> None:
        super().__init__(tagname="mark", between=" … ", classname="hit", termclass="t")

    def format_token(self, text, token, replace=False):  # type: ignore[no-untyped-def]
        return f"<mark>{html.escape(highlight.get_text(text, token, replace), quote=False)}</mark>"


def _snippet(searcher: Searcher, body: str, text_query: Query | None) -> str:
    """Escaped HTML: the passages with the most matched words, or the article's opening."""
    body = " ".join(body.split())  # paragraph breaks mean nothing inside a snippet
    if text_query is not None:
        terms = {
            term.decode("utf-8") if isinstance(term, bytes) else term
            for field, term in text_query.existing_terms(
                searcher.reader(), phrases=True, expand=True
            )
            if field == "body"
        }
        if terms:
            analyzer = searcher.schema["body"].analyzer
            fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
            text = highlight.highlight(body, terms, analyzer, fragmenter, _MarkFormatter(), top=2)
            if text:
                return text
    opening = body[:SNIPPET_CHARS]
    if len(body) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening, quote=False)
