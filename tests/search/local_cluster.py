"""The local cluster of scripts/local-cluster, started once for the whole test session.

Started on first use (so a run that selects no cluster test starts nothing) in a private
folder the postgres user can reach, and stopped by tests/search/conftest.py at the end of
the session. When it cannot start, the tests that need it fail with the script's one line
saying what is missing: they are never skipped.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "local-cluster"


class LocalCluster:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.urls: dict[str, str] = {}

    def up(self) -> dict[str, str]:
        done = subprocess.run(
            [str(SCRIPT), "up", str(self.folder)], capture_output=True, text=True, timeout=900
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            pytest.fail(f"scripts/local-cluster up failed: {last}", pytrace=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("NEWSARCHIVE_")]
        self.urls = dict(line.split("=", 1) for line in lines)
        return self.urls

    def down(self) -> None:
        subprocess.run([str(SCRIPT), "down", str(self.folder)], capture_output=True, timeout=300)
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def search_url(self) -> str:
        return self.urls["NEWSARCHIVE_SEARCH_URL"]

    def collection_url(self, name: str) -> str:
        """The search URL of another collection of the same cluster."""
        return self.search_url.rsplit("/", 1)[0] + "/" + name

    def pid(self, process: str) -> int:
        return int((self.folder / "run" / f"{process}.pid").read_text())

    def kill(self, process: str) -> None:
        """kill -9 one process of the cluster, by the PID the script recorded."""
        os.kill(self.pid(process), signal.SIGKILL)


_shared: LocalCluster | None = None


def shared_cluster() -> LocalCluster:
    global _shared
    if _shared is None:
        folder = Path(tempfile.mkdtemp(prefix="newsarchive-cluster-"))
        folder.chmod(0o755)  # PostgreSQL runs as the postgres user inside it
        _shared = LocalCluster(folder)
        _shared.up()
    return _shared


def stop_shared_cluster() -> None:
    global _shared
    if _shared is not None:
        _shared.down()
        _shared = None
