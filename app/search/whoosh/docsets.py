"""Matching documents as boolean numpy masks, with each term's documents cached.

Whoosh enumerates matches one Python call per document (``docs_for_query``); here a term is
its posting list read block by block (postings.py) and kept for the index generation
(postings_cache.py, shared by the generation's searchers), And is
``&``, Or ``|``, Not the complement, and a phrase the documents holding all its words with
positions checked on those only. The result is the set Whoosh would find; query types not
handled here are left to Whoosh."""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from app.search.whoosh.generation import GenerationCache
from app.search.whoosh.limits import check_deadline
from app.search.whoosh.postings import Postings, members, term_postings
from app.search.whoosh.postings_cache import PostingsCache


class DocSets:
    """Document sets read through one searcher (one thread at a time), with the postings
    kept in the generation's shared cache."""

    def __init__(
        self, searcher: Searcher, cache: GenerationCache, kept: PostingsCache | None = None
    ) -> None:
        self._searcher = searcher
        self._reader = searcher.reader()
        self._cache = cache
        self._kept = kept if kept is not None else PostingsCache()

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
        found = self._kept.term(key)
        if found is not None:
            return found
        check_deadline()  # each posting list read is where a costly query spends its time
        found = term_postings(self._reader, field, btext)
        self._kept.keep_term(key, found)
        return found

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
            for btext in q._btexts(self._reader):  # bounded by limits.check_query
                mask[self.term(q.fieldname, btext)] = True
            return mask
        if isinstance(q, wq.NumericRange) and q.fieldname == "published":
            return self._range(self._cache.published, q)
        if isinstance(q, wq.NumericRange) and q.fieldname == "article_id":
            return self._range(self._cache.article_id, q)
        if isinstance(q, wq.Phrase) and q.slop == 1 and len(q.words) >= 2:
            return self._phrase(q)
        return self._docs_mask(  # anything else: Whoosh's own enumeration
            np.fromiter(self._searcher.docs_for_query(q), dtype=np.int64)
        )

    def _range(self, column: np.ndarray, q: wq.NumericRange) -> np.ndarray:
        """A range over one of the cache's per-document columns (dates, article ids)."""
        mask = np.ones(self._cache.size, dtype=bool)
        if q.start is not None:
            mask &= column > q.start if q.startexcl else column >= q.start
        if q.end is not None:
            mask &= column < q.end if q.endexcl else column <= q.end
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
        docs = self._kept.phrase(key)
        if docs is None:
            docs = self._phrase_docs(q.fieldname, words)
            self._kept.keep_phrase(key, docs)
        return self._docs_mask(docs)

    def _phrase_docs(self, fieldname: str, words: tuple[bytes, ...]) -> np.ndarray:
        postings = {}
        for word in words:
            check_deadline()
            postings[word] = Postings.read(self._reader, fieldname, word, with_values=True)
        for word, found in postings.items():
            self._kept.keep_term((fieldname, word), (found.docs, found.weights))
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
