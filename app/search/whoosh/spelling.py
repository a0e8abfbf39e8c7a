""" "Did you mean ...": a spelling correction of the query's words from the index's own terms."""

from __future__ import annotations

import re

from whoosh.searching import Searcher

_WORD = re.compile(r'"[^"]*"|[\w*?]+|[^\w\s]+|\s+')
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


def corrected_query(searcher: Searcher, text: str) -> str | None:
    """The query with each unknown word replaced by the closest indexed word, or None.

    Words inside quotes, operators and prefix* terms are left as typed. Whoosh's own
    ``correct_query`` is not used: it corrects the parsed query but returns the text unchanged
    for multi-field queries.
    """
    reader = searcher.reader()
    analyzer = searcher.schema["body"].analyzer
    corrector = searcher.corrector("body")
    changed = False
    pieces = []
    for piece in _WORD.findall(text):
        replacement = piece
        if re.fullmatch(r"\w+", piece) and piece not in _OPERATORS:
            stems = [token.text for token in analyzer(piece)]
            known = all(reader.doc_frequency("body", stem) for stem in stems)
            if stems and not known:
                suggestions = corrector.suggest(piece.lower(), limit=1, maxdist=2)
                if suggestions:
                    replacement, changed = suggestions[0], True
        pieces.append(replacement)
    return "".join(pieces) if changed else None
