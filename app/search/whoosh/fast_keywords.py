"""Keyword postings (people, cities, countries, regions) counted in one loop instead of
Whoosh's token pipeline.

Each index document has seven comma-separated keyword fields. Whoosh runs every value
through a regular-expression tokenizer and a strip filter, generators handing one shared
Token object along, then counts the tokens with two dictionaries: profiled in the index
sub-writers (py-spy, 10k ingest), that pipeline was ~15% of adding a document, for a
handful of slugs. For the comma-separated keyword analyzer (the one the schema uses) this
does the same steps on the tokenizer's own matches: every term, frequency, weight and
value is the one Whoosh gives, in the same order; any other analyzer takes Whoosh's path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import CompositeAnalyzer, RegexTokenizer, StripFilter
from whoosh.formats import Frequency
from whoosh.system import pack_uint


def _comma_pattern(analyzer: Any) -> Any | None:
    """The token pattern of a tokenizer-then-strip analyzer (KEYWORD(commas=True)), or
    None for any other."""
    if not isinstance(analyzer, CompositeAnalyzer) or len(analyzer.items) != 2:
        return None
    tokenizer, strip = analyzer.items
    if type(tokenizer) is not RegexTokenizer or tokenizer.gaps or type(strip) is not StripFilter:
        return None
    return tokenizer.expression


class FastFrequency(Frequency):
    """Whoosh's Frequency format with a one-loop ``word_values`` for comma keywords."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[tuple]:
        pattern = _comma_pattern(analyzer)
        if pattern is None or not isinstance(value, str) or set(kwargs) - {"mode"}:
            return Frequency.word_values(self, value, analyzer, **kwargs)
        if pattern.groups == 0:
            matches = pattern.findall(value)
        else:
            matches = [match.group(0) for match in pattern.finditer(value)]
        freqs: dict[str, int] = {}
        for match in matches:
            text = match.strip()
            freqs[text] = freqs.get(text, 0) + 1
        # Whoosh sums each token's boost (1.0) per term: float(freq), exactly.
        field_boost = self.field_boost
        return (
            (word, freq, float(freq) * field_boost, pack_uint(freq)) for word, freq in freqs.items()
        )
