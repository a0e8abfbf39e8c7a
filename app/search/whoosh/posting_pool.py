"""A Whoosh posting pool sorted by (field, term) only, where that gives Whoosh's order.

A Whoosh writer pools one ``(field, term, docnum, weight, value)`` tuple per term of each
document and, when it flushes the segment (or spills a run to disk), sorts the pool:
~300 postings an article, ~600,000 tuples for 2,000 articles, sorted in Python by
comparing whole tuples (0.47 s of CPU for those 2,000 articles; 14% of an index
sub-writer's samples in a 20k ingest, py-spy, bench/results/2026-12-01-session11).

Documents are added in increasing document numbers and give each of their terms once, so
the postings pooled by ``add_document`` are already in document order: a stable sort by
field, then by term, gives exactly the order of the full sort, with keys that are the
tuples' own strings (0.20 s for the same pool). Postings a merge pools (``add_reader``)
come term by term, not in document order: once a writer has pooled any, its pool is
sorted Whoosh's way. The pool adds and spills as Whoosh's does, so the segment written
is byte for byte the same (tests/search/whoosh/test_posting_pool.py).
"""

from __future__ import annotations

from operator import itemgetter

from whoosh.writing import PostingPool

_TERM = itemgetter(1)


def _sorted(items: list[tuple]) -> list[tuple]:
    """Postings in document order sorted as ``sorted(items)`` sorts them."""
    by_field: dict[str, list[tuple]] = {}
    for item in items:
        field = item[0]
        same = by_field.get(field)
        if same is None:
            by_field[field] = same = []
        same.append(item)
    out: list[tuple] = []
    for field in sorted(by_field):
        same = by_field[field]
        same.sort(key=_TERM)  # stable: document order kept within a term
        out.extend(same)
    return out


class DocumentOrderPool(PostingPool):
    """``PostingPool`` that sorts by field and term while its postings are in document
    order (``in_document_order``)."""

    in_document_order = True

    def add(self, item: tuple) -> None:
        """``PostingPool.add``: the same size estimate, spills and pool, in fewer steps
        (it runs once per posting, ~300 times an article: its type assertions and tuple
        indexing were a fifth of adding a document)."""
        fieldname, text, _docnum, _weight, value = item
        self.fieldnames.add(fieldname)
        # Whoosh's estimate: 28 + 4 * 5 (tuple) + 21 + len (field name) + 26 + 2 * len
        # (term) + 18 (document number) + 16 (weight) + 21 + len (value).
        self.currentsize += 150 + len(fieldname) + 2 * len(text) + (len(value) if value else 0)
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def save(self) -> None:
        if self.in_document_order and self.current:
            self.current = _sorted(self.current)  # Whoosh's sort below is then one pass
        super().save()

    def items(self, maxfiles: int = 128):  # type: ignore[no-untyped-def]
        if not self.runs and self.in_document_order:
            return _sorted(self.current)
        return super().items(maxfiles)


def sort_postings_fast(writer):  # type: ignore[no-untyped-def]
    """Give ``writer`` (a Whoosh SegmentWriter that has pooled nothing yet) a
    ``DocumentOrderPool`` with the same memory limit; returns the writer."""
    pool = getattr(writer, "pool", None)
    if type(pool) is not PostingPool or pool.current or pool.runs:
        return writer
    if any(field.separate_spelling() for _name, field in writer.schema.items()):
        return writer  # spelling words are pooled under document 0, out of order
    fast = DocumentOrderPool(pool.tempstore, pool.segment, limitmb=pool.limit // (1024 * 1024))
    writer.pool = fast
    plain = writer.add_postings_to_pool

    def add_postings_to_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        fast.in_document_order = False  # a merged segment's postings, term by term
        return plain(*args, **kwargs)

    writer.add_postings_to_pool = add_postings_to_pool
    return writer
