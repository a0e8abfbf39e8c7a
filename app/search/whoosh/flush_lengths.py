"""Field lengths read once per segment flush, not once per posting.

When a Whoosh writer commits, it writes every posting of the new segment and asks, for
each one, the length of its document's field (for BM25's block statistics). Whoosh 2.7.5
answers each question by seeking in the segment's lengths column: ~190,000 lookups for
600 articles, about a third of the commit's CPU (profiled in ingest). This reads each
lengths column once into memory and answers the same values from a list, so the segment
written is byte for byte the same.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

# byte_to_length of every byte a lengths column holds; 0 means "no length" and Whoosh's
# reader returns None for it (not 0), which the table keeps.
_LENGTH_OF_BYTE: list[int | None] = [None] + [byte_to_length(b) for b in range(1, 256)]


class _CachedLengths:
    """A per-document reader whose ``doc_field_length`` answers from lists read once;
    everything else is the wrapped reader's."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self._reader = reader
        self._lengths: dict[str, list[int | None] | None] = {}

    def _column(self, fieldname: str) -> list[int | None] | None:
        if fieldname not in self._lengths:
            column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            self._lengths[fieldname] = (
                None if column is None else [_LENGTH_OF_BYTE[b] for b in column]
            )
        return self._lengths[fieldname]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        lengths = self._column(fieldname)
        if lengths is None:
            return default
        return lengths[docnum]

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._reader, name)


def read_lengths_once(writer):  # type: ignore[no-untyped-def]
    """Make ``writer`` (a Whoosh SegmentWriter on the whoosh3 codec) flush with field
    lengths read once per column; returns the writer."""
    plain = writer.per_document_reader

    def per_document_reader():  # type: ignore[no-untyped-def]
        reader = plain()
        if not hasattr(reader, "_cached_reader"):  # another codec: leave it as it is
            return reader
        return _CachedLengths(reader)

    writer.per_document_reader = per_document_reader
    return writer
