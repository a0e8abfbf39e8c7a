"""The ingest lock between real processes: held, refused with the holder's PID, and free
again once its holder is gone, even killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from app.errors import IngestRunning
from app.locks import ingest_lock

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
