"""The API documentation in a real browser: rendered from the archive's own files under its
Content-Security-Policy, with no request to another host."""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

# Read operations of the JSON API, as app/web/routes/api.py declares them (the editors'
# write operations are listed too; all are checked against the server's own schema).
READ_OPERATIONS = [
    "GET/api/search",
    "GET/api/articles/{article_id}",
    "GET/api/people",
    "GET/api/cities",
    "GET/api/people/{slug}",
    "GET/api/cities/{slug}",
]


def watch_console(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Console errors (a CSP violation is reported there) collected as the page runs."""
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def other_hosts(page, server) -> list[str]:  # type: ignore[no-untyped-def]
    own = urlparse(server).netloc
    return [url for url in page.requested if urlparse(url).netloc not in (own, "")]


def test_swagger_ui_lists_the_operations_offline(page, server, artifacts):  # type: ignore[no-untyped-def]
    errors = watch_console(page)
    page.goto(server + "/docs")
    page.locator(".opblock").first.wait_for(timeout=20_000)
    shown = [
        text.replace("\n", "").replace("\u200b", "").replace(" ", "")
        for text in page.locator(".opblock-summary-method, .opblock-summary-path").all_inner_texts()
    ]
    pairs = ["".join(shown[i : i + 2]) for i in range(0, len(shown), 2)]
    spec = page.request.get(server + "/openapi.json").json()
    documented = [f"{m.upper()}{path}" for path, ops in spec["paths"].items() for m in ops]
    assert sorted(pairs) == sorted(documented)  # every operation of the schema is shown
    assert [p for p in pairs if p in READ_OPERATIONS] == READ_OPERATIONS
    page.screenshot(path=str(artifacts / "docs.png"), full_page=True)
    assert other_hosts(page, server) == []
    assert errors == []
