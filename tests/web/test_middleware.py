"""The app's own layers: every answer carries the security headers (pages, errors, and the
answers the gates give themselves), and what a gate learns reaches the page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.web.application import CONTENT_SECURITY_POLICY, create_app
from tests.conftest import make_settings
from tests.web.test_auth import sign_in

HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


def _has_security_headers(answer) -> bool:  # type: ignore[no-untyped-def]
    return all(answer.headers.get(name) == value for name, value in HEADERS.items())


def test_pages_errors_and_json_carry_the_security_headers(client):
    for path in ("/search?q=Mosul", "/no-such-page", "/api/search?q=Mosul", "/api/search?page=x"):
        answer = client.get(path)
        assert answer.status_code in (200, 400, 404), path
        assert _has_security_headers(answer), path


def test_a_gates_own_answer_carries_them_and_its_redirect_stays_local(editable):
    settings = make_settings(editable.settings.data_dir).model_copy(update={"private": True})
    with TestClient(create_app(settings, editable)) as private:
        answer = private.get(
            "/search?q=Mosul", headers={"host": "evil.example"}, follow_redirects=False
        )
        assert answer.status_code == 303
        assert answer.headers["location"] == "/login?next=%2Fsearch%3Fq%3DMosul"
        assert _has_security_headers(answer)
        refused = private.get("/api/search?q=Mosul")
        assert refused.status_code == 401 and _has_security_headers(refused)


def test_the_signed_in_editor_reaches_the_page(editable_client):
    assert "Sign out" not in editable_client.get("/").text
    sign_in(editable_client)
    assert "Sign out" in editable_client.get("/").text
