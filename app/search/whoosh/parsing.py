"""User query text -> Whoosh query, with safe defaults and problems as messages.

Supported: words (all must match), "exact phrases", AND / OR / NOT, prefix*, ( ).
A query Whoosh cannot take as written is searched as plain words, and the user is told why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import qparser
from whoosh.query import NullQuery, Query

from app.search.query_syntax import OPERATOR as _OPERATOR
from app.search.query_syntax import syntax_problem
from app.search.whoosh.schema import build_schema

_SEARCHED_FIELDS = ["title", "body"]

_SPECIAL = re.compile(r'["()*?:^~\[\]{}\\/+]')


@dataclass(frozen=True)
class ParsedQuery:
    query: Query | None  # None when the text has nothing to search for
    problem: str | None = None


def _make_parser() -> qparser.QueryParser:
    parser = qparser.MultifieldParser(
        _SEARCHED_FIELDS, schema=build_schema(), group=qparser.AndGroup
    )
    # No field:value, ranges, boosts or fuzzy terms: the search box offers words, phrases,
    # AND/OR/NOT, prefix* and parentheses, and anything else is read as words.
    for plugin in (
        qparser.FieldsPlugin,
        qparser.RangePlugin,
        qparser.BoostPlugin,
        qparser.FuzzyTermPlugin,
        qparser.RegexPlugin,
        qparser.PlusMinusPlugin,
    ):
        parser.remove_plugin_class(plugin)
    return parser


_PARSER = _make_parser()


def parse_user_query(text: str) -> ParsedQuery:
    """Parse the search box; never raises."""
    text = text.strip()
    if not text:
        return ParsedQuery(None)
    problem = syntax_problem(text)
    if problem:
        words = _SPECIAL.sub(" ", text)
        words = " ".join(w for w in words.split() if not _OPERATOR.match(w))
        fallback = _parse(words) if words else None
        return ParsedQuery(fallback, f"{problem} Searched for the words instead: {words!r}.")
    query = _parse(text)
    if query is None:
        return ParsedQuery(None, "The query has no searchable words.")
    return ParsedQuery(query)


def _parse(text: str) -> Query | None:
    try:
        query = _PARSER.parse(text)
    except Exception:  # Whoosh raises assorted errors on odd input; never let one escape.
        return None
    if query is NullQuery or isinstance(query, type(NullQuery)):
        return None
    return query
