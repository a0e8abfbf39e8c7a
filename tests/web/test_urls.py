"""URLs: absolute links from the configured base URL, and redirects that never carry the
host a client claimed (Host header), checked against a real server over loopback."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.config import Settings
from app.web import create_app
from app.web.urls import absolute, redirect_location
from tests.browser.conftest import free_port

FORGED = "evil.example"


def test_absolute_urls_come_from_the_configured_base_url(tmp_path):
    configured = Settings(data_dir=tmp_path, base_url="https://archive.example.org/news/")
    assert configured.base_url == "https://archive.example.org/news"
    assert (
        absolute(configured.base_url, "/feed.atom?q=Mosul")
        == "https://archive.example.org/news/feed.atom?q=Mosul"
    )
    assert absolute(Settings(data_dir=tmp_path).base_url, "/articles/3") == "/articles/3"


@pytest.mark.parametrize(
    "bad", ["javascript:alert(1)", "ftp://archive.example.org", "https://", "http://a/?x=1"]
)
def test_a_base_url_must_be_a_plain_http_address(tmp_path, bad):
    with pytest.raises(ValidationError):
        Settings(data_dir=tmp_path, base_url=bad)


@pytest.mark.parametrize(
    ("location", "base", "expected"),
    [
        ("http://evil.example/search?q=a", None, "/search?q=a"),
        ("http://evil.example//other.example/x", None, "/other.example/x"),
        ("/search", None, "/search"),
        ("http://evil.example/search", "https://archive.example.org/news", "https://archive.example.org/news/search"),
    ],
)  # fmt: skip
def test_redirect_locations_lose_the_requested_host(tmp_path, location, base, expected):
    settings = Settings(data_dir=tmp_path, base_url=base)
    assert redirect_location(location, settings) == expected


def _openapi_paths(port: int) -> list[str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/openapi.json")
    paths = json.loads(connection.getresponse().read())["paths"]
    connection.close()
    return [path.replace("{article_id}", "1").replace("{slug}", "ash-carter") for path in paths]


def test_no_redirect_of_the_real_server_names_a_forged_host(seeded_archive):
    port = free_port()
    data_dir = seeded_archive.settings.data_dir
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--no-seed", "--port", str(port)],
        env={"PATH": "/usr/bin:/bin", "NEWSARCHIVE_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, "the server exited"
            try:
                paths = _openapi_paths(port)
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        # Every route with a trailing slash added (the framework redirects those), the
        # static folder without its slash, and a path that looks like another host.
        tried = [p + "/" for p in paths] + ["/static", "//evil.example/search/", "/docs/"]
        redirected = 0
        for path in tried:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", path + "?q=Mosul", headers={"Host": FORGED})
            response = connection.getresponse()
            response.read()
            connection.close()
            location = response.getheader("Location")
            if 300 <= response.status < 400:
                redirected += 1
                assert location.startswith("/") and not location.startswith("//"), location
                assert FORGED not in location.replace("//evil.example/search", ""), location
        assert redirected >= len(paths)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_redirects_use_the_configured_base_url(seeded_archive):
    settings = seeded_archive.settings.model_copy(
        update={"base_url": "https://archive.example.org/news"}
    )
    with TestClient(create_app(settings, seeded_archive), follow_redirects=False) as client:
        response = client.get("/search/?q=Mosul", headers={"Host": FORGED})
    assert response.status_code == 307
    assert response.headers["location"] == "https://archive.example.org/news/search?q=Mosul"
