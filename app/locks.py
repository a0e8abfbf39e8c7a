"""Locks between processes sharing one data folder.

- The **ingest lock** (``ingest.lock``): one writer at a time. Two ingests at once raced
  in person merging and in Whoosh's writer; now the second stops at once with one line
  naming the first's PID. The lock is an ``flock`` on the file, which the kernel releases
  when its holder dies, so a lock left behind by a killed ingest (``kill -9``) is simply
  free: the next run takes it over and writes its own PID. The PID in the file is only
  for the message.
- The **setup lock** (``setup.lock``): held while an archive is opened (its schema
  upgraded, its index created), so two processes starting at once (an ingest and
  ``serve``) do not both run Alembic or both create the index; the second waits for the
  first and then finds both ready.
- The **corrections' index lock** (``index.lock``): an editor's correction indexes what
  it changed at once; the server's workers (``serve --workers N``) take turns, so the
  second waits instead of finding the index's writer taken and leaving its articles for
  the next ingest.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from app.errors import IngestRunning

INGEST_LOCK = "ingest.lock"
SETUP_LOCK = "setup.lock"
INDEX_LOCK = "index.lock"


@contextlib.contextmanager
def ingest_lock(data_dir: Path) -> Iterator[None]:
    """Hold the archive's write lock, or raise ``IngestRunning`` naming its holder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / INGEST_LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IngestRunning(_holder(fd), path) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            yield
        finally:
            # Emptied rather than deleted: deleting would let a third process lock a new
            # file of the same name while a second still waits on this one.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)


@contextlib.contextmanager
def setup_lock(data_dir: Path) -> Iterator[None]:
    """Wait for, then hold, the lock on opening the archive (see above)."""
    with _waiting_lock(data_dir / SETUP_LOCK):
        yield


@contextlib.contextmanager
def index_lock(data_dir: Path) -> Iterator[None]:
    """Wait for, then hold, the lock on indexing a correction (see above). Threads of one
    process take turns too: each opens the file anew, and flock locks an open file."""
    with _waiting_lock(data_dir / INDEX_LOCK):
        yield


@contextlib.contextmanager
def _waiting_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _holder(fd: int) -> int | None:
    """The PID the lock's holder wrote (None if it has not written it yet)."""
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).split()[0])
    return None
