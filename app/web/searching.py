"""One search as both the HTML page and the API run it: validate, resolve filters, search."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session
from starlette.datastructures import QueryParams

from app.archive import Archive
from app.domain import EntityRef, SearchPage, SearchRequest
from app.search import run_search
from app.store import repository
from app.web.errors import NotFound
from app.web.params import search_request
from app.web.urls import Params


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    params: Params
    result: SearchPage
    persons: dict[str, EntityRef]
    cities: dict[str, EntityRef]


def perform_search(archive: Archive, session: Session, query_params: QueryParams) -> SearchOutcome:
    request, params = search_request(query_params, archive.settings)
    persons = repository.persons_by_slug(session, slugs=request.persons)
    cities = repository.cities_by_slug(session, slugs=request.cities)
    _require_known("person", request.persons, persons)
    _require_known("city", request.cities, cities)
    result = run_search(archive.index, request)
    return SearchOutcome(request, params, result, persons, cities)


def _require_known(kind: str, slugs: tuple[str, ...], known: dict[str, EntityRef]) -> None:
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        listing = "/people" if kind == "person" else "/cities"
        raise NotFound(
            f"The archive has no {kind} {unknown[0]!r}. The API lists them at /api{listing}."
        )
