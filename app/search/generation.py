"""What facets, filters and date order need of every document, as compact numpy arrays.

Built once per index generation (each ingest commit makes one) from the postings of the
keyword fields and the sortable columns, without reading any document's stored fields:
~0.1 s per 100k articles. A facet count is then one ``bincount`` over (document, value)
pairs, a date order an ``argpartition`` over a precomputed rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from whoosh.searching import Searcher

from app.search.columns import field_lengths, numeric_column
from app.search.postings import field_terms, term_docs
from app.textfold import make_slug

# Text fields whose per-document lengths relevance scoring needs.
SCORED_FIELDS = ("title", "body")
# facet kind -> the index field holding its values
KIND_FIELDS = {"person": "persons", "city": "cities", "country": "countries", "source": "source"}


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
    searcher: Searcher
    _labels: dict[tuple[str, str], EntityLabel] = field(default_factory=dict)

    def label(self, kind: str, key: str) -> EntityLabel:
        """Display label of a value, read from the stored entities of the last live document
        naming it (so the newest copy of an entity's name wins), on first use."""
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
            if kind == "country" and ekind == "city" and country and make_slug(country) == key:
                return EntityLabel(country, None)
            if ekind == kind and slug == key:
                return EntityLabel(name, country, lat, lon)
        return EntityLabel(key, None)


def build_cache(searcher: Searcher, generation: int) -> GenerationCache:
    reader = searcher.reader()
    size = reader.doc_count_all()
    live = np.ones(size, dtype=bool)
    deleted = list(reader.all_doc_ids()) if reader.has_deletions() else None
    if deleted is not None:
        live[:] = False
        live[np.asarray(deleted, dtype=np.int64)] = True
    leaves = [leaf for leaf, _ in reader.leaf_readers()]
    article_id = _joined([numeric_column(leaf, "article_id", np.int64) for leaf in leaves])
    published = _joined([numeric_column(leaf, "published", np.int32) for leaf in leaves])
    lengths = {f: _joined([field_lengths(leaf, f) for leaf in leaves]) for f in SCORED_FIELDS}
    undated = published == 0
    # Newest first: by date descending, then the higher (newer) article id; undated last.
    newest = np.lexsort((-article_id, -published.astype(np.int64), undated))
    oldest = np.lexsort((article_id, published, undated))
    values = {kind: _values(reader, name, live) for kind, name in KIND_FIELDS.items()}
    alive_ids = article_id[live]
    return GenerationCache(
        generation=generation,
        size=size,
        live=live,
        article_id=article_id,
        published=published,
        lengths=lengths,
        newest_rank=_rank(newest),
        oldest_rank=_rank(oldest),
        ids_follow_docnums=bool(np.all(np.diff(alive_ids) > 0)),
        values=values,
        searcher=searcher,
    )


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _rank(order: np.ndarray) -> np.ndarray:
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return rank


def _values(reader, field: str, live: np.ndarray) -> Values:  # type: ignore[no-untyped-def]
    keys: list[str] = []
    docs: list[np.ndarray] = []
    for btext in field_terms(reader, field):
        found = term_docs(reader, field, btext)
        if len(found):
            keys.append(btext.decode("utf-8"))
            docs.append(found)
    counts = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    pair_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
    pair_value = np.repeat(np.arange(len(keys), dtype=np.int32), counts)
    pair_doc = pair_doc.astype(np.int32)
    last_doc = np.full(len(keys), -1, dtype=np.int64)
    ok = live[pair_doc]
    np.maximum.at(last_doc, pair_value[ok], pair_doc[ok])
    return Values(
        keys=keys,
        index={k: i for i, k in enumerate(keys)},
        pair_doc=pair_doc,
        pair_value=pair_value,
        last_doc=last_doc,
    )
