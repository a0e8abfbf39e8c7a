"""Web archives (WARC, WARC.gz): every captured HTML page becomes an article.

warcio's ArchiveIterator streams the records one by one (each gzip member separately), so a
crawl of any size is read in constant memory. Only successful HTML captures are articles;
everything else a crawler writes (requests, metadata, images, redirects, revisit records
for unchanged pages) is skipped and counted, not reported as a failure.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from app.ingest.dates import parse_date
from app.ingest.decoding import Undecodable, decode_bytes
from app.ingest.html import SNIFF_BYTES, html_record
from app.ingest.records import BadInput, Capture, Item, Skipped, failure

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = {"text/html", "application/xhtml+xml"}


def is_warc_name(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(start: bytes) -> bool:
    """A WARC starts with its version line (an old ARC with its file description); a
    compressed one with a gzip member holding it."""
    if start.startswith(b"\x1f\x8b"):
        try:
            start = zlib.decompressobj(wbits=31).decompress(start, 16)
        except zlib.error:
            return False
    return start.startswith((b"WARC/", b"filedesc://"))


def read_warc(path: Path, *, max_record_bytes: int) -> Iterator[Item]:
    """Each record of a web archive as a record, a Skipped or a BadInput naming it."""
    number = 0
    try:
        with path.open("rb") as stream:
            if not looks_like_warc(stream.read(SNIFF_BYTES)):
                yield BadInput(str(path), "not a WARC file (no WARC/ version line at the start)")
                return
            stream.seek(0)
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                origin = f"{path}:record {number}"
                try:
                    item = _item(record, origin, max_record_bytes)
                except (OSError, ArchiveLoadFailed):
                    raise  # the file itself is broken from here on: reported below
                except Exception as error:  # a parser's surprise costs this record only
                    item = failure(origin, error)
                yield item
    except OSError as error:
        yield BadInput(f"{path}:record {number + 1}", f"unreadable: {error.strerror or error}")
    except ArchiveLoadFailed as error:
        yield BadInput(
            f"{path}:record {number + 1}",
            f"unreadable WARC record ({error.msg}); the rest of the file is skipped",
        )


def _item(record: ArcWarcRecord, origin: str, limit: int) -> Item:
    kind = record.rec_type
    if kind == "revisit":
        return Skipped(origin, "revisit record (a page unchanged since an earlier capture)")
    if kind not in ("response", "resource"):
        return Skipped(origin, f"{kind} record")
    headers = record.http_headers if kind == "response" else None
    if kind == "response":
        status = headers.get_statuscode() if headers else None
        if status != "200":
            return Skipped(origin, f"HTTP status {status or 'missing'}")
        content_type = headers.get_header("Content-Type", "") if headers else ""
    else:  # a resource record holds the file itself, typed in the WARC header
        content_type = record.rec_headers.get_header("Content-Type", "")
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    if mime not in HTML_TYPES:
        return Skipped(origin, f"not HTML ({mime or 'no content type'})")
    url = record.rec_headers.get_header("WARC-Target-URI")
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return BadInput(origin, f"page over {limit:,} bytes: skipped ({url})")
    # warcio hands over what there is of a record the file ends inside (an interrupted
    # crawl); the record's stream then still expects bytes. Half a page is no article.
    if getattr(record.raw_stream, "limit", 0) > 0:
        return BadInput(origin, f"the file ends inside this record: skipped ({url})")
    try:
        html = _decode(data, params)
    except Undecodable as error:
        return BadInput(origin, f"{error} ({url})")
    warc_date = record.rec_headers.get_header("WARC-Date", "")
    page = html_record(html, origin, url=url, captured=parse_date(warc_date))
    if isinstance(page, BadInput):
        return BadInput(origin, f"{page.reason} ({url})")
    return replace(page, capture=Capture(url, _capture_time(warc_date)))


def _capture_time(warc_date: str) -> datetime | None:
    """WARC-Date (ISO 8601, UTC: "2016-07-15T10:00:00Z") as a naive UTC datetime."""
    try:
        moment = datetime.fromisoformat(warc_date.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _decode(data: bytes, params: str) -> str:
    """Valid UTF-8 is UTF-8 whatever the server says (servers often send a stale
    ``charset=iso-8859-1``, and real Latin-1 text is almost never valid UTF-8); otherwise
    the declared charset when the bytes fit it, else detection. Latin-1 is read as cp1252,
    as browsers do."""
    declared = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            declared = value.strip().strip("\"'").lower()
    if declared:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                codec = codecs.lookup(declared).name
                return data.decode("cp1252" if codec == "iso8859-1" else codec)
            except (LookupError, UnicodeDecodeError):
                pass  # an unknown or wrong charset: detect it
    return decode_bytes(data)
