"""Per-segment arrays: what the generation cache needs of one Whoosh segment, kept on disk.

A Whoosh segment's files never change once written (only its set of deleted documents, kept
in the index's table of contents, does), so the arrays read from a segment stay true for as
long as the segment exists. They are read once (each segment's own term table walked once:
~1.5 s for 100k articles, where looking every facet term up in every segment took ~4.7 s),
saved beside the segment as ``<segment id>.arrays.npz`` and loaded at the next start (~40 ms
for the 17 segments of that archive).

The file name matches Whoosh's segment-file pattern, so ``clean_files`` deletes it together
with the segment's own files when a merge or a rebuild removes the segment. It is written to
a temporary name starting with "." (which ``clean_files`` ignores) and renamed into place, so a
server never reads a half-written file while an ingest writes one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher, W3TermInfo, W3TermsReader
from whoosh.reading import IndexReader, SegmentReader

from app.search.whoosh.column_arrays import field_lengths, numeric_column

log = logging.getLogger(__name__)

# Text fields whose per-document lengths relevance scoring needs.
SCORED_FIELDS = ("title", "body")
# facet kind -> the index field holding its values
KIND_FIELDS = {
    "person": "persons",  # people mentioned: the default person facet
    "author": "authors",
    "credit": "credits",
    "person_any": "persons_any",
    "city": "cities",
    "country": "countries",
    "region": "regions",
    "source": "source",
}
# Bumped whenever what the file holds changes: a file of another version is read afresh.
# 2: the person facets of each role, and the regions.
FORMAT_VERSION = 2
SUFFIX = ".arrays.npz"


@dataclass(frozen=True)
class SegmentValues:
    """One facet's values in one segment: sorted keys and (local document, key index) pairs,
    ordered by key then document."""

    keys: list[str]
    pair_doc: np.ndarray  # int32, document number within the segment
    pair_value: np.ndarray  # int32, index into keys


@dataclass(frozen=True)
class SegmentArrays:
    size: int  # documents in the segment, deleted ones included
    article_id: np.ndarray  # int64
    published: np.ndarray  # int32 yyyymmdd, 0 when unknown
    lengths: dict[str, np.ndarray]  # scored field -> float64 length per document
    values: dict[str, SegmentValues]  # kind -> values


def segment_arrays(leaf: IndexReader, directory: Path | None) -> SegmentArrays:
    """The arrays of one segment: loaded from ``directory`` if saved there before, else read
    from the segment and saved (kept in memory only if the directory is not writable)."""
    segment = leaf.segment() if isinstance(leaf, SegmentReader) else None
    if segment is None or directory is None:
        return read_arrays(leaf)
    path = directory / f"{segment.segment_id()}{SUFFIX}"
    size = leaf.doc_count_all()
    found = load_arrays(path, size)
    if found is None:
        found = read_arrays(leaf)
        save_arrays(path, found)
    return found


def read_arrays(leaf: IndexReader) -> SegmentArrays:
    """The arrays, read from the segment's columns and the facet fields' postings."""
    size = leaf.doc_count_all()
    if not isinstance(leaf, SegmentReader):  # an empty index has no segment
        empty = np.zeros(0, dtype=np.int32)
        return SegmentArrays(
            size=size,
            article_id=np.zeros(size, dtype=np.int64),
            published=np.zeros(size, dtype=np.int32),
            lengths={f: np.zeros(size, dtype=np.float64) for f in SCORED_FIELDS},
            values={kind: SegmentValues([], empty, empty) for kind in KIND_FIELDS},
        )
    return SegmentArrays(
        size=size,
        article_id=numeric_column(leaf, "article_id", np.int64),
        published=numeric_column(leaf, "published", np.int32),
        lengths={f: field_lengths(leaf, f) for f in SCORED_FIELDS},
        values={kind: _segment_values(leaf, name) for kind, name in KIND_FIELDS.items()},
    )


def _segment_values(leaf: SegmentReader, field: str) -> SegmentValues:
    keys: list[str] = []
    docs: list[np.ndarray] = []
    for btext, found in _field_postings(leaf, field):
        if len(found):
            keys.append(btext.decode("utf-8"))
            docs.append(found)
    counts = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    pair_doc = np.concatenate(docs).astype(np.int32) if docs else np.zeros(0, dtype=np.int32)
    pair_value = np.repeat(np.arange(len(keys), dtype=np.int32), counts)
    return SegmentValues(keys, pair_doc, pair_value)


def _field_postings(leaf: SegmentReader, field: str):  # type: ignore[no-untyped-def]
    """(term, sorted local document numbers) for every term of ``field`` in the segment, in
    term order, walking the segment's own term table once (no lookup per term)."""
    if field not in leaf.schema:
        return
    terms = leaf._terms
    fmt = leaf.schema[field].format
    if not isinstance(terms, W3TermsReader):  # another codec: the slow, general way
        for btext in leaf.lexicon(field):
            ids = leaf.postings(field, btext).all_ids()
            yield btext, np.fromiter(ids, dtype=np.int32)
        return
    if field not in terms._fieldmap:
        return
    prefix = terms._keycoder(field, b"")
    for key, raw in terms._tindex.items_from(prefix):
        if not key.startswith(prefix):
            break  # the table is ordered by field, then term: the field's terms are done
        info = W3TermInfo.from_bytes(raw)
        if info.is_inlined():
            yield key[len(prefix) :], np.asarray(info.inlined_postings()[0], dtype=np.int32)
            continue
        offset, length = info.extent()
        matcher = W3LeafMatcher(terms._postfile, offset, length, fmt)
        blocks = []
        while matcher.is_active():
            matcher._read_ids()
            blocks.append(np.asarray(matcher._ids, dtype=np.int32))
            matcher._next_block()
        yield key[len(prefix) :], np.concatenate(blocks) if blocks else np.zeros(0, np.int32)


def load_arrays(path: Path, size: int) -> SegmentArrays | None:
    """The arrays saved at ``path``, or None if there are none (or they are unreadable, of
    another format version, or of another segment size)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if data["meta"].tolist() != [FORMAT_VERSION, size]:
                return None
            keys = data["keys"].tolist()
            key_ends = data["key_ends"].tolist()
            pairs = data["pairs"]
            pair_ends = data["pair_ends"].tolist()
            lengths = data["lengths"]
            values = {}
            for i, kind in enumerate(KIND_FIELDS):
                k0, k1 = (key_ends[i - 1] if i else 0), key_ends[i]
                p0, p1 = (pair_ends[i - 1] if i else 0), pair_ends[i]
                values[kind] = SegmentValues(keys[k0:k1], pairs[0, p0:p1], pairs[1, p0:p1])
            return SegmentArrays(
                size=size,
                article_id=data["article_id"],
                published=data["published"],
                lengths={f: lengths[i] for i, f in enumerate(SCORED_FIELDS)},
                values=values,
            )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        log.warning("ignoring unreadable %s: %s", path.name, error)
        return None


def save_arrays(path: Path, arrays: SegmentArrays) -> bool:
    """Save the arrays at ``path`` atomically; False (and nothing written) if it cannot.

    Few arrays, each facet's keys and pairs packed together: loading costs per array."""
    kinds = [arrays.values[kind] for kind in KIND_FIELDS]
    content = {
        "meta": np.asarray([FORMAT_VERSION, arrays.size], dtype=np.int64),
        "article_id": arrays.article_id,
        "published": arrays.published,
        "lengths": np.stack([arrays.lengths[f] for f in SCORED_FIELDS]),
        # A str array: saved without pickling, loaded back as a list of str.
        "keys": np.asarray([k for v in kinds for k in v.keys], dtype=np.str_),
        "key_ends": np.cumsum([len(v.keys) for v in kinds], dtype=np.int64),
        "pairs": np.stack(
            [
                np.concatenate([v.pair_doc for v in kinds]).astype(np.int32),
                np.concatenate([v.pair_value for v in kinds]).astype(np.int32),
            ]
        ),
        "pair_ends": np.cumsum([len(v.pair_doc) for v in kinds], dtype=np.int64),
    }
    return save_npz(path, content)


def save_npz(path: Path, content: dict[str, np.ndarray]) -> bool:
    """Write ``content`` as an uncompressed .npz at ``path`` atomically (a temporary file
    renamed into place); False, and nothing left behind, if it cannot be written."""
    temp = None
    try:
        # The leading "." keeps Whoosh's clean_files away from the unfinished file.
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            np.savez(out, **content)
        os.replace(temp, path)
        return True
    except OSError as error:
        log.info("arrays kept in memory only (%s: %s)", path.name, error)
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        return False
