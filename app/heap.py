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
