"""What the format readers hand the pipeline: one record per article, or why there is none.

Every reader is a generator of these, so a 1 GB CSV or WARC is never held in memory: the
pipeline pulls one record at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Metadata:
    """Facts the input states outright (a sidecar, a CSV column, an HTML meta tag).

    They win over what extraction guesses from the text; ``None`` means "not stated", and
    then the extraction's guess stands.
    """

    title: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None

    def stated(self) -> dict[str, Any]:
        """The fields this input actually states, for ``dataclasses.replace``."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True)
class Capture:
    """Where and when a web archive captured a page: its provenance, kept with the article."""

    uri: str | None  # the WARC record's WARC-Target-URI
    at: datetime | None  # its WARC-Date, UTC


@dataclass(frozen=True)
class Record:
    """One article's text with where it came from."""

    origin: str  # "path/page.txt", "path/corpus.csv:row 17", "path/crawl.warc.gz:record 3"
    text: str
    # True when the text is already the article alone (extracted from HTML, a CSV cell):
    # then extraction must not throw it away as boilerplate (see pipeline._body_for).
    clean: bool = False
    meta: Metadata = Metadata()
    capture: Capture | None = None  # for a page read from a WARC record


@dataclass(frozen=True)
class BadInput:
    """A file or record that cannot become an article, and why (reported, counted failed)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """A record that is not an article by design (an image in a WARC, a revisit record).

    Not a failure: counted by reason in the report so the numbers add up.
    """

    origin: str
    reason: str


Item = Record | BadInput | Skipped


def failure(origin: str, error: BaseException, *, after: str | None = None) -> BadInput:
    """An unexpected error while reading one record or file, as a reported failure.

    Readers handle the failures they expect (bad encoding, invalid JSON, oversize
    records) with their own messages; this is the net under them, so that a parser's
    exception (a RecursionError deep in a third-party library, say) costs only the input
    it was reading, never the run.
    """
    reason = f"could not be read ({type(error).__name__}: {error})"
    if after:
        reason = f"reading stopped after {after}: {reason}; the rest of the file is skipped"
    return BadInput(origin, reason)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """Text that can be written as UTF-8.

    Half a surrogate pair cannot be: a JSON escape ("\\ud800") decodes to one, and so
    does an undecodable byte in a file name (Python's surrogateescape). Hashing, storing or
    printing it raised, and the whole batch was lost. It becomes U+FFFD, as a decoder makes
    of any other unreadable character.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def storable(item: Item) -> Item:
    """The item with every text field writable as UTF-8 (see ``without_lone_surrogates``)."""
    if isinstance(item, Record):
        meta = {
            f.name: without_lone_surrogates(value)
            for f in fields(item.meta)
            if isinstance(value := getattr(item.meta, f.name), str)
        }
        return replace(
            item,
            origin=without_lone_surrogates(item.origin),
            text=without_lone_surrogates(item.text),
            meta=replace(item.meta, **meta),
        )
    return replace(
        item,
        origin=without_lone_surrogates(item.origin),
        reason=without_lone_surrogates(item.reason),
    )
