""" "Did you mean ...": each word the collection does not hold replaced by the closest word
it does (Solr's DirectSolrSpellChecker over the ``spell`` field, up to two edits away).

As in the embedded engine, words inside quotes, operators and prefix* terms are left as
typed, and the correction is offered only when it finds more articles than the query."""

from __future__ import annotations

import re
from typing import Any

from app.search.solr.client import SolrClient

_PIECE = re.compile(r'"[^"]*"|[\w*?]+|[^\w\s]+|\s+')
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


def corrected_text(client: SolrClient, text: str) -> str | None:
    """The query with each unknown word replaced, or None when no word was."""
    pieces = _PIECE.findall(text)
    words = [p for p in pieces if re.fullmatch(r"\w+", p) and p not in _OPERATORS]
    if not words:
        return None
    answer = client.select(
        "*:*",
        rows=0,
        spellcheck="true",
        **{"spellcheck.q": " ".join(words), "spellcheck.count": 1},
    )
    fixes = _suggestions(answer)
    changed = False
    out = []
    for piece in pieces:
        replacement = fixes.get(piece.lower()) if piece in words else None
        if replacement:
            out.append(replacement)
            changed = True
        else:
            out.append(piece)
    return "".join(out) if changed else None


def _suggestions(answer: dict[str, Any]) -> dict[str, str]:
    """{misspelled word: first suggestion} from Solr's spellcheck section (a flat list of
    word, details pairs)."""
    flat = (answer.get("spellcheck") or {}).get("suggestions") or []
    fixes = {}
    for word, details in zip(flat[::2], flat[1::2], strict=False):
        found = details.get("suggestion") if isinstance(details, dict) else None
        if found:
            first = found[0]
            fixes[str(word).lower()] = first["word"] if isinstance(first, dict) else str(first)
    return fixes
