"""``serve --workers 2``: two forked processes answer from one socket, each over its own
archive, and stop together; a port in use is one line."""

from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from app.bench.server import free_port


def serve(data_dir: Path, port: int) -> subprocess.Popen:  # type: ignore[type-arg]
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--no-seed", "--port", str(port)]
        + ["--workers", "2"],
        env={"PATH": "/usr/bin:/bin", "NEWSARCHIVE_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def total(port: int, q: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", f"/api/search?q={q}")
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 200
    return json.loads(body)["total"]


def test_two_workers_answer_and_stop_together(seeded_archive):
    port = free_port()
    server = serve(seeded_archive.settings.data_dir, port)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                first = total(port, "Mosul")
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        workers = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(workers) == 2
        # Three seed pages name Mosul: every answer, whichever worker gives it.
        assert [first] + [total(port, "Mosul") for _ in range(20)] == [3] * 21
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0
        for pid in workers:
            assert not Path(f"/proc/{pid}").exists() or "Z" in _state(pid)
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()  # waits, and closes its stderr


def _state(pid: str) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def test_a_port_in_use_is_one_line(seeded_archive):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        server = serve(seeded_archive.settings.data_dir, port)
        _out, err = server.communicate(timeout=120)
    assert server.returncode == 2
    lines = err.strip().splitlines()
    assert lines[-1] == (
        f"error: cannot listen on 127.0.0.1:{port} (Address already in use): another program "
        "may use the port; choose another with --port"
    )
    assert "Traceback" not in err
