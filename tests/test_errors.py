"""Operational failures through the real entry point: one line on stderr, a documented
exit code, no traceback (unless --debug), and running the command again completes the
archive. Disk-full and read-only folders are real mounts (tmpfs, read-only bind mount)."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import explain
from app.search import SearchBackendError
from tests.conftest import SEED_PAGES
from tests.ingest.test_interrupted import env_for, fakes_subset, stored_origins

PAGE = SEED_PAGES[0]


def cli(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env=env_for(data_dir, **env),
        timeout=600,
    )


def one_line(done: subprocess.CompletedProcess) -> str:
    """The failure's message: stderr must be exactly one line, with no traceback."""
    lines = messages(done.stderr)
    assert len(lines) == 1, done.stderr
    return lines[0]


def messages(stderr: str) -> list[str]:
    """stderr without the line every command starts with, naming the archive it uses."""
    return [line for line in stderr.strip().splitlines() if not line.startswith("archive: ")]


def _mount_prefix() -> list[str] | None:
    """How to run mount here: directly as root, through passwordless sudo otherwise."""
    if os.geteuid() == 0:
        return []
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        if subprocess.run(["sudo", "-n", "true"], capture_output=True, timeout=10).returncode == 0:
            return ["sudo", "-n"]
    return None


def mount(*args: str) -> None:
    prefix = _mount_prefix()
    if prefix is None:
        pytest.skip("mounting a tmpfs needs root or passwordless sudo")
    subprocess.run([*prefix, "mount", *args], check=True, capture_output=True)


def umount(path: Path) -> None:
    """Unmount, waiting for the ingest's worker processes (they leave within a second of
    their parent) to close their files; lazily if they take longer."""
    prefix = _mount_prefix() or []
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if subprocess.run([*prefix, "umount", str(path)], capture_output=True).returncode == 0:
            return
        time.sleep(0.3)
    subprocess.run([*prefix, "umount", "-l", str(path)], capture_output=True)


@pytest.mark.slow
def test_a_second_ingest_names_the_first_and_check_after_a_kill_answers_in_one_line(tmp_path):
    export, distinct = fakes_subset(tmp_path / "export.csv", 804)
    data_dir = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(export)],
        env=env_for(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not stored_origins(data_dir):  # it holds the lock and has committed a batch
            assert first.poll() is None, "the first ingest ended too soon"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        second = cli("ingest", str(PAGE), data_dir=data_dir)
        assert second.returncode == 3
        assert one_line(second) == (
            f"error: another ingest (PID {first.pid}) is writing to the archive in "
            f"{data_dir}: wait for it to finish (or stop it), then run the same command again"
        )
        assert first.poll() is None, "the first ingest ended before it could be killed"
        os.kill(first.pid, signal.SIGKILL)  # its lock file stays, with its PID in it
        first.wait()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(first.pid, signal.SIGKILL)
    assert (data_dir / "ingest.lock").read_text().strip() == str(first.pid)

    check = cli("check", data_dir=data_dir)  # right after the kill
    assert "Traceback" not in check.stderr
    assert check.returncode != 0 and len(messages(check.stderr)) <= 1

    again = cli("ingest", str(export), data_dir=data_dir)  # takes the stale lock over
    assert again.returncode == 0, again.stdout + again.stderr
    origins = stored_origins(data_dir)
    assert len(origins) == len(set(origins)) == distinct
    check = cli("check", data_dir=data_dir)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "ok: the index holds every story once" in check.stdout


@pytest.mark.slow
def test_ctrl_c_is_one_line_and_the_rerun_completes(tmp_path):
    export, distinct = fakes_subset(tmp_path / "export.csv", 450)
    data_dir = tmp_path / "data"
    ingest = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(export)],
        env=env_for(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as at a terminal: a test run started in the background by a shell (nohup,
        # `cmd &`) inherits SIGINT ignored, and so would the ingest, which then never sees it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 300
    while not stored_origins(data_dir):
        assert ingest.poll() is None, "the ingest ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    ingest.send_signal(signal.SIGINT)
    _, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 130
    assert messages(err) == [
        "error: interrupted: then run the same command again to complete the archive"
    ]
    again = cli("ingest", str(export), data_dir=data_dir)
    assert again.returncode == 0, again.stdout + again.stderr
    origins = stored_origins(data_dir)
    assert len(origins) == len(set(origins)) == distinct


def test_reindex_waits_for_no_one_either(tmp_path):
    from tests.test_locks import hold_in_another_process

    data_dir = tmp_path / "data"
    holder = hold_in_another_process(data_dir)
    try:
        done = cli("reindex", data_dir=data_dir)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert done.returncode == 3
    assert one_line(done).startswith(f"error: another ingest (PID {holder.pid}) is writing")


def test_a_database_locked_by_another_program(tmp_path):
    data_dir = tmp_path / "data"
    assert cli("ingest", str(SEED_PAGES[1]), data_dir=data_dir).returncode == 0
    holder = sqlite3.connect(data_dir / "archive.sqlite3", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # a backup tool or a shell holding the write lock
        locked = cli(
            "ingest", str(PAGE), data_dir=data_dir, NEWSARCHIVE_SQLITE_BUSY_TIMEOUT_MS="300"
        )
        assert locked.returncode == 3
        assert one_line(locked) == (
            f"error: the database in {data_dir} stayed locked by another program: wait for it "
            "to finish (NEWSARCHIVE_SQLITE_BUSY_TIMEOUT_MS sets how long to wait), then run "
            "the same command again"
        )
        debug = cli(
            "--debug", "ingest", str(PAGE), data_dir=data_dir,
            NEWSARCHIVE_SQLITE_BUSY_TIMEOUT_MS="300",
        )  # fmt: skip
        assert debug.returncode == 3
        assert "Traceback (most recent call last)" in debug.stderr
        assert "sqlite3.OperationalError: database is locked" in debug.stderr
        assert debug.stderr.strip().splitlines()[-1] == one_line(locked)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    again = cli("ingest", str(PAGE), data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "added: 1, unchanged: 0, failed: 0" in again.stdout


@pytest.mark.slow
def test_a_full_disk_then_a_rerun_with_space_completes_the_archive(tmp_path):
    mounted = tmp_path / "small"
    mounted.mkdir()
    mount("-t", "tmpfs", "-o", "size=2M", "tmpfs", str(mounted))
    try:
        export, distinct = fakes_subset(tmp_path / "export.csv", 300)
        data_dir = mounted / "data"
        full = cli("ingest", str(export), data_dir=data_dir)
        assert full.returncode == 4, full.stdout + full.stderr
        message = one_line(full)
        assert message.startswith(f"error: no space left on the device holding {data_dir}")
        assert message.endswith(
            "free some space, then run the same command again (what was committed is kept)"
        )
        mount("-o", "remount,size=64M", str(mounted))
        again = cli("ingest", str(export), data_dir=data_dir)
        assert again.returncode == 0, again.stdout + again.stderr
        origins = stored_origins(data_dir)
        assert len(origins) == len(set(origins)) == distinct
        check = cli("check", data_dir=data_dir)
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        umount(mounted)


def test_a_read_only_data_folder(tmp_path):
    data_dir = tmp_path / "data"
    assert cli("ingest", str(SEED_PAGES[1]), data_dir=data_dir).returncode == 0
    mount("--bind", str(data_dir), str(data_dir))
    try:
        mount("-o", "remount,bind,ro", str(data_dir))
        ingest = cli("ingest", str(PAGE), data_dir=data_dir)
        assert ingest.returncode == 5
        assert one_line(ingest) == (
            f"error: the data folder is read-only ({data_dir / 'ingest.lock'}): make it "
            "writable or point NEWSARCHIVE_DATA_DIR at a writable copy, then run the same "
            "command again"
        )
        # `serve` no longer stops here: it serves the archive for reading only, as issue 13
        # prefers (tests/test_archive.py); a folder it cannot serve is refused below.
        mount("-o", "remount,bind,rw", str(data_dir))
        again = cli("ingest", str(PAGE), data_dir=data_dir)
        assert again.returncode == 0, again.stderr
        assert "added: 1, unchanged: 0, failed: 0" in again.stdout
    finally:
        umount(data_dir)


def test_serve_on_a_read_only_folder_holding_no_archive_is_one_line(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    mount("--bind", str(data_dir), str(data_dir))
    try:
        mount("-o", "remount,bind,ro", str(data_dir))
        serve = cli("serve", "--port", "1", data_dir=data_dir)
    finally:
        umount(data_dir)
    assert serve.returncode == 5
    assert one_line(serve) == (
        f"error: the data folder {data_dir} is read-only and holds no archive: make the "
        "folder writable (or serve a writable copy) and start again"
    )


def test_a_folder_this_user_may_not_write_to(tmp_path):
    # Root writes anywhere DAC forbids it; an immutable folder (chattr +i) refuses even
    # root, with EPERM, as a folder of another user refuses an ordinary one.
    prefix = _mount_prefix()
    if prefix is None:
        pytest.skip("chattr +i needs root or passwordless sudo")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    subprocess.run([*prefix, "chattr", "+i", str(data_dir)], check=True)
    try:
        refused = cli("ingest", str(PAGE), data_dir=data_dir)
    finally:
        subprocess.run([*prefix, "chattr", "-i", str(data_dir)], check=True)
    assert refused.returncode == 5
    assert one_line(refused) == (
        f"error: permission denied: {data_dir / 'ingest.lock'}: give this user write access "
        "to the data folder (NEWSARCHIVE_DATA_DIR), then run the same command again"
    )
    again = cli("ingest", str(PAGE), data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "added: 1, unchanged: 0, failed: 0" in again.stdout


def test_processes_starting_together_on_a_new_archive_set_it_up_once(tmp_path):
    # An ingest and a server started at once both found the schema missing and both ran
    # the migrations (one died on "table already exists"), or both created the index.
    opener = (
        "from pathlib import Path; from app.archive import open_archive; "
        "from app.config import Settings; "
        f"open_archive(Settings(data_dir=Path({str(tmp_path / 'data')!r}))).close()"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", opener],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin"},
        )
        for _ in range(4)
    ]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert outcomes == [(0, "")] * 4


def test_bad_settings_are_a_usage_error_in_one_line(tmp_path):
    done = cli("check", data_dir=tmp_path / "data", NEWSARCHIVE_PORT="eighty")
    assert done.returncode == 2
    assert one_line(done) == (
        "error: invalid setting NEWSARCHIVE_PORT: Input should be a valid integer, unable to "
        "parse string as an integer (got 'eighty')"
    )


@pytest.mark.parametrize(
    ("error", "code", "start"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/d/x"), 4, "no space left on"),
        (OSError(errno.EROFS, "Read-only file system", "/d/x"), 5, "the data folder is read-"),
        (PermissionError(errno.EACCES, "Permission denied", "/d/x"), 5, "permission denied: /d/x"),
        (sqlite3.OperationalError("database or disk is full"), 4, "no space left on the devi"),
        (sqlite3.OperationalError("attempt to write a readonly database"), 5, "the data fold"),
        (sqlite3.OperationalError("database is locked"), 3, "the database in /d stayed locked"),
        (SearchBackendError("the search index in /d/index is damaged"), 6, "the search index in"),
        (KeyError("x"), 70, "unexpected KeyError: 'x' (a bug: run with --debug"),
        (KeyboardInterrupt(), 130, "interrupted: then run the same command again"),
    ],
)
def test_each_failure_maps_to_its_line_and_exit_code(error, code, start):
    explained = explain(error, data_dir=Path("/d"))
    assert explained.exit_code == code
    assert explained.message.startswith(start)


def test_a_driver_error_wrapped_by_sqlalchemy_is_recognised():
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))
    assert explain(wrapped, data_dir=Path("/d")).exit_code == 3
