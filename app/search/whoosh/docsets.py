"""Matching documents as boolean numpy masks, with each term's documents cached.

Whoosh enumerates matches one Python call per document (``docs_for_query``); here a term is
its posting list read block by block (postings.py) and kept for the index generation, And is
``&``, Or ``|``, Not the complement, and a phrase the documents holding all its words with
positions checked on those only. The result is the set Whoosh would find; query types not
handled here are left to Whoosh."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from app.search.whoosh.generation import GenerationCache
from app.search.whoosh.postings import Postings, members, term_postings

# Term postings (documents and weights) kept per generation, by total size: at 100k
# articles a word in most articles takes ~0.6 MB, so 32 MB holds the few dozen common
# words searched most, plus every filter value a session touches.
CACHE_BYTES = 32 * 1024 * 1024
# Phrase matches kept per generation: paging through a phrase's results asks again.
PHRASES_KEPT = 64


class DocSets:
    def __init__(self, searcher: Searcher, cache: GenerationCache) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._cache = cache
        self._terms: OrderedDict[tuple[str, bytes], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._bytes = 0
        self._phrases: OrderedDict[tuple[str, tuple[bytes, ...]], np.ndarray] = OrderedDict()

    def matches(self, query: wq.Query) -> np.ndarray:
        """A boolean mask over document numbers: live documents matching ``query``."""
        return self._mask(query) & self._cache.live

    def term(self, field: str, text: str | bytes) -> np.ndarray:
        """Sorted document numbers holding the term (deleted ones included)."""
        return self.postings(field, text)[0]

    def postings(self, field: str, text: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        """The term's sorted document numbers and its weight in each."""
        btext = text if isinstance(text, bytes) else self._to_bytes(field, text)
        key = (field, btext)
        found = self._terms.get(key)
        if found is not None:
            self._terms.move_to_end(key)
            return found
        found = term_postings(self._reader, field, btext)
        self._keep(key, found)
        return found

    def _keep(self, key: tuple[str, bytes], found: tuple[np.ndarray, np.ndarray]) -> None:
        if key in self._terms:
            return
        self._terms[key] = found
        self._bytes += found[0].nbytes + found[1].nbytes
        while self._bytes > CACHE_BYTES and len(self._terms) > 1:
            _, (docs, weights) = self._terms.popitem(last=False)
            self._bytes -= docs.nbytes + weights.nbytes

    def _to_bytes(self, field: str, text: str) -> bytes:
        return self._searcher.schema[field].to_bytes(text)

    def _docs_mask(self, docs: np.ndarray) -> np.ndarray:
        mask = np.zeros(self._cache.size, dtype=bool)
        mask[docs] = True
        return mask

    def _mask(self, q: wq.Query) -> np.ndarray:
        size = self._cache.size
        if isinstance(q, wq.Term):
            return self._docs_mask(self.term(q.fieldname, q.text))
        if isinstance(q, wq.Every):
            return np.ones(size, dtype=bool)
        if isinstance(q, wq.NullQuery.__class__):
            return np.zeros(size, dtype=bool)
        if isinstance(q, wq.And | wq.Require):
            mask = np.ones(size, dtype=bool)
            for sub in q.children():
                mask &= self._mask(sub)
            return mask
        if isinstance(q, wq.Or | wq.DisjunctionMax):
            mask = np.zeros(size, dtype=bool)
            for sub in q.children():
                mask |= self._mask(sub)
            return mask
        if isinstance(q, wq.Not):
            return ~self._mask(q.query)
        if isinstance(q, wq.AndNot):
            return self._mask(q.a) & ~self._mask(q.b)
        if isinstance(q, wq.AndMaybe):
            return self._mask(q.a)
        if isinstance(q, wq.Prefix | wq.Wildcard):
            mask = np.zeros(size, dtype=bool)
            for btext in q._btexts(self._reader):
                mask[self.term(q.fieldname, btext)] = True
            return mask
        if isinstance(q, wq.NumericRange) and q.fieldname == "published":
            return self._date_range(q)
        if isinstance(q, wq.Phrase) and q.slop == 1 and len(q.words) >= 2:
            return self._phrase(q)
        return self._docs_mask(  # anything else: Whoosh's own enumeration
            np.fromiter(self._searcher.docs_for_query(q), dtype=np.int64)
        )

    def _date_range(self, q: wq.NumericRange) -> np.ndarray:
        published = self._cache.published
        mask = np.ones(self._cache.size, dtype=bool)
        if q.start is not None:
            mask &= published > q.start if q.startexcl else published >= q.start
        if q.end is not None:
            mask &= published < q.end if q.endexcl else published <= q.end
        return mask

    def _phrase(self, q: wq.Phrase) -> np.ndarray:
        """Documents holding all the words (an And of masks), then their positions checked
        on those candidates only, read straight from the posting blocks: Whoosh's phrase
        matcher does the same check through a chain of Python matchers per document."""
        field = self._searcher.schema[q.fieldname]
        try:
            words = tuple(field.to_bytes(word) for word in q.words)
        except ValueError:
            return np.zeros(self._cache.size, dtype=bool)
        key = (q.fieldname, words)
        docs = self._phrases.get(key)
        if docs is None:
            docs = self._phrase_docs(q.fieldname, words)
            self._phrases[key] = docs
            if len(self._phrases) > PHRASES_KEPT:
                self._phrases.popitem(last=False)
        else:
            self._phrases.move_to_end(key)
        return self._docs_mask(docs)

    def _phrase_docs(self, fieldname: str, words: tuple[bytes, ...]) -> np.ndarray:
        postings = {w: Postings.read(self._reader, fieldname, w, with_values=True) for w in words}
        for word, found in postings.items():
            self._keep((fieldname, word), (found.docs, found.weights))
        mask = self._cache.live.copy()
        for found in postings.values():
            mask &= self._docs_mask(found.docs)
        candidates = np.flatnonzero(mask)
        if not len(candidates):
            return candidates
        # Start positions of the phrase: where the first word is followed by the others.
        starts = postings[words[0]].position_keys(candidates)
        for i, word in enumerate(words[1:], start=1):
            following = postings[word].position_keys(candidates)
            starts = starts[members(starts + i, following)]
        docs = starts >> 32
        return docs[np.concatenate([[True], docs[1:] != docs[:-1]])] if len(docs) else docs
