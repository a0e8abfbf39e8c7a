"""HTML pages: the article text and the page's own metadata, by trafilatura.

trafilatura finds the main text (menus, footers and comment threads dropped) and reads the
headline, date, author, site name and canonical URL from meta tags, JSON-LD and the markup.
Those are facts the page states, so they override what text extraction would guess.
"""

from __future__ import annotations

import contextlib
import logging
import re
from datetime import date

import trafilatura
from lxml import etree
from trafilatura.settings import Document

from app.ingest.records import BadInput, Metadata, Record

log = logging.getLogger(__name__)

# What the start of a file must look like to be read as HTML whatever its extension. Looked
# for in the first few kilobytes only: a page's <head> opens well within them.
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:body|p|div|article|title|meta)\b[^>]*>", re.I)
SNIFF_BYTES = 4096
# A plain-text page that merely quotes a tag or two is not HTML; one that opens with
# <!doctype html>/<html> is, and so is a fragment dense with tags (saved "page source"
# without the head). Five tags in 4 KB is well past anything prose quotes.
_MIN_TAGS = 5


def looks_like_html(start: bytes) -> bool:
    """Whether the first bytes of a file are HTML markup rather than text."""
    head = start[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= _MIN_TAGS


def html_record(
    html: str,
    origin: str,
    *,
    url: str | None = None,
    captured: date | None = None,
) -> Record | BadInput:
    """The article in one HTML page.

    ``url`` is the address the page was fetched from (a WARC's target URI): it is kept as
    the article's URL over any canonical link. ``captured`` is the crawl date, used only
    when the page states no date of its own.
    """
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False
        )
    except Exception as error:  # malformed markup must cost this page only
        log.debug("trafilatura failed on %s", origin, exc_info=True)
        return BadInput(origin, f"unreadable HTML: {error!r}")
    if not isinstance(document, Document) or not document.text:
        return BadInput(origin, _why_no_text(html))
    title = _clean(document.title)
    paragraphs = [line.strip() for line in document.text.splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the <h1> repeated as the first line of the text
    if not paragraphs:
        return BadInput(origin, "no article text found in the HTML")
    meta = Metadata(
        title=title,
        published=_page_date(document.date) or captured,
        source=_clean(document.sitename),
        author=_clean(document.author),
        url=url or _clean(document.url),
    )
    return Record(origin, "\n\n".join(paragraphs), clean=True, meta=meta)


def _why_no_text(html: str) -> str:
    """Why a page gave no text. libxml2 (under trafilatura) stops building the tree past 255
    nested elements, so a page nested deeper loses its text: say so rather than let it
    look empty. Parsed again only here, on the failure path."""
    parser = etree.HTMLParser()
    with contextlib.suppress(Exception):
        etree.fromstring(html, parser)
    if any("Excessive depth" in error.message for error in parser.error_log):
        return "no article text found: the markup nests deeper than the HTML parser reads (255)"
    return "no article text found in the HTML"


def _page_date(value: str | None) -> date | None:
    """trafilatura gives dates as YYYY-MM-DD."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
