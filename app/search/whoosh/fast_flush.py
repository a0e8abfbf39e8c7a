"""A segment's postings written in one loop instead of three method calls per posting.

When a Whoosh writer flushes a segment, ``FieldWriter.add_postings`` walks the sorted pool
(~300 postings an article) and, for each posting, calls the field writer's ``add``, which
calls the postings writer's ``add_posting`` (four type assertions, the block's statistics
as attributes) and asks the per-document reader for the field's length. Profiled in a
10k ingest (py-spy, bench/results/2026-12-01-session12), the loop and those calls were
about 40% of the flush, itself the largest part of the index sub-writers' CPU; the rest
is the blocks' pickling and compression, which stay Whoosh's.

This loop does the same steps for the whoosh3 codec with the block's lists and
statistics held in local variables, handing them back to Whoosh's own ``W3PostingsWriter``
before each block is written, so every block, term-info row and file is byte for byte
the one Whoosh writes (tests/search/whoosh/test_fast_flush.py). Any other field writer
keeps Whoosh's path.
"""

from __future__ import annotations

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter

from app.search.whoosh.flush_lengths import _CachedLengths


def write_postings_fast(writer):  # type: ignore[no-untyped-def]
    """Make ``writer`` (a Whoosh SegmentWriter) flush its postings through ``_add_postings``
    when its field writer is the whoosh3 one; returns the writer."""
    fieldwriter = getattr(writer, "fieldwriter", None)
    if type(fieldwriter) is not W3FieldWriter:
        return writer
    fieldwriter.add_postings = lambda schema, lengths, items: _add_postings(
        fieldwriter, schema, lengths, items
    )
    return writer


def _add_postings(fw: W3FieldWriter, schema, lengths, items) -> None:  # type: ignore[no-untyped-def]
    """``FieldWriter.add_postings`` + ``W3FieldWriter.add`` + ``W3PostingsWriter.add_posting``
    in one loop, with the same results."""
    cached = lengths if isinstance(lengths, _CachedLengths) else None
    lastfn = None  # the field of the previous posting
    lasttext = None  # the term of the previous posting
    pw: W3PostingsWriter | None = None
    column = None  # the field's lengths by document, when read once (flush_lengths)
    blocklimit = 0
    ids = weights = values = None  # the postings writer's block being filled
    maxweight = 0
    minlength = None
    maxlength = 0

    for fieldname, btext, docnum, weight, value in items:
        if fieldname != lastfn:
            if lastfn is not None and fieldname < lastfn:
                raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
            if lasttext is not None:
                _hand_back(pw, maxweight, minlength, maxlength)
                fw.finish_term()
            if lastfn is not None:
                fw.finish_field()
            fw.start_field(fieldname, schema[fieldname])
            pw = fw._postwriter
            if type(pw) is not W3PostingsWriter or pw._byteids:
                raise TypeError("fast_flush: not a whoosh3 postings writer")
            blocklimit = pw._blocklimit
            column = cached._column(fieldname) if cached is not None else None
            lastfn = fieldname
            lasttext = None
        elif lasttext and btext < lasttext:
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")

        if docnum == -1:  # a spelling word (Whoosh skips them here too)
            continue

        if btext != lasttext:
            if lasttext is not None:
                _hand_back(pw, maxweight, minlength, maxlength)
                fw.finish_term()
            fw.start_term(btext)
            lasttext = btext
            ids, weights, values = pw._ids, pw._weights, pw._values
            maxweight, minlength, maxlength = 0, None, 0

        if cached is not None:
            length = column[docnum] if column is not None else 0
        elif lengths:
            length = lengths.doc_field_length(docnum, fieldname)
        else:
            length = 0

        if len(ids) >= blocklimit:
            _hand_back(pw, maxweight, minlength, maxlength)
            pw._write_block()
            ids, weights, values = pw._ids, pw._weights, pw._values
            maxweight, minlength, maxlength = 0, None, 0
        ids.append(docnum)
        weights.append(weight)
        if weight > maxweight:
            maxweight = weight
        if value:  # None (Whoosh makes it b"") and b"" add no value
            values.append(value)
        if length:
            if minlength is None or length < minlength:
                minlength = length
            if length > maxlength:
                maxlength = length

    if lasttext is not None:
        _hand_back(pw, maxweight, minlength, maxlength)
        fw.finish_term()
    if lastfn is not None:
        fw.finish_field()


def _hand_back(pw, maxweight, minlength, maxlength) -> None:  # type: ignore[no-untyped-def]
    """The block's statistics, where ``add_posting`` would have left them."""
    pw._maxweight = maxweight
    pw._minlength = minlength
    pw._maxlength = maxlength
