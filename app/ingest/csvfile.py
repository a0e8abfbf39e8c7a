"""CSV exports, streamed one row at a time whatever the file's size.

The file is cut into rows here, before the csv module sees them, so that one row larger
than ``max_record_bytes`` is skipped *whole*: fed to ``csv.reader`` with a field size
limit, an oversize quoted field raises mid-field and the reader resumes inside it, turning
the rest of the field (and the rows it swallows) into garbage rows. Cutting needs only the
quoting rule of RFC 4180, which the csv module's default dialect follows: a field that
starts with a quote runs to the next quote not doubled, newlines included.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TextIO

from app.ingest.columns import Columns, resolve, to_record
from app.ingest.decoding import read_text_export, stream_error
from app.ingest.records import BadInput, Item, failure

QUOTE = '"'
# Delimiters told apart by counting them in the header row; comma unless another wins.
DELIMITERS = (",", ";", "\t", "|")


def read_csv(path: Path, *, mapping: Mapping[str, str], max_record_bytes: int) -> Iterator[Item]:
    """Every data row of a CSV file as a record or a BadInput naming its row."""
    # The csv module refuses fields over 128 KiB by default; full articles are longer.
    # Rows are already cut to at most max_record_bytes, so that is the largest field.
    csv.field_size_limit(max(csv.field_size_limit(), max_record_bytes))
    yield from read_text_export(
        path,
        lambda stream, encoding, name: _rows(stream, encoding, name, mapping, max_record_bytes),
    )


def _rows(
    stream: TextIO, encoding: str, name: str, mapping: Mapping[str, str], limit: int
) -> Iterator[Item]:
    columns: Columns | None = None
    header: list[str] = []
    delimiter = ","
    row_no = 0
    records = _cut(stream, limit, lambda: delimiter)
    while True:
        try:
            line_no, text = next(records)
        except StopIteration:
            break
        except UnicodeDecodeError as error:
            yield BadInput(name, stream_error(stream, encoding, error))
            return
        if columns is None:  # the header
            if text is None:
                yield BadInput(name, f"the header row is over {limit:,} bytes")
                return
            delimiter = max(DELIMITERS, key=text.count) if text.count(",") == 0 else ","
            header = _parse(text, delimiter)
            if not header:
                continue  # blank lines before the header
            found = resolve(header, mapping)
            if isinstance(found, str):
                yield BadInput(name, found)
                return
            columns = found
            continue
        if text is not None and not text.strip():
            continue  # a blank line is no row
        row_no += 1
        origin = f"{name}:row {row_no}"
        if text is None:
            yield BadInput(origin, f"row over {limit:,} bytes (line {line_no}): skipped")
            continue
        try:
            item = _row(text, line_no, origin, delimiter, header, columns)
        except Exception as error:  # a parser's surprise costs this row only
            item = failure(origin, error)
        yield item
    if columns is None:
        yield BadInput(name, "empty file")


def _row(
    text: str, line_no: int, origin: str, delimiter: str, header: list[str], columns: Columns
) -> Item:
    """One data row as a record, or why it is none."""
    try:
        fields = _parse(text, delimiter)
    except csv.Error as error:
        return BadInput(origin, f"unreadable row (line {line_no}): {error}")
    if any(value.strip() for value in fields[len(header) :]):
        return BadInput(
            origin,
            f"{len(fields)} fields where the header has {len(header)} (line {line_no}); "
            "a stray quote or delimiter?",
        )
    return to_record(columns.values(dict(zip(header, fields, strict=False))), columns, origin)


def _parse(text: str, delimiter: str) -> list[str]:
    return next(csv.reader(io.StringIO(text), delimiter=delimiter), [])


def _cut(
    stream: TextIO, limit: int, delimiter: Callable[[], str]
) -> Iterator[tuple[int, str | None]]:
    """``(first line number, row text)`` for each row; the text is None for a row over
    ``limit`` bytes, which is read through without being kept. ``delimiter`` is called per
    row because the header decides it."""
    line_no = 0  # lines read so far
    start = 1
    parts: list[str] = []
    size = 0
    in_quotes, at_field_start, pending_quote = False, True, False
    # readline(limit + 1) bounds memory even for a file that is one endless line.
    for chunk in iter(lambda: stream.readline(limit + 1), ""):
        in_quotes, at_field_start, pending_quote = _scan(
            chunk, delimiter(), in_quotes, at_field_start, pending_quote
        )
        if size <= limit:
            size += len(chunk.encode("utf-8", "surrogatepass"))
            parts.append(chunk)
            if size > limit:
                parts.clear()  # read on to the row's end, keeping nothing
        if not chunk.endswith(("\n", "\r")):
            continue  # a line longer than the limit, read in pieces
        line_no += 1
        if not in_quotes:
            yield start, ("".join(parts) if size <= limit else None)
            parts, size, start, at_field_start = [], 0, line_no + 1, True
    if size:  # the last row has no line break
        yield start, ("".join(parts) if size <= limit else None)


def _scan(
    chunk: str, delimiter: str, in_quotes: bool, at_field_start: bool, pending: bool
) -> tuple[bool, bool, bool]:
    """The quoting state after ``chunk``: (inside a quoted field, at the start of a field,
    ended on a quote that may be the first of a doubled pair)."""
    i, n = 0, len(chunk)
    if pending:
        if chunk.startswith(QUOTE):
            i = 1  # a doubled quote: still inside the field
        else:
            in_quotes = False
    opener = delimiter + QUOTE
    while i < n:
        if in_quotes:
            j = chunk.find(QUOTE, i)
            if j < 0:
                return True, False, False
            if j + 1 == n:
                return True, False, True
            if chunk[j + 1] == QUOTE:
                i = j + 2
                continue
            in_quotes, i = False, j + 1
        elif at_field_start and chunk[i] == QUOTE:
            in_quotes, at_field_start, i = True, False, i + 1
        else:
            j = chunk.find(opener, i)
            if j < 0:
                break
            in_quotes, i = True, j + 2
        at_field_start = False
    return in_quotes, chunk.endswith(delimiter) or chunk.endswith(("\n", "\r")), False
