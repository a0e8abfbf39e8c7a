"""Signing in over real HTTP: the login page, identical answers for an unknown name and a
wrong password, the rate limit, CSRF and same-site checks, HTTP Basic, private mode, and
no edit control for anonymous readers."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.archive import Archive, open_archive
from app.store import db
from app.web import create_app
from tests.conftest import EDITOR, PASSWORD, basic, make_settings


def csrf_of(client: TestClient, path: str = "/login") -> str:
    page = BeautifulSoup(client.get(path).text, "html.parser")
    return page.select_one("input[name=csrf_token]")["value"]


def sign_in(client: TestClient, name: str = EDITOR, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    token = csrf_of(client)
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token, "next": "/people"},
        follow_redirects=False,
    )


def test_signing_in_sets_an_httponly_samesite_cookie_and_shows_the_editor(editable_client):
    answer = sign_in(editable_client)
    assert answer.status_code == 303 and answer.headers["location"] == "/people"
    cookie = answer.headers["set-cookie"]
    assert "newsarchive_session=" in cookie
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    page = BeautifulSoup(editable_client.get("/").text, "html.parser")
    assert page.select_one(".signed-in strong").text == "alice"


def test_unknown_name_and_wrong_password_get_the_same_answer(editable_client):
    wrong = sign_in(editable_client, password="not the password")
    unknown = sign_in(editable_client, name="mallory", password="not the password")
    assert wrong.status_code == unknown.status_code == 401

    def message(answer) -> str:  # type: ignore[no-untyped-def]
        return BeautifulSoup(answer.text, "html.parser").select_one("[role=alert]").text

    assert message(wrong) == message(unknown) == "Wrong editor name or password."


def test_the_sixth_failed_sign_in_is_refused_even_with_the_right_password(editable_client):
    for _ in range(5):
        assert sign_in(editable_client, password="guess guess").status_code == 401
    refused = sign_in(editable_client)
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) > 800
    # Basic auth counts against the same limit.
    assert editable_client.get("/api/corrections", headers=basic()).status_code == 429


def test_failures_through_one_server_process_are_refused_through_another(editable):
    """Two apps over one database file, each with its own engine, as two ``serve`` workers
    (or two machines over one PostgreSQL) have: the limit is the archive's, not each
    process's."""
    other = open_archive(editable.settings)
    try:
        first = TestClient(create_app(editable.settings, editable))
        second = TestClient(create_app(other.settings, other))
        with first, second:
            for _ in range(3):
                assert sign_in(first, password="guess guess").status_code == 401
            for _ in range(2):
                assert sign_in(second, password="guess guess").status_code == 401
            # Five failures in all: both refuse the sixth attempt, right password or not.
            for client in (first, second):
                refused = sign_in(client)
                assert refused.status_code == 429
                assert int(refused.headers["retry-after"]) > 800
                assert client.get("/api/corrections", headers=basic()).status_code == 429
            # Another editor name from the same address is not held up.
            assert sign_in(second, name="bob", password="guess guess").status_code == 401
    finally:
        other.close()


def test_signing_every_read_with_http_basic_writes_nothing(editable):
    """An API client sends its credentials with every read: checking them must not write,
    or a read-only database could not serve it. Here the database connection refuses every
    write (SQLite ``mode=ro``), so one write would be a 500."""
    engine = db.make_engine(editable.settings, read_only=True)
    reading = Archive(
        settings=editable.settings,
        engine=engine,
        sessions=db.make_sessionmaker(engine),
        search=editable.search,
    )
    try:
        with TestClient(create_app(editable.settings, reading)) as client:
            answers = [
                client.get("/api/search?q=Mosul", headers=basic()).status_code for _ in range(8)
            ]
            assert answers == [200] * 8
            assert client.get("/api/search?q=Mosul", headers=basic()).json()["total"] == 3
    finally:
        engine.dispose()


def test_a_sign_in_without_the_forms_csrf_token_is_refused(editable_client):
    answer = editable_client.post(
        "/login", data={"name": EDITOR, "password": PASSWORD}, follow_redirects=False
    )
    assert answer.status_code == 403


def test_a_cross_site_form_post_is_refused_and_changes_nothing(editable_client):
    sign_in(editable_client)
    token = csrf_of(editable_client, "/people/obama")
    answer = editable_client.post(
        "/people/obama/not-a-person",
        data={"csrf_token": token},
        headers={"Origin": "http://evil.example"},
        follow_redirects=False,
    )
    assert answer.status_code == 403
    assert editable_client.get("/people/obama").status_code == 200
    # The same form without its token is refused too, from this site.
    answer = editable_client.post("/people/obama/not-a-person", data={}, follow_redirects=False)
    assert answer.status_code == 403
    assert editable_client.get("/people/obama").status_code == 200


def test_api_writes_with_the_session_need_the_csrf_header(editable_client):
    sign_in(editable_client)
    token = csrf_of(editable_client, "/people/obama")
    assert editable_client.post("/api/people/obama/not-a-person").status_code == 403
    answer = editable_client.post("/api/people/obama/not-a-person", headers={"X-CSRF-Token": token})
    assert answer.status_code == 201


def test_http_basic_authenticates_api_clients(editable_client):
    assert editable_client.post("/api/people/obama/not-a-person").status_code == 401
    wrong = editable_client.post("/api/people/obama/not-a-person", headers=basic(password="nope"))
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"].startswith('Basic realm="newsarchive"')
    assert (
        editable_client.post("/api/people/obama/not-a-person", headers=basic()).status_code == 201
    )


def test_signing_out_ends_the_session(editable_client):
    sign_in(editable_client)
    token = csrf_of(editable_client, "/")
    answer = editable_client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303
    assert BeautifulSoup(editable_client.get("/").text, "html.parser").select(".signed-in") == []


def test_anonymous_readers_see_no_edit_control(editable_client):
    for path in ("/people/ash-carter", "/cities/paris", "/search?q=Mosul", "/corrections"):
        page = BeautifulSoup(editable_client.get(path).text, "html.parser")
        assert page.select("form[method=post]") == [], path
        assert page.select(".edit-controls, #collect-form, input.pick") == [], path
    sign_in(editable_client)
    page = BeautifulSoup(editable_client.get("/people/ash-carter").text, "html.parser")
    assert page.select_one(".edit-controls form[action='/people/ash-carter/merge']") is not None


def test_private_mode_requires_a_login_for_every_page_and_api_call(editable):
    settings = make_settings(editable.settings.data_dir).model_copy(update={"private": True})
    with TestClient(create_app(settings, editable)) as client:
        answer = client.get("/search?q=Mosul", follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/login?next=%2Fsearch%3Fq%3DMosul"
        for path in ("/api/search?q=Mosul", "/api/people", "/export.csv", "/openapi.json"):
            assert client.get(path).status_code == 401, path
        assert client.get("/healthz").status_code == 200
        assert client.get("/static/style.css").status_code == 200
        assert client.get("/login").status_code == 200
        assert client.get("/api/search?q=Mosul", headers=basic()).json()["total"] == 3
        sign_in(client)
        page = client.get("/search?q=Mosul")
        assert page.status_code == 200
        assert re.search(r"1–3 of 3 articles", page.text)


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/people"])
def test_after_signing_in_only_local_paths_are_followed(editable_client, target):
    token = csrf_of(editable_client)
    answer = editable_client.post(
        "/login",
        data={"name": EDITOR, "password": PASSWORD, "csrf_token": token, "next": target},
        follow_redirects=False,
    )
    assert answer.headers["location"] == ("/people" if target == "/people" else "/")
