"""Corrections from the pages, as plain HTML forms (no JavaScript needed): each form on a
person or city page posts here, the correction is made through the same code as the API
(``app.ingest.correcting``) and the browser is sent to the page that shows its effect.
``/corrections`` lists every correction with an undo button."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.ingest import correcting
from app.store import corrections
from app.web.auth import FormEditor, require_editor
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.errors import NotFound

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

SECTIONS = {"people": "person", "cities": "city"}
FIELDS = ("into", "name", "alias", "geonames_id", "latitude", "longitude", "country", "region")


@router.get("/corrections")
def corrections_page(request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    context = {"corrections": corrections.list_corrections(session)}
    return templates.TemplateResponse(request, "corrections.html", context)


@router.post("/corrections/{correction_id}/undo")
def undo(correction_id: int, archive: ArchiveDep, editor: FormEditor):  # type: ignore[no-untyped-def]
    correcting.undo(archive, correction_id=correction_id, actor=editor)
    return RedirectResponse("/corrections", 303)


@router.get("/cities/{slug}/resolve")
def resolve_page(slug: str, request: Request, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    """The places a city could be (search by name and country), each with a button."""
    require_editor(request)
    from app.store import repository

    city = repository.cities_by_slug(session, slugs=[slug]).get(slug)
    if city is None:
        raise NotFound(f"The archive has no city {slug!r}.")
    name = request.query_params.get("name", city.name)[:200]
    country = request.query_params.get("country", "")[:100]
    places = correcting.find_places(name, country) if name.strip() else []
    context = {"city": city, "name": name, "country": country, "places": places}
    return templates.TemplateResponse(request, "resolve.html", context)


@router.post("/people/{slug}/{kind}")
async def correct_person(  # type: ignore[no-untyped-def]
    slug: str, kind: str, request: Request, archive: ArchiveDep, editor: FormEditor
):
    return await _correct("people", slug, kind, request, archive, editor)


@router.post("/cities/{slug}/{kind}")
async def correct_city(  # type: ignore[no-untyped-def]
    slug: str, kind: str, request: Request, archive: ArchiveDep, editor: FormEditor
):
    return await _correct("cities", slug, kind, request, archive, editor)


async def _correct(section: str, slug: str, kind: str, request: Request, archive, editor: str):  # type: ignore[no-untyped-def]
    form = await request.form()
    body = {k: str(form[k]) for k in FIELDS if form.get(k) not in (None, "")}
    done = correcting.correct(
        archive, entity_kind=SECTIONS[section], kind=kind, slug=slug, body=body, actor=editor
    )
    return RedirectResponse(_after(section, done), 303)


def _after(section: str, done) -> str:  # type: ignore[no-untyped-def]
    """The page that shows the correction's effect."""
    p = done.payload
    if done.kind == "merge":
        return f"/{section}/{quote(p['into'])}"
    if done.kind == "resolve" and "merged" in p:
        return f"/{section}/{quote(p['merged']['into'])}"
    if done.kind == "split":
        return f"/{section}/{quote(p['new_slug'])}"
    if done.kind in ("not-a-person", "not-a-place"):
        return "/corrections"
    return f"/{section}/{quote(done.target)}"
