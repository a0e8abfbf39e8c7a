"""Finding input files and choosing each one's reader, by name and by content.

| format            | chosen by                                  | reader            |
|-------------------|--------------------------------------------|-------------------|
| text page         | .txt, .text (HTML inside is read as HTML)  | pages.read_page   |
| HTML page         | .html, .htm, .xhtml, or markup sniffed     | pages.read_page   |
| web archive       | .warc, .warc.gz, .arc(.gz), or sniffed     | warc.read_warc    |
| CSV export        | .csv                                       | csvfile.read_csv  |
| JSON Lines export | .jsonl, .ndjson                            | jsonlines.read_jsonl |

Single pages are read whole, so they are refused over ``max_file_bytes``; the containers
are streamed record by record and only a record over ``max_record_bytes`` is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from pathlib import Path

from app.ingest.csvfile import read_csv
from app.ingest.html import SNIFF_BYTES, looks_like_html
from app.ingest.jsonlines import read_jsonl
from app.ingest.pages import PAGE_SUFFIXES, SIDECAR_SUFFIX, is_sidecar, read_page
from app.ingest.records import BadInput, Item, Record, Skipped, failure, storable
from app.ingest.warc import is_warc_name, looks_like_warc, read_warc

__all__ = ["BadInput", "Item", "Record", "Skipped", "find_files", "read_items", "read_page"]

log = logging.getLogger(__name__)

CSV_SUFFIXES = {".csv"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def find_files(paths: list[Path]) -> Iterator[Path | BadInput]:
    """Input files under the given paths, folders walked recursively in a stable order.

    In a folder, files of no known format are passed over silently (a folder of scrapes
    often holds logs and notes), and so are the sidecars of pages; a file named
    explicitly is always tried, and refused with a reason when it is no input.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_dir() or _format(child) is None:
                    continue
                if child.is_file():
                    yield child
                else:
                    yield BadInput(str(child), "unreadable: a broken link or a special file")
        elif path.is_file():
            if not is_sidecar(path):
                yield path
        elif path.exists():
            yield BadInput(str(path), "not a regular file")
        else:
            yield BadInput(str(path), "no such file or folder")


def read_items(
    path: Path,
    *,
    max_file_bytes: int,
    max_record_bytes: int,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Item]:
    """What one file holds: articles, skipped records and failures, in file order."""
    mapping = mapping or {}
    kind = _format(path)
    if kind == "page":
        yield read_page(path, max_bytes=max_file_bytes)
    elif kind == "csv":
        yield from read_csv(path, mapping=mapping, max_record_bytes=max_record_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(path, mapping=mapping, max_record_bytes=max_record_bytes)
    elif kind == "warc":
        yield from read_warc(path, max_record_bytes=max_record_bytes)
    elif path.suffix.lower() == SIDECAR_SUFFIX:
        yield BadInput(
            str(path),
            "a .json file is read only as the sidecar of a page of the same name "
            "(NAME.txt or NAME.html); exports go in .jsonl or .csv",
        )
    else:
        yield BadInput(str(path), f"unsupported file type {path.suffix or '(none)'!r}")


def _format(path: Path) -> str | None:
    """The reader for a file: by its name, and by its first bytes when the name says
    nothing (a crawler's saved pages often have no extension)."""
    suffix = path.suffix.lower()
    if is_warc_name(path):
        return "warc"
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    try:
        with path.open("rb") as stream:
            start = stream.read(SNIFF_BYTES)
    except OSError:
        return None
    if looks_like_warc(start):
        return "warc"
    if looks_like_html(start):
        return "page"
    return None


def _guarded(path: Path, items: Iterator[Item]) -> Iterator[Item]:
    """A file's items; an exception its reader did not expect ends this file only, as a
    failure naming it and the last record read (the traceback is logged at debug level)."""
    last = None
    try:
        for item in items:
            last = item.origin
            yield storable(item)
    except Exception as error:
        log.debug("reading %s failed after %s", path, last, exc_info=True)
        yield failure(str(path), error, after=last)


def items_under(
    paths: list[Path],
    *,
    max_file_bytes: int,
    max_record_bytes: int,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Item]:
    """Every record, refusal and skip under ``paths``, in a stable order."""
    for found in find_files(paths):
        if isinstance(found, BadInput):
            yield storable(found)
            continue
        yield from _guarded(
            found,
            read_items(
                found,
                max_file_bytes=max_file_bytes,
                max_record_bytes=max_record_bytes,
                mapping=mapping or {},
            ),
        )
