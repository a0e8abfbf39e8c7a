"""Bounding what one query may cost, so that no request holds the server.

A prefix stands for every indexed word it begins: ``a*`` for a good part of the
vocabulary, and a query of twenty such prefixes made Whoosh score tens of thousands of
words for every article (8 s on 800 articles, 17 s on 3,800, issue 13). Before anything is
read, a query is refused when a prefix is too short or stands for too many words, or when
the query as a whole would search too many words; while it runs, a deadline is checked
at every posting list read and Whoosh's own collectors are stopped at the time budget.
Each refusal is a QueryTooCostly naming the limit and how to narrow the query.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice

from whoosh import query as wq
from whoosh.reading import IndexReader

from app.search.backend import QueryLimits, QueryTooCostly

# Every searched word is parsed into one query per field (title and body, the same words):
# the body's are counted, once per word the user typed.
COUNTED_FIELD = "body"


DEFAULT_LIMITS = QueryLimits()


def check_query(query: wq.Query, reader: IndexReader, limits: QueryLimits) -> None:
    """Raise QueryTooCostly if ``query`` is beyond the limits; reads only the term
    dictionary (at most prefix_max_terms + 1 words per prefix)."""
    patterns = [q for q in _leaves(query) if isinstance(q, wq.Prefix | wq.Wildcard)]
    for q in patterns:
        _check_prefix_length(q, limits)
    words = sum(_words(q) for q in _leaves(query) if not isinstance(q, wq.Prefix | wq.Wildcard))
    for q in patterns:
        words += _expansions(q, reader, limits)
    if words > limits.query_max_terms:
        raise QueryTooCostly(
            f"This search would look for {words:,} indexed words (its words plus every word "
            f"its prefixes stand for); the limit is {limits.query_max_terms:,}",
            "Use fewer or longer prefixes (ending in *), or fewer words.",
        )


def _leaves(query: wq.Query) -> Iterator[wq.Query]:
    for leaf in query.leaves() if not query.is_leaf() else [query]:
        if leaf.field() == COUNTED_FIELD:
            yield leaf


def _words(q: wq.Query) -> int:
    if isinstance(q, wq.Phrase):
        return len(q.words)
    return 1 if isinstance(q, wq.Term) else 0


def _stem(q: wq.Prefix | wq.Wildcard) -> str:
    """The letters before the first wildcard character (a Prefix's text has no *)."""
    if isinstance(q, wq.Prefix):
        return q.text
    cuts = [i for i in (q.text.find("*"), q.text.find("?")) if i >= 0]
    return q.text[: min(cuts, default=len(q.text))]


def _shown(q: wq.Prefix | wq.Wildcard) -> str:
    """The pattern as the user typed it."""
    return q.text + "*" if isinstance(q, wq.Prefix) else q.text


def _check_prefix_length(q: wq.Prefix | wq.Wildcard, limits: QueryLimits) -> None:
    stem = _stem(q)
    if len(stem) < limits.prefix_min_chars:
        raise QueryTooCostly(
            f"The prefix {_shown(q)!r} is too short: a prefix needs at least "
            f"{limits.prefix_min_chars} letters before its * or ?",
            "Type more of the word before the *, or search for whole words.",
        )


def _expansions(q: wq.Prefix | wq.Wildcard, reader: IndexReader, limits: QueryLimits) -> int:
    found = sum(1 for _ in islice(q._btexts(reader), limits.prefix_max_terms + 1))
    if found > limits.prefix_max_terms:
        raise QueryTooCostly(
            f"The prefix {_shown(q)!r} stands for more than {limits.prefix_max_terms:,} "
            "indexed words",
            "Use a longer prefix, or search for whole words.",
        )
    return found


class Deadline:
    """The moment a search must have finished by."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def check(self) -> None:
        if self.remaining() <= 0:
            raise self.exceeded()

    def exceeded(self) -> QueryTooCostly:
        return QueryTooCostly(
            f"This search took longer than the {self.seconds:g} s a search may take",
            "Narrow it: fewer prefixes (ending in *), fewer OR alternatives, or add a filter.",
        )


_CURRENT: ContextVar[Deadline | None] = ContextVar("search_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Set the running search's deadline for the code below it in this thread."""
    current = Deadline(seconds)
    token = _CURRENT.set(current)
    try:
        yield current
    finally:
        _CURRENT.reset(token)


def check_deadline() -> None:
    """Raise QueryTooCostly if the running search (if any) is past its deadline."""
    current = _CURRENT.get()
    if current is not None:
        current.check()


def current_deadline() -> Deadline | None:
    return _CURRENT.get()
