"""The command line through its real entry point: one archive wherever it is run from, and
every command says which archive it uses on its first line (stderr)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_PAGES


def run_in(cwd: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """``newsarchive ARGS`` from ``cwd`` for a user whose home is ``home`` (no
    NEWSARCHIVE_DATA_DIR unless given)."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin", **env},
        timeout=300,
    )


def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    home, first, second = tmp_path / "home", tmp_path / "first", tmp_path / "second"
    for folder in (home, first, second):
        folder.mkdir()
    return home, first, second


def test_the_default_archive_is_the_same_from_any_folder(tmp_path: Path):
    home, first, second = folders(tmp_path)
    pages = [str(page) for page in SEED_PAGES]
    expected = f"archive: {home}/.local/share/newsarchive"

    done = run_in(first, home, "ingest", *pages)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == expected
    assert "added: 4, unchanged: 0" in done.stdout

    again = run_in(second, home, "ingest", *pages)
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines()[0] == expected
    assert "added: 0, unchanged: 4" in again.stdout  # the same archive, seen from elsewhere
    assert (home / ".local/share/newsarchive/archive.sqlite3").is_file()
    assert list(first.iterdir()) == [] and list(second.iterdir()) == []


def test_data_dir_option_and_variable_override_the_default(tmp_path: Path):
    home, first, second = folders(tmp_path)
    page = str(SEED_PAGES[0])

    by_option = run_in(first, home, "--data-dir", "mine", "ingest", page)
    assert by_option.returncode == 0, by_option.stderr
    assert by_option.stderr.splitlines()[0] == f"archive: {first}/mine"
    assert (first / "mine" / "archive.sqlite3").is_file()

    by_variable = run_in(second, home, "ingest", page, NEWSARCHIVE_DATA_DIR=str(first / "mine"))
    assert by_variable.stderr.splitlines()[0] == f"archive: {first}/mine"
    assert "added: 0, unchanged: 1" in by_variable.stdout
    assert not (home / ".local").exists()

    # The option wins over the variable.
    both = run_in(
        second, home, "--data-dir", str(second / "other"), "reindex",
        NEWSARCHIVE_DATA_DIR=str(first / "mine"),
    )  # fmt: skip
    assert both.stderr.splitlines()[0] == f"archive: {second}/other"
    assert both.stdout.strip() == "reindexed 0 articles"


def test_commands_that_do_not_open_the_archive_say_so(tmp_path: Path):
    home, first, _ = folders(tmp_path)
    done = run_in(first, home, "extract", str(SEED_PAGES[0]))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"archive: {home}/.local/share/newsarchive (not used by this command)"
    )
    assert not (home / ".local").exists()
