"""An archive in a read-only data folder is served for reading: searches and pages answer,
every page says it is read-only, and whatever would write gets a 503 saying so.

The real thing is a folder this process cannot write. Run as root, permission bits do not
stop a write, so the serving test mounts the folder read-only (a bind mount in a private
mount namespace, ``unshare -m``: even root gets EROFS); as another user it removes the
write permission. The in-process tests check what the read-only opening itself enforces
(SQLite's ``mode=ro``), whoever runs them.
"""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.archive import data_dir_writable, open_archive, open_read_only
from app.bench.server import free_port
from app.config import PROJECT_ROOT
from app.domain import SearchRequest
from app.errors import ReadOnlyArchive
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.conftest import SEED_PAGES, basic, make_settings

NOTICE = "This archive is read-only"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed archive of the four seed pages (a server ran on it once: nothing pending)."""
    data = tmp_path_factory.mktemp("read-only") / "data"
    archive = open_archive(make_settings(data))
    try:
        assert ingest_paths(archive, SEED_PAGES).ok
        archive.search.prepare()
    finally:
        archive.close()
    return data


def test_a_writable_or_missing_folder_is_writable(tmp_path: Path) -> None:
    assert data_dir_writable(make_settings(tmp_path))
    assert data_dir_writable(make_settings(tmp_path / "not-yet"))


def test_opened_read_only_it_searches_and_the_database_refuses_writes(folder: Path) -> None:
    archive = open_read_only(make_settings(folder))
    try:
        assert archive.read_only
        assert archive.search.search(SearchRequest(q="Mosul")).total == 3
        with archive.sessions() as session, pytest.raises(OperationalError, match="readonly"):
            session.execute(text("UPDATE articles SET title = 'x'"))
    finally:
        archive.close()


def test_its_pages_say_so_and_writes_get_a_503(folder: Path) -> None:
    archive = open_read_only(make_settings(folder))
    try:
        with TestClient(create_app(archive.settings, archive)) as client:
            page = BeautifulSoup(client.get("/search?q=Mosul").text, "html.parser")
            assert page.select_one("p.notice.read-only").text.startswith(NOTICE)
            assert len(page.select("ol.results > li")) == 3
            refused = client.post("/login", data={"name": "alice", "password": "secret"})
            assert refused.status_code == 503
            assert NOTICE in refused.text
            api = client.post("/api/people/ash-carter/rename", json={"name": "A. Carter"})
            assert api.status_code == 503
            assert api.json()["error"]["title"] == NOTICE
    finally:
        archive.close()


def test_wrong_credentials_on_a_read_only_archive_are_limited_without_writing(
    editable_template: Path, tmp_path: Path
) -> None:
    """Its database cannot record failed sign-ins: they are counted in the process, and
    the sixth attempt is refused as on any archive, never a 500."""
    copy = tmp_path / "data"
    shutil.copytree(editable_template, copy)
    archive = open_read_only(make_settings(copy))
    try:
        with TestClient(create_app(archive.settings, archive)) as client:
            wrong = [
                client.get("/api/search?q=Mosul", headers=basic(password="guess guess"))
                for _ in range(5)
            ]
            assert [answer.status_code for answer in wrong] == [401] * 5
            refused = client.get("/api/search?q=Mosul", headers=basic())
            assert refused.status_code == 429
            # 900 s after the first failure, plus one: at most 901, less the seconds taken.
            assert 800 < int(refused.headers["retry-after"]) <= 901
            assert client.get("/api/search?q=Mosul").json()["total"] == 3  # reading goes on
    finally:
        archive.close()


def test_a_read_only_folder_without_an_index_is_refused_in_one_line(
    folder: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    shutil.rmtree(copy / "index")
    with pytest.raises(ReadOnlyArchive) as refused:
        open_read_only(make_settings(copy))
    message = refused.value.message
    assert message.startswith(f"the data folder {copy} is read-only and there is no search index")
    assert "newsarchive reindex" in message and "\n" not in message
    assert refused.value.exit_code == 5


def test_serve_on_a_read_only_folder_answers_reads(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    before = sorted(p.name for p in copy.rglob("*"))
    port = free_port()
    serve = [sys.executable, "-m", "app.cli", "serve", "--no-seed", "--port", str(port)]
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(copy)}
    if os.geteuid() == 0:
        mount = f"mount --bind {copy} {copy} && mount -o remount,ro,bind {copy} && exec "
        command = ["unshare", "-m", "sh", "-c", mount + " ".join(serve)]
    else:
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        command = serve
    server = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        found = _get_when_up(server, port, "/api/search?q=Mosul")
        assert b'"total":3' in found
        page = _get_when_up(server, port, "/search?q=Mosul").decode()
        assert NOTICE in page
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    lines = err.decode().splitlines()
    assert f"the data folder {copy} is read-only: serving the archive as it is" in "\n".join(
        lines
    ), err.decode()[-2000:]
    assert sorted(p.name for p in copy.rglob("*")) == before  # nothing was written


def _get_when_up(server: subprocess.Popen, port: int, path: str) -> bytes:  # type: ignore[type-arg]
    started = time.monotonic()
    while time.monotonic() - started < 120:
        if server.poll() is not None:
            _, err = server.communicate()
            raise AssertionError(
                f"serve exited ({server.returncode}); a root run needs `unshare -m` "
                f"(CAP_SYS_ADMIN) to mount the folder read-only:\n{err.decode()[-2000:]}"
            )
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            assert response.status == 200, (response.status, body[:300])
            return body
        except OSError:
            time.sleep(0.2)
    raise AssertionError("serve did not answer within 120 s")
