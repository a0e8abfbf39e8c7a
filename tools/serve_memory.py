"""A served archive's memory after the bench-load mix: resident, anonymous and file-backed.

    NEWSARCHIVE_DATA_DIR=DATA python tools/serve_memory.py [SECONDS]

Serves the configured archive from one process on 127.0.0.1, sends bench-load's request
mix from four clients for SECONDS (default 30) and prints /proc's VmRSS, VmHWM, RssAnon and
RssFile of the server: anonymous memory is what the process holds itself (arrays, caches,
the spelling dictionary), file-backed the index files' pages it touched.
"""

from __future__ import annotations

import http.client
import re
import sys
import threading
import time
from pathlib import Path

from app.bench.load import request_paths
from app.bench.server import serving
from app.config import Settings
from app.domain import SearchRequest

CLIENTS = 4


def main() -> None:
    settings = Settings()
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    paths, stored = request_paths(settings)
    with serving(settings, SearchRequest(q="the"), workers=1) as server:
        print(f"articles {stored}, cold start {server.cold_start_s:.3f} s")
        stop = time.monotonic() + seconds

        def client(offset: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            number = offset * 7_919
            while time.monotonic() < stop:
                connection.request("GET", paths[number % len(paths)])
                connection.getresponse().read()
                number += 1

        threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        status = Path(f"/proc/{server.process.pid}/status").read_text()
        for key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            print(re.search(rf"{key}:\s+\d+ kB", status).group(0))  # type: ignore[union-attr]


if __name__ == "__main__":
    main()
