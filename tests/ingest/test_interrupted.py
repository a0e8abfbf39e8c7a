"""An ingest killed at any moment is completed by running it again; a server searching
while an ingest writes never fails and sees the new articles without a restart."""

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest

from app.config import PROJECT_ROOT
from app.ingest.pipeline import content_hash
from tests.browser.conftest import free_port
from tests.conftest import SEED_PAGES
from tests.ingest.test_pipeline import run_cli

FAKES = PROJECT_ROOT / "seeds" / "fa-kes.csv"

pytestmark = pytest.mark.slow


def fakes_subset(path: Path, rows: int) -> tuple[Path, int]:
    """The first ``rows`` rows of FA-KES, and how many distinct texts they hold."""
    csv.field_size_limit(10**8)
    with FAKES.open(encoding="utf-8", newline="") as source:
        reader = csv.reader(source)
        header = next(reader)
        kept = [row for _, row in zip(range(rows), reader, strict=False)]
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *kept])
    texts = {content_hash(row[header.index("article_content")]) for row in kept}
    return path, len(texts)


def env_for(data_dir: Path, database_url: str | None = None, **extra: str) -> dict[str, str]:
    # At the usual priority: on a shared test machine a niced ingest (NEWSARCHIVE_INGEST_NICE)
    # waits for every other program's CPU, and these tests judge what it does, not when.
    env = {
        "PATH": "/usr/bin:/bin",
        "NEWSARCHIVE_DATA_DIR": str(data_dir),
        "NEWSARCHIVE_INGEST_NICE": "0",
        **extra,
    }
    if database_url:
        env["NEWSARCHIVE_DATABASE_URL"] = database_url
    return env


def stored_origins(data_dir: Path, database_url: str | None = None) -> list[str]:
    """The origins of the stored articles, read as another program would, beside the
    archive's own code (an empty list before the schema is there)."""
    if database_url:
        return _postgresql_origins(database_url)
    database = data_dir / "archive.sqlite3"
    if not database.exists():
        return []
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as connection:
            return [origin for (origin,) in connection.execute("SELECT origin FROM articles")]
    except sqlite3.OperationalError:  # the schema is not there yet
        return []


def _postgresql_origins(database_url: str) -> list[str]:
    plain = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, connect_timeout=5) as connection:
        try:
            return [origin for (origin,) in connection.execute("SELECT origin FROM articles")]
        except psycopg.errors.UndefinedTable:  # the schema is not there yet
            return []


def test_an_ingest_killed_midway_is_completed_by_running_it_again(tmp_path, database_url):
    export, distinct = fakes_subset(tmp_path / "export.csv", 450)
    data_dir = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(export)],
        env=env_for(data_dir, database_url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its extraction workers in one process group
    )
    try:
        deadline = time.monotonic() + 300
        while not stored_origins(data_dir, database_url):  # the first batch is committed
            assert process.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)  # kill -9, no time to clean up
        process.wait()
        assert 0 < len(stored_origins(data_dir, database_url)) < distinct
        # Its workers notice and leave by themselves.
        deadline = time.monotonic() + 15
        while _group_alive(process.pid):
            assert time.monotonic() < deadline, "extraction workers outlived the ingest"
            time.sleep(0.2)
    finally:
        if _group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)

    again = run_cli("ingest", str(export), data_dir=data_dir, database_url=database_url)
    assert again.returncode == 0, again.stdout + again.stderr
    origins = stored_origins(data_dir, database_url)
    assert len(origins) == len(set(origins)) == distinct
    check = run_cli("check", data_dir=data_dir, database_url=database_url)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "ok: the index holds every story once" in check.stdout


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_searching_while_an_ingest_writes(tmp_path, database_url):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in SEED_PAGES:
        (seeds / page.name).write_bytes(page.read_bytes())
    data_dir = tmp_path / "data"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        env=env_for(data_dir, database_url, NEWSARCHIVE_SEEDS_DIR=str(seeds)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            assert server.poll() is None, "the server exited"
            assert time.monotonic() < deadline, "the server did not answer in time"
            try:
                if _get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        before = json.loads(_get(f"{base}/api/search?q=Idlib")[1])["total"]
        export, _ = fakes_subset(tmp_path / "export.csv", 300)
        ingest = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "ingest", str(export)],
            env=env_for(data_dir, database_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        statuses: list[int] = []
        urls = ["/api/search?q=Idlib", "/search?q=Aleppo&sort=date", "/search", "/articles/1"]
        while ingest.poll() is None:
            for url in urls:
                status, body = _get(base + url)
                statuses.append(status)
                assert status == 200, (url, body[:500])
        output = ingest.communicate()[0]
        assert ingest.returncode == 0, output
        assert len(statuses) > 10  # the searches did overlap the ingest
        after = json.loads(_get(f"{base}/api/search?q=Idlib")[1])
        assert after["total"] > before, output
        everything = json.loads(_get(f"{base}/api/search")[1])["total"]
        check = run_cli("check", data_dir=data_dir, database_url=database_url)
        assert check.returncode == 0, check.stdout
        assert f"index: {everything} documents" in check.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
