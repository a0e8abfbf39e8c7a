"""Time the search backend's answers to the bench's query mix on the configured archive.

Run it from two code roots at the same time (old and new), so both see the same machine
noise, and compare the medians:

    (cd OLD && PYTHONPATH=OLD python tools/ab_search.py old 10) &
    (cd NEW && PYTHONPATH=NEW python tools/ab_search.py new 10)

Prints, per query kind and for the whole mix, the median (p95) in ms of ``search()``.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from app.archive import open_archive
from app.bench.queries import build_cases
from app.config import Settings

WARMUP = 20  # requests not measured: the first searches open searchers and fill caches


def main(label: str, per_kind: int) -> None:
    archive = open_archive(Settings())
    try:
        cases = build_cases(archive, per_kind, 0)
        for case in cases[:WARMUP]:
            archive.search.search(case.request)
        times: dict[str, list[float]] = {}
        for case in cases:
            start = time.perf_counter()
            archive.search.search(case.request)
            times.setdefault(case.kind, []).append((time.perf_counter() - start) * 1000)
    finally:
        archive.close()
    times["whole mix"] = [t for kind in list(times) for t in times[kind]]
    for kind, ms in times.items():
        print(f"{label:6s} {kind:32s} {np.median(ms):7.1f} ({np.percentile(ms, 95):7.1f})")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
