"""Serving on several processes: one listening socket, shared by forked worker processes.

A server process answers with one core at most (Python's GIL), and a search takes ~10 ms
of CPU, so 8 concurrent clients queue for that core. Workers forked after the imports
each open the archive themselves (database connections, index searchers and caches are
never shared across a fork) and take turns accepting from the one socket, so a machine's
cores all answer. Each keeps its own search generations: after an ingest's commit, each
builds the new one in the background, so for a few seconds two requests can be answered
from two generations (a pinned view, ``as_of``, reads the same articles from either).

Where ``os.fork`` does not exist (Windows) the server runs in one process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
from collections.abc import Callable

from app.accounts.secret_key import session_secret
from app.archive import Archive
from app.config import Settings
from app.errors import CannotListen
from app.heap import long_lived

log = logging.getLogger(__name__)

# Connections waiting to be accepted (uvicorn's own default).
BACKLOG = 2048


def can_fork() -> bool:
    return hasattr(os, "fork")


def serve_in_workers(
    settings: Settings,
    open_for_serving: Callable[[], Archive],
    *,
    host: str,
    port: int,
    workers: int,
) -> int:
    """Listen on ``host``:``port`` and serve from ``workers`` forked processes, each over
    the archive ``open_for_serving`` opens in it, until SIGINT or SIGTERM (passed on to
    them); returns the exit status: 0, or the first failed worker's."""
    try:
        listening = socket.create_server((host, port), backlog=BACKLOG)
    except OSError as error:
        reason = os.strerror(error.errno or 0)
        raise CannotListen(
            f"cannot listen on {host}:{port} ({reason}): another program may use the port; "
            "choose another with --port"
        ) from None
    # One key for every worker: a cookie one signs, the others accept (on a read-only
    # folder each would otherwise make its own).
    settings = settings.model_copy(update={"secret_key": session_secret(settings)})
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            os._exit(_work(settings, open_for_serving, listening))
        children.append(pid)
    listening.close()

    def pass_on(signum, _frame):  # type: ignore[no-untyped-def]
        for child in children:
            with contextlib.suppress(ProcessLookupError):  # already ended
                os.kill(child, signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, pass_on)
    status = 0
    for _ in children:
        _pid, code = os.wait()
        exited = os.waitstatus_to_exitcode(code)
        if exited and not status:
            status = exited
            pass_on(signal.SIGTERM, None)  # one worker failed: the server stops
    return status


def _work(settings: Settings, open_for_serving: Callable[[], Archive], listening) -> int:  # type: ignore[no-untyped-def]
    """One worker: its own archive and app, serving the shared socket until signalled."""
    import uvicorn

    from app.web import create_app

    try:
        with long_lived():
            archive = open_for_serving()
        try:
            with long_lived():
                config = uvicorn.Config(create_app(settings, archive), log_level="info")
            uvicorn.Server(config).run(sockets=[listening])
        finally:
            archive.close()
    except KeyboardInterrupt:
        return 0
    except Exception:
        log.exception("a server worker failed")
        return 1
    return 0
