"""Extraction workers: a worker that dies (as under the OOM killer) costs no record; one
worker means extraction in the ingest process."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest.test_interrupted import env_for, fakes_subset, stored_origins
from tests.ingest.test_pipeline import run_cli

pytestmark = pytest.mark.slow


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def started_at(pid: int) -> int:
    """The process's start time (clock ticks since boot): field 22 of /proc/PID/stat."""
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])


def test_a_killed_extraction_worker_costs_no_record(tmp_path):
    export, distinct = fakes_subset(tmp_path / "export.csv", 600)
    data_dir = tmp_path / "data"
    ingest = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(export)],
        env=env_for(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The background indexer starts first, then the two extraction workers: the
        # youngest child is a worker.
        deadline = time.monotonic() + 300
        while len(kids := children(ingest.pid)) < 3:
            assert ingest.poll() is None, "the ingest ended before a worker could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(max(kids, key=started_at), signal.SIGKILL)
        out, err = ingest.communicate(timeout=600)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.communicate()
    assert ingest.returncode == 0, out + err
    assert f"added: {distinct}, unchanged: {600 - distinct}, failed: 0" in out
    origins = stored_origins(data_dir)
    assert len(origins) == len(set(origins)) == distinct
    check = run_cli("check", data_dir=data_dir)
    assert check.returncode == 0, check.stdout + check.stderr


def test_one_ingest_worker_extracts_in_the_ingest_process(tmp_path):
    """NEWSARCHIVE_INGEST_WORKERS=1: no extraction pool, only the indexing process beside
    the ingest, and every record stored all the same."""
    export, distinct = fakes_subset(tmp_path / "export.csv", 300)
    data_dir = tmp_path / "data"
    ingest = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(export)],
        env=env_for(data_dir, NEWSARCHIVE_INGEST_WORKERS="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    most_children = 0
    try:
        while ingest.poll() is None:
            with contextlib.suppress(OSError):  # the ingest may end between two looks
                most_children = max(most_children, len(children(ingest.pid)))
            time.sleep(0.05)
        out, err = ingest.communicate(timeout=600)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.communicate()
    assert ingest.returncode == 0, out + err
    assert f"added: {distinct}, unchanged: {300 - distinct}, failed: 0" in out
    assert most_children == 1  # the indexer; no extraction worker
    assert len(stored_origins(data_dir)) == distinct
