"""The archive served by a real ``newsarchive serve`` process: cold start, HTTP latency, RSS.

Requests go only to 127.0.0.1, on a free port, in bounded loops.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from app.config import Settings
from app.domain import SearchRequest

START_TIMEOUT_S = 120


@dataclass
class Server:
    process: subprocess.Popen  # type: ignore[type-arg]
    port: int
    cold_start_s: float

    def get(self, conn: http.client.HTTPConnection, path: str) -> float:
        """Seconds to fetch ``path`` (the whole body), over a kept-alive connection."""
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {response.status}")
        return elapsed

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def peak_rss_mb(self) -> float:
        """The server's peak resident memory (VmHWM) so far: with several worker processes,
        theirs added up (pages they share after the fork counted in each: an upper bound)."""
        peaks = []
        for pid in server_pids(self.process.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text().splitlines()
            except OSError:
                continue  # ended meanwhile
            peaks += [int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")]
        return sum(peaks) if peaks else float("nan")


def server_pids(pid: int) -> list[int]:
    """A server process and its worker processes (Linux ``/proc``; the process alone
    elsewhere)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return [pid, *map(int, children)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def query_string(request: SearchRequest) -> str:
    params: list[tuple[str, str]] = [("q", request.q)] if request.q else []
    params += [("person", p) for p in request.persons]
    params += [("city", c) for c in request.cities]
    params += [("sort", request.sort), ("page", str(request.page))]
    return urlencode(params)


@contextmanager
def serving(
    settings: Settings, probe: SearchRequest, workers: int | None = None
) -> Iterator[Server]:
    """``newsarchive serve`` over the archive of ``settings`` (its folder, and its database
    and search URLs when it has them), from ``workers`` processes (None: serve's default);
    cold start is the time from starting the process to the first answered ``probe``
    search."""
    port = free_port()
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(settings.data_dir)}
    for name, value in (
        ("NEWSARCHIVE_DATABASE_URL", settings.database_url),
        ("NEWSARCHIVE_SEARCH_URL", settings.search_url),
    ):
        env.pop(name, None)
        if value is not None:
            env[name] = str(value)
    command = [sys.executable, "-m", "app.cli", "serve", "--no-seed"]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(workers)] if workers else []
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        path = f"/api/search?{query_string(probe)}"
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with status {process.returncode}")
            if time.perf_counter() - start > START_TIMEOUT_S:
                raise RuntimeError("the server did not answer in time")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                conn.close()
                if response.status == 200:
                    break
            except OSError:
                time.sleep(0.01)
        yield Server(process, port, time.perf_counter() - start)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
