"""Concurrent load on a served archive, optionally while an ingest writes to it.

    newsarchive bench-load --clients 8 --seconds 60 --ingest 3000

A real ``newsarchive serve`` on 127.0.0.1 (a free port) over the configured archive; each
client is a thread with its own kept-alive connection, sending the benchmark's query mix
(``queries.py``: common and rare words, phrases, filters, deep pages, by relevance and by
date, over the API and the HTML page) plus article pages, for a bounded time. With
``--ingest N``, ``newsarchive ingest`` adds N synthetic articles (``corpus.py``) to the
same archive meanwhile, as a researcher's server sees it while a new collection comes in.
Reported: requests, errors (any status but 200, or a failed connection), median, p95 and
maximum latency, and whether the ingest ended within the run.
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
from app.bench.server import query_string, serving
from app.config import Settings
from app.domain import SearchRequest
from app.errors import ArchiveError
from app.store import repository

# The ingest's synthetic articles come from another seed than ``newsarchive bench``'s
# archives (seed 0), offset by the archive's size, so each run's are new texts, not copies
# of an earlier run's that the ingest would skip.
INGEST_SEED = 7_919


@dataclass
class LoadReport:
    clients: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ingest: str = "none"

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)

    def summary(self) -> str:
        ms = np.asarray(self.latencies_ms or [float("nan")])
        lines = [
            f"clients: {self.clients}, seconds: {self.seconds:.1f}, requests: {self.requests} "
            f"({self.requests / max(self.seconds, 1e-9):.0f}/s), errors: {len(self.errors)}",
            f"latency ms: median {np.median(ms):.1f}, p95 {np.percentile(ms, 95):.1f}, "
            f"max {np.max(ms):.1f}",
            f"ingest: {self.ingest}",
        ]
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
    settings: Settings, *, clients: int = 8, seconds: float = 30, ingest: int = 0
) -> LoadReport:
    """Serve the archive, load it for ``seconds`` (ingesting ``ingest`` more articles
    meanwhile), and report."""
    paths, stored = request_paths(settings)
    report = LoadReport(clients, seconds)
    with (
        tempfile.TemporaryDirectory(prefix="newsarchive-load-") as scratch,
        serving(settings, SearchRequest(q="the")) as server,
    ):
        writer = _start_ingest(settings, Path(scratch), ingest, stored) if ingest else None
        started = time.perf_counter()
        stop = started + seconds
        threads = [
            threading.Thread(target=_client, args=(server.port, paths, k, stop, report))
            for k in range(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report.seconds = time.perf_counter() - started
        if writer is not None:
            report.ingest = _finish_ingest(writer, ingest)
    return report


def _client(port: int, paths: list[str], offset: int, stop: float, report: LoadReport) -> None:
    """One client: requests in turn (each client from its own place in the mix) until
    ``stop``; a failed connection is an error and a new connection is opened."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    number = offset * 7_919  # clients spread over the mix rather than in step
    while time.perf_counter() < stop:
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
        else:
            report.errors.append(f"{path}: HTTP {response.status}")
    connection.close()


def _start_ingest(settings: Settings, scratch: Path, count: int, stored: int) -> subprocess.Popen:
    """``newsarchive ingest`` of ``count`` new synthetic pages, in the background."""
    pages = scratch / "pages"
    write_pages(generate(count, seed=INGEST_SEED + stored), pages)
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(settings.data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(pages)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish_ingest(process: subprocess.Popen, count: int) -> str:
    """Whether the ingest ended during the load, and how (it is waited for either way)."""
    during = process.poll() is not None
    out, err = process.communicate()
    # The summary's first line, or the error line that ended it.
    last = (out.strip().splitlines() or err.strip().splitlines() or [""])[0 if out.strip() else -1]
    when = "during the load" if during else "after the load ended (raise --seconds)"
    return f"{count} articles, exit {process.returncode}, ended {when}: {last}"
