"""Single-page files: raw text pages (the seeds) and saved HTML pages, each with an optional
sidecar ``NAME.json`` beside ``NAME.txt`` / ``NAME.html``.

A sidecar holds what the scraper knew for certain (``url``, ``title``, ``published``,
``source``, ``author``); it wins over anything read from the page itself.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app.ingest.dates import parse_date
from app.ingest.decoding import Undecodable, decode_bytes
from app.ingest.html import html_record, looks_like_html
from app.ingest.records import BadInput, Metadata, Record

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PAGE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
SIDECAR_SUFFIX = ".json"
# Sidecar keys, and the Metadata field each fills. "date" is what many scrapers call it.
SIDECAR_KEYS = {
    "url": "url",
    "title": "title",
    "published": "published",
    "date": "published",
    "source": "source",
    "author": "author",
}


def sidecar_of(path: Path) -> Path:
    return path.with_suffix(SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """A .json beside a page of the same name describes that page; it is no input itself."""
    return path.suffix.lower() == SIDECAR_SUFFIX and any(
        path.with_suffix(suffix).is_file() for suffix in PAGE_SUFFIXES
    )


def read_page(path: Path, *, max_bytes: int) -> Record | BadInput:
    """One page file as a record, or why it cannot be an article."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return BadInput(origin, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as error:
        return BadInput(origin, f"unreadable: {error.strerror or error}")
    if not data.strip():
        return BadInput(origin, "empty file")
    try:
        text = decode_bytes(data)
    except Undecodable as error:
        return BadInput(origin, str(error))
    if not text.strip():
        return BadInput(origin, "empty file")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        record = html_record(text, origin)
    else:
        record = Record(origin, text)
    if isinstance(record, BadInput):
        return record
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return record
    meta = read_sidecar(sidecar)
    if isinstance(meta, BadInput):
        # The page waits until its sidecar is fixed: stored now it would keep the wrong
        # metadata, since re-ingesting the same text changes nothing.
        return BadInput(origin, f"sidecar {sidecar.name}: {meta.reason}")
    return replace(record, meta=Metadata(**{**vars(record.meta), **meta.stated()}))


def read_sidecar(path: Path) -> Metadata | BadInput:
    """The metadata a sidecar states. Keys other than ``SIDECAR_KEYS`` are ignored:
    scrapers write more (crawl ids, hashes) and that is no reason to refuse the page."""
    origin = str(path)
    try:
        data = json.loads(decode_bytes(path.read_bytes()))
    except OSError as error:
        return BadInput(origin, f"unreadable: {error.strerror or error}")
    except (Undecodable, json.JSONDecodeError) as error:
        return BadInput(origin, f"not valid JSON ({error})")
    if not isinstance(data, dict):
        return BadInput(origin, "not a JSON object")
    values: dict[str, object] = {}
    for key, value in data.items():
        name = SIDECAR_KEYS.get(key.strip().lower())
        if name is None or value is None:
            continue
        if not isinstance(value, str):
            return BadInput(origin, f"{key!r} is not a string")
        value = " ".join(value.split())
        if name == "published" and value:
            day = parse_date(value)
            if day is None:
                return BadInput(origin, f"{key!r} is not a date: {value!r}")
            values[name] = day
        elif value:
            values[name] = value
    return Metadata(**values)  # type: ignore[arg-type]
