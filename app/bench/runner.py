"""Running the benchmark: build (or reuse) the archive, time everything, report.

    newsarchive bench --articles 10000 --out results.json

Figures are medians and 95th percentiles over the query mix of queries.py, for the search
code called directly, for the same requests answered by SQLite FTS5 (fts.py), and over HTTP
against a ``newsarchive serve`` process (server.py).
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from app.archive import open_archive
from app.bench import fts
from app.bench.corpus import generate, write_pages
from app.bench.queries import Case, build_cases, kinds
from app.bench.server import query_string, serving
from app.config import Settings
from app.store.db import database_size_bytes

# The budget at 100k articles (the figures).
# Server starts measured; the report gives their median.
COLD_START_RUNS = 3
BUDGET = {"api_p50_ms": 50, "api_p95_ms": 150, "ingest_per_s": 300, "cold_start_s": 1.0}
BUDGET_RSS_MB = 400


def run(
    articles: int,
    *,
    base: Settings | None = None,
    queries: int = 200,
    workdir: Path | None = None,
    reuse: bool = False,
    seed: int = 0,
    http: bool = True,
    ingest_only: bool = False,
) -> dict:
    temporary = workdir is None
    root = Path(tempfile.mkdtemp(prefix="newsarchive-bench-")) if workdir is None else workdir
    try:
        settings = _settings(base, root)
        if ingest_only:
            return {
                "articles": articles,
                "seed": seed,
                "ingest": _build(articles, root, settings, seed),
            }
        return _run(articles, root, settings, queries, reuse, seed, http)
    finally:
        if temporary:
            shutil.rmtree(root, ignore_errors=True)


def _settings(base: Settings | None, root: Path) -> Settings:
    """The archive under ``root``: the embedded default, or the database and search URLs of
    ``base`` (the cluster) when it names them."""
    if base is None:
        return Settings(data_dir=root / "data", database_url=None)
    return base.model_copy(update={"data_dir": root / "data"})


def _run(
    articles: int,
    root: Path,
    settings: Settings,
    queries: int,
    reuse: bool,
    seed: int,
    http: bool,
) -> dict:
    cluster = settings.database_url is not None or settings.search_url is not None
    results: dict = {"articles": articles, "seed": seed, "queries_per_kind": queries}
    results["configuration"] = "cluster" if cluster else "embedded"
    ingest_file = root / "ingest.json"
    if reuse and ingest_file.is_file():
        results["ingest"] = json.loads(ingest_file.read_text())
        results["ingest"]["reused"] = True
        results["articles"] = results["ingest"]["added"]  # the archive's size, not --articles
    else:
        results["ingest"] = _build(articles, root, settings, seed)
        ingest_file.write_text(json.dumps(results["ingest"], indent=2))
    archive = open_archive(settings)
    try:
        results["sizes_mb"] = {
            "index": round(archive.search.size_bytes() / 2**20, 1),
            "database": round(database_size_bytes(settings) / 2**20, 1),
        }
        cases = build_cases(archive, queries, seed)
        start = time.perf_counter()
        archive.search.search(cases[0].request)  # opens the searcher, builds the cache
        results["first_search_s"] = time.perf_counter() - start
        conn = None  # the FTS5 baseline is a copy of a SQLite database: none on PostgreSQL
        if settings.sqlalchemy_url.startswith("sqlite"):
            fts_db = root / "fts.sqlite3"
            start = time.perf_counter()
            conn = fts.build(settings.sqlalchemy_url.removeprefix("sqlite:///"), fts_db)
            results["fts_build_s"] = time.perf_counter() - start
            results["sizes_mb"]["fts5"] = _size(fts_db)
        whoosh_ms, fts_ms = _library(archive, conn, cases)
        if conn is not None:
            conn.close()
    finally:
        archive.close()
    results["search"] = {
        kind: {"whoosh": _stats(whoosh_ms[kind]), "fts5": _stats(fts_ms.get(kind, []))}
        for kind in kinds(cases)
    }
    mix_w = [t for k in whoosh_ms for t in whoosh_ms[k]]
    mix_f = [t for k in fts_ms for t in fts_ms[k]]
    results["search"]["whole mix"] = {"whoosh": _stats(mix_w), "fts5": _stats(mix_f)}
    if http:
        results["http"] = _http(settings, cases)
    return results


def _build(articles: int, root: Path, settings: Settings, seed: int) -> dict:
    from app.ingest.pipeline import ingest_paths

    pages = root / "pages"
    shutil.rmtree(pages, ignore_errors=True)
    start = time.perf_counter()
    write_pages(generate(articles, seed), pages)
    generated = time.perf_counter() - start
    archive = open_archive(settings)
    try:
        start = time.perf_counter()
        report = ingest_paths(archive, [pages])
        seconds = time.perf_counter() - start
    finally:
        archive.close()
    return {
        "generate_s": round(generated, 2),
        "ingest_s": round(seconds, 2),
        "added": len(report.added),
        "failed": len(report.failed),
        "indexed": report.indexed,
        "articles_per_s": round(len(report.added) / seconds, 1),
        "seconds_per_stage": {stage: round(s, 1) for stage, s in report.seconds.items()},
    }


def _library(archive, conn, cases: list[Case]) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """Each request through the search backend, then the same through FTS5, interleaved so both see
    the same machine noise."""
    whoosh: dict[str, list[float]] = {}  # the archive's search backend, whichever engine
    baseline: dict[str, list[float]] = {}
    for case in cases:
        start = time.perf_counter()
        archive.search.search(case.request)
        middle = time.perf_counter()
        whoosh.setdefault(case.kind, []).append((middle - start) * 1000)
        if conn is not None:
            fts.search(conn, case.request)
            baseline.setdefault(case.kind, []).append((time.perf_counter() - middle) * 1000)
    return whoosh, baseline


def _http(settings: Settings, cases: list[Case]) -> dict:
    out: dict = {}
    # One client asks one query at a time: one process answers it, and its memory is what
    # the RSS budget is about (serve's default forks one per core, each with its own).
    # A start is one measurement on a noisy machine: the first start serves the mix, the
    # others only the first search, and the median of all of them is the cold start.
    starts = []
    for _ in range(COLD_START_RUNS - 1):
        with serving(settings, cases[0].request, workers=1) as server:
            starts.append(server.cold_start_s)
    with serving(settings, cases[0].request, workers=1) as server:
        starts.append(server.cold_start_s)
        out["cold_starts_s"] = [round(s, 3) for s in starts]
        out["cold_start_s"] = round(statistics.median(starts), 3)
        conn = server.connection()
        api: dict[str, list[float]] = {}
        html: dict[str, list[float]] = {}
        for case in cases:
            qs = query_string(case.request)
            api.setdefault(case.kind, []).append(server.get(conn, f"/api/search?{qs}") * 1000)
            html.setdefault(case.kind, []).append(server.get(conn, f"/search?{qs}") * 1000)
        conn.close()
        out["peak_rss_mb"] = round(server.peak_rss_mb(), 1)
    out["api"] = {k: _stats(v) for k, v in api.items()}
    out["html"] = {k: _stats(v) for k, v in html.items()}
    out["api"]["whole mix"] = _stats([t for v in api.values() for t in v])
    out["html"]["whole mix"] = _stats([t for v in html.values() for t in v])
    return out


def _stats(ms: list[float]) -> dict:
    if not ms:
        return {"n": 0}
    values = np.asarray(ms)
    return {
        "n": len(ms),
        "p50_ms": round(float(np.median(values)), 2),
        "p95_ms": round(float(np.percentile(values, 95)), 2),
    }


def _size(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 2**20, 1)
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)
