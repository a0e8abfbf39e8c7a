"""What the search page shows, worked out from the request and the results: facet links with
their toggle URLs, removable filters, histogram bars, sort links, pagination, exports."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain import FacetValue, HistogramBar, SearchPage, SearchRequest
from app.web import urls
from app.web.histogram_view import HistogramDrawing, draw
from app.web.map_view import MapView, build_map
from app.web.searching import Labels
from app.web.urls import Params

SORT_LABELS = (("relevance", "Relevance"), ("date", "Newest first"), ("oldest", "Oldest first"))
# role= value -> (what the choice is called, the person facet's heading). People mentioned
# are the default: a byline or a photo credit says who made the story, not who it is about.
ROLE_LABELS = {
    "mentioned": ("named in the story", "People"),
    "author": ("bylines", "Bylines"),
    "credit": ("photo credits", "Photo credits"),
    "any": ("any role", "People (any role)"),
}


@dataclass(frozen=True)
class FacetLink:
    name: str
    slug: str
    count: int
    country: str | None
    selected: bool
    toggle_url: str


@dataclass(frozen=True)
class FacetBlock:
    key: str  # the URL parameter: person, city, country, region, source
    heading: str
    links: tuple[FacetLink, ...]
    more_url: str | None  # shows more values when the list was cut at the limit


@dataclass(frozen=True)
class ActiveFilter:
    kind: str
    label: str
    remove_url: str


@dataclass(frozen=True)
class RoleLink:
    """One choice of whose people the person filter and facet hold."""

    role: str
    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class CityNote:
    """A city filter that also finds the articles naming the region named after it."""

    city: str
    region: str
    region_url: str


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    height_pct: int
    url: str  # narrows the date range to this bar


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
    facets: tuple[FacetBlock, ...]
    bars: tuple[Bar, ...]
    histogram: HistogramDrawing | None
    sort_links: tuple[tuple[str, str, bool], ...]  # (label, url, current)
    pages: tuple[PageLink, ...]
    last_page: int
    prev_url: str | None
    next_url: str | None
    first_shown: int
    last_shown: int
    suggestion_url: str | None
    exports: dict[str, str]  # format -> URL
    date_form_fields: tuple[tuple[str, str], ...]  # the view's other parameters, kept
    map: MapView | None
    roles: tuple[RoleLink, ...] = ()
    city_notes: tuple[CityNote, ...] = ()


def build_view(
    path: str, params: Params, request: SearchRequest, result: SearchPage, labels: Labels
) -> SearchView:
    last_page = max(1, math.ceil(result.total / request.per_page))
    bars = _bars(path, params, result.histogram)
    first_shown = (request.page - 1) * request.per_page + 1 if result.hits else 0
    return SearchView(
        request=request,
        result=result,
        canonical_url=urls.url(path, params),
        filters=_filters(path, params, request, labels),
        facets=(
            _facets(
                path, params, request, "person", ROLE_LABELS[request.role][1], result.person_facets
            ),
            _facets(path, params, request, "city", "Cities", result.city_facets),
            _facets(path, params, request, "country", "Countries", result.country_facets),
            _facets(path, params, request, "region", "Regions", result.region_facets),
            _facets(path, params, request, "source", "Sources", result.source_facets),
        ),
        bars=bars,
        histogram=draw([(bar.label, bar.count, bar.url) for bar in bars]),
        sort_links=_sort_links(path, params, request),
        pages=_page_links(path, params, request.page, last_page),
        last_page=last_page,
        prev_url=_page_url(path, params, request.page - 1, last_page),
        next_url=_page_url(path, params, request.page + 1, last_page),
        first_shown=first_shown,
        last_shown=first_shown + len(result.hits) - 1 if result.hits else 0,
        suggestion_url=(
            urls.url(path, urls.replaced(params, "q", result.suggestion))
            if result.suggestion
            else None
        ),
        exports=_exports(params),
        map=build_map(
            result.map_cities,
            lambda slug: urls.url(path, _toggled(params, "city", slug, request.cities)),
        ),
        date_form_fields=tuple(
            (k, v) for k, v in urls.canonical(params) if k not in ("from", "to", "page")
        ),
        roles=_role_links(path, params, request.role),
        city_notes=tuple(
            CityNote(labels.cities[slug].name, region.name, f"/regions/{region.slug}")
            for slug, region in labels.namesake_regions.items()
            if slug in request.cities and slug in labels.cities
        ),
    )


def _role_links(path: str, params: Params, current: str) -> tuple[RoleLink, ...]:
    """The role choice: each role's view of the same search (back to page 1)."""
    return tuple(
        RoleLink(role, label, urls.url(path, urls.replaced(params, "role", role)), role == current)
        for role, (label, _heading) in ROLE_LABELS.items()
    )


def _sort_links(path: str, params: Params, request: SearchRequest):  # type: ignore[no-untyped-def]
    """(label, URL, current) per order. Without words there is no relevance: the search
    lists newest first, so that is the order shown as current and Relevance is not offered."""
    current = "date" if not request.q.strip() and request.sort == "relevance" else request.sort
    return tuple(
        (label, urls.url(path, urls.replaced(params, "sort", key)), current == key)
        for key, label in SORT_LABELS
        if request.q.strip() or key != "relevance"
    )


def _filters(path: str, params: Params, request: SearchRequest, labels: Labels):  # type: ignore[no-untyped-def]
    def chip(kind: str, key: str, value: str, label: str) -> ActiveFilter:
        return ActiveFilter(kind, label, urls.url(path, urls.without(params, key, value)))

    found = [chip("person", "person", s, labels.persons[s].name) for s in request.persons]
    if request.role != "mentioned":
        label = ROLE_LABELS[request.role][0]
        found.append(ActiveFilter("role", label, urls.url(path, urls.without(params, "role"))))
    found += [chip("city", "city", s, labels.cities[s].name) for s in request.cities]
    found += [chip("country", "country", s, labels.countries[s]) for s in request.countries]
    found += [chip("region", "region", s, labels.regions[s].name) for s in request.regions]
    found += [chip("source", "source", s, s) for s in request.sources]
    if labels.collection is not None:
        found.append(chip("collection", "collection", labels.collection.slug,
                          labels.collection.title))  # fmt: skip
    if request.date_from:
        found.append(chip("from", "from", _raw(params, "from"), request.date_from.isoformat()))
    if request.date_to:
        found.append(chip("to", "to", _raw(params, "to"), request.date_to.isoformat()))
    return tuple(found)


def _toggled(params: Params, key: str, value: str, active: tuple[str, ...]) -> Params:
    """Remove the filter if it is on, add it if it is off."""
    if value in active:
        return urls.without(params, key, value)
    return urls.with_added(params, key, value)


def _raw(params: Params, key: str) -> str:
    return next(v for k, v in params if k == key)


def _facets(
    path: str,
    params: Params,
    request: SearchRequest,
    key: str,
    heading: str,
    values: tuple[FacetValue, ...],
) -> FacetBlock:
    active = {
        "person": request.persons,
        "city": request.cities,
        "country": request.countries,
        "region": request.regions,
        "source": request.sources,
    }[key]
    links = []
    for value in values:
        selected = value.slug in active
        changed = _toggled(params, key, value.slug, active)
        country = value.country if key in ("city", "region") else None
        links.append(
            FacetLink(
                value.name, value.slug, value.count, country, selected, urls.url(path, changed)
            )
        )
    more = None
    if len(values) >= request.facet_limit:
        more = urls.url(path, urls.replaced(params, "facet_limit", str(request.facet_limit * 4)))
    return FacetBlock(key, heading, tuple(links), more)


def _bars(path: str, params: Params, histogram: tuple[HistogramBar, ...]) -> tuple[Bar, ...]:
    tallest = max((bar.count for bar in histogram), default=0)
    bars = []
    for bar in histogram:
        narrowed = urls.replaced(
            urls.replaced(params, "from", bar.start.isoformat()), "to", bar.end.isoformat()
        )
        height = round(100 * bar.count / tallest) if tallest else 0
        bars.append(Bar(bar.label, bar.count, height, urls.url(path, narrowed)))
    return tuple(bars)


def _exports(params: Params) -> dict[str, str]:
    """The same view as data: every matching article, not only this page."""
    kept = [(k, v) for k, v in params if k not in ("page", "per_page", "facet_limit")]
    return {
        "CSV": urls.url("/export.csv", kept),
        "JSON": urls.url("/export.json", kept),
        "JSON Lines": urls.url("/export.jsonl", kept),
        "Atom feed": urls.url("/feed.atom", kept),
    }


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
