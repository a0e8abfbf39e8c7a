"""Regions (provinces, governorates, states): the list, one page each, and their API.

A region's articles are those naming it or any of its cities, resolved by the store into
article ids and searched like a collection, so every engine filters them the same way.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.domain import SearchRequest
from app.store import regions
from app.web import urls
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.errors import NotFound
from app.web.params import int_param
from app.web.routes.entities import CO_MENTIONS, _co_mentions, _listing
from app.web.search_view import build_view
from app.web.searching import Labels

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])


@router.get("/regions")
def region_list(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    rows = regions.list_regions(session, name_query=request.query_params.get("q", ""))
    return _listing(request, templates, "Regions", "region", "/regions", rows)


@router.get("/regions/{slug}")
def region_page(
    slug: str, request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep
):  # type: ignore[no-untyped-def]
    """The region's articles (newest first), its cities, and who and what is named with it."""
    entity = regions.regions_by_slug(session, slugs=[slug]).get(slug)
    if entity is None:
        raise NotFound(f"The archive has no region {slug!r}. See /regions for the list.")
    page = int_param(request.query_params, "page", 1, low=1, high=None)
    search = SearchRequest(
        regions=(slug,),
        sort="date",
        page=page,
        facet_limit=CO_MENTIONS + 1,
    )
    result = archive.search.search(search)
    path = f"/regions/{entity.slug}"
    labels = Labels(persons={}, cities={}, countries={}, regions={entity.slug: entity})
    view = build_view(path, list(request.query_params.multi_items()), search, result, labels)
    own = [("region", entity.slug)]
    context = {
        "kind": "region",
        "entity": entity,
        "view": view,
        "search_url": urls.url("/search", own),
        "co_persons": _co_mentions(result.person_facets, "person", own),
        "co_cities": _co_mentions(result.city_facets, "city", own),
        "region_cities": regions.region_cities(session, slug=entity.slug),
        "location": None,
        "edit": None,
    }
    return templates.TemplateResponse(request, "entity.html", context)


@api_router.get("/regions")
def api_regions(
    session: SessionDep,
    q: Annotated[str, Query(description="Part of a name, in any spelling articles used.")] = "",
) -> list[dict]:
    """Every region with its country and the number of articles naming it or its cities."""
    return [
        {"name": ref.name, "slug": ref.slug, "country": ref.country, "count": n}
        for ref, n in regions.list_regions(session, name_query=q)
    ]


@api_router.get("/regions/{slug}")
def api_region(slug: str, session: SessionDep) -> dict:
    """One region: name, country, ISO 3166-2 code, article count, forms found, its cities."""
    found = regions.region_summary(session, slug=slug)
    if found is None:
        raise NotFound(f"The archive has no region {slug!r}. See /api/regions for the list.")
    ref, code, forms = found
    return {
        "name": ref.name,
        "slug": ref.slug,
        "country": ref.country,
        "code": code,
        "count": len(regions.region_article_ids(session, slug=slug, primaries_only=True)),
        "forms": forms,
        "cities": [
            {"name": c.name, "slug": c.slug, "count": n}
            for c, n in regions.region_cities(session, slug=slug)
        ],
    }
