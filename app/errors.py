"""Operational failures as one line and an exit code, never a traceback.

Commands raise what they raise (an ``OSError`` from a full disk, SQLite's "database is
locked" wrapped by SQLAlchemy, the ingest lock's ``ArchiveBusy``); the CLI hands any
exception to ``explain`` once, at the top, and prints the line it gets back. So the
knowledge of what each failure means for the user lives here, not in try/except blocks
around every write. ``--debug`` prints the traceback as well.

Exit codes (also in the README):

| code | meaning |
|---|---|
| 0 | done |
| 1 | done, but some inputs failed (ingest) or the index disagrees with the database (check) |
| 2 | usage error: a wrong option, argument or NEWSARCHIVE_* setting |
| 3 | the archive is busy: another ingest is running, or the database stayed locked |
| 4 | no space left on the device holding the archive |
| 5 | permission denied, or the data folder is read-only |
| 6 | the search index cannot be used: damaged (``reindex`` rebuilds it) or unreachable |
| 70 | an unexpected error: a bug (``--debug`` shows where) |
| 130 | interrupted (Ctrl-C) |
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

USAGE, BUSY, DISK_FULL, NOT_PERMITTED, INDEX_UNUSABLE, BUG, INTERRUPTED = 2, 3, 4, 5, 6, 70, 130
# Every operational failure ends the same way: running the command again completes the
# archive (an ingest commits in batches and resumes where it stopped).
RERUN = "then run the same command again"


class ArchiveError(Exception):
    """A failure the user can act on: its message is the whole explanation."""

    exit_code = BUG

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ArchiveBusy(ArchiveError):
    exit_code = BUSY


class CannotListen(ArchiveError):
    """``serve`` cannot listen on its address (another program holds the port, say)."""

    exit_code = USAGE


class ReadOnlyArchive(ArchiveError):
    """A read-only data folder holds an archive that cannot be served as it is."""

    exit_code = NOT_PERMITTED


class IngestRunning(ArchiveBusy):
    """Another process holds the archive's ingest lock."""

    def __init__(self, pid: int | None, lock_file: Path) -> None:
        who = f"another ingest (PID {pid})" if pid else "another ingest"
        super().__init__(
            f"{who} is writing to the archive in {lock_file.parent}: wait for it to finish "
            f"(or stop it), {RERUN}"
        )
        self.pid = pid


@dataclass(frozen=True)
class Explained:
    """What the CLI prints for a failure, and the exit code."""

    message: str
    exit_code: int


def explain(error: BaseException, *, data_dir: Path | None = None) -> Explained:
    """The one line (and exit code) for any exception that ended a command."""
    if isinstance(error, KeyboardInterrupt):
        return Explained(f"interrupted: {RERUN} to complete the archive", INTERRUPTED)
    if type(error).__name__ == "ValidationError" and hasattr(error, "errors"):
        return _bad_setting(error)
    from app.search.backend import SearchBackendError  # the search package's own failures

    for cause in _causes(error):
        if isinstance(cause, ArchiveError):
            return Explained(cause.message, cause.exit_code)
        if isinstance(cause, SearchBackendError):
            # Its message already says what is wrong and the fix (a damaged index:
            # `reindex`); it was reported as "unexpected ... a bug" with exit 70.
            return Explained(str(cause), INDEX_UNUSABLE)
        found = _from_os_error(cause, data_dir) if isinstance(cause, OSError) else None
        found = found or (_from_sqlite(cause, data_dir) if _is_sqlite(cause) else None)
        if found:
            return found
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return Explained(
        f"unexpected {what} (a bug: run with --debug for the traceback and report it)", BUG
    )


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what it wraps (SQLAlchemy keeps the driver's error as ``orig``)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and orig not in seen:
            seen.append(orig)
        current = current.__cause__ or current.__context__
    return seen


def _from_os_error(error: OSError, data_dir: Path | None) -> Explained | None:
    where = error.filename or data_dir or "the archive's folder"
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _disk_full(where)
    if error.errno == errno.EROFS:
        return _read_only(where)
    if error.errno in (errno.EACCES, errno.EPERM):
        return Explained(
            f"permission denied: {where}: give this user write access to the data folder "
            f"(NEWSARCHIVE_DATA_DIR), {RERUN}",
            NOT_PERMITTED,
        )
    return None


def _is_sqlite(error: BaseException) -> bool:
    return isinstance(error, sqlite3.Error)


def _from_sqlite(error: BaseException, data_dir: Path | None) -> Explained | None:
    text = str(error).lower()
    where = data_dir or "the archive's folder"
    if "database is locked" in text or "database table is locked" in text:
        return Explained(
            f"the database in {where} stayed locked by another program: wait for it to "
            f"finish (NEWSARCHIVE_SQLITE_BUSY_TIMEOUT_MS sets how long to wait), {RERUN}",
            BUSY,
        )
    if "database or disk is full" in text:
        return _disk_full(where)
    if "disk i/o error" in text:
        return Explained(
            f"a write to the disk holding {where} failed (disk I/O error): check that it has "
            f"free space and works, {RERUN}",
            DISK_FULL,
        )
    if "readonly database" in text or "read-only" in text:
        return _read_only(where)
    if "unable to open database file" in text:
        return Explained(
            f"cannot open the database in {where}: check that the folder exists and this "
            f"user may write to it, {RERUN}",
            NOT_PERMITTED,
        )
    return None


def _bad_setting(error) -> Explained:  # type: ignore[no-untyped-def]
    """pydantic's report on the settings, as the variable the user set and what is wrong."""
    first = error.errors()[0]
    name = "NEWSARCHIVE_" + "_".join(str(part) for part in first.get("loc", ())).upper()
    got = f" (got {first['input']!r})" if "input" in first else ""
    return Explained(f"invalid setting {name}: {first.get('msg', error)}{got}", USAGE)


def _disk_full(where: object) -> Explained:
    return Explained(
        f"no space left on the device holding {where}: free some space, {RERUN} "
        "(what was committed is kept)",
        DISK_FULL,
    )


def _read_only(where: object) -> Explained:
    return Explained(
        f"the data folder is read-only ({where}): make it writable or point "
        f"NEWSARCHIVE_DATA_DIR at a writable copy, {RERUN}",
        NOT_PERMITTED,
    )
