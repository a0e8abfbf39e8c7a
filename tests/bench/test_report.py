"""The growth table puts several bench runs side by side, one row each."""

import json

from typer.testing import CliRunner

from app.bench.report import format_table
from app.cli import cli


def _run(configuration: str, articles: int, per_s: float, p50: float, p95: float) -> dict:
    return {
        "configuration": configuration,
        "articles": articles,
        "ingest": {"articles_per_s": per_s},
        "sizes_mb": {"index": 700.5, "database": 610.0},
        "http": {
            "cold_start_s": 0.95,
            "peak_rss_mb": 213.0,
            "api": {"whole mix": {"n": 50, "p50_ms": p50, "p95_ms": p95}},
        },
    }


def test_bench_table_prints_one_row_per_run(tmp_path):
    embedded = tmp_path / "embedded.json"
    cluster = tmp_path / "cluster.json"
    embedded.write_text(json.dumps(_run("embedded", 100_000, 114.0, 35.0, 89.0)))
    cluster.write_text(json.dumps(_run("cluster", 200_000, 206.7, 68.64, 104.03)))

    result = CliRunner().invoke(cli, ["bench-table", str(embedded), str(cluster)])

    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("| ")]
    assert rows[1] == "| embedded | 100,000 | 114.0 | 35.0 (89.0) | 700.5 + 610.0 | 0.95 | 213.0 |"
    assert rows[2] == "| cluster | 200,000 | 206.7 | 68.6 (104.0) | 700.5 + 610.0 | 0.95 | 213.0 |"


def test_bench_table_names_a_file_that_is_not_a_result(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")

    result = CliRunner().invoke(cli, ["bench-table", str(broken)])

    assert result.exit_code == 2
    assert "broken.json: not a bench result" in result.output


def test_report_gives_the_median_of_the_server_starts():
    mix = {"n": 50, "p50_ms": 20.0, "p95_ms": 90.0}
    results = {
        "articles": 100_000,
        "seed": 0,
        "queries_per_kind": 50,
        "ingest": {"added": 100_000, "ingest_s": 400.0, "articles_per_s": 250.0},
        "sizes_mb": {"index": 700.5, "database": 610.0},
        "first_search_s": 0.4,
        "search": {"whole mix": {"whoosh": mix, "fts5": mix}},
        "http": {
            "cold_starts_s": [1.21, 0.74, 0.78],
            "cold_start_s": 0.78,
            "peak_rss_mb": 300.0,
            "api": {"whole mix": mix},
            "html": {"whole mix": mix},
        },
    }

    text = format_table(results)

    assert "cold start 0.78 s (median of 1.21, 0.74, 0.78), peak RSS 300.0 MB" in text
    assert "cold start <= 1.0 s: 0.78, met" in text
