"""What facets, filters and date order need of every document, as compact numpy arrays.

Built once per index generation (each ingest commit makes one) by joining the arrays of
its segments (segment_arrays.py), which are read from a segment's keyword postings and
sortable columns once and then kept beside it on disk; the joined arrays of the latest
generation are kept on disk too, so a server start loads them in one read. A facet count
is then one ``bincount`` over (document, value) pairs, a date order an ``argpartition``
over a precomputed rank.
"""

from __future__ import annotations

import logging
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher

from app.search.entity_fields import label_matches
from app.search.whoosh.segment_arrays import (
    FORMAT_VERSION,
    KIND_FIELDS,
    SCORED_FIELDS,
    SegmentValues,
    save_npz,
    segment_arrays,
)
from app.textfold import make_slug

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = [
    "KIND_FIELDS",
    "SCORED_FIELDS",
    "EntityLabel",
    "GenerationCache",
    "Values",
    "build_cache",
]


@dataclass(frozen=True)
class EntityLabel:
    name: str
    country: str | None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Values:
    """One facet's values as (document, value) pairs, and the document each is labelled from."""

    keys: list[str]  # value index -> slug (or source name)
    index: dict[str, int]
    pair_doc: np.ndarray  # int32, one entry per (document, value)
    pair_value: np.ndarray  # int32
    last_doc: np.ndarray  # int64: the last live document holding the value, -1 if none


@dataclass
class GenerationCache:
    generation: int
    size: int  # document numbers run 0..size-1
    live: np.ndarray  # bool: not deleted
    article_id: np.ndarray  # int64
    published: np.ndarray  # int32 yyyymmdd, 0 when unknown
    lengths: dict[str, np.ndarray]  # scored field -> float64 length per document (BM25's)
    newest_rank: np.ndarray  # int64: place in newest-first order (undated last)
    oldest_rank: np.ndarray  # int64: place in oldest-first order (undated last)
    ids_follow_docnums: bool  # article ids grow with document numbers among live documents
    values: dict[str, Values]  # kind -> values
    searcher: Searcher  # this cache's own: label reads take turns on it (_label_lock)
    _labels: dict[tuple[str, str], EntityLabel] = field(default_factory=dict)
    _label_lock: threading.Lock = field(default_factory=threading.Lock)
    _built: dict[str, object] = field(default_factory=dict)
    _build_locks: dict[str, threading.Lock] = field(default_factory=dict)
    _locks_lock: threading.Lock = field(default_factory=threading.Lock)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """What ``build`` makes, made once for this generation on first use (the spelling
        dictionary, made before the generation is served: index.py). One lock per key, so
        that a search waiting for one thing (the dictionary) holds up no other."""
        found = self._built.get(key)
        if found is None:
            with self._locks_lock:
                lock = self._build_locks.setdefault(key, threading.Lock())
            with lock:
                found = self._built.get(key)
                if found is None:
                    found = self._built[key] = build()
        return found  # type: ignore[return-value]

    def built(self, key: str) -> object | None:
        """What ``memo`` made for ``key`` so far, or None."""
        return self._built.get(key)

    def label(self, kind: str, key: str) -> EntityLabel:
        """Display label of a value, read from the stored entities of the last live document
        naming it (so the newest copy of an entity's name wins), on first use. Concurrent
        searches share the cache; a searcher is not thread-safe, so reads take turns."""
        found = self._labels.get((kind, key))
        if found is None:
            with self._label_lock:
                found = self._labels.get((kind, key))
                if found is None:
                    found = self._read_label(kind, key)
                    self._labels[(kind, key)] = found
        return found

    def _read_label(self, kind: str, key: str) -> EntityLabel:
        values = self.values[kind]
        i = values.index.get(key)
        if kind == "source" or i is None or values.last_doc[i] < 0:
            return EntityLabel(key, None)
        stored = self.searcher.stored_fields(int(values.last_doc[i]))
        for ekind, slug, name, country, lat, lon in stored.get("entities", ()):
            from_city = label_matches(ekind, "city")
            if kind == "country" and from_city and country and make_slug(country) == key:
                return EntityLabel(country, None)
            if slug == key and label_matches(ekind, kind):
                return EntityLabel(name, country, lat, lon)
        return EntityLabel(key, None)


def build_cache(
    searcher: Searcher, generation: int, directory: Path | None = None
) -> GenerationCache:
    """The cache of ``searcher``'s generation: loaded from ``directory`` if this generation's
    was saved there, else assembled from each segment's arrays (themselves loaded, or read
    from the segment) and saved."""
    leaves = list(searcher.reader().leaf_readers())
    path = _generation_path(directory, leaves)
    stamp = _stamp(generation, leaves)
    fields = _load_generation(path, stamp) if path else None
    if fields is None:
        fields = _assemble(leaves, directory)
        if path:
            _save_generation(path, stamp, fields)
    return GenerationCache(generation=generation, searcher=searcher, **fields)


def _assemble(leaves: list, directory: Path | None) -> dict:  # type: ignore[type-arg]
    parts = [(segment_arrays(leaf, directory), offset, leaf) for leaf, offset in leaves]
    size = sum(arrays.size for arrays, _, _ in parts)
    live = np.ones(size, dtype=bool)
    for _arrays, offset, leaf in parts:
        if leaf.has_deletions():
            deleted = np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64)
            live[deleted + offset] = False
    article_id = _joined([arrays.article_id for arrays, _, _ in parts], np.int64)
    published = _joined([arrays.published for arrays, _, _ in parts], np.int32)
    lengths = {f: _joined([a.lengths[f] for a, _, _ in parts], np.float64) for f in SCORED_FIELDS}
    undated = published == 0
    # Newest first: by date descending, then the higher (newer) article id; undated last.
    newest = np.lexsort((-article_id, -published.astype(np.int64), undated))
    oldest = np.lexsort((article_id, published, undated))
    values = {
        kind: _values([(arrays.values[kind], offset) for arrays, offset, _ in parts], live)
        for kind in KIND_FIELDS
    }
    alive_ids = article_id[live]
    return {
        "size": size,
        "live": live,
        "article_id": article_id,
        "published": published,
        "lengths": lengths,
        "newest_rank": _rank(newest),
        "oldest_rank": _rank(oldest),
        "ids_follow_docnums": bool(np.all(np.diff(alive_ids) > 0)),
        "values": values,
    }


# The assembled cache of the latest generation is saved too: loading it takes ~15 ms at
# 100k articles where assembling takes ~90. It is named after the index's first segment,
# which stays first until a merge removes it (new segments come after it), so each commit
# overwrites the one file, and Whoosh's clean_files deletes it with that segment.
GENERATION_SUFFIX = ".generation.npz"


def _generation_path(directory: Path | None, leaves: list) -> Path | None:  # type: ignore[type-arg]
    if directory is None or not leaves or not isinstance(leaves[0][0], SegmentReader):
        return None
    return directory / f"{leaves[0][0].segment().segment_id()}{GENERATION_SUFFIX}"


def _stamp(generation: int, leaves: list) -> str:  # type: ignore[type-arg]
    """What the saved cache must have been built from: the format, the generation (one per
    commit) and its segments with their sizes and numbers of deleted documents."""
    segments = ",".join(
        f"{leaf.segment().segment_id()}/{leaf.doc_count_all()}/{leaf.segment().deleted_count()}"
        for leaf, _ in leaves
        if isinstance(leaf, SegmentReader)
    )
    return f"{FORMAT_VERSION}:{generation}:{segments}"


def _save_generation(path: Path, stamp: str, fields: dict) -> None:  # type: ignore[type-arg]
    content = {
        "stamp": np.asarray(stamp, dtype=np.str_),
        "flags": np.asarray([fields["ids_follow_docnums"]], dtype=bool),
        "live": fields["live"],
        "article_id": fields["article_id"],
        "published": fields["published"],
        "lengths": np.stack([fields["lengths"][f] for f in SCORED_FIELDS]),
        "ranks": np.stack([fields["newest_rank"], fields["oldest_rank"]]),
    }
    for kind, values in fields["values"].items():
        content[f"{kind}_keys"] = np.asarray(values.keys, dtype=np.str_)
        content[f"{kind}_pairs"] = np.stack([values.pair_doc, values.pair_value])
        content[f"{kind}_last"] = values.last_doc
    save_npz(path, content)


def _load_generation(path: Path, stamp: str) -> dict | None:  # type: ignore[type-arg]
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["stamp"]) != stamp:
                return None
            lengths, ranks = data["lengths"], data["ranks"]
            values = {}
            for kind in KIND_FIELDS:
                keys = data[f"{kind}_keys"].tolist()
                pairs = data[f"{kind}_pairs"]
                values[kind] = Values(
                    keys=keys,
                    index={k: i for i, k in enumerate(keys)},
                    pair_doc=pairs[0],
                    pair_value=pairs[1],
                    last_doc=data[f"{kind}_last"],
                )
            live = data["live"]
            return {
                "size": len(live),
                "live": live,
                "article_id": data["article_id"],
                "published": data["published"],
                "lengths": {f: lengths[i] for i, f in enumerate(SCORED_FIELDS)},
                "newest_rank": ranks[0],
                "oldest_rank": ranks[1],
                "ids_follow_docnums": bool(data["flags"][0]),
                "values": values,
            }
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        log.warning("ignoring unreadable %s: %s", path.name, error)
        return None


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    if not parts:
        return np.zeros(0, dtype=dtype)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _rank(order: np.ndarray) -> np.ndarray:
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return rank


def _values(parts: list[tuple[SegmentValues, int]], live: np.ndarray) -> Values:
    """One facet over all segments: keys sorted, pairs ordered by key then document (the
    order of a term's postings over the whole index)."""
    keys = sorted(set().union(*(part.keys for part, _ in parts)))
    index = {k: i for i, k in enumerate(keys)}
    docs, values = [], []
    for part, offset in parts:
        remap = np.fromiter((index[k] for k in part.keys), dtype=np.int32, count=len(part.keys))
        docs.append(part.pair_doc + np.int32(offset))
        values.append(remap[part.pair_value])
    pair_doc = _joined(docs, np.int32).astype(np.int32, copy=False)
    pair_value = _joined(values, np.int32).astype(np.int32, copy=False)
    if len(parts) > 1:
        # Segments follow each other in document order, so a stable sort by key keeps
        # each key's documents in order.
        order = np.argsort(pair_value, kind="stable")
        pair_doc, pair_value = pair_doc[order], pair_value[order]
    # The last live document of each key: the last live pair of each run of equal keys.
    ok = live[pair_doc]
    live_doc, live_value = pair_doc[ok], pair_value[ok]
    last_doc = np.full(len(keys), -1, dtype=np.int64)
    if len(live_value):
        ends = np.flatnonzero(np.append(live_value[1:] != live_value[:-1], True))
        last_doc[live_value[ends]] = live_doc[ends]
    return Values(
        keys=keys,
        index=index,
        pair_doc=pair_doc,
        pair_value=pair_value,
        last_doc=last_doc,
    )
