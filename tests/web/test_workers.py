"""``serve --workers 2``: two forked processes answer from one socket, each over its own
archive, and stop together; failed sign-ins through either count for both; a port in use
is one line."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.bench.server import free_port
from tests.conftest import basic

T = TypeVar("T")


def serve(data_dir: Path, port: int) -> subprocess.Popen:  # type: ignore[type-arg]
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--no-seed", "--port", str(port)]
        + ["--workers", "2"],
        env={"PATH": "/usr/bin:/bin", "NEWSARCHIVE_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def total(port: int, q: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", f"/api/search?q={q}")
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 200
    return json.loads(body)["total"]


def once_started(server, ask: Callable[[], T]) -> T:  # type: ignore[no-untyped-def]
    """The first answer to ``ask`` once the server listens (it binds its port after the
    workers are forked): tried until it connects, for at most two minutes."""
    deadline = time.monotonic() + 120
    while True:
        assert server.poll() is None, server.stderr.read()
        try:
            return ask()
        except OSError:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)


def test_two_workers_answer_and_stop_together(seeded_archive):
    port = free_port()
    server = serve(seeded_archive.settings.data_dir, port)
    try:
        first = once_started(server, lambda: total(port, "Mosul"))
        workers = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(workers) == 2
        # Three seed pages name Mosul: every answer, whichever worker gives it.
        assert [first] + [total(port, "Mosul") for _ in range(20)] == [3] * 21
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0
        for pid in workers:
            assert not Path(f"/proc/{pid}").exists() or "Z" in _state(pid)
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()  # waits, and closes its stderr


def status_with(port: int, headers: dict[str, str]) -> tuple[int, str | None]:
    """One request on a new connection (each may reach either worker): the status and the
    Retry-After header."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/api/corrections", headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, response.getheader("Retry-After")


def test_the_sign_in_limit_holds_across_workers(editable):
    """Five wrong passwords, whichever workers they reach, and then every attempt is
    refused, the right password too: with a limit kept in each worker's memory, a worker
    that had seen fewer than five would let the right password in (200)."""
    port = free_port()
    server = serve(editable.settings.data_dir, port)
    try:
        first = once_started(server, lambda: status_with(port, basic(password="guess guess")))
        assert first == (401, None)
        wrong = [status_with(port, basic(password="guess guess")) for _ in range(4)]
        assert [status for status, _ in wrong] == [401] * 4
        later = [status_with(port, basic()) for _ in range(20)]
        assert [status for status, _ in later] == [429] * 20
        assert all(int(wait) > 800 for _, wait in later)  # type: ignore[arg-type]
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0
    finally:
        if server.poll() is None:  # a failed assertion: its workers hold stderr open too
            for pid in _children(server.pid):
                os.kill(pid, signal.SIGKILL)
            server.kill()
        server.communicate()


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _state(pid: str) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def test_a_port_in_use_is_one_line(seeded_archive):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        server = serve(seeded_archive.settings.data_dir, port)
        _out, err = server.communicate(timeout=120)
    assert server.returncode == 2
    lines = err.strip().splitlines()
    assert lines[-1] == (
        f"error: cannot listen on 127.0.0.1:{port} (Address already in use): another program "
        "may use the port; choose another with --port"
    )
    assert "Traceback" not in err
