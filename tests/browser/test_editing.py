"""An editor's session in Chromium against a real server with its own archive (the four
seed pages): sign in, merge two people from the person page, put search results into a
collection with a note, filter a search by it, sign out; an anonymous visitor sees no
edit control, and a form posted from another site is refused."""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from app.config import PROJECT_ROOT
from tests.browser.conftest import _wait_until_up, free_port

pytestmark = pytest.mark.browser
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("editing")
    seeds = folder / "seeds"
    seeds.mkdir()
    for page in (PROJECT_ROOT / "seeds").glob("*.txt"):
        shutil.copy(page, seeds / page.name)
    env = {
        **os.environ,
        "NEWSARCHIVE_DATA_DIR": str(folder / "data"),
        "NEWSARCHIVE_SEEDS_DIR": str(seeds),
    }
    subprocess.run(
        [sys.executable, "-m", "app.cli", "editor", "add", "alice"],
        input=PASSWORD + "\n", env=env, check=True, text=True, capture_output=True,
    )  # fmt: skip
    port = free_port()
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.fixture
def other_site(tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Another origin (another port) serving whatever page a test writes there."""
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def sign_in(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/login")
    page.get_by_label("Editor name").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/")
    assert page.locator(".signed-in strong").inner_text() == "alice"


def test_an_anonymous_visitor_sees_no_edit_control(page, editor_server):  # type: ignore[no-untyped-def]
    for path in ("/people/ash-carter", "/cities/paris", "/search?q=Mosul", "/collections"):
        page.goto(editor_server + path)
        assert page.locator("form[method=post]").count() == 0, path
        assert page.locator(".edit-controls, input.pick").count() == 0, path
    assert page.get_by_role("link", name="Sign in").is_visible()


def test_sign_in_merge_collect_filter_and_sign_out(page, editor_server, artifacts):  # type: ignore[no-untyped-def]
    base = editor_server
    sign_in(page, base)

    # Merge Haider al-Abadi (002, 003) into Ash Carter (000, 001) from his page.
    page.goto(base + "/people/haider-al-abadi")
    page.get_by_label("Merge Haider al-Abadi into (slug, as in its address)").fill("ash-carter")
    page.get_by_role("button", name="Merge", exact=True).click()
    page.wait_for_url(base + "/people/ash-carter")
    assert "Person named in 4 articles" in page.locator("p.summary").inner_text()
    page.screenshot(path=str(artifacts / "merged.png"), full_page=True)
    page.goto(base + "/people/haider-al-abadi")
    assert page.url == base + "/people/ash-carter"  # the old page redirects

    # A collection, filled from a search with a note.
    page.goto(base + "/collections")
    page.get_by_label("Title").fill("Mosul offensive")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url(base + "/collections/mosul-offensive")
    page.goto(base + "/search?q=Mosul&sort=oldest")
    picks = page.locator("input.pick")
    assert picks.count() == 3
    picks.nth(0).check()
    picks.nth(2).check()
    page.get_by_label("Note").fill("Check the casualty figures")
    page.get_by_role("button", name="Add ticked articles").click()
    page.wait_for_url("**/search?q=Mosul&sort=oldest")
    page.goto(base + "/collections/mosul-offensive")
    assert page.locator("li.collected-article").count() == 2
    assert page.locator("p.note").all_inner_texts() == ["Note: Check the casualty figures"] * 2

    # The collection as a search filter, combined with a person.
    page.get_by_role("link", name="search within them").click()
    page.wait_for_url("**collection=mosul-offensive**")
    assert page.locator("ol.results li.result").count() == 2
    assert "Mosul offensive" in page.locator("ul.filters").inner_text()
    page.locator("#facet-person ~ ul a[data-slug=ash-carter]").click()
    page.wait_for_url("**person=ash-carter**")
    assert "collection=mosul-offensive" in page.url
    page.screenshot(path=str(artifacts / "collection-search.png"), full_page=True)

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(base + "/")
    assert page.locator(".signed-in").count() == 0
    page.goto(base + "/people/ash-carter")
    assert page.locator(".edit-controls").count() == 0


def test_a_form_posted_from_another_site_is_refused(page, editor_server, other_site, tmp_path):  # type: ignore[no-untyped-def]
    sign_in(page, editor_server)
    (tmp_path / "evil.html").write_text(
        f'<form method="post" action="{editor_server}/people/obama/not-a-person">'
        '<input type="hidden" name="csrf_token" value="guessed">'
        '<button type="submit">Win a prize</button></form>'
    )
    page.goto(other_site + "/evil.html")
    with page.expect_response(lambda r: "/not-a-person" in r.url) as posted:
        page.get_by_role("button", name="Win a prize").click()
    assert posted.value.status == 403
    page.goto(editor_server + "/people/obama")
    assert page.locator("h1").inner_text() == "Obama"
