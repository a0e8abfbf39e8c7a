"""Postings with positions computed in one loop instead of Whoosh's token pipeline.

Profiling an ingest showed the analysis of titles and bodies as the largest single cost of
indexing: Whoosh runs every word through a chain of generators (tokenizer, lowercase,
stop words, stemmer), each touching a shared Token object, about 40% of the time spent
adding a document. For the standard stemming analyzer (the one the schema uses) this does
the same steps in one loop over the regular expression's matches, with the same stop
list, the same minimum size, the same position renumbering and the same Porter stemmer,
so every term, frequency, weight and encoded position list is identical; any other
analyzer takes Whoosh's own path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import sub
from typing import Any

from whoosh.analysis import (
    CompositeAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.compat import dumps
from whoosh.formats import Positions
from whoosh.lang.porter import stem as porter_stem
from whoosh.system import pack_uint

# The Porter stemmer is a pure function; a bounded cache keeps an archive's vocabulary of
# frequent words stemmed once without growing with every typo and number.
_cached_porter_stem = lru_cache(maxsize=200_000)(porter_stem)

# (token pattern, stop words, min length, max length or None, stemmer, words not stemmed)
_Plan = tuple[Any, frozenset[str], int, int | None, Callable[[str], str], frozenset[str]]


def _plan(analyzer: Any) -> _Plan | None:
    """The steps of a tokenizer-lowercase-stop-stem analyzer, or None for any other."""
    if not isinstance(analyzer, CompositeAnalyzer) or len(analyzer.items) != 4:
        return None
    tokenizer, lowercase, stops, stemmer = analyzer.items
    if (
        type(tokenizer) is not RegexTokenizer
        or tokenizer.gaps
        or type(lowercase) is not LowercaseFilter
        or type(stops) is not StopFilter
        or not stops.renumber
        or type(stemmer) is not StemFilter
        or stemmer.lang
    ):
        return None
    stem = _cached_porter_stem if stemmer.stemfn is porter_stem else stemmer._stem
    return tokenizer.expression, stops.stops, stops.min, stops.max, stem, stemmer.ignore


class FastPositions(Positions):
    """Whoosh's Positions format with a one-loop ``word_values`` for the stemming analyzer."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[tuple]:
        plan = _plan(analyzer)
        if plan is None or not isinstance(value, str) or set(kwargs) - {"mode"}:
            yield from Positions.word_values(self, value, analyzer, **kwargs)
            return
        field_boost = self.field_boost
        for word, positions in _positions_by_term(value, plan).items():
            yield word, len(positions), len(positions) * field_boost, _encoded(positions)


# Most terms of a document are there once: their encoded position list depends on the
# position alone, so it is encoded once per position. Positions.encode was ~40% of
# ``word_values`` (py-spy, 10k ingest), its delta loop and pickling per term.
ONE_POSITION_CACHED = 4_096
_one_position: dict[int, bytes] = {}


def _encoded(positions: list[int]) -> bytes:
    """``Positions.encode(positions)``, the same bytes: the count, then the pickled
    deltas."""
    if len(positions) == 1:
        position = positions[0]
        value = _one_position.get(position)
        if value is None:
            value = pack_uint(1) + dumps([position], 2)
            if position < ONE_POSITION_CACHED:
                _one_position[position] = value
        return value
    deltas = [positions[0], *map(sub, positions[1:], positions)]
    return pack_uint(len(deltas)) + dumps(deltas, 2)


def _positions_by_term(value: str, plan: _Plan) -> dict[str, list[int]]:
    """Term -> positions, as Whoosh's StemmingAnalyzer numbers them: a word's position is
    its index among the tokens, except that after the first kept word the stop words are
    not counted (StopFilter's renumbering)."""
    terms = _terms.setdefault(plan, {})
    if len(terms) > TERMS_CACHED:
        terms.clear()
    positions: dict[str, list[int]] = {}
    pos = -1
    for index, word in enumerate(_tokens(plan[0], value)):
        term = terms.get(word, _UNSEEN)
        if term is _UNSEEN:
            term = terms[word] = _term(word, plan)
        if term is None:
            continue
        pos = index if pos < 0 else pos + 1
        positions.setdefault(term, []).append(pos)
    return positions


# The term of each token as it was written, per plan: a text's words are mostly ones seen
# before, and looking one up costs less than lower-casing, filtering and stemming it again
# (those steps were about half of _positions_by_term, profiled on 3,000 synthetic articles).
# Bounded like the stemmer's cache.
TERMS_CACHED = 200_000
_terms: dict[_Plan, dict[str, str | None]] = {}
_UNSEEN = object()


def _term(word: str, plan: _Plan) -> str | None:
    """The term a token becomes, or None for one the stop filter drops."""
    _pattern, stop_words, min_size, max_size, stem, not_stemmed = plan
    text = word.lower()
    size = len(text)
    if size < min_size or (max_size is not None and size > max_size) or text in stop_words:
        return None
    return text if text in not_stemmed else stem(text)


# Whoosh's default token pattern, whose group makes ``findall`` return the group; the same
# pattern without capturing returns whole matches, the tokens, without match objects.
_DEFAULT_PATTERN = r"[\w\*]+(\.?[\w\*]+)*"
_uncaptured: dict[Any, Any] = {}


def _tokens(pattern: Any, value: str) -> list[str]:
    """The tokenizer's matches, as strings."""
    if pattern.groups == 0:
        return pattern.findall(value)
    if pattern.pattern == _DEFAULT_PATTERN:
        if pattern not in _uncaptured:
            _uncaptured[pattern] = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*", pattern.flags)
        return _uncaptured[pattern].findall(value)
    return [match.group(0) for match in pattern.finditer(value)]
