"""The garbage collector and what a process makes once, at start-up.

CPython's collector scans every container object still alive in each full pass, and runs
passes as objects accumulate. Start-up makes most of a process's objects at once and keeps
them to the end: importing FastAPI, SQLAlchemy, NumPy and Whoosh (~110,000 objects), the
extraction tables (~300,000 more). Collected as they were made, they cost ~0.17 s of a
server's ~0.8 s of start-up CPU and ~0.6 s of an ingest's 2 s extraction warm-up. Scanned
afterwards: ~0.1 s a pass in a server (several passes in one first search of a common
phrase at 100,000 articles); in a 3,000-article ingest, full passes took 2.55 s of the
ingest process's CPU and 1.26 s of its indexer's, 1.6 s in all four processes once the
start-up objects were left out (CPU time, measured with gc.callbacks).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """What is made inside lives as long as the process: no collection while it is made,
    and no later pass scans it (or anything alive before). Such objects are still freed
    when nothing refers to them; only a cycle among them would never be. Processes forked
    afterwards do not copy their pages by scanning them either."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# Gen-1 passes between two full passes while ``rare_full_passes`` holds (CPython's own
# default is 10, and a full pass also waits until the objects that survived into the old
# generation since the last one are a quarter of it).
RARE_FULL_EVERY = 1_000


@contextmanager
def rare_full_passes(every: int = RARE_FULL_EVERY) -> Iterator[None]:
    """Full collector passes ``every`` gen-1 passes instead of every 10.

    An ingest's process keeps what it stores growing (the near-duplicate index holds a
    few dozen sets per stored article): each full pass scanned all of it, 21 passes and
    3.6 s of the ingest process's 28.9 s of CPU at 10,000 articles, more per pass the
    larger the ingest. The young generations are still collected as usual, which frees
    the short-lived cycles; cyclic garbage that reached the old generation waits for the
    next full pass (with the usual thresholds back, the next one comes soon: a quarter of
    the old generation is then new). Processes forked inside inherit the setting, which
    suits short-lived ones (an index sub-writer's full passes found nothing to free)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], every))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
