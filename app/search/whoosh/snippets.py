"""Snippets: escaped HTML with <mark> around the matched words.

Whoosh's ``highlight`` runs the body through its analyzer chain and its fragmenter, a few
Python calls per word: ~1.4 ms per 500-word article, most of a result page's time. Here
the same tokens (the StemmingAnalyzer's pattern, lower case, stop words and short words
kept but not stemmed, the rest stemmed) come from one regex pass, each distinct word is
stemmed once, and the ContextFragmenter's walk is replayed on plain lists, skipping the
runs of unmatched words between fragments, where it only tracks where the next fragment
may start. Whoosh's scorer and formatter then pick and format the same fragments
(tests/search/test_snippets.py compares with ``whoosh.highlight.highlight``).
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from whoosh import highlight
from whoosh.analysis import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem
from whoosh.query import Query
from whoosh.searching import Searcher

SNIPPET_CHARS = 240
SURROUND_CHARS = 60
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


def _term(word: str) -> str:
    """The index term of a lower-case word (StemmingAnalyzer with stop words kept)."""
    return _stem(word) if len(word) >= _MIN_WORD and word not in STOP_WORDS else word


def _tokens(text: str, terms: frozenset[str]) -> Iterator[_Token]:
    """StemmingAnalyzer(chars=True, removestops=False) + set_matched_filter, in one pass."""
    for match in default_pattern.finditer(text):
        word = _term(match.group().lower())
        yield _Token(word, match.start(), match.end(), word in terms)


def _highlight(text: str, terms: frozenset[str], top: int) -> str:
    fragments = _fragments(text, terms)
    best = highlight.top_fragments(fragments, top, highlight.BasicFragmentScorer(), highlight.FIRST)
    return _MarkFormatter()(text, best)


def _fragments(text: str, terms: frozenset[str]) -> list[highlight.Fragment]:
    """What ``ContextFragmenter(SNIPPET_CHARS, SURROUND_CHARS).fragment_tokens`` yields."""
    spans = [match.span() for match in default_pattern.finditer(text)]
    words = [text[start:end] for start, end in spans]
    # Stemming only rewrites a word's ending, so a word's term starts with the word's first
    # letter (tests/search/whoosh/test_snippets.py): only the words starting as some term does
    # are stemmed, not every distinct word of the article (the stem cache is empty in a
    # server's first searches: 20 snippets 16-19 -> 8-13 ms of CPU at 10k articles).
    initials = {term[:1] for term in terms}
    lower = {w: w.lower() for w in set(words)}
    hits = {w for w, lw in lower.items() if lw[:1] in initials and _term(lw) in terms}
    longest = max((end - start for start, end in spans), default=0)
    if len(text) > highlight.DEFAULT_CHARLIMIT or longest > SNIPPET_CHARS:
        # Cut-offs the replay below does not model: let Whoosh walk every token.
        fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=SURROUND_CHARS)
        return list(fragmenter.fragment_tokens(text, _tokens(text, terms)))
    matched = [i for i, w in enumerate(words) if w in hits]
    return _replay(text, spans, words, matched)


def _replay(
    text: str, spans: list[tuple[int, int]], words: list[str], matched: list[int]
) -> list[highlight.Fragment]:
    """ContextFragmenter's walk over tokens whose lengths never exceed the fragment size,
    in a text shorter than its char limit. Outside a fragment it only keeps a buffer of
    the tokens that end at most SURROUND_CHARS before the current one (their start is
    where a fragment begins); that buffer is a run of consecutive tokens, so it is kept as
    the run's bounds and its first member found by bisection when a fragment starts."""
    starts = [start for start, _ in spans]
    is_match = set(matched)
    fragments = []
    tokens: list[_Token] = []
    first: int | None = None
    countdown, length = -1, 0  # as in ContextFragmenter.fragment_tokens
    run: tuple[int, int] | None = None  # buffered tokens: indices run[0]..run[1]
    i, n, next_match = 0, len(spans), 0
    while i < n:
        start, end = spans[i]
        if countdown < 0 and i not in is_match:
            # Skip to the next matched token: the skipped ones only join the buffer.
            while next_match < len(matched) and matched[next_match] < i:
                next_match += 1
            j = matched[next_match] if next_match < len(matched) else n
            run = (run[0] if run else i, j - 1)
            i = j
            continue
        if length + (end - start) > SNIPPET_CHARS:
            countdown = 0
        elif i in is_match:
            countdown = SURROUND_CHARS
            if first is None:
                first = _buffer_start(starts, spans, run)
                if first is None:
                    first = start
                    countdown += SURROUND_CHARS  # add on unused front context
            tokens.append(_Token(_term(words[i].lower()), start, end, True))
        if countdown >= 0:
            length += end - start
            countdown -= end - start
            if countdown <= 0:
                fragments.append(highlight.mkfrag(text, tokens, startchar=first, endchar=end))
                tokens, run, first, length = [], None, None, 0
        i += 1
    if tokens:
        fragments.append(highlight.mkfrag(text, tokens, startchar=first, endchar=spans[-1][1]))
    return fragments


def _buffer_start(
    starts: list[int], spans: list[tuple[int, int]], run: tuple[int, int] | None
) -> int | None:
    """The first start left in the buffer: the fragmenter drops buffered tokens starting
    more than SURROUND_CHARS before the end of the last one it buffered."""
    if run is None:
        return None
    low, high = run
    k = bisect_left(starts, spans[high][1] - SURROUND_CHARS, low, high + 1)
    return starts[k] if k <= high else None


def snippet(searcher: Searcher, body: str, text_query: Query | None) -> str:
    """The passages with the most matched words, or the article's opening."""
    return body_snippet(body, highlighted_terms(searcher, text_query))


def highlighted_terms(searcher: Searcher, text_query: Query | None) -> frozenset[str]:
    """The body's index terms a query matches: what its hits' snippets mark. The same for
    every hit of a search, so found once per search (looking prefix* expansions up in
    the index took as long as the snippet itself)."""
    if text_query is None:
        return frozenset()
    # all_terms gives the plain words; existing_terms(expand=True) the words a prefix*
    # matched. (existing_terms alone misses plain words: whoosh-reloaded 2.7.5 checks
    # them against the reader as str where the reader holds bytes.)
    found = set(text_query.all_terms(phrases=True)) | set(
        text_query.existing_terms(searcher.reader(), phrases=True, expand=True)
    )
    return frozenset(
        term.decode("utf-8") if isinstance(term, bytes) else term
        for field, term in found
        if field == "body"
    )


def body_snippet(body: str, terms: frozenset[str]) -> str:
    """The passages of ``body`` with the most of ``terms``, or its opening."""
    body = " ".join(body.split())  # paragraph breaks mean nothing inside a snippet
    if terms:
        text = _highlight(body, terms, top=2)
        if text:
            return text
    opening = body[:SNIPPET_CHARS]
    if len(body) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening, quote=False)
