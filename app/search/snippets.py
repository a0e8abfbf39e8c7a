"""Snippets: escaped HTML with <mark> around the matched words.

Whoosh's ``highlight`` runs the body through its analyzer chain, a few Python generator
calls per word: ~2.7 ms per 500-word article, most of a result page's time. The same
tokens (the StemmingAnalyzer's pattern, lower case, stop words and short words kept but not
stemmed, the rest stemmed) come from one regex pass here, and Whoosh's own fragmenter,
scorer and formatter turn them into the same snippet (tests/search/test_snippets.py).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from functools import lru_cache

from whoosh import highlight
from whoosh.analysis import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem
from whoosh.query import Query
from whoosh.searching import Searcher

SNIPPET_CHARS = 240
_MIN_WORD = 2  # StemmingAnalyzer's minsize: shorter words are stop words


class _MarkFormatter(highlight.HtmlFormatter):
    """<mark> around matched words; Whoosh escapes the text between them."""

    def __init__(self) -> None:
        super().__init__(tagname="mark", between=" … ")

    def format_token(self, text, token, replace=False):  # type: ignore[no-untyped-def]
        return f"<mark>{html.escape(highlight.get_text(text, token, replace), quote=False)}</mark>"


class _Token:
    """What the fragmenter, scorer and formatter read of a token."""

    __slots__ = ("text", "startchar", "endchar", "matched", "boost")

    def __init__(self, text: str, startchar: int, endchar: int, matched: bool) -> None:
        self.text, self.startchar, self.endchar = text, startchar, endchar
        self.matched, self.boost = matched, 1.0

    def copy(self) -> _Token:
        return _Token(self.text, self.startchar, self.endchar, self.matched)


_stem = lru_cache(maxsize=50_000)(stem)


def _tokens(text: str, terms: frozenset[str]) -> Iterator[_Token]:
    """StemmingAnalyzer(chars=True, removestops=False) + set_matched_filter, in one pass."""
    for match in default_pattern.finditer(text):
        word = match.group().lower()
        if len(word) >= _MIN_WORD and word not in STOP_WORDS:
            word = _stem(word)
        yield _Token(word, match.start(), match.end(), word in terms)


def _highlight(text: str, terms: frozenset[str], top: int) -> str:
    fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
    fragments = fragmenter.fragment_tokens(text, _tokens(text, terms))
    best = highlight.top_fragments(fragments, top, highlight.BasicFragmentScorer(), highlight.FIRST)
    return _MarkFormatter()(text, best)


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
            text = _highlight(body, frozenset(terms), top=2)
            if text:
                return text
    opening = body[:SNIPPET_CHARS]
    if len(body) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening, quote=False)
