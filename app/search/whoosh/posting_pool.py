"""A Whoosh posting pool that keeps postings grouped by term instead of in one list.

A Whoosh writer pools one ``(field, term, docnum, weight, value)`` tuple per term of each
document and, when it flushes the segment, sorts the whole pool: ~250 postings an article,
so ~5 million tuples sorted in Python for a 20k-article segment, a quarter of the flush's
CPU (py-spy, 20k ingest; bench/results/2026-12-01-session11). A writer adds documents in
increasing document numbers, so the postings of one term arrive already in order: grouped
by (field, term) as they come, only the distinct terms need sorting. The postings come
out in exactly the order Whoosh's sort gives them, and the runs spilled to disk past the
memory limit hold the same items at the same points, so the segment written is byte for
byte the same.
"""

from __future__ import annotations

from whoosh.writing import PostingPool

# Whoosh's estimate of one pooled posting's size before the lengths of its strings
# (PostingPool.add), kept so that a pool spills at the same points as Whoosh's.
_POSTING_OVERHEAD = 28 + 4 * 5 + 21 + 26 + 18 + 16 + 21


class GroupedPostingPool(PostingPool):
    """``PostingPool`` with postings kept per (field, term), in arrival order."""

    def __init__(self, tempstore, segment, limitmb: int = 128) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tempstore, segment, limitmb=limitmb)
        self._groups: dict[tuple[str, bytes], list[tuple]] = {}
        self._unordered: set[tuple[str, bytes]] = set()  # a docnum came out of order

    def add(self, item: tuple) -> None:
        fieldname, text, docnum, _weight, value = item
        self.fieldnames.add(fieldname)
        self.currentsize += _POSTING_OVERHEAD + len(fieldname) + 2 * len(text) + len(value or "")
        if self.currentsize > self.limit:
            self.save()
        key = (fieldname, text)
        group = self._groups.get(key)
        if group is None:
            self._groups[key] = [item]
        else:
            if docnum <= group[-1][2]:  # not seen in a writer's own postings; sorted below
                self._unordered.add(key)
            group.append(item)

    def _sorted(self) -> list[tuple]:
        out: list[tuple] = []
        groups, unordered = self._groups, self._unordered
        for key in sorted(groups):
            group = groups[key]
            if key in unordered:
                group.sort()
            out.extend(group)
        return out

    def save(self) -> None:
        if self._groups:
            self.current = self._sorted()
            self._groups, self._unordered = {}, set()
        super().save()  # writes self.current (sorted again: a no-op pass) as a run

    def items(self, maxfiles: int = 128):  # type: ignore[no-untyped-def]
        if not self.runs:
            items = self._sorted()
            self._groups, self._unordered = {}, set()
            return items
        return super().items(maxfiles)


def group_postings(writer):  # type: ignore[no-untyped-def]
    """Give ``writer`` (a Whoosh SegmentWriter that has pooled nothing yet) a grouped
    posting pool with the same memory limit; returns the writer."""
    pool = getattr(writer, "pool", None)
    if type(pool) is PostingPool and not pool.current and not pool.runs:
        writer.pool = GroupedPostingPool(
            pool.tempstore, pool.segment, limitmb=pool.limit // (1024 * 1024)
        )
    return writer
