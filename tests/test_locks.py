"""The locks between real processes: the ingest lock held, refused with the holder's PID,
and free again once its holder is gone, even killed; the corrections' index lock waited
for."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest

from app.errors import IngestRunning
from app.locks import index_lock, ingest_lock

HOLD = (
    "import sys, time; from pathlib import Path; from app.locks import ingest_lock\n"
    "with ingest_lock(Path(sys.argv[1])):\n"
    "    print('held', flush=True); time.sleep(60)\n"
)


def hold_in_another_process(data_dir) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_held_lock_is_refused_with_the_holders_pid(tmp_path):
    holder = hold_in_another_process(tmp_path)
    try:
        with pytest.raises(IngestRunning) as refused, ingest_lock(tmp_path):
            pass
        assert refused.value.pid == holder.pid
        assert refused.value.exit_code == 3
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_the_lock_of_a_killed_process_is_taken_over(tmp_path):
    holder = hold_in_another_process(tmp_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert (tmp_path / "ingest.lock").read_text().strip() == str(holder.pid)  # left behind
    with ingest_lock(tmp_path):
        assert (tmp_path / "ingest.lock").read_text().strip() == str(os.getpid())
    assert (tmp_path / "ingest.lock").read_text() == ""  # emptied on release


def test_the_lock_is_free_again_after_a_normal_release(tmp_path):
    with ingest_lock(tmp_path):
        pass
    with ingest_lock(tmp_path):  # no IngestRunning: the first holder let go
        assert (tmp_path / "ingest.lock").read_text().strip() == str(os.getpid())


HOLD_INDEX = (
    "import sys, time; from pathlib import Path; from app.locks import index_lock\n"
    "with index_lock(Path(sys.argv[1])):\n"
    "    print('held', flush=True); sys.stdin.readline()\n"
)


def test_a_correction_waits_for_another_workers_indexing(tmp_path):
    """Two server workers indexing editors' corrections take turns: the second waits
    until the first lets go, then indexes (it no longer gives up on a taken writer)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_INDEX, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        taken = threading.Event()

        def index() -> None:
            with index_lock(tmp_path):
                taken.set()

        waiter = threading.Thread(target=index)
        waiter.start()
        assert not taken.wait(1.0)  # still held by the other process
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert taken.wait(30)  # free once it let go
        waiter.join()
    finally:
        holder.kill()
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
