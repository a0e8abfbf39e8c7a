"""The corrections API: merge, split, rename and "not a person" for people; merge,
"not a place", re-resolve and locate for cities; the list of corrections and undo. Every
write needs an editor (HTTP Basic, or the session cookie with its X-CSRF-Token header):
401 without, and nothing changes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from app.domain import Correction
from app.ingest import correcting
from app.store import corrections
from app.web.auth import ApiEditor
from app.web.deps import ArchiveDep, SessionDep

router = APIRouter(prefix="/api", tags=["corrections"])


class MergeBody(BaseModel):
    into: str = Field(description="Slug of the entity this one goes into (it survives).")


class RenameBody(BaseModel):
    name: str = Field(description="The new display name (the slug, and URLs, stay).")


class SplitBody(BaseModel):
    alias: str = Field(description="One of the person's forms, to become a person of its own.")


class ResolveBody(BaseModel):
    geonames_id: int = Field(description="The GeoNames place this city really is.")


class LocateBody(BaseModel):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    country: str = Field(description="English name or ISO 3166-1 code of the country.")
    region: str | None = Field(default=None, description="A region name, kept as given.")


def as_json(found: Correction) -> dict:
    path = "people" if found.entity_kind == "person" else "cities"
    return {
        "id": found.id,
        "kind": found.kind,
        "entity_kind": found.entity_kind,
        "target": found.target,
        "summary": found.summary,
        "url": f"/{path}/{found.target}",
        "actor": found.actor,
        "created_at": found.created_at.isoformat(),
        "undone_at": found.undone_at.isoformat() if found.undone_at else None,
        "undone_by": found.undone_by,
        "payload": found.payload,
    }


def _run(archive, entity_kind: str, kind: str, slug: str, body: dict, editor: str) -> dict:  # type: ignore[no-untyped-def]
    done = correcting.correct(
        archive, entity_kind=entity_kind, kind=kind, slug=slug, body=body, actor=editor
    )
    return {"correction": as_json(done)}


@router.post("/people/{slug}/merge", status_code=201)
def merge_person(slug: str, body: MergeBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Merge this person into another: its articles, forms and URL go to the survivor."""
    return _run(archive, "person", "merge", slug, body.model_dump(), editor)


@router.post("/people/{slug}/rename", status_code=201)
def rename_person(slug: str, body: RenameBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Change the person's display name."""
    return _run(archive, "person", "rename", slug, body.model_dump(), editor)


@router.post("/people/{slug}/not-a-person", status_code=201)
def not_a_person(slug: str, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Hide a name that is no person from facets, lists, filters and pages."""
    return _run(archive, "person", "not-a-person", slug, {}, editor)


@router.post("/people/{slug}/split", status_code=201)
def split_person(slug: str, body: SplitBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Make one of the person's forms a person of its own, with the articles naming it
    and none of the person's other forms."""
    return _run(archive, "person", "split", slug, body.model_dump(), editor)


@router.post("/cities/{slug}/merge", status_code=201)
def merge_city(slug: str, body: MergeBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Merge this city into another."""
    return _run(archive, "city", "merge", slug, body.model_dump(), editor)


@router.post("/cities/{slug}/not-a-place", status_code=201)
def not_a_place(slug: str, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Hide a name that is no place."""
    return _run(archive, "city", "not-a-place", slug, {}, editor)


@router.post("/cities/{slug}/resolve", status_code=201)
def resolve_city(slug: str, body: ResolveBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Re-resolve the city to another GeoNames place (see /api/places to find its id)."""
    return _run(archive, "city", "resolve", slug, body.model_dump(), editor)


@router.post("/cities/{slug}/locate", status_code=201)
def locate_city(slug: str, body: LocateBody, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Set the coordinates and country (and a region name) of a place."""
    return _run(archive, "city", "locate", slug, body.model_dump(), editor)


@router.get("/corrections")
def list_corrections(session: SessionDep) -> dict:
    """Every correction, newest first, undone ones included."""
    return {"corrections": [as_json(c) for c in corrections.list_corrections(session)]}


@router.delete("/corrections/{correction_id}")
def undo_correction(correction_id: int, archive: ArchiveDep, editor: ApiEditor) -> dict:
    """Undo a correction: the archive is as it was before it."""
    done = correcting.undo(archive, correction_id=correction_id, actor=editor)
    return {"correction": as_json(done)}


@router.get("/places")
def find_places(
    name: Annotated[str, Query(min_length=1, max_length=200, description="A place name.")],
    country: Annotated[str, Query(max_length=100, description="Country name or code.")] = "",
) -> dict:
    """GeoNames places a name can stand for, biggest first (for re-resolving a city)."""
    return {"places": correcting.find_places(name, country)}
