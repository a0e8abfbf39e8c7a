"""bench-load's clients against a real server on loopback while an ingest writes: a few
seconds, four clients; any failed request fails the test (latency is not judged here)."""

from __future__ import annotations

from app.archive import open_archive
from app.bench.load import request_paths, run_load
from app.ingest.pipeline import ingest_paths
from tests.conftest import SEED_PAGES, make_settings


def test_four_clients_during_an_ingest_get_no_error(tmp_path):
    settings = make_settings(tmp_path / "data")
    archive = open_archive(settings)
    try:
        assert ingest_paths(archive, SEED_PAGES).ok
    finally:
        archive.close()
    paths, stored = request_paths(settings)
    assert stored == 4
    assert {path.split("?")[0].rsplit("/", 1)[0] for path in paths} >= {"/api", "", "/articles"}

    report = run_load(settings, clients=4, seconds=3, ingest=20)

    assert report.errors == []
    assert [phase.name for phase in report.phases] == ["idle", "during ingest"]
    assert all(phase.requests >= 4 for phase in report.phases)
    summary = report.summary().splitlines()
    assert summary[1].split()[:3] == ["phase", "seconds", "requests"]
    assert [line.split()[0] for line in summary[2:4]] == ["idle", "during"]
    # Then each phase's tail by kind of request: the API, the HTML page, article pages.
    assert summary[4].startswith("  p95 ms by kind, idle: /api/search ")
    assert [part.split()[0] for part in summary[5].split(": ", 1)[1].split(", ")] == [
        "/api/search",
        "/articles",
        "/search",
    ]
    assert report.ingest.startswith("20 articles, exit 0"), report.ingest
    assert "added: 20, unchanged: 0, failed: 0" in report.ingest
