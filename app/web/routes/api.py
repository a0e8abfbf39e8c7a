"""The JSON API: the search page's data with the same parameters, articles, entity lists."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request

from app.store import article_entities, entity_forms, merges, repository
from app.web.api_results import search_json
from app.web.citing import pinned_query
from app.web.deps import ArchiveDep, SessionDep
from app.web.errors import Moved, NotFound
from app.web.params import article_id_param
from app.web.searching import perform_search

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/search")
def api_search(
    request: Request,
    archive: ArchiveDep,
    session: SessionDep,
    q: Annotated[str, Query(description='Words, "exact phrases", AND/OR/NOT, prefix*.')] = "",
    person: Annotated[list[str] | None, Query(description="Person slugs; all must match.")] = None,
    role: Annotated[
        str,
        Query(
            description="Whose people the person filter and facet hold: mentioned (the "
            "people the articles are about), author (bylines), credit (photo credits) or any."
        ),
    ] = "mentioned",
    city: Annotated[list[str] | None, Query(description="City slugs; all must match.")] = None,
    region: Annotated[
        list[str] | None,
        Query(description="Region slugs; all must match (the region or a city in it named)."),
    ] = None,
    collection: Annotated[
        str | None, Query(description="A collection's slug: only its articles.")
    ] = None,
    country: Annotated[
        list[str] | None, Query(description="Country slugs (e.g. iraq); all must match.")
    ] = None,
    source: Annotated[list[str] | None, Query(description="Sources; any may match.")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="From this day: YYYY-MM-DD, YYYY-MM, YYYY.")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="Up to this day: YYYY-MM-DD, YYYY-MM, YYYY.")
    ] = None,
    sort: Annotated[
        str, Query(description="relevance, date (newest first) or oldest.")
    ] = "relevance",
    page: Annotated[str, Query(description="Page number, from 1.")] = "1",
    per_page: Annotated[str, Query(description="Results per page, 1 to 100.")] = "20",
    facet_limit: Annotated[str, Query(description="Values per facet.")] = "15",
) -> dict:
    """Search the archive. Echoes the filters; each result has a plain-text snippet with
    the [start, end) character offsets of its matched words (and the page's HTML snippet),
    its people and places with slugs; facet counts (persons, cities, countries, sources)
    are over all matching articles."""
    # No map, and the hits' people and places come from the database (below).
    outcome = perform_search(archive, session, request.query_params, page_extras=False)
    # Only what the results show of the stored articles: their people and cities, two
    # queries for the whole page (the engine's hits carry title, date, source, snippet).
    ids = [hit.article_id for hit in outcome.result.hits]
    found = search_json(outcome, article_entities.named_entities(session, article_ids=ids))
    # Appended to /search? or /api/search?, gives these results later (README: Citing).
    found["pinned"] = pinned_query(outcome.params, outcome.result.as_of)
    found["facets"]["regions"] = [
        {"name": f.name, "slug": f.slug, "country": f.country, "count": f.count}
        for f in outcome.result.region_facets
    ]
    return found


@router.get("/articles/{article_id}")
def api_article(article_id: str, session: SessionDep) -> dict:
    """One article with its clean text, persons and cities."""
    wanted = article_id_param(article_id)
    found = repository.get_article(session, article_id=wanted, with_regions=False)
    if found is None:
        raise NotFound(f"The archive has no article {article_id}.")
    versions = repository.story_versions(session, article_id=found.id)
    return {
        "id": found.id,
        "title": found.title,
        "published": found.published.isoformat() if found.published else None,
        "source": found.source,
        "author": found.author,
        "url": found.url,
        "body": found.body,
        # role: "mentioned" (named in the story), "author" (byline) or "credit" (photo)
        "persons": [{"name": p.name, "slug": p.slug, "role": p.role} for p in found.persons],
        "cities": [{"name": c.name, "slug": c.slug, "country": c.country} for c in found.cities],
        # The same story from other outlets (near-duplicates); search shows the primary.
        "other_versions": [
            {
                "id": v.id,
                "title": v.title,
                "source": v.source,
                "published": v.published.isoformat() if v.published else None,
                "url": v.url,
                "primary": v.is_primary,
            }
            for v in versions
            if v.id != found.id
        ],
    }


@router.get("/people")
def api_people(
    session: SessionDep,
    q: Annotated[str, Query(description="Part of a name; accents and case are ignored.")] = "",
) -> list[dict]:
    """Every person with the number of articles naming them."""
    return [
        {"name": ref.name, "slug": ref.slug, "count": n}
        for ref, n in repository.list_persons(session, name_query=q)
    ]


@router.get("/cities")
def api_cities(
    session: SessionDep,
    q: Annotated[str, Query(description="Part of a name; accents and case are ignored.")] = "",
) -> list[dict]:
    """Every city with its country and the number of articles naming it."""
    return [
        {"name": ref.name, "slug": ref.slug, "country": ref.country, "count": n}
        for ref, n in repository.list_cities(session, name_query=q)
    ]


@router.get("/people/{slug}")
def api_person(slug: str, request: Request, session: SessionDep) -> dict:
    """One person: name, slug, article count and the forms the archive found it under.
    The slug of a person merged into another redirects (308) to the survivor."""
    return _entity(session, request, "person", slug)


@router.get("/cities/{slug}")
def api_city(slug: str, request: Request, session: SessionDep) -> dict:
    """One city: name, slug, country, coordinates, article count and the forms found.
    The slug of a city merged into another redirects (308) to the survivor."""
    return _entity(session, request, "city", slug)


def _entity(session, request: Request, kind: str, slug: str) -> dict:  # type: ignore[no-untyped-def]
    found = entity_forms.entity_summary(session, kind=kind, slug=slug)
    if found is None:
        target = merges.redirect_target(session, kind=kind, slug=slug)
        if target is not None:
            path = request.url.path.rsplit("/", 1)[0] + "/" + quote(target)
            raise Moved(list(request.query_params.multi_items()), path)
        where = "/api/people" if kind == "person" else "/api/cities"
        raise NotFound(f"The archive has no {kind} {slug!r}. See {where} for the list.")
    ref, count, forms = found
    out = {"name": ref.name, "slug": ref.slug, "count": count, "forms": forms}
    if kind == "city":
        out |= {"country": ref.country, "latitude": ref.latitude, "longitude": ref.longitude}
    return out
