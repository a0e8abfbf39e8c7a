"""What the search page shows, worked out from the request and the results: facet links with
their toggle URLs, removable filters, sort links and pagination."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain import EntityRef, FacetValue, SearchPage, SearchRequest
from app.web import urls
from app.web.urls import Params


@dataclass(frozen=True)
class FacetLink:
    name: str
    slug: str
    count: int
    country: str | None
    selected: bool
    toggle_url: str


@dataclass(frozen=True)
class ActiveFilter:
    kind: str  # "person" or "city"
    label: str
    remove_url: str


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str
    current: bool


@dataclass(frozen=True)
class SearchView:
    request: SearchRequest
    result: SearchPage
    canonical_url: str
    filters: tuple[ActiveFilter, ...]
    person_facets: tuple[FacetLink, ...]
    city_facets: tuple[FacetLink, ...]
    sort_links: tuple[tuple[str, str, bool], ...]  # (label, url, current)
    pages: tuple[PageLink, ...]
    last_page: int
    prev_url: str | None
    next_url: str | None
    first_shown: int
    last_shown: int


def build_view(
    path: str,
    params: Params,
    request: SearchRequest,
    result: SearchPage,
    persons: dict[str, EntityRef],
    cities: dict[str, EntityRef],
) -> SearchView:
    last_page = max(1, math.ceil(result.total / request.per_page))
    first_shown = (request.page - 1) * request.per_page + 1 if result.hits else 0
    return SearchView(
        request=request,
        result=result,
        canonical_url=urls.url(path, params),
        filters=_filters(path, params, request, persons, cities),
        person_facets=_facets(path, params, "person", request.persons, result.person_facets),
        city_facets=_facets(path, params, "city", request.cities, result.city_facets),
        sort_links=tuple(
            (label, urls.url(path, urls.replaced(params, "sort", key)), request.sort == key)
            for key, label in (("relevance", "Relevance"), ("date", "Newest first"))
        ),
        pages=_page_links(path, params, request.page, last_page),
        last_page=last_page,
        prev_url=_page_url(path, params, request.page - 1, last_page),
        next_url=_page_url(path, params, request.page + 1, last_page),
        first_shown=first_shown,
        last_shown=first_shown + len(result.hits) - 1 if result.hits else 0,
    )


def _filters(path, params, request, persons, cities) -> tuple[ActiveFilter, ...]:  # type: ignore[no-untyped-def]
    found = [
        ActiveFilter("person", persons[s].name, urls.url(path, urls.without(params, "person", s)))
        for s in request.persons
    ]
    found += [
        ActiveFilter("city", cities[s].name, urls.url(path, urls.without(params, "city", s)))
        for s in request.cities
    ]
    return tuple(found)


def _facets(
    path: str, params: Params, key: str, active: tuple[str, ...], values: tuple[FacetValue, ...]
) -> tuple[FacetLink, ...]:
    links = []
    for value in values:
        selected = value.slug in active
        changed = (
            urls.without(params, key, value.slug)
            if selected
            else urls.with_added(params, key, value.slug)
        )
        links.append(
            FacetLink(
                value.name,
                value.slug,
                value.count,
                value.country,
                selected,
                urls.url(path, changed),
            )
        )
    return tuple(links)


def _page_url(path: str, params: Params, number: int, last_page: int) -> str | None:
    if number < 1 or number > last_page:
        return None
    return urls.url(path, urls.replaced(params, "page", str(number)))


def _page_links(path: str, params: Params, current: int, last_page: int) -> tuple[PageLink, ...]:
    """First, last, and a window around the current page."""
    numbers = sorted({1, last_page, *range(max(1, current - 2), min(last_page, current + 2) + 1)})
    return tuple(
        PageLink(n, urls.url(path, urls.replaced(params, "page", str(n))), n == current)
        for n in numbers
    )
