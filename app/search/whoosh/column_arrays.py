"""Reading a whole per-document column of a segment as one numpy array.

Whoosh's column readers answer one document at a time (a file read and a struct unpack per
call, ~5 us): 100k articles cost half a second per column. Its fixed-width numeric columns
are one contiguous run of big-endian numbers in the segment's file, so they can be read in
one call and decoded by numpy. Anything else falls back to the per-document reader.
"""

from __future__ import annotations

import numpy as np
from whoosh import columns as wcolumns
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.fields import NUMERIC
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

# Field-length bytes -> the lengths they stand for (Whoosh stores lengths lossily in a byte).
_BYTE_LENGTHS = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)


def numeric_column(leaf: IndexReader, field: str, dtype: type) -> np.ndarray:
    """The values of a sortable NUMERIC field for every document of one segment."""
    size = leaf.doc_count_all()
    fieldobj = leaf.schema[field]
    if not leaf.has_column(field):
        return np.zeros(size, dtype=dtype)
    reader = leaf.column_reader(field, translate=False)
    raw = _raw_numbers(reader, size)
    if raw is None or not isinstance(fieldobj, NUMERIC) or fieldobj.numtype is not int:
        translated = leaf.column_reader(field)
        return np.fromiter((translated[d] for d in range(size)), dtype=dtype, count=size)
    values = raw.astype(np.int64) if raw.dtype.itemsize < 8 else raw
    if fieldobj.signed:  # stored shifted up by 2**(bits-1) so that they sort unsigned
        values = (values.astype(np.uint64) - np.uint64(1 << (fieldobj.bits - 1))).view(np.int64)
    return values.astype(dtype)


def field_lengths(leaf: IndexReader, field: str) -> np.ndarray:
    """Each document's length of ``field`` in words, as BM25 sees it (decoded from the
    length byte; 0 when the field is empty)."""
    size = leaf.doc_count_all()
    perdoc = leaf._perdoc  # the codec's per-document reader holds the length columns
    name = f"_{field}_len"
    if not perdoc.has_column(name):
        return np.zeros(size, dtype=np.float64)
    reader = perdoc.column_reader(name, LENGTHS_COLUMN)
    raw = _raw_numbers(reader, size)
    if raw is None:
        raw = np.fromiter((reader[d] for d in range(size)), dtype=np.uint8, count=size)
    lengths = _BYTE_LENGTHS[raw.astype(np.intp)]
    lengths[raw == 0] = 0.0
    return lengths


def _raw_numbers(reader, size: int) -> np.ndarray | None:  # type: ignore[no-untyped-def]
    """The column's numbers as stored, padded with its default, or None if it is not a
    plain fixed-width numeric column."""
    if type(reader) is not wcolumns.NumericColumn.Reader:
        return None
    dtype = np.dtype(reader._typecode).newbyteorder(">")
    count = min(reader._count, size)
    data = reader._dbfile.get(reader._basepos, count * reader._fixedlen) if count else b""
    values = np.frombuffer(data, dtype=dtype).astype(dtype.newbyteorder("="))
    if count < size:
        padding = np.full(size - count, reader._default, dtype=values.dtype)
        values = np.concatenate([values, padding])
    return values
