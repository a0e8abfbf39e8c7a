"""Bytes to text: UTF-8 when it is UTF-8, otherwise the encoding charset-normalizer detects.

Text is never decoded with ``errors="replace"``: a page whose encoding cannot be told is
refused with a reason rather than stored with mangled accents.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from charset_normalizer import from_bytes

from app.ingest.records import BadInput, Item

# Byte-order marks that settle the encoding without guessing (longest first: the UTF-32-LE
# mark begins with the UTF-16-LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How much of a streamed file (CSV, JSONL) the encoding is detected from. A megabyte is
# thousands of rows of an export, far more than charset-normalizer needs, and small enough
# to read up front whatever the file's size.
STREAM_SAMPLE_BYTES = 1024 * 1024


class Undecodable(ValueError):
    """The bytes are not text in any encoding we can tell; the message says why."""


def decode_bytes(data: bytes) -> str:
    """The text these bytes hold, or ``Undecodable`` with the reason."""
    encoding = detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:  # a byte-order mark or UTF-8 cut short
        raise Undecodable(
            f"not valid {codecs.lookup(encoding).name} text (byte {error.start}: {error.reason})"
        ) from None


def detect_encoding(sample: bytes) -> str:
    """The codec name for bytes that may be only the start of a file."""
    for bom, encoding in BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        raise Undecodable("binary file (contains NUL bytes)")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        # A sample cut inside a multi-byte character is still UTF-8.
        if error.start < len(sample) - 3 or error.reason != "unexpected end of data":
            return _legacy_encoding(sample)
        return "utf-8"


def _legacy_encoding(sample: bytes) -> str:
    """A single-byte (or CJK) encoding, as charset-normalizer ranks them.

    charset-normalizer ranks candidates by how garbled the decoded text looks ("chaos") and
    then by language coherence. On short texts several code pages decode without any chaos
    and coherence is noise: "Caf\\xe9 in Mosul" comes out as cp1006 (Urdu). Among the
    candidates with the least chaos we then prefer cp1252, the most common legacy encoding
    of news pages (and what browsers use for pages labelled Latin-1). Cyrillic or Arabic
    text decoded as cp1252 is all chaos, so this never overrides a clear detection.
    """
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        raise Undecodable("binary or in an unknown text encoding")
    least_chaos = min(match.chaos for match in matches)
    for match in matches:
        if match.chaos <= least_chaos and "cp1252" in match.could_be_from_charset:
            try:
                sample.decode("cp1252")
                return "cp1252"
            except UnicodeDecodeError:
                break  # one of the five bytes cp1252 leaves undefined: not cp1252
    return best.encoding


def open_text(path: Path) -> tuple[TextIO, str]:
    """Open a possibly huge text file for streaming, its encoding detected from the start.

    Newlines are left as they are (``newline=""``) because the csv module needs them; a
    byte later in the file that does not fit the detected encoding raises
    ``UnicodeDecodeError`` when it is reached (reported with its line by the caller).
    """
    with path.open("rb") as raw:
        sample = raw.read(STREAM_SAMPLE_BYTES)
    if len(sample) == STREAM_SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # no half character at the end
    encoding = detect_encoding(sample)
    return path.open(encoding=encoding, errors="strict", newline=""), encoding


def stream_error(stream: TextIO, encoding: str, error: UnicodeDecodeError) -> str:
    """Why a streamed file stopped decoding, with the byte where it did.

    The text layer decodes in chunks of kilobytes ahead of the line being read, so the row
    or line number would be wrong; the byte offset is exact (to a character).
    """
    try:
        offset = stream.buffer.tell() - len(error.object) + error.start  # type: ignore[attr-defined]
        where = f" at byte {offset:,}"
    except (AttributeError, OSError, ValueError):
        where = ""
    return (
        f"not valid {codecs.lookup(encoding).name} text{where} ({error.reason}); "
        "the rest of the file is skipped"
    )


def read_text_export(
    path: Path, parse: Callable[[TextIO, str, str], Iterator[Item]]
) -> Iterator[Item]:
    """Open a text export (CSV, JSON Lines) with its detected encoding and stream ``parse``
    over it; a file that cannot be opened or decoded is one BadInput naming it."""
    try:
        stream, encoding = open_text(path)
    except OSError as error:
        yield BadInput(str(path), f"unreadable: {error.strerror or error}")
        return
    except Undecodable as error:
        yield BadInput(str(path), str(error))
        return
    with stream:
        yield from parse(stream, encoding, str(path))
