"""Writers yield the CPU to a server's readers.

On a small machine (two cores) an ingest keeps both busy: two extraction workers, the
indexing process and the storing loop. A server over the same archive then answered 8
clients with a p95 of 195 ms during a 300-article ingest against 141 ms idle, its
requests queued behind the ingest's CPU work. A writer lowers its own scheduling priority
(``nice``, inherited by the processes it starts), so interactive reads win the CPU and the
ingest takes what they leave; alone on the machine it runs as fast as before. By default
the lowest priority (19): with 8 clients on FA-KES during a 3,000-article ingest
(``bench-load``, quiet machine) p95 was 147.8 ms at niceness 10 and 96.1 ms at 19, the
ingest taking 67.6 and 69.8 s. (Linux groups a terminal session's processes: niceness
ranks an ingest against a server started from the same session, as bench-load does.)
"""

from __future__ import annotations

import logging
import os

from app.config import Settings

log = logging.getLogger(__name__)


def lower_priority(settings: Settings) -> None:
    """Add ``settings.ingest_nice`` to this process's niceness (0 leaves it alone)."""
    if settings.ingest_nice <= 0 or not hasattr(os, "nice"):
        return
    try:
        os.nice(settings.ingest_nice)
    except OSError as error:  # a container that forbids it: run at the usual priority
        log.info("could not lower the ingest's priority: %s", error)
