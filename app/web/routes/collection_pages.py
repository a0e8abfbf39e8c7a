"""Collections: the list, one page each, and the forms that fill them (from a search
result page, a whole search at once, or an article page) and write a note on an article.
Plain HTML forms, working without JavaScript; readable by anyone who can read the
archive, changed by editors only. ``/api/collections`` gives the same as JSON."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.datastructures import QueryParams

from app.store import article_collections
from app.web import urls
from app.web.auth import FormEditor
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.errors import BadRequest, NotFound
from app.web.searching import validated_request

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

MAX_TITLE = 200
MAX_AT_ONCE = 10_000  # articles one "add all results" may add


@router.get("/collections")
def collections_page(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    context = {"collections": article_collections.list_collections(session)}
    return templates.TemplateResponse(request, "collections.html", context)


@router.post("/collections")
async def create(request: Request, session: SessionDep, editor: FormEditor):  # type: ignore[no-untyped-def]
    form = await request.form()
    title = " ".join(str(form.get("title") or "").split())
    if not title or len(title) > MAX_TITLE:
        raise BadRequest(f"A collection needs a title of 1 to {MAX_TITLE} characters.")
    slug = article_collections.create_collection(
        session, title=title, description=str(form.get("description") or "").strip(),
        actor=editor,
    )  # fmt: skip
    session.commit()
    return RedirectResponse(f"/collections/{slug}", 303)


@router.get("/collections/{slug}")
def collection_page(slug: str, request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    found = article_collections.get_collection(session, slug=slug)
    if found is None:
        raise NotFound(f"The archive has no collection {slug!r}. See /collections.")
    context = {
        "collection": found,
        "articles": article_collections.collected(session, slug=slug),
        "search_url": urls.url("/search", [("collection", slug), ("sort", "date")]),
    }
    return templates.TemplateResponse(request, "collection.html", context)


@router.post("/collections/add")
async def add(request: Request, archive: ArchiveDep, session: SessionDep, editor: FormEditor):  # type: ignore[no-untyped-def]
    """From a search page: the ticked articles, or every result of the search (``scope``
    all, with the search's query string in ``search``), into the chosen collection or a
    new one named in ``new_title``."""
    form = await request.form()
    if form.get("scope") == "all":
        search, _params, _labels = validated_request(
            archive, session, QueryParams(str(form.get("search") or ""))
        )
        ids = archive.search.matching_ids(search)[:MAX_AT_ONCE]
    else:
        ids = _ids(form.getlist("article"))
    note = str(form.get("note") or "").strip()
    new_title = " ".join(str(form.get("new_title") or "").split())[:MAX_TITLE]
    slug = str(form.get("collection") or "")
    if new_title:
        slug = article_collections.create_collection(
            session, title=new_title, description="", actor=editor
        )
    added = article_collections.add_articles(
        session, slug=slug, article_ids=ids, actor=editor, note=note
    )
    session.commit()
    if added is None:
        raise BadRequest("Choose a collection, or give a title for a new one.")
    return RedirectResponse(_back(form, f"/collections/{slug}"), 303)


@router.post("/collections/{slug}/remove")
async def remove(slug: str, request: Request, session: SessionDep, _editor: FormEditor):  # type: ignore[no-untyped-def]
    form = await request.form()
    article_collections.remove_articles(
        session, slug=slug, article_ids=_ids(form.getlist("article"))
    )
    session.commit()
    return RedirectResponse(_back(form, f"/collections/{slug}"), 303)


@router.post("/collections/{slug}/note")
async def note(slug: str, request: Request, session: SessionDep, _editor: FormEditor):  # type: ignore[no-untyped-def]
    form = await request.form()
    ids = _ids(form.getlist("article"))
    ok = len(ids) == 1 and article_collections.set_note(
        session, slug=slug, article_id=ids[0], note=str(form.get("note") or "").strip()
    )
    session.commit()
    if not ok:
        raise NotFound(f"That article is not in the collection {slug!r}.")
    return RedirectResponse(_back(form, f"/collections/{slug}"), 303)


@router.post("/collections/{slug}/delete")
async def delete(slug: str, session: SessionDep, _editor: FormEditor):  # type: ignore[no-untyped-def]
    article_collections.delete_collection(session, slug=slug)
    session.commit()
    return RedirectResponse("/collections", 303)


@router.get(
    "/api/collections",
    include_in_schema=True,
    tags=["collections"],
    response_class=JSONResponse,
)
def api_collections(session: SessionDep) -> dict:
    """Every collection with its article count."""
    return {
        "collections": [
            {
                "slug": c.slug,
                "title": c.title,
                "description": c.description,
                "articles": c.articles,
                "created_by": c.created_by,
            }  # fmt: skip
            for c in article_collections.list_collections(session)
        ]
    }


@router.get(
    "/api/collections/{slug}",
    include_in_schema=True,
    tags=["collections"],
    response_class=JSONResponse,
)
def api_collection(slug: str, session: SessionDep) -> dict:
    """One collection: its articles with their notes (search with collection=slug too)."""
    found = article_collections.get_collection(session, slug=slug)
    if found is None:
        raise NotFound(f"The archive has no collection {slug!r}.")
    return {
        "slug": found.slug,
        "title": found.title,
        "description": found.description,
        "articles": [
            {
                "id": a.article_id,
                "title": a.title,
                "note": a.note,
                "added_by": a.added_by,
                "published": a.published.isoformat() if a.published else None,
            }  # fmt: skip
            for a in article_collections.collected(session, slug=slug)
        ],
    }


def _ids(values: list) -> list[int]:  # type: ignore[type-arg]
    try:
        return [int(v) for v in values if str(v).strip()]
    except ValueError:
        raise BadRequest("Article ids are whole numbers.") from None


def _back(form, default: str) -> str:  # type: ignore[no-untyped-def]
    """Back to the page the form was on (a path of this site only)."""
    target = str(form.get("back") or "")
    return target if target.startswith("/") and not target.startswith("//") else default
