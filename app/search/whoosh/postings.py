"""Reading a term's posting list (documents, weights, positions) as numpy arrays.

Whoosh hands postings out one at a time through matcher objects, a Python call per
document. Its on-disk blocks already hold their ids and weights together (128 per block),
so reading block by block is ~50x faster. Deleted documents are included: callers mask
them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from pickle import loads

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import IndexReader
from whoosh.system import _INT_SIZE

EMPTY = np.zeros(0, dtype=np.int32)
NO_WEIGHTS = np.zeros(0, dtype=np.float32)


def term_postings(reader: IndexReader, field: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Sorted global document numbers holding ``btext`` and the term's weight in each
    (float32, as Whoosh stores them: occurrences times the field's boost)."""
    found = Postings.read(reader, field, btext, with_values=False)
    return found.docs, found.weights


@dataclass
class Postings:
    docs: np.ndarray  # int32 global document numbers, sorted
    weights: np.ndarray  # float32
    values: list[bytes] | None  # the encoded positions, when asked for

    @classmethod
    def read(cls, reader: IndexReader, field: str, btext: bytes, with_values: bool) -> Postings:
        docs, weights, values = [], [], []
        for leaf, offset in reader.leaf_readers():
            if (field, btext) not in leaf:
                continue
            leaf_docs = _read_leaf(leaf, field, btext, weights, values if with_values else None)
            docs.append(leaf_docs + offset if offset else leaf_docs)
        if not docs:
            return cls(EMPTY, NO_WEIGHTS, [] if with_values else None)
        return cls(
            docs[0] if len(docs) == 1 else np.concatenate(docs),
            weights[0] if len(weights) == 1 else np.concatenate(weights),
            values if with_values else None,
        )

    def position_keys(self, docs: np.ndarray) -> np.ndarray:
        """Every (document, word position) of the term in ``docs`` (sorted, all holding
        it; the postings were read with values) as one sorted int64 key each:
        document << 32 | position."""
        assert self.values is not None
        chosen = np.flatnonzero(members(self.docs, docs))
        # Indexing a list with numpy integers costs ~10x more than with Python ints: this
        # line was most of a phrase's first search (profiled), hence ``tolist``.
        every = self.values
        values = [every[i] for i in chosen.tolist()]
        if not values:
            return np.zeros(0, dtype=np.int64)
        counts, flat = _decode_positions(values)
        running = np.cumsum(flat)
        ends = np.cumsum(counts)
        before = np.concatenate([[0], running[ends[:-1] - 1]])  # each list's running start
        positions = running - np.repeat(before, counts)
        owners = np.repeat(self.docs[chosen].astype(np.int64), counts)
        return (owners << 32) | positions


def _read_leaf(  # type: ignore[no-untyped-def]
    leaf: IndexReader, field: str, btext: bytes, weights: list, values: list | None
) -> np.ndarray:
    """One segment's postings of the term: returns its document numbers and appends the
    weights (and, if ``values`` is a list, the encoded positions)."""
    matcher = leaf._terms.matcher(field, btext, leaf.schema[field].format)
    if not isinstance(matcher, W3LeafMatcher):  # inline or another codec: one at a time
        ids, found = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            found.append(matcher.weight())
            if values is not None:
                values.append(matcher.value())
            matcher.next()
        weights.append(np.asarray(found, dtype=np.float32))
        return np.asarray(ids, dtype=np.int32)
    id_blocks, weight_blocks = [], []
    while matcher.is_active():
        ids = _block_ids(matcher)
        id_blocks.append(ids)
        weight_blocks.append(_block_weights(matcher._data[1], len(ids)))
        if values is not None:
            matcher._read_values()
            values.extend(matcher._values)
        matcher._next_block()
    weights.append(np.concatenate(weight_blocks) if weight_blocks else NO_WEIGHTS)
    return np.concatenate(id_blocks) if id_blocks else EMPTY


def _block_ids(matcher: W3LeafMatcher) -> np.ndarray:
    """A block's document numbers. Whoosh stores them as gaps from the previous one and
    sums them back in a Python generator (a tenth of reading a frequent word's postings);
    a cumulative sum does the same."""
    if matcher._byteids:  # a term vector's block: its ids are terms
        matcher._read_ids()
        return np.asarray(matcher._ids, dtype=np.int32)
    if matcher._data is None:
        matcher._read_data()
    return np.cumsum(np.asarray(matcher._data[0], dtype=np.int64)).astype(np.int32)


def _block_weights(stored, count: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """A block's weights as W3LeafMatcher._read_weights reads them: None means all 1.0, a
    float means all that value, else one float per posting."""
    if stored is None:
        return np.ones(count, dtype=np.float32)
    if isinstance(stored, float):
        return np.full(count, stored, dtype=np.float32)
    return np.asarray(stored, dtype=np.float32)


def members(sorted_values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """For each of ``sorted_values``, whether it is in ``wanted`` (sorted)."""
    if not len(wanted):
        return np.zeros(len(sorted_values), dtype=bool)
    at = np.searchsorted(wanted, sorted_values)
    at[at == len(wanted)] = 0
    return wanted[at] == sorted_values


# Whoosh's Positions value: the count as a 4-byte big-endian int, then
# pickle.dumps(deltas, 2): PROTO 2, EMPTY_LIST, BINPUT 0, then for one delta the item and
# APPEND ("a"), for more a MARK ("("), the items and APPENDS ("e"); then STOP (".").
# An item is BININT1 ("K", one byte), BININT2 ("M", two) or BININT ("J", four).
_PICKLED_LIST = b"\x80\x02]"
_LIST_HEADER = np.frombuffer(b"\x80\x02]q\x00", dtype=np.uint8)
_BININT1, _MARK, _APPEND, _APPENDS, _STOP = (ord(c) for c in "K(ae.")
_SMALLEST = _INT_SIZE + len(_LIST_HEADER) + 4  # one delta: its item, APPEND, STOP
_BATCH = 1000  # pickle splits longer lists into several MARK ... APPENDS runs


def _decode_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Position counts and the concatenated position deltas of many values.

    Most values hold only deltas below 256: their pickles are a fixed header and then
    two bytes per delta, so all of them are read at once with numpy (a phrase's first
    search decodes every position of its words: ~20,000 values a word at 30k articles,
    where unpickling them was most of the search). Values of any other shape (a delta of
    256 or more, a very long list) are unpickled."""
    if not values:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    data = np.frombuffer(b"".join(values), dtype=np.uint8)
    if len(data) < _SMALLEST:
        return _unpickle_positions(values)
    sizes = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    ends = np.cumsum(sizes)
    starts = ends - sizes
    simple = sizes >= _SMALLEST
    at = np.where(simple, starts, 0)
    counts = (
        data[at].astype(np.int64) << 24
        | data[at + 1].astype(np.int64) << 16
        | data[at + 2].astype(np.int64) << 8
        | data[at + 3].astype(np.int64)
    )
    many = counts > 1
    first_item = at + _INT_SIZE + len(_LIST_HEADER) + many
    simple &= (counts >= 1) & (counts <= _BATCH)
    simple &= sizes == (first_item - starts) + 2 * counts + 2  # every item one byte long
    for i, byte in enumerate(_LIST_HEADER):
        simple &= data[at + _INT_SIZE + i] == byte
    simple &= np.where(many, data[at + _INT_SIZE + len(_LIST_HEADER)] == _MARK, True)
    last = np.where(simple, ends - 1, 0)
    simple &= data[last] == _STOP
    simple &= data[last - 1] == np.where(many, _APPENDS, _APPEND)
    counts = np.where(simple, counts, 0)
    offsets = np.cumsum(counts) - counts
    item = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(offsets, counts)
    opcodes = np.repeat(first_item, counts) + 2 * item
    if not (data[opcodes] == _BININT1).all():  # not the shape the sizes said: unpickle all
        simple[:] = False
        counts[:] = 0
        opcodes = opcodes[:0]
    deltas = data[opcodes + 1].astype(np.int64)
    if simple.all():
        return counts, deltas
    return _merge_unpickled(values, simple, counts, deltas)


def _merge_unpickled(
    values: list[bytes], simple: np.ndarray, counts: np.ndarray, deltas: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Counts and deltas with the values numpy did not read unpickled and put in order."""
    others = np.flatnonzero(~simple)
    other_counts, other_deltas = _unpickle_positions([values[i] for i in others.tolist()])
    counts = counts.copy()
    counts[others] = other_counts
    flat = np.empty(int(counts.sum()), dtype=np.int64)
    from_numpy = np.repeat(simple, counts)
    flat[from_numpy] = deltas
    flat[~from_numpy] = other_deltas
    return counts, flat


def _unpickle_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Counts and deltas of values through pickle.

    Unpickling each value costs ~3 us, mostly in setting up an unpickler, so the values'
    pickles are spliced into one pickle of a list of lists and loaded in one call (each
    is one list, so the outer list just appends it); any value of another shape is
    decoded on its own."""
    if not values:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    start, end = _INT_SIZE, _INT_SIZE + len(_PICKLED_LIST)
    if all(v[start:end] == _PICKLED_LIST and v[-1:] == b"." for v in values):
        bodies = b"a".join([v[_INT_SIZE + 2 : -1] for v in values])
        lists = loads(_PICKLED_LIST + bodies + b"a.")
    else:
        lists = [loads(v[_INT_SIZE:] if v.endswith(b".") else v[_INT_SIZE:] + b".") for v in values]
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    return counts, flat
