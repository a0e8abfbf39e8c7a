"""``bench --ingest-only``: the ingest figures and the time per stage, no queries."""

import json

from typer.testing import CliRunner

from app.cli import cli


def test_bench_ingest_only_reports_the_ingest_and_its_stages(tmp_path):
    result = CliRunner().invoke(
        cli, ["bench", "--articles", "12", "--ingest-only", "--workdir", str(tmp_path / "b")]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)  # stderr names the archive (not used by bench)
    assert figures["articles"] == 12
    assert figures["ingest"]["added"] == 12
    assert figures["ingest"]["indexed"] == 12
    assert figures["ingest"]["failed"] == 0
    assert {"store", "index", "total"} <= set(figures["ingest"]["seconds_per_stage"])
    assert "search" not in figures
