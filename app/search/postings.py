"""Reading a term's whole posting list as a numpy array of document numbers.

Whoosh hands postings out one at a time through matcher objects, a Python call per
document. Its on-disk blocks already hold their ids together (128 per block), so reading
block by block is ~50x faster. Deleted documents are included: callers mask them out.
"""

from __future__ import annotations

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import IndexReader

EMPTY = np.zeros(0, dtype=np.int32)


def term_docs(reader: IndexReader, field: str, btext: bytes) -> np.ndarray:
    """Sorted global document numbers holding ``btext`` in ``field``."""
    parts = []
    for leaf, offset in reader.leaf_readers():
        if (field, btext) not in leaf:
            continue
        docs = _leaf_docs(leaf, field, btext)
        parts.append(docs + offset if offset else docs)
    if not parts:
        return EMPTY
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _leaf_docs(leaf: IndexReader, field: str, btext: bytes) -> np.ndarray:
    fmt = leaf.schema[field].format
    matcher = leaf._terms.matcher(field, btext, fmt)  # the raw block reader
    if not isinstance(matcher, W3LeafMatcher):  # another codec: the slow, general way
        return np.fromiter(matcher.all_ids(), dtype=np.int32)
    blocks = []
    while matcher.is_active():
        matcher._read_ids()
        blocks.append(np.asarray(matcher._ids, dtype=np.int32))
        matcher._next_block()
    return np.concatenate(blocks) if blocks else EMPTY


def field_terms(reader: IndexReader, field: str) -> list[bytes]:
    """Every term of a field (over all segments, deleted documents' terms included)."""
    return list(reader.lexicon(field))


def term_positions(
    reader: IndexReader, field: str, btext: bytes, docs: np.ndarray
) -> dict[int, frozenset[int]]:
    """Word positions of ``btext`` in each of ``docs`` (sorted global numbers holding it).

    Only the blocks holding one of ``docs`` are decoded, so a phrase costs a position
    decode per candidate document instead of one per document holding its words."""
    found: dict[int, frozenset[int]] = {}
    for leaf, offset in reader.leaf_readers():
        local = docs[(docs >= offset) & (docs < offset + leaf.doc_count_all())] - offset
        if not len(local) or (field, btext) not in leaf:
            continue
        fmt = leaf.schema[field].format
        matcher = leaf._terms.matcher(field, btext, fmt)
        i = 0  # next wanted document in ``local``
        while matcher.is_active() and i < len(local):
            if local[i] > matcher.block_max_id():
                matcher._next_block()  # no wanted document here: its data stays unread
                continue
            matcher._read_ids()
            ids = matcher._ids
            for j, doc in enumerate(ids):
                while i < len(local) and local[i] < doc:
                    i += 1
                if i < len(local) and local[i] == doc:
                    matcher._i = j
                    found[int(doc) + offset] = frozenset(matcher.value_as("positions"))
            matcher._next_block()
    return found
