"""Reading a search view from the query string: every value checked, every problem a 400
with a sentence the user can act on."""

from __future__ import annotations

from starlette.datastructures import QueryParams

from app.config import Settings
from app.domain import SearchRequest
from app.web.errors import BadRequest
from app.web.urls import Params

SORTS = ("relevance", "date")
MAX_QUERY_CHARS = 500
MAX_FILTERS = 10


def search_request(query_params: QueryParams, settings: Settings) -> tuple[SearchRequest, Params]:
    """The validated request and the raw parameters links are built from."""
    params: Params = list(query_params.multi_items())
    q = query_params.get("q", "")
    if len(q) > MAX_QUERY_CHARS:
        raise BadRequest(f"The query is {len(q)} characters long; the limit is {MAX_QUERY_CHARS}.")
    sort = query_params.get("sort", "relevance") or "relevance"
    if sort not in SORTS:
        raise BadRequest(f"Unknown sort {sort!r}: use sort=relevance or sort=date.")
    persons = _slugs(query_params, "person")
    cities = _slugs(query_params, "city")
    request = SearchRequest(
        q=q,
        persons=persons,
        cities=cities,
        sort=sort,
        page=_int(query_params, "page", 1, low=1, high=None),
        per_page=_int(query_params, "per_page", settings.per_page, 1, settings.max_per_page),
        facet_limit=_int(query_params, "facet_limit", settings.facet_limit, 1, 200),
    )
    return request, params


def _slugs(query_params: QueryParams, key: str) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(v.strip() for v in query_params.getlist(key) if v.strip()))
    if len(values) > MAX_FILTERS:
        raise BadRequest(f"At most {MAX_FILTERS} {key} filters can be combined.")
    return values


def _int(query_params: QueryParams, key: str, default: int, low: int, high: int | None) -> int:
    raw = query_params.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{key}={raw!r} is not a whole number.") from None
    if value < low or (high is not None and value > high):
        allowed = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise BadRequest(f"{key}={value} is out of range: use a number {allowed}.")
    return value
