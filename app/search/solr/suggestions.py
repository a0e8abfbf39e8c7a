""" "Did you mean ...": the embedded engine's SymSpell corrections, over the collection's words.

Solr's own spellchecker merges the shards' answers word by word and gives other choices
than the embedded engine ("mobil" for "mosol"); so the suggestions are made as there
(app/search/whoosh/spelling.py and vocabulary.py), from what the collection holds: every
stem of the title and body with the articles holding it (Solr's terms component, summed
over the shards), and the words of people's and places' slugs with the articles naming
them (terms facets). The typed words are stemmed with the analysis the Solr schema mirrors
(configset/schema.xml), so a stem means the same to both.

The dictionary is made on the first misspelled search and made again when the collection
has changed (another highest id or count), at most once a minute: a running ingest does
not make every misspelled search rebuild it.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from app.search.solr.client import SolrClient
from app.search.whoosh.spelling import Speller, corrections_by, stemming_analyzer
from app.search.whoosh.vocabulary import (
    MIN_ARTICLES,
    NAME_KINDS,
    TEXT_FIELDS,
    name_words,
    vocabulary_from,
)

# Seconds a dictionary is kept after the collection changed before it is made again.
REBUILD_AFTER_S = 60.0
# Facet over every slug of a kind (persons, cities), for the words of names.
_SLUG_FIELDS = {"person": "persons", "city": "cities"}
_STATE = {
    "state": {
        "type": "query",
        "q": "*:*",
        "domain": {"query": "*:*"},
        "facet": {"max": "max(article_id)"},
    }
}


class SolrSpeller:
    """Corrections of typed queries from one collection's vocabulary (kept, see above)."""

    def __init__(self, client: SolrClient, lexicon_dir: Path | None = None) -> None:
        self.client = client
        self.lexicon_dir = lexicon_dir  # where the stemmed English lexicon is kept, if any
        self._analyzer = stemming_analyzer()
        self._lock = threading.Lock()
        self._speller: Speller | None = None
        self._state: tuple[int, int] | None = None
        self._made = 0.0

    def corrections(self, text: str) -> list[str]:
        """Up to three corrected queries, best first (empty when nothing is doubted)."""
        speller = self._current()
        known: dict[str, int] = {}

        def articles(key: str) -> int:
            if key not in known:
                known[key] = self._articles(key)
            return known[key]

        return corrections_by(speller, articles, self._analyzer, text)

    def _current(self) -> Speller:
        state = self._collection_state()
        with self._lock:
            stale = state != self._state and time.monotonic() - self._made >= REBUILD_AFTER_S
            if self._speller is None or stale:
                self._speller = Speller(
                    vocabulary_from(self._stem_counts(), self._name_words(), self.lexicon_dir),
                    self._speller,  # its dictionary grown by the new words only
                )
                self._state, self._made = state, time.monotonic()
            return self._speller

    def _collection_state(self) -> tuple[int, int]:
        """(documents, highest article id): changes whenever the collection does."""
        answer = self.client.select("*:*", rows=0, **{"json.facet": json.dumps(_STATE)})
        highest = ((answer.get("facets") or {}).get("state") or {}).get("max") or 0
        return int(answer["response"]["numFound"]), int(highest)

    def _stem_counts(self) -> dict[str, int]:
        """Stem -> articles holding it, in the title or the body (the larger count)."""
        counts: dict[str, int] = {}
        for field in TEXT_FIELDS:
            answer = self.client.terms(
                **{
                    "terms.fl": field,
                    "terms.limit": -1,
                    "terms.mincount": MIN_ARTICLES,
                    "terms.sort": "index",
                }
            )
            for key, frequency in _pairs((answer.get("terms") or {}).get(field)):
                if frequency > counts.get(key, 0):
                    counts[key] = frequency
        return counts

    def _name_words(self) -> dict[str, int]:
        facets = {
            kind: {"type": "terms", "field": _SLUG_FIELDS[kind], "limit": -1} for kind in NAME_KINDS
        }
        answer = self.client.select("*:*", rows=0, **{"json.facet": json.dumps(facets)})
        found = answer.get("facets") or {}
        return name_words(
            (str(bucket["val"]), int(bucket["count"]))
            for kind in NAME_KINDS
            for bucket in (found.get(kind) or {}).get("buckets") or []
        )

    def _articles(self, key: str) -> int:
        """Articles holding the stem, in the title or the body (the larger count)."""
        answer = self.client.terms(**{"terms.fl": list(TEXT_FIELDS), "terms.list": key})
        held = answer.get("terms") or {}
        return max((n for f in TEXT_FIELDS for _, n in _pairs(held.get(f))), default=0)


def _pairs(listed: Any) -> list[tuple[str, int]]:
    """(term, count) from the terms component's flat [term, count, ...] list (or pairs)."""
    if not listed:
        return []
    if isinstance(listed, dict):
        return [(str(k), int(v)) for k, v in listed.items()]
    if isinstance(listed[0], list):
        return [(str(k), int(v)) for k, v in listed]
    return [(str(k), int(v)) for k, v in zip(listed[::2], listed[1::2], strict=False)]
