"""The search box's syntax -> a Lucene query string for Solr, with problems as messages.

The archive accepts what the embedded engine accepts (app/search/whoosh/parsing.py): words,
all of which must match; "exact phrases"; AND, OR, NOT (and Whoosh's ANDNOT, ANDMAYBE);
prefix* (and ? / * inside a word); parentheses. Operators bind as Whoosh binds them: NOT
tightest, then AND, then OR, then the implicit AND between neighbours, so ``a b OR c`` is
``a AND (b OR c)``. The text is parsed here, never by Solr's own parser: every word is
reduced to its letters and digits before it reaches Solr, so no user input can name a
field, a range, a boost or a local parameter. A word or phrase searches the title
(weighted as in Whoosh) and the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.search.query_syntax import OPERATOR as _OPERATOR
from app.search.query_syntax import syntax_problem

# Titles say what a story is about in a few words: the weight Whoosh gives them.
TITLE_BOOST = 2.5
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

_SPECIAL = re.compile(r'["()*?:^~\[\]{}\\/+]')
# Whoosh's token pattern (a word: letters and digits, dots inside), with the wildcards
# its query parser keeps inside a word.
_TOKEN = re.compile(r"\w+(?:\.?\w+)*")
_QUERY_TOKEN = re.compile(r"[\w*?]+(?:\.?[\w*?]+)*")
_LEXEME = re.compile(r'"[^"]*"|[()]|[^\s()"]+')
STOPWORDS_FILE = Path(__file__).with_name("configset") / "stopwords.txt"


@dataclass(frozen=True)
class ParsedText:
    lucene: str | None  # None when the text has nothing to search for
    problem: str | None = None
    patterns: tuple[str, ...] = ()  # prefix* and wildcard words, in lower case
    words: int = 0  # plain words searched (a phrase counts each of its words)


@cache
def stop_words() -> frozenset[str]:
    """The configset's stop words (Whoosh's list): words no index holds."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def parse_text(text: str) -> ParsedText:
    """Translate the search box; never raises."""
    text = text.strip()
    if not text:
        return ParsedText(None)
    problem = syntax_problem(text)
    if problem:
        words = " ".join(w for w in _SPECIAL.sub(" ", text).split() if not _OPERATOR.match(w))
        parser = _translate(words) if words else None
        fallback = parser.lucene if parser else None
        message = f"{problem} Searched for the words instead: {words!r}."
        if parser is None:
            return ParsedText(None, message)
        return ParsedText(fallback, message, tuple(parser.patterns), parser.words)
    parser = _translate(text)
    if parser is None or parser.lucene is None:
        return ParsedText(None, "The query has no searchable words.")
    return ParsedText(parser.lucene, None, tuple(parser.patterns), parser.words)


def _translate(text: str) -> _Parser | None:
    """The parser after reading the whole text (its ``lucene``, ``patterns``, ``words``)."""
    parser = _Parser(_LEXEME.findall(text))
    try:
        parser.lucene = parser.parse()
    except _Unparsable:
        return None
    return parser


class _Unparsable(Exception):
    pass


class _Parser:
    """Recursive descent over the lexemes; each rule returns a Lucene clause, or None for
    a part with nothing to search (stop words only), which its parent leaves out."""

    def __init__(self, lexemes: list[str]) -> None:
        self.lexemes = lexemes
        self.at = 0
        self.lucene: str | None = None
        self.patterns: list[str] = []  # for the cost limits (cost_limits.py)
        self.words = 0

    def parse(self) -> str | None:
        clause = self._sequence()
        if self.at != len(self.lexemes):
            raise _Unparsable
        return clause

    def _peek(self) -> str | None:
        return self.lexemes[self.at] if self.at < len(self.lexemes) else None

    def _take(self) -> str:
        if self.at >= len(self.lexemes):
            raise _Unparsable
        self.at += 1
        return self.lexemes[self.at - 1]

    def _sequence(self) -> str | None:
        """Neighbours, all of which must match."""
        parts = []
        while self._peek() not in (None, ")"):
            parts.append(self._or())
        return _join(parts, "AND")

    def _or(self) -> str | None:
        parts = [self._and()]
        while self._peek() == "OR":
            self._take()
            parts.append(self._and())
        return _join(parts, "OR")

    def _and(self) -> str | None:
        clause = self._unary()
        while self._peek() in ("AND", "ANDNOT", "ANDMAYBE"):
            operator = self._take()
            right = self._unary()
            if operator == "AND":
                clause = _join([clause, right], "AND")
            elif operator == "ANDNOT":
                clause = _join([clause, _negate(right)], "AND")
            elif clause is not None and right is not None:  # ANDMAYBE: only adds to the score
                clause = f"({clause} AND ({right} OR *:*))"
        return clause

    def _unary(self) -> str | None:
        if self._peek() == "NOT":
            self._take()
            return _negate(self._unary())
        return self._atom()

    def _atom(self) -> str | None:
        lexeme = self._take()
        if lexeme == "(":
            clause = self._sequence()
            if self._take() != ")":
                raise _Unparsable
            return clause
        if lexeme == ")" or lexeme in _OPERATORS:
            raise _Unparsable
        if lexeme.startswith('"'):
            return self._phrase(lexeme.strip('"'))
        return self._word(lexeme)

    def _word(self, lexeme: str) -> str | None:
        """A word: its tokens (a word like al-Baghdadi holds two) must all match. A token
        with * or ? is a wildcard over the index's words, as typed but in lower case."""
        clauses = []
        for token in _QUERY_TOKEN.findall(lexeme.lower()):
            if "*" in token or "?" in token:
                if token.strip("*?"):
                    self.patterns.append(token)
                    clauses.append(_both_fields(token))
            elif _searchable(token):
                self.words += 1
                clauses.append(_both_fields(token))
        return _join(clauses, "AND")

    def _phrase(self, text: str) -> str | None:
        """The words in this order. Stop words stay in the phrase: Solr leaves their places
        empty, so "war in Syria" still finds the words with one word between them."""
        tokens = _TOKEN.findall(text.lower())
        searchable = [t for t in tokens if _searchable(t)]
        self.words += len(searchable)
        if not searchable:
            return None
        if len(searchable) == 1:
            return _both_fields(searchable[0])
        return _both_fields('"' + " ".join(tokens) + '"')


def _join(parts: list[str | None], operator: str) -> str | None:
    kept = [part for part in parts if part is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else "(" + f" {operator} ".join(kept) + ")"


def _negate(clause: str | None) -> str | None:
    # Everything but the clause: a bare negative clause inside a group matches nothing.
    return None if clause is None else f"(*:* -{clause})"


def _searchable(token: str) -> bool:
    """Whether the index holds this token at all (not a stop word, not one letter)."""
    return len(token) >= 2 and token not in stop_words()


def _both_fields(term: str) -> str:
    return f"(title:{term}^{TITLE_BOOST} OR body:{term})"
