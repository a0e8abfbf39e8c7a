"""People and places: lists of every person and city, and one page for each."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.domain import EntityRef, FacetValue, SearchRequest
from app.store import entity_forms, entity_report, merges, region_namesakes, repository
from app.web import urls
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.errors import BadRequest, Moved, NotFound
from app.web.map_view import build_map
from app.web.params import int_param
from app.web.search_view import build_view
from app.web.searching import Labels

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

LIST_PAGE = 100
CO_MENTIONS = 12


@router.get("/people")
def people(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    rows = repository.list_persons(session, name_query=request.query_params.get("q", ""))
    return _listing(request, templates, "People", "person", "/people", rows)


@router.get("/cities")
def cities(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    rows = repository.list_cities(session, name_query=request.query_params.get("q", ""))
    return _listing(request, templates, "Cities", "city", "/cities", rows)


def _listing(request, templates, heading, kind, path, rows):  # type: ignore[no-untyped-def]
    query = request.query_params
    sort = query.get("sort", "count") or "count"
    if sort not in ("count", "name"):
        raise BadRequest(f"Unknown sort {sort!r}: use sort=count or sort=name.")
    if sort == "name":
        rows = sorted(rows, key=lambda row: row[0].name.casefold())
    page = int_param(query, "page", 1, low=1, high=None)
    params = list(query.multi_items())
    last_page = max(1, -(-len(rows) // LIST_PAGE))
    context = {
        "heading": heading,
        "kind": kind,
        "path": path,
        "q": query.get("q", ""),
        "sort": sort,
        "rows": rows[(page - 1) * LIST_PAGE : page * LIST_PAGE],
        "total": len(rows),
        "sort_urls": {
            s: urls.url(path, urls.replaced(params, "sort", s)) for s in ("count", "name")
        },
        "prev_url": urls.url(path, urls.replaced(params, "page", str(page - 1)))
        if page > 1
        else None,
        "next_url": (
            urls.url(path, urls.replaced(params, "page", str(page + 1)))
            if page < last_page
            else None
        ),
    }
    return templates.TemplateResponse(request, "entity_list.html", context)


@router.get("/people/{slug}")
def person_page(
    slug: str, request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep
):  # type: ignore[no-untyped-def]
    found = repository.persons_by_slug(session, slugs=[slug]).get(slug)
    if found is None:
        _follow_merge(session, request, "person", slug)
        raise NotFound(f"The archive has no person {slug!r}. See /people for the list.")
    return _entity_page(
        request, archive, templates, "person", found, SearchRequest(persons=(slug,)), session,
        extra={"by_role": _by_role(archive, slug)},
    )  # fmt: skip


def _by_role(archive, slug: str) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    """(what, stories, search URL) for the person's bylines and photo credits, when any:
    the page lists the stories about the person; these link to the ones they made."""
    found = []
    for role, what in (("author", "by"), ("credit", "with photos by")):
        asked = SearchRequest(persons=(slug,), role=role, per_page=1, facet_limit=1)
        total = archive.search.search(asked).total
        if total:
            found.append((what, total, urls.url("/search", [("person", slug), ("role", role)])))
    return found


@router.get("/cities/{slug}")
def city_page(
    slug: str, request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep
):  # type: ignore[no-untyped-def]
    found = repository.cities_by_slug(session, slugs=[slug]).get(slug)
    if found is None:
        _follow_merge(session, request, "city", slug)
        raise NotFound(f"The archive has no city {slug!r}. See /cities for the list.")
    region = region_namesakes.namesake_region(session, city_slug=slug)
    return _entity_page(
        request, archive, templates, "city", found, SearchRequest(cities=(slug,)), session,
        extra={"namesake_region": region},
    )  # fmt: skip


def _follow_merge(session, request: Request, kind: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    """The page of an entity merged into another moved to the survivor's page (308)."""
    target = merges.redirect_target(session, kind=kind, slug=slug)
    if target is not None:
        path = request.url.path.rsplit("/", 1)[0] + "/" + quote(target)
        raise Moved(list(request.query_params.multi_items()), path)


def _entity_page(
    request, archive, templates, kind: str, entity: EntityRef, base: SearchRequest, session,
    extra: dict | None = None,
):  # type: ignore[no-untyped-def]  # fmt: skip
    """The entity's articles (newest first, paginated), its mentions over time and who and
    what is most often named with it, each linked to the search filtered by both."""
    page = int_param(request.query_params, "page", 1, low=1, high=None)
    search = replace(base, sort="date", page=page, facet_limit=CO_MENTIONS + 1)
    result = archive.search.search(search)
    path = f"/{'people' if kind == 'person' else 'cities'}/{entity.slug}"
    labels = Labels(
        persons={entity.slug: entity} if kind == "person" else {},
        cities={entity.slug: entity} if kind == "city" else {},
        countries={},
    )
    view = build_view(path, list(request.query_params.multi_items()), search, result, labels)
    own = [(kind, entity.slug)]  # the URL parameter is named like the kind: person, city
    context = {
        "kind": kind,
        "entity": entity,
        "view": view,
        "search_url": urls.url("/search", own),
        "co_persons": _co_mentions(result.person_facets, "person", own),
        "co_cities": _co_mentions(result.city_facets, "city", own),
        "location": (
            build_map((_as_facet(entity, result.total),), lambda _slug: urls.url("/search", own))
            if kind == "city"
            else None
        ),
        "edit": _edit_context(session, kind, entity) if request.state.editor else None,
        **(extra or {}),
    }
    return templates.TemplateResponse(request, "entity.html", context)


def _edit_context(session, kind: str, entity: EntityRef) -> dict:  # type: ignore[no-untyped-def]
    """What the edit forms offer a signed-in editor: the likely duplicates to merge into
    (as ``newsarchive entities report`` finds them) and the forms an alias can be split
    from."""
    summary = entity_forms.entity_summary(session, kind=kind, slug=entity.slug)
    return {
        "section": "people" if kind == "person" else "cities",
        "candidates": entity_report.merge_candidates(session, kind=kind, slug=entity.slug),
        "forms": [f for f in (summary[2] if summary else []) if f != entity.name],
    }


def _co_mentions(facets: tuple[FacetValue, ...], key: str, own: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """The entities named most often with this one, each linked to the search for both."""
    others = [f for f in facets if (key, f.slug) not in own][:CO_MENTIONS]
    return [(f, urls.url("/search", [*own, (key, f.slug)])) for f in others]


def _as_facet(entity: EntityRef, count: int) -> FacetValue:
    return FacetValue(
        entity.name, entity.slug, count, entity.country, entity.latitude, entity.longitude
    )
