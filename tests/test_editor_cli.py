"""``newsarchive editor add|list|remove`` through the real entry point: the password comes
from standard input (never an argument) and only its hash is stored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from app.config import PROJECT_ROOT


def run(data_dir, *args: str, stdin: str = "") -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def,type-arg]
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "editor", *args],
        input=stdin, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
    )  # fmt: skip


def test_add_list_and_remove_an_editor(tmp_path):
    data = tmp_path / "data"
    added = run(data, "add", "alice", stdin="correct horse battery\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "editor alice added"
    with sqlite3.connect(data / "archive.sqlite3") as db:
        (stored,) = db.execute("SELECT password_hash FROM editors WHERE name='alice'").fetchone()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert run(data, "list").stdout.startswith("alice\tsince ")
    again = run(data, "add", "alice", stdin="another password\n")
    assert again.returncode == 1 and "already" in again.stderr
    assert run(data, "remove", "alice").stdout.strip() == "editor alice removed"
    assert run(data, "list").stdout.strip() == "no editors yet: newsarchive editor add NAME"
    assert run(data, "remove", "alice").returncode == 1


def test_a_short_password_or_a_bad_name_changes_nothing(tmp_path):
    data = tmp_path / "data"
    short = run(data, "add", "bob", stdin="short\n")
    assert short.returncode == 2
    assert "at least 8 characters" in short.stderr
    assert run(data, "add", "bob smith", stdin="long enough pw\n").returncode == 2
    assert run(data, "list").stdout.strip() == "no editors yet: newsarchive editor add NAME"
