"""One search as the HTML page, the API and the exports run it: validate, resolve filters,
search."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.archive import Archive
from app.domain import Collection, EntityRef, SearchPage, SearchRequest
from app.store import article_collections, merges, region_namesakes, regions, repository
from app.web.errors import Moved, NotFound
from app.web.params import search_request
from app.web.urls import Params


@dataclass(frozen=True)
class Labels:
    """Display names of the active filters."""

    persons: dict[str, EntityRef]
    cities: dict[str, EntityRef]
    countries: dict[str, str]
    collection: Collection | None = None
    regions: dict[str, EntityRef] = field(default_factory=dict)
    # city slug -> the region named after it, whose articles the city filter also finds
    namesake_regions: dict[str, EntityRef] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    params: Params
    result: SearchPage
    labels: Labels


def validated_request(
    archive: Archive, session: Session, query_params: QueryParams
) -> tuple[SearchRequest, Params, Labels]:
    """The request, with every person, city, country and source checked against the archive."""
    _follow_merges(session, query_params)
    request, params = search_request(query_params, archive.settings)
    labels = Labels(
        persons=repository.persons_by_slug(session, slugs=request.persons),
        cities=repository.cities_by_slug(session, slugs=request.cities),
        countries=repository.countries_by_slug(session, slugs=request.countries),
    )
    _require_known("person", request.persons, labels.persons, "/api/people")
    _require_known("city", request.cities, labels.cities, "/api/cities")
    namesakes = {s: region_namesakes.namesake_region(session, city_slug=s) for s in request.cities}
    labels = replace(labels, namesake_regions={s: r for s, r in namesakes.items() if r})
    _require_known("country", request.countries, labels.countries, "/cities")
    labels = replace(labels, regions=regions.regions_by_slug(session, slugs=request.regions))
    _require_known("region", request.regions, labels.regions, "/api/regions")
    sources = repository.known_sources(session, names=request.sources)
    _require_known("source", request.sources, sources, "the Sources facet")
    slug = query_params.get("collection", "").strip()
    if slug:
        ids = article_collections.search_ids(session, slug=slug)
        if ids is None:
            raise NotFound(f"The archive has no collection {slug!r}. See /collections.")
        request = replace(request, article_ids=ids)
        labels = replace(labels, collection=article_collections.get_collection(session, slug=slug))
    # Any spelling of a source finds the outlet: the index holds the archive's spelling.
    # Links are built from the params: they carry that spelling too.
    request = replace(request, sources=tuple(dict.fromkeys(sources[s] for s in request.sources)))
    params = [(k, sources.get(v, v) if k == "source" else v) for k, v in params]
    return request, params, labels


def perform_search(
    archive: Archive, session: Session, query_params: QueryParams, *, page_extras: bool = True
) -> SearchOutcome:
    """Run the search (the engine counts every facet, regions included); without
    ``page_extras`` the result has no map and its hits no names (SearchRequest.page_extras)."""
    request, params, labels = validated_request(archive, session, query_params)
    request = replace(request, page_extras=page_extras)
    result = archive.search.search(request)
    # Articles that name no source are indexed with an empty one: not an outlet to offer.
    named = tuple(value for value in result.source_facets if value.name.strip())
    result = replace(result, source_facets=named)
    return SearchOutcome(request, params, result, labels)


def _follow_merges(session: Session, query_params: QueryParams) -> None:
    """A ``person=`` or ``city=`` slug of an entity merged into another: the same view
    with the survivor's slug (a 308 redirect), so bookmarks made before a merge work."""
    items = list(query_params.multi_items())
    moved = False
    for i, (key, value) in enumerate(items):
        if key in ("person", "city"):
            target = merges.redirect_target(session, kind=key, slug=value)
            if target is not None:
                items[i], moved = (key, target), True
    if moved:
        raise Moved(items)


def _require_known(kind: str, asked: tuple[str, ...], known, where: str) -> None:  # type: ignore[no-untyped-def]
    unknown = [value for value in asked if value not in known]
    if unknown:
        raise NotFound(f"The archive has no {kind} {unknown[0]!r}. See {where} for the list.")
