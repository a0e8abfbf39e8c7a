"""A real server (``newsarchive serve`` on a free port over an archive of the four seed pages) and
a real Chromium driven by playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from tests.browser.chromium import CHROMIUM, ChromiumMissing, ensure_chromium

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The server's base URL and its archive's folder."""
    port = free_port()
    folder = tmp_path_factory.mktemp("browser")
    data_dir = folder / "data"
    # The four seed pages only: the tests assert what they show (seeds/ also holds the
    # FA-KES export the demo ingests).
    seeds = folder / "seeds"
    seeds.mkdir()
    for page in (PROJECT_ROOT / "seeds").glob("*.txt"):
        shutil.copy(page, seeds / page.name)
    env = {
        **os.environ,
        "NEWSARCHIVE_DATA_DIR": str(data_dir),
        "NEWSARCHIVE_SEEDS_DIR": str(seeds),
    }
    # The server's output goes to a file: a pipe nobody reads would fill up and stall it.
    log = (data_dir.parent / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log)
        yield base, data_dir
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def server(served: tuple[str, Path]) -> str:
    return served[0]


def _wait_until_up(base: str, process: subprocess.Popen, log, timeout: float = 180) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {Path(log.name).read_text()}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("server did not answer in time")


@pytest.fixture(scope="session")
def browser(pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """Debian's Chromium driven by playwright; installed first when missing (as root), so
    the README's test command passes as written on a fresh machine."""
    from playwright.sync_api import sync_playwright

    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")

    def say(line: str) -> None:
        if reporter is not None:
            reporter.write_line(line)
        else:
            print(line, file=sys.stderr)

    try:
        binary = ensure_chromium(CHROMIUM, say=say)
    except ChromiumMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=binary, headless=True, args=CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    """A fresh page that records every request it makes."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.requested = []  # type: ignore[attr-defined]
    context.on("request", lambda request: opened.requested.append(request.url))
    yield opened
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
