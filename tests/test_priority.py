"""An ingest lowers its own CPU priority, and its worker processes inherit it: checked in
real child processes (niceness cannot be raised back without privileges)."""

from __future__ import annotations

import os
import subprocess
import sys

from app.config import PROJECT_ROOT

PROBE = """
import multiprocessing, os
from app.config import Settings
from app.priority import lower_priority
before = os.nice(0)
lower_priority(Settings())
with multiprocessing.get_context("fork").Pool(1) as pool:
    worker = pool.apply(os.nice, (0,))
print(os.nice(0) - before, worker - before)
"""


def _raised_by(nice: str | None) -> str:
    """How much the probe's niceness, and its worker's, rose (from a runner at 0)."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSARCHIVE_INGEST_NICE"}
    if nice is not None:
        env["NEWSARCHIVE_INGEST_NICE"] = nice
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_the_ingest_priority_is_lowered_by_the_setting_and_inherited_by_workers() -> None:
    assert _raised_by("7") == "7 7"


def test_the_default_lowers_it_to_the_lowest_priority() -> None:
    assert _raised_by(None) == "19 19"


def test_zero_keeps_the_usual_priority() -> None:
    assert _raised_by("0") == "0 0"
