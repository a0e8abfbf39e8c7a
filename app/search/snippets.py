"""Snippets: escaped HTML with <mark> around the matched words."""

from __future__ import annotations

import html

from whoosh import highlight
from whoosh.query import Query
from whoosh.searching import Searcher

SNIPPET_CHARS = 240


class _MarkFormatter(highlight.HtmlFormatter):
    """<mark> around matched words; Whoosh escapes the text between them."""

    def __init__(self) -> None:
        super().__init__(tagname="mark", between=" … ")

    def format_token(self, text, token, replace=False):  # type: ignore[no-untyped-def]
        return f"<mark>{html.escape(highlight.get_text(text, token, replace), quote=False)}</mark>"


def snippet(searcher: Searcher, body: str, text_query: Query | None) -> str:
    """The passages with the most matched words, or the article's opening."""
    body = " ".join(body.split())  # paragraph breaks mean nothing inside a snippet
    if text_query is not None:
        # all_terms gives the plain words; existing_terms(expand=True) the words a prefix*
        # matched. (existing_terms alone misses plain words: whoosh-reloaded 2.7.5 checks
        # them against the reader as str where the reader holds bytes.)
        found = set(text_query.all_terms(phrases=True)) | set(
            text_query.existing_terms(searcher.reader(), phrases=True, expand=True)
        )
        terms = {
            term.decode("utf-8") if isinstance(term, bytes) else term
            for field, term in found
            if field == "body"
        }
        if terms:
            analyzer = searcher.schema["body"].analyzer
            fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
            text = highlight.highlight(body, terms, analyzer, fragmenter, _MarkFormatter(), top=2)
            if text:
                return text
    opening = body[:SNIPPET_CHARS]
    if len(body) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening, quote=False)
