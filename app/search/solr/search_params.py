"""A SearchRequest -> Solr /select parameters: the query, filters, order and one page.

Filters are filter queries (fq) on exact string fields, each cached by Solr on its own:
several persons, cities or countries must all be present, several sources mean any of
them (an article has one source). A date range keeps only dated articles (yyyymmdd >= 1),
as in the embedded engine; a pinned view (``as_of``) keeps the article ids up to it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain import SearchRequest
from app.search.entity_fields import person_field

# Score first, then the article id: equal scores always come in one order, so a URL
# always gives the same page. Date orders put undated articles last, then break ties by
# id (newest first: the higher id; oldest first: the lower).
RELEVANCE = "score desc, article_id asc"
NEWEST = "undated asc, published desc, article_id desc"
OLDEST = "undated asc, published asc, article_id asc"
# Stored fields a result row needs (the body for the opening when nothing is highlighted).
HIT_FIELDS = "article_id,title,source,url,published,entities,body"
SNIPPET_CHARS = 240  # as the embedded engine's snippets


def term_filter(field: str, value: str) -> str:
    """An exact match on one value, whatever characters it holds (no escaping needed)."""
    return "{!term f=" + field + " v=" + _local_param(value) + "}"


def _local_param(value: str) -> str:
    # A local-params value in single quotes, with \ and ' escaped.
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def filters(request: SearchRequest) -> list[str]:
    fq = [term_filter(person_field(request.role), slug) for slug in request.persons]
    fq += [term_filter("cities", slug) for slug in request.cities]
    fq += [term_filter("countries", slug) for slug in request.countries]
    fq += [term_filter("regions", slug) for slug in request.regions]
    if request.sources:
        quoted = " OR ".join(_quoted(source) for source in request.sources)
        fq.append(f"source:({quoted})")
    if request.date_from or request.date_to:
        fq.append(f"published:[{_key(request.date_from, 1)} TO {_key(request.date_to, '*')}]")
    if request.as_of is not None:  # a pinned view: the articles stored up to then
        fq.append(f"article_id:[* TO {int(request.as_of)}]")
    if request.article_ids is not None:  # a collection: only these articles
        ids = ",".join(str(int(i)) for i in sorted(request.article_ids))
        # The terms parser takes a long list cheaply; an empty one must match nothing.
        fq.append(f"{{!terms f=article_id}}{ids}" if ids else "-*:*")
    return fq


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _key(day: date | None, default: int | str) -> int | str:
    """yyyymmdd of a bound; the lower bound is at least 1 so undated articles (0) fall out."""
    return int(day.strftime("%Y%m%d")) if day else default


def sort_order(request: SearchRequest, has_text: bool) -> str:
    if request.sort == "oldest":
        return OLDEST
    if has_text and request.sort == "relevance":
        return RELEVANCE
    return NEWEST  # "date", and relevance without words to score


def base_params(lucene: str | None, request: SearchRequest) -> dict[str, Any]:
    """What every query of this request shares: the query, its filters, its order."""
    return {
        "q": lucene or "*:*",
        "fq": filters(request),
        "sort": sort_order(request, lucene is not None),
    }


def highlight_params() -> dict[str, Any]:
    """Passages of the body around the matched words, escaped, with <mark> around them."""
    return {
        "hl": "true",
        "hl.method": "unified",
        "hl.fl": "body",
        "hl.snippets": 2,
        "hl.fragsize": SNIPPET_CHARS,
        "hl.tag.pre": "<mark>",
        "hl.tag.post": "</mark>",
        "hl.encoder": "html",
        "hl.defaultSummary": "false",
    }
