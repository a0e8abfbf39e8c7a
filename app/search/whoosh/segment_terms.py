"""Collection frequencies of terms, kept per segment across index generations.

Related articles weigh each word of an article by how rare it is in the whole collection
(Whoosh's key terms), one term-dictionary lookup per word and segment: ~230 words an
article, 40 ms at 4,000 articles, most of a related list. A segment never changes once
written, so a frequency read from it stays right in every later generation that still
holds the segment: a new generation (an ingest's commit) only adds its new segments'.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from whoosh.reading import IndexReader, TermNotFound

# Terms kept per segment; past it the segment's are dropped and read again as asked.
TERMS_PER_SEGMENT = 200_000


class SegmentTermFrequencies:
    """Shared by every searcher of an index; safe for concurrent readers."""

    def __init__(self, terms_per_segment: int = TERMS_PER_SEGMENT) -> None:
        self._lock = threading.Lock()
        self._segments: dict[str, dict[bytes, float | None]] = {}
        self._limit = terms_per_segment

    def frequencies(
        self, reader: IndexReader, fieldname: str, terms: Iterable[bytes]
    ) -> dict[bytes, float]:
        """Each term's total weight in the collection (deleted documents included, as
        Whoosh counts it), for the terms some segment holds; absent terms are left out."""
        wanted = list(terms)
        found: dict[bytes, float] = {}
        for leaf, _base in reader.leaf_readers():
            segment = leaf.segment()
            if segment is None:  # an empty index's reader
                continue
            kept = self._kept(segment.segment_id(), fieldname)
            for term in wanted:
                if term not in kept:
                    kept[term] = _frequency(leaf, fieldname, term)
                weight = kept[term]
                if weight is not None:
                    found[term] = found.get(term, 0) + weight
        return found

    def forget_others(self, reader: IndexReader) -> None:
        """Drop what was kept of segments ``reader`` no longer has (merged away)."""
        live = {seg.segment_id() for leaf, _ in reader.leaf_readers() if (seg := leaf.segment())}
        with self._lock:
            for key in [k for k in self._segments if k.split("\0", 1)[0] not in live]:
                del self._segments[key]

    def _kept(self, segment_id: str, fieldname: str) -> dict[bytes, float | None]:
        key = f"{segment_id}\0{fieldname}"
        with self._lock:
            kept = self._segments.get(key)
            if kept is None or len(kept) > self._limit:
                kept = self._segments[key] = {}
            return kept


def _frequency(leaf: IndexReader, fieldname: str, term: bytes) -> float | None:
    try:
        return leaf.term_info(fieldname, term).weight()
    except TermNotFound:
        return None
