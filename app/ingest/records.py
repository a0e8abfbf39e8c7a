"""What the format readers hand the pipeline: one record per article, or why there is none.

Every reader is a generator of these, so a 1 GB CSV or WARC is never held in memory: the
pipeline pulls one record at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
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
