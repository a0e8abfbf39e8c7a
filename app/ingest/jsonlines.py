"""JSON Lines exports (``.jsonl``, ``.ndjson``): one JSON object per line, streamed.

Keys are matched like CSV columns (``columns.py``), per line, since JSON Lines records
need not all have the same keys.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from itertools import accumulate
from pathlib import Path
from typing import TextIO

from app.ingest.columns import resolve, to_record
from app.ingest.decoding import read_text_export, stream_error
from app.ingest.records import BadInput, Item, failure

# Records of news exports nest three or four levels at most ({"authors": [{"name": ..}]});
# json.loads recurses once per level, so a line nested 100,000 deep raised RecursionError
# (and aborted the whole ingest). Past this depth a line is refused before it is parsed.
MAX_DEPTH = 100
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def read_jsonl(path: Path, *, mapping: Mapping[str, str], max_record_bytes: int) -> Iterator[Item]:
    """Every non-blank line as a record or a BadInput naming its line."""
    yield from read_text_export(
        path,
        lambda stream, encoding, name: _records(stream, encoding, name, mapping, max_record_bytes),
    )


def _records(
    stream: TextIO, encoding: str, name: str, mapping: Mapping[str, str], limit: int
) -> Iterator[Item]:
    line_no = 0
    seen = False
    lines = _lines(stream, limit)
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except UnicodeDecodeError as error:
            yield BadInput(name, stream_error(stream, encoding, error))
            return
        line_no += 1
        origin = f"{name}:line {line_no}"
        if line is not None and not line.strip():
            continue
        seen = True
        if line is None:
            yield BadInput(origin, f"record over {limit:,} bytes: skipped")
            continue
        try:
            item = _record(line, origin, mapping)
        except Exception as error:  # a parser's surprise costs this line only
            item = failure(origin, error)
        yield item
    if not seen:
        yield BadInput(name, "empty file")


def _record(line: str, origin: str, mapping: Mapping[str, str]) -> Item:
    """One line as a record, or why it is none."""
    depth = nesting_depth(line)
    if depth > MAX_DEPTH:
        return BadInput(origin, f"JSON nested {depth:,} levels deep (the limit is {MAX_DEPTH})")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return BadInput(origin, f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(data, dict):
        return BadInput(origin, f"a JSON {type(data).__name__}, not an object")
    columns = resolve(data.keys(), mapping, noun="key")
    if isinstance(columns, str):
        return BadInput(origin, columns)
    return to_record(columns.values(data), columns, origin)


def nesting_depth(line: str) -> int:
    """How deep the line's arrays and objects nest, counted without parsing it (brackets
    inside strings do not count). Linear, and cheap for the usual flat record: it is only
    counted when there are more brackets than the limit."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return 0
    outside = _STRING.sub('""', line)
    steps = (1 if c in "[{" else -1 for c in _BRACKET.findall(outside))
    return max(accumulate(steps, initial=0))


def _lines(stream: TextIO, limit: int) -> Iterator[str | None]:
    """Each line, or None for a line over ``limit`` bytes (read through, not kept)."""
    while line := stream.readline(limit + 1):
        size = len(line.encode("utf-8", "surrogatepass"))
        if line.endswith(("\n", "\r")) and size <= limit:
            yield line
            continue
        # Longer than the limit (or the last line, without a line break).
        while not line.endswith(("\n", "\r")):
            more = stream.readline(limit + 1)
            if not more:
                break
            line, size = more, size + len(more.encode("utf-8", "surrogatepass"))
        yield None if size > limit else line
