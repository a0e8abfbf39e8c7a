"""A bounded fuzz of every route: the API's from the OpenAPI schema (its declared
parameters), the HTML pages and exports from the app's route table (which the schema
leaves out), each with generated values and stray parameters. No answer may be a 5xx.

Hypothesis draws the values; the budget (examples per route) keeps the whole test to a
few seconds on the four-page archive. Its example database is off, so a run writes
nothing into the repository.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.web import create_app
from app.web.urls import ORDER

EXAMPLES_PER_ROUTE = 40

# Values that broke or nearly broke archives before: query syntax, wildcards, huge and
# negative numbers, impossible dates, markup, control characters, path tricks.
TRICKY = [
    "", "0", "-1", "1e9", "99999999999999999999999", "NaN", "a*", "*", "?", '"', '"unclosed',
    "(", ")", "AND", "OR NOT", "a* b* c* d* e* f*", "2016-13-45", "0000-00-00", "9999",
    "<script>alert(1)</script>", "javascript:alert(1)", "\x00", "\x1b[31m", "%", "%00",
    "../../etc/passwd", "ash-carter", "nice", "relevance", "date", "oldest", "ñ", "𝔘",
]  # fmt: skip
# Any text but lone surrogates, which no HTTP client can send.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
VALUE = st.one_of(st.sampled_from(TRICKY), TEXT, st.integers(-(10**15), 10**15).map(str))


def _query_names(declared: list[str]) -> list[str]:
    """The route's declared parameters, the view-state parameters every page shares (the
    HTML routes declare none: they read the query string), and one made-up name."""
    return sorted(set(declared) | set(ORDER) | {"utm_source"})


def _routes(app) -> list[tuple[str, list[str], list[str]]]:
    """(path template, path parameters, query parameter names) of every GET route."""
    schema = app.openapi()["paths"]
    found = []
    for prefix, route in _flattened(app.routes):
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        path = prefix + route.path
        if path in schema:
            params = schema[path]["get"].get("parameters", [])
            declared = [p["name"] for p in params if p["in"] == "query"]
        else:
            declared = [p.alias for p in route.dependant.query_params]
        found.append((path, re.findall(r"{(\w+)}", path), _query_names(declared)))
    return found


def _flattened(routes, prefix: str = ""):  # type: ignore[no-untyped-def]
    """Routes with the prefix they are served under: FastAPI keeps an included router's
    routes behind one entry of the app's table."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _flattened(inner.routes, prefix + getattr(context, "prefix", ""))
        else:
            yield prefix, route


@pytest.fixture(scope="module")
def fuzz_client(seeded_archive):
    app = create_app(seeded_archive.settings, seeded_archive)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_the_schema_and_the_route_table_cover_the_archive(fuzz_client):
    paths = {path for path, _, _ in _routes(fuzz_client.app)}
    assert {"/api/search", "/api/articles/{article_id}", "/api/people", "/api/cities"} <= paths
    assert {"/", "/search", "/articles/{article_id}", "/people/{slug}", "/cities/{slug}"} <= paths
    assert {"/export.csv", "/export.json", "/feed.atom", "/people", "/cities"} <= paths


def test_no_route_answers_with_a_server_error(fuzz_client):
    for path, path_params, names in _routes(fuzz_client.app):
        _fuzz_route(fuzz_client, path, path_params, names)


def _fuzz_route(client: TestClient, template: str, path_params: list[str], names: list[str]):
    query = st.lists(st.tuples(st.sampled_from(names), VALUE), max_size=6)
    segment = st.one_of(st.sampled_from(["1", "0", "-5", "999999999999", "ash-carter"]), TEXT)

    @settings(
        max_examples=EXAMPLES_PER_ROUTE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(values=st.fixed_dictionaries({name: segment for name in path_params}), params=query)
    def fetch(values: dict[str, str], params: list[tuple[str, str]]) -> None:
        path = template
        for name, value in values.items():
            # A path segment as a browser would send it: percent-encoded by the client.
            path = path.replace("{" + name + "}", quote(value, safe="") or "x")
        response = client.get(path, params=params)
        assert response.status_code < 500, (path, params, response.text[:500])

    fetch()
