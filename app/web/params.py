"""Reading a search view from the query string: every value checked, every problem a 400
with a sentence the user can act on."""

from __future__ import annotations

import calendar
import re
from datetime import date

from starlette.datastructures import QueryParams

from app.config import Settings
from app.domain import PERSON_ROLE_FILTERS, SearchRequest
from app.web.errors import BadRequest, NotFound
from app.web.urls import Params

SORTS = ("relevance", "date", "oldest")
MAX_QUERY_CHARS = 500
MAX_FILTERS = 10
MAX_ARTICLE_ID = 2**62  # beyond any id SQLite hands out; keeps as_of inside 64 bits
_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def search_request(query_params: QueryParams, settings: Settings) -> tuple[SearchRequest, Params]:
    """The validated request and the raw parameters links are built from."""
    params: Params = list(query_params.multi_items())
    q = query_params.get("q", "")
    if len(q) > MAX_QUERY_CHARS:
        raise BadRequest(f"The query is {len(q)} characters long; the limit is {MAX_QUERY_CHARS}.")
    sort = query_params.get("sort", "relevance") or "relevance"
    if sort not in SORTS:
        raise BadRequest(f"Unknown sort {sort!r}: use sort=relevance, sort=date or sort=oldest.")
    if len(query_params.getlist("role")) > 1:
        raise BadRequest("role= takes one value: mentioned, author, credit or any.")
    role = person_role(query_params.get("role", ""))
    date_from = parse_day(query_params.get("from", ""), "from", last=False)
    date_to = parse_day(query_params.get("to", ""), "to", last=True)
    if date_from and date_to and date_from > date_to:
        raise BadRequest(
            f"from={date_from.isoformat()} is after to={date_to.isoformat()}: "
            "the date range would be empty."
        )
    request = SearchRequest(
        q=q,
        persons=_values(query_params, "person"),
        cities=_values(query_params, "city"),
        countries=_values(query_params, "country"),
        regions=_values(query_params, "region"),
        sources=_values(query_params, "source"),
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        page=int_param(query_params, "page", 1, low=1, high=None),
        per_page=int_param(query_params, "per_page", settings.per_page, 1, settings.max_per_page),
        facet_limit=int_param(query_params, "facet_limit", settings.facet_limit, 1, 500),
        as_of=_as_of(query_params),
        role=role,
    )
    return request, params


def person_role(raw: str) -> str:
    """``role=``: whose people the person filter and facet hold; empty means the default,
    the people the stories are about."""
    role = raw.strip() or "mentioned"
    if role not in PERSON_ROLE_FILTERS:
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        raise BadRequest(
            f"Unknown role {shown!r}: use role=mentioned (people the articles are about, the "
            "default), role=author (bylines), role=credit (photo credits) or role=any."
        )
    return role


def parse_day(raw: str, key: str, *, last: bool) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day (``from``) or its
    last day (``to``)."""
    raw = raw.strip()
    if not raw:
        return None
    match = _DAY.match(raw)
    problem = f"{key}={raw!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY."
    if not match:
        raise BadRequest(problem)
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if last else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, day)
    except ValueError:
        raise BadRequest(problem) from None


def _as_of(query_params: QueryParams) -> int | None:
    """A pinned view's archive state (an article id, see SearchRequest.as_of); none given
    means the archive as it is now."""
    if not query_params.get("as_of"):
        return None
    return int_param(query_params, "as_of", 0, low=0, high=MAX_ARTICLE_ID)


def _values(query_params: QueryParams, key: str) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(v.strip() for v in query_params.getlist(key) if v.strip()))
    if len(values) > MAX_FILTERS:
        raise BadRequest(f"At most {MAX_FILTERS} {key} filters can be combined.")
    return values


def int_param(query_params: QueryParams, key: str, default: int, low: int, high: int | None) -> int:
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


def article_id_param(raw: str) -> int:
    """An article id from a path; anything but a whole number names no article."""
    if not raw.isdigit() or len(raw) > 18:
        raise NotFound(f"The archive has no article {raw!r}: article ids are whole numbers.")
    return int(raw)
