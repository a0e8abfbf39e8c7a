"""Reading many article texts for known names or places over several processes.

The known-names and known-places passes at the end of an ingest read every new article's
text in Python (~85% of each pass, py-spy at 20k), one article after the other, while the
extraction workers are done and the second core idles. The reading of one text depends
on the text and the table only, so forked processes read blocks of them and the results
come back in the texts' order: the same links, added in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Texts from which the reading is spread over processes: forking costs tens of milliseconds
# and each process reads ~1 ms of text per article.
PARALLEL_FROM = 2_000
BLOCK = 4_000  # texts held in memory per round (two rounds at a time)
CHUNK = 100  # texts per task

# The reading function of the pool being forked: inherited by the forked processes, so
# neither it nor the tables it closes over are pickled.
_READ: Callable[[Any], Any] | None = None


def _start_reader(parent: int) -> None:
    # Killed with its ingest (kill -9 leaves no time to stop the pool), a reading process
    # must not wait for work forever (as the extraction workers, extracting.py).
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _read_chunk(chunk: list[Any]) -> list[Any]:
    assert _READ is not None
    return [_READ(item) for item in chunk]


def read_all(
    read: Callable[[Item], Result], items: Iterable[Item], *, processes: int = 1
) -> Iterator[tuple[Item, Result]]:
    """Each item with ``read(item)``, in order; over ``processes`` forked processes when
    there are at least PARALLEL_FROM items and the platform forks."""
    iterator = iter(items)
    first = list(islice(iterator, PARALLEL_FROM))
    if (
        processes < 2
        or len(first) < PARALLEL_FROM
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for item in first:
            yield item, read(item)
        for item in iterator:
            yield item, read(item)
        return
    global _READ
    _READ = read
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(processes, initializer=_start_reader, initargs=(os.getpid(),)) as pool:
            pending = None
            blocks = _blocks(first, iterator)
            for block in blocks:
                chunks = [block[i : i + CHUNK] for i in range(0, len(block), CHUNK)]
                started = (block, pool.map_async(_read_chunk, chunks))
                if pending is not None:  # this block is read while the last one's results go
                    yield from _paired(*pending)
                pending = started
            if pending is not None:
                yield from _paired(*pending)
    finally:
        _READ = None


def _blocks(first: list[Any], rest: Iterator[Any]) -> Iterator[list[Any]]:
    yield first
    while block := list(islice(rest, BLOCK)):
        yield block


def _paired(block: list[Any], result) -> Iterator[tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    values = [value for chunk in result.get() for value in chunk]
    return zip(block, values, strict=True)
