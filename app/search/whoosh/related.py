"""Related articles: Whoosh's more-like-this, ranked with numpy.

The key terms are Whoosh's own (``Searcher.key_terms``: the article body's 20 terms with
the highest Bo1 weight, as ``more_like`` takes them). Whoosh then ran their Or through its
Python matchers, 60-170 ms an article at 4,000 articles; here the terms' postings come
from the generation's shared cache and the Or is scored with numpy (scoring.py), which
orders documents as Whoosh does (near ties are settled by Whoosh's own scores). An
article page asks for its list once per index generation; during an ingest every new
generation asked again, and that was the costliest part of a page.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.classify import Bo1Model, Expander
from whoosh.searching import Searcher

from app.domain import Hit
from app.search.whoosh.docsets import DocSets
from app.search.whoosh.generation import GenerationCache
from app.search.whoosh.index import SearchIndex
from app.search.whoosh.postings_cache import Kept
from app.search.whoosh.query import hit_at
from app.search.whoosh.scoring import relevance_page
from app.search.whoosh.segment_terms import SegmentTermFrequencies

# Key terms of an article that its related articles are looked for by (more_like's numterms).
KEY_TERMS = 20
# Lists kept per generation: the list changes only with the index.
RELATED_KEPT = 2_000


def related_hits(index: SearchIndex, article_id: int, limit: int) -> tuple[Hit, ...]:
    """The ``limit`` articles most like this one, best first; () for an unknown article."""
    with index.reading_sets() as (searcher, cache, sets):
        kept = cache.memo("related", lambda: Kept(RELATED_KEPT))
        return kept.get(
            (article_id, limit),
            lambda: _related(searcher, cache, sets, index.term_frequencies, article_id, limit),
        )


def _related(
    searcher: Searcher,
    cache: GenerationCache,
    sets: DocSets,
    frequencies: SegmentTermFrequencies,
    article_id: int,
    limit: int,
) -> tuple[Hit, ...]:
    docnum = searcher.document_number(id=str(article_id))
    if docnum is None or limit < 1:
        return ()
    query = key_terms_query(searcher, docnum, frequencies)
    if query is None:
        return ()
    matched = sets.matches(query)
    matched[docnum] = False  # not the article itself
    ranked = relevance_page(searcher, cache, sets, query, np.flatnonzero(matched), 0, limit)
    return tuple(hit_at(searcher, cache, found, frozenset()) for found in ranked)


def key_terms_query(
    searcher: Searcher, docnum: int, frequencies: SegmentTermFrequencies
) -> wq.Query | None:
    """The Or of the document's key body terms, each boosted by its weight, exactly as
    ``Searcher.more_like`` builds it; None when the body has no terms."""
    terms = key_terms(searcher, docnum, frequencies)
    if not terms:
        return None
    return wq.Or([wq.Term("body", word, boost=weight) for word, weight in terms])


def key_terms(
    searcher: Searcher, docnum: int, frequencies: SegmentTermFrequencies
) -> list[tuple[str, float]]:
    """``Searcher.key_terms([docnum], "body", KEY_TERMS, normalize=False)``, the same
    terms and weights in the same order, with the collection frequencies read once per
    segment (``segment_terms``) instead of at every call."""
    reader = searcher.reader()
    expander = Expander(reader, "body", model=Bo1Model)
    expander.add_document(docnum)  # the stored body, analysed as it was indexed
    if not expander.topN_weight:
        return []
    field = searcher.schema["body"]
    as_bytes = {word: field.to_bytes(word) for word in expander.topN_weight}
    collection = frequencies.frequencies(reader, "body", as_bytes.values())
    scored = []
    for word, weight in expander.topN_weight.items():
        frequency = collection.get(as_bytes[word])
        if frequency is not None:
            scored.append((expander.model.score(weight, frequency, expander.top_total), word))
    top = max((score for score, _ in scored), default=0)
    if top <= 0:  # no term rarer than the collection's own words (Whoosh divides by zero)
        return []
    weighted = sorted(((score / top, word) for score, word in scored), key=lambda x: (-x[0], x[1]))
    return [(word, weight) for weight, word in weighted[:KEY_TERMS]]
