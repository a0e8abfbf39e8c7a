""" "Did you mean ...": each word whose stem the body does not hold replaced by the closest
body word at most two edits away (Solr's DirectSolrSpellChecker, configured in
configset/solrconfig.xml; ties go to the word more articles hold).

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
        # Several per word: with one, SolrCloud's merge of the shards' answers can keep a
        # worse word than a shard's best (seen with Solr 9.10: "mobil" for "mosol" while
        # "mosul" was one edit away); the first of several is the best.
        **{"spellcheck.q": " ".join(words), "spellcheck.count": 5},
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
