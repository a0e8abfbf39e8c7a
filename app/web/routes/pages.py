"""HTML pages: the front page, search results and articles."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from app.store import article_collections, repository
from app.web import urls
from app.web.citing import cite_article, cite_search
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.errors import NotFound
from app.web.params import article_id_param
from app.web.search_view import build_view
from app.web.searching import perform_search
from app.web.trends import trends_url

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

FRONT_PAGE_ENTITIES = 20
RELATED_ARTICLES = 5


@router.get("/")
def home(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    context = {
        "article_count": repository.count_articles(session),
        "story_count": repository.count_stories(session),
        "top_persons": repository.list_persons(session, limit=FRONT_PAGE_ENTITIES),
        "top_cities": repository.list_cities(session, limit=FRONT_PAGE_ENTITIES),
    }
    return templates.TemplateResponse(request, "index.html", context)


@router.get("/healthz", response_class=JSONResponse)
def health(session: SessionDep) -> dict:
    """For container health checks: the database answers."""
    return {"status": "ok", "articles": repository.count_articles(session)}


@router.get("/search")
def search(request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    outcome = perform_search(archive, session, request.query_params)
    view = build_view("/search", outcome.params, outcome.request, outcome.result, outcome.labels)
    citation = cite_search(
        archive.settings.base_url or "",  # never the Host header: a path when unset
        "/search",
        outcome.params,
        q=outcome.request.q,
        filters=[(f.kind, f.label) for f in view.filters],
        as_of=outcome.result.as_of,
        archive_name=archive.settings.archive_name,
        today=date.today(),
    )
    context = {
        "view": view,
        "citation": citation,
        "cite_what": "search",
        "current_url": urls.url("/search", urls.without(outcome.params, "as_of")),
        "trends_url": trends_url(outcome.params),
        "collections": (
            article_collections.list_collections(session) if request.state.editor else []
        ),
    }
    return templates.TemplateResponse(request, "search.html", context)


@router.get("/articles/{article_id}")
def article(
    article_id: str,
    request: Request,
    archive: ArchiveDep,
    session: SessionDep,
    templates: TemplatesDep,
):  # type: ignore[no-untyped-def]
    wanted = article_id_param(article_id)
    found = repository.get_article(session, article_id=wanted, with_regions=False)
    if found is None:
        raise NotFound(f"The archive has no article {article_id}.")
    versions = repository.story_versions(session, article_id=found.id)
    primary = next((v for v in versions if v.is_primary), None)
    # A near-duplicate is not in the index: its story's related articles are its primary's.
    related = archive.search.related(primary.id if primary else found.id, RELATED_ARTICLES)
    context = {
        "article": found,
        "related": [hit for hit in related if hit.article_id != found.id],
        "other_versions": [v for v in versions if v.id != found.id],
        "duplicate_of": primary if primary and primary.id != found.id else None,
        "citation": cite_article(
            archive.settings.base_url or "",  # never the Host header: a path when unset
            found,
            archive_name=archive.settings.archive_name,
            today=date.today(),
        ),
        "cite_what": "article",
        "collections_of": article_collections.collections_of(session, article_id=found.id),
        "all_collections": (
            article_collections.list_collections(session) if request.state.editor else []
        ),
    }
    return templates.TemplateResponse(request, "article.html", context)
