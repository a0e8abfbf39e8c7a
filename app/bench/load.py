"""Concurrent load on a served archive, idle and while an ingest writes to it.

    newsarchive bench-load --clients 8 --seconds 30 --ingest 3000

A real ``newsarchive serve`` on 127.0.0.1 (a free port) over the configured archive; each
client is a thread with its own kept-alive connection, sending the benchmark's query mix
(``queries.py``: common and rare words, phrases, filters, deep pages, by relevance and by
date, over the API and the HTML page) plus article pages. After a short warm-up (not
measured) the clients run ``seconds`` on the idle archive; then, with ``--ingest N``,
``newsarchive ingest`` adds N new synthetic articles (``corpus.py``, written first) to the
same archive while the clients run on until it ends, as a researcher's server sees it
while a new collection comes in. Reported for each phase: requests, errors (any status
but 200, or a failed connection), median, p95 and maximum latency, and the machine's load
average (other programs' CPU use shows in the latencies); then how the ingest ended.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.archive import open_archive
from app.bench.corpus import generate, write_pages
from app.bench.queries import build_cases
from app.bench.server import Server, query_string, server_pids, serving
from app.config import Settings
from app.domain import SearchRequest
from app.errors import ArchiveError
from app.store import repository

# The ingest's synthetic articles come from another seed than ``newsarchive bench``'s
# archives (seed 0), offset by the archive's size, so each run's are new texts, not copies
# of an earlier run's that the ingest would skip.
INGEST_SEED = 7_919

# Unmeasured load before the idle phase: the first searches of each kind read postings
# and build caches, which belongs to a server's start, not to its steady state.
WARMUP_S = 3.0
# The longest the "during ingest" phase lasts; an ingest still running then is waited for
# and the report says so.
INGEST_TIMEOUT_S = 900.0


@dataclass
class Phase:
    """One stretch of load: its latencies (answered requests) and errors."""

    name: str
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)  # kind_of(path) -> ms
    errors: list[str] = field(default_factory=list)
    load_average: float = float("nan")  # the machine's, over the last minute, at the end
    server_cpu_s: float = float("nan")  # CPU time the server process used in the phase

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.latencies_ms, q)) if self.latencies_ms else float("nan")

    def kinds_row(self) -> str:
        """p95 of each kind of request: which pages make the phase's tail."""
        parts = [
            f"{kind} {np.percentile(ms, 95):.1f}" for kind, ms in sorted(self.by_kind.items()) if ms
        ]
        return f"  p95 ms by kind, {self.name}: " + ", ".join(parts)

    def row(self) -> str:
        rate = self.requests / max(self.seconds, 1e-9)
        worst = max(self.latencies_ms, default=float("nan"))
        return (
            f"{self.name:<14}{self.seconds:>8.1f}{self.requests:>10}{rate:>7.0f}"
            f"{len(self.errors):>8}{self.percentile(50):>9.1f}{self.percentile(95):>9.1f}"
            f"{worst:>9.1f}{self.load_average:>10.2f}"
            f"{1000 * self.server_cpu_s / max(len(self.latencies_ms), 1):>12.1f}"
        )


HEADER = (
    f"{'phase':<14}{'seconds':>8}{'requests':>10}{'req/s':>7}{'errors':>8}"
    f"{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'load avg':>10}{'cpu ms/req':>12}"
)


@dataclass
class LoadReport:
    clients: int
    phases: list[Phase] = field(default_factory=list)
    ingest: str = "none"

    @property
    def errors(self) -> list[str]:
        return [error for phase in self.phases for error in phase.errors]

    @property
    def requests(self) -> int:
        return sum(phase.requests for phase in self.phases)

    def summary(self) -> str:
        lines = [f"clients: {self.clients} (loopback)", HEADER]
        lines += [phase.row() for phase in self.phases]
        lines += [phase.kinds_row() for phase in self.phases]
        lines.append(f"ingest: {self.ingest}")
        lines += [f"  error: {error}" for error in sorted(set(self.errors))[:10]]
        return "\n".join(lines)


def request_paths(settings: Settings, per_kind: int = 20, seed: int = 0) -> tuple[list[str], int]:
    """The URLs the clients send, drawn from the archive: the benchmark's search mix over
    the API and the HTML page, and article pages; and how many articles are stored."""
    archive = open_archive(settings)
    try:
        with archive.sessions() as session:
            ids = repository.primary_article_ids(session)[:200]
            stored = repository.count_articles(session)
        if not ids:
            raise ArchiveError("the archive is empty: ingest something before bench-load")
        try:
            requests = [case.request for case in build_cases(archive, per_kind, seed)]
        except (ZeroDivisionError, IndexError, ValueError):  # too small for every kind
            requests = [SearchRequest(q="the"), SearchRequest(q="the", sort="date")]
    finally:
        archive.close()
    paths = []
    for number, request in enumerate(requests):
        qs = query_string(request)
        paths += [f"/api/search?{qs}", f"/search?{qs}", f"/articles/{ids[number % len(ids)]}"]
    return paths, stored


def run_load(
    settings: Settings,
    *,
    clients: int = 8,
    seconds: float = 30,
    ingest: int = 0,
    warmup: float = WARMUP_S,
    ingest_timeout: float = INGEST_TIMEOUT_S,
) -> LoadReport:
    """Serve the archive, load it idle for ``seconds``, then (with ``ingest``) while an
    ingest adds that many new articles, until it ends; and report both."""
    paths, stored = request_paths(settings)
    report = LoadReport(clients)
    with (
        tempfile.TemporaryDirectory(prefix="newsarchive-load-") as scratch,
        serving(settings, SearchRequest(q="the")) as server,
    ):
        pages = _write_ingest_pages(Path(scratch), ingest, stored) if ingest else None
        _load(server, paths, clients, Phase("warm-up"), _after(warmup))
        report.phases.append(_load(server, paths, clients, Phase("idle"), _after(seconds)))
        if pages is not None:
            writer = _start_ingest(settings, pages)
            began = time.perf_counter()
            ended = threading.Event()
            threading.Thread(target=lambda: (writer.wait(), ended.set()), daemon=True).start()
            phase = _load(
                server, paths, clients, Phase("during ingest"), _until(ended, ingest_timeout)
            )
            report.phases.append(phase)
            report.ingest = _finish_ingest(writer, ingest, began, ended.is_set())
    return report


def _after(seconds: float):  # type: ignore[no-untyped-def]
    """A stop condition: ``seconds`` from the first call on."""
    stop = time.perf_counter() + seconds
    return lambda: time.perf_counter() >= stop


def _until(event: threading.Event, timeout: float):  # type: ignore[no-untyped-def]
    stop = time.perf_counter() + timeout
    return lambda: event.is_set() or time.perf_counter() >= stop


def _load(server: Server, paths: list[str], clients: int, phase: Phase, done) -> Phase:  # type: ignore[no-untyped-def]
    """``clients`` threads send requests until ``done()``; their results go to ``phase``,
    with the server's CPU time per answered request: what a request costs, whatever else
    the machine runs (latency on a shared machine is mostly waiting for a core)."""
    port = server.port
    cpu = _cpu_seconds(server.process.pid)
    started = time.perf_counter()
    threads = [
        threading.Thread(target=_client, args=(port, paths, k, done, phase)) for k in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phase.seconds = time.perf_counter() - started
    phase.load_average = os.getloadavg()[0]
    phase.server_cpu_s = _cpu_seconds(server.process.pid) - cpu
    return phase


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a server so far, its worker processes' included (Linux
    ``/proc``; NaN elsewhere)."""
    times = []
    for each in server_pids(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        times.append((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    return sum(times) if times else float("nan")


def _client(port: int, paths: list[str], offset: int, done, report: Phase) -> None:  # type: ignore[no-untyped-def]
    """One client: requests in turn (each client from its own place in the mix) until
    ``done()``; a failed connection is an error and a new connection is opened."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    number = offset * 7_919  # clients spread over the mix rather than in step
    while not done():
        path = paths[number % len(paths)]
        number += 1
        began = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            report.errors.append(f"{path}: {type(error).__name__}: {error}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            continue
        elapsed = (time.perf_counter() - began) * 1000
        if response.status == 200:
            report.latencies_ms.append(elapsed)  # list.append is atomic under the GIL
            report.by_kind.setdefault(kind_of(path), []).append(elapsed)
        else:
            report.errors.append(f"{path}: HTTP {response.status}")
    connection.close()


def kind_of(path: str) -> str:
    """ "/api/search", "/search" or "/articles": the path without its query or id."""
    route = path.split("?", 1)[0]
    return route.rsplit("/", 1)[0] if route.startswith("/articles/") else route


def _write_ingest_pages(scratch: Path, count: int, stored: int) -> Path:
    """``count`` new synthetic pages, written before the load so that writing them is not
    measured."""
    pages = scratch / "pages"
    write_pages(generate(count, seed=INGEST_SEED + stored), pages)
    return pages


def _start_ingest(settings: Settings, pages: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    """``newsarchive ingest`` of the pages, in the background, as a user would run it."""
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(settings.data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(pages)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish_ingest(process: subprocess.Popen, count: int, began: float, ended: bool) -> str:  # type: ignore[type-arg]
    """How the ingest ended (it is waited for either way)."""
    out, err = process.communicate()
    took = time.perf_counter() - began
    # The summary's first line, or the error line that ended it.
    last = (out.strip().splitlines() or err.strip().splitlines() or [""])[0 if out.strip() else -1]
    when = f"in {took:.1f} s" if ended else f"after the load's {took:.0f} s (--ingest-timeout)"
    return f"{count} articles, exit {process.returncode}, ended {when}: {last}"
