"""Relevance order with numpy: Whoosh's BM25F scores for all matches at once.

Whoosh scores one matching document at a time through a tree of Python matchers, ~10 us a
document: 0.6-1.2 s for a word in most of 100k articles. Here each query term's postings
(documents and weights) and each document's field length are arrays, so a term's BM25F
score for every match is a few vector operations, with the same formula, constants and
operation order as ``whoosh.scoring.bm25``.

When every And and Or of the query has at most two parts (a word, two words, a phrase of
two, a word and one filter) the additions are Whoosh's too, so the scores are the very
same numbers. With more parts Whoosh adds them in a tree whose shape depends on each
segment's term statistics, and the sums may differ in the last bits, which matters when
equal scores are ordered by article id. Then the numpy scores only decide which documents
are certainly above or below one another; documents whose scores are too close to call
are scored again by Whoosh itself and ordered by that.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from app.search.whoosh.docsets import DocSets
from app.search.whoosh.generation import GenerationCache

# Two numpy scores closer than this (relative to the largest) may be in either order in
# Whoosh's: summing a handful of terms in another order moves a score by ~1e-16.
TIE_TOLERANCE = 1e-9


class Unsupported(Exception):
    """A query form this module does not score; the caller lets Whoosh rank it."""


def relevance_page(
    searcher: Searcher,
    cache: GenerationCache,
    sets: DocSets,
    query: wq.Query,
    docs: np.ndarray,
    start: int,
    end: int,
) -> list[int]:
    """Documents ``start:end`` of ``docs`` (sorted, all matching ``query``) in Whoosh's
    relevance order: best score first, equal scores by article id.

    Raises Unsupported for query forms not scored here."""
    approx = Approximate(searcher, cache, sets, docs).score(query)
    order, first, last = _undecided(approx, start, end)
    run = order[first:last]
    if _sums_like_whoosh(query):
        scores = approx[run]  # the very scores Whoosh computes
    else:
        scores = _settle_near_ties(searcher, query, docs, approx, run)
    ranked = run[np.lexsort((cache.article_id[docs[run]], -scores))]
    return [int(docs[p]) for p in ranked[start - first : end - first]]


def _undecided(approx: np.ndarray, start: int, end: int) -> tuple[np.ndarray, int, int]:
    """Positions in descending-score order, and the run ``first:last`` of it that holds the
    page and every document too close in score to a page document to order by numpy alone.

    Sorted descending, a gap wider than twice the tolerance between neighbours is a gap in
    Whoosh's scores too, so everything before it ranks above everything after it."""
    tolerance = _tolerance(approx)
    n = len(approx)
    margin = 4 * tolerance
    while True:
        if end < n:
            cutoff = -np.partition(-approx, end - 1)[end - 1]
            near = np.flatnonzero(approx >= cutoff - margin)
        else:
            near = np.arange(n)
        order = near[np.argsort(-approx[near], kind="stable")]
        scores = approx[order]
        gaps = np.flatnonzero(scores[:-1] - scores[1:] > 2 * tolerance) + 1  # group starts
        first = int(gaps[gaps <= start].max(initial=0))
        later = gaps[gaps >= end]
        if len(later) or len(near) == n:
            last = int(later.min()) if len(later) else len(order)
            return order, first, last
        margin *= 16  # the last group may reach past the candidates: widen and retry


def _tolerance(approx: np.ndarray) -> float:
    return TIE_TOLERANCE * max(1.0, float(np.abs(approx).max(initial=0.0)))


def _sums_like_whoosh(q: wq.Query) -> bool:
    """Whether numpy adds this query's scores exactly as Whoosh does: every And and Or of
    at most two parts (a + b == b + a in floating point, whatever order Whoosh's tree
    puts them in), no boosts."""
    if q.boost != 1.0:
        return False
    if isinstance(q, wq.Term | wq.NumericRange):
        return True
    if isinstance(q, wq.Phrase):
        return len(q.words) <= 2
    if isinstance(q, wq.And | wq.Or):
        return len(q.subqueries) <= 2 and all(_sums_like_whoosh(sub) for sub in q.subqueries)
    return False


def _settle_near_ties(
    searcher: Searcher, query: wq.Query, docs: np.ndarray, approx: np.ndarray, run: np.ndarray
) -> np.ndarray:
    """Scores for ``run`` (positions in descending order of ``approx``) that order it as
    Whoosh does: documents within the tolerance of a neighbour get Whoosh's own score."""
    scores = approx[run]
    close = np.abs(np.diff(scores)) <= 2 * _tolerance(approx)
    near = np.zeros(len(run), dtype=bool)
    near[:-1] |= close
    near[1:] |= close
    if near.any():
        positions = run[near]
        by_doc = np.argsort(docs[positions])
        exact = exact_scores(searcher, _phrases_as_words(query), docs[positions][by_doc])
        settled = np.empty(len(positions))
        settled[by_doc] = exact
        scores[near] = settled
    return scores


class Approximate:
    """Whoosh's score of each of ``docs`` under a query, up to the order of summation."""

    def __init__(
        self, searcher: Searcher, cache: GenerationCache, sets: DocSets, docs: np.ndarray
    ) -> None:
        weighting = searcher.weighting
        if type(weighting) is not BM25F or weighting._field_B:
            raise Unsupported("only Whoosh's default BM25F is scored here")
        self._searcher = searcher
        self._cache = cache
        self._sets = sets
        self._docs = docs
        self._b = weighting.B
        self._k1 = weighting.K1

    def score(self, q: wq.Query) -> np.ndarray:
        return self._scored(q)[0]

    def _scored(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """The node's score in each document (0 where it does not match, as a union
        counts it) and where it matches."""
        scores, present = self._node(q)
        return (scores * q.boost if q.boost != 1.0 else scores), present

    def _node(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text)
        if isinstance(q, wq.Phrase):  # scored as the And of its words, where it matches
            words = [self._term(q.fieldname, w)[0] for w in q.words]
            present = self._sets.matches(q)[self._docs]
            return np.where(present, self._sum(words), 0.0), present
        if isinstance(q, wq.And | wq.Or) and not getattr(q, "scale", None):
            parts = [self._scored(sub) for sub in q.children()]
            masks = [present for _, present in parts]
            present = (
                np.logical_and.reduce(masks)
                if isinstance(q, wq.And)
                else np.logical_or.reduce(masks)
            )
            return np.where(present, self._sum([score for score, _ in parts]), 0.0), present
        if isinstance(q, wq.NumericRange) and q.constantscore:  # scores its boost
            present = self._sets.matches(q)[self._docs]
            return present.astype(np.float64), present
        raise Unsupported(type(q).__name__)

    def _sum(self, parts: list[np.ndarray]) -> np.ndarray:
        total = np.zeros(len(self._docs))
        for part in parts:
            total += part
        return total

    def _term(self, fieldname: str, text: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        postings, weights = self._sets.postings(fieldname, text)
        if not len(postings):
            return np.zeros(len(self._docs)), np.zeros(len(self._docs), dtype=bool)
        where = np.searchsorted(postings, self._docs)
        where[where == len(postings)] = 0
        present = postings[where] == self._docs
        tf = np.where(present, weights[where], 0.0).astype(np.float64)
        if not self._searcher.schema[fieldname].scorable:
            return tf, present  # Whoosh's WeightScorer: the weight itself
        return np.where(present, self._bm25(fieldname, text, tf), 0.0), present

    def _bm25(self, fieldname: str, text: str | bytes, tf: np.ndarray) -> np.ndarray:
        searcher = self._searcher
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        fl = self._cache.lengths[fieldname][self._docs]
        b, k1 = self._b, self._k1
        with np.errstate(divide="ignore", invalid="ignore"):
            return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))


def exact_scores(searcher: Searcher, query: wq.Query, docs: np.ndarray) -> np.ndarray:
    """Whoosh's own score of each of ``docs`` (sorted global numbers, all matching ``query``),
    through its matchers, segment by segment, as its collectors compute it."""
    scores = np.zeros(len(docs))
    context = searcher.context()  # the top searcher's, as Whoosh's collectors use
    for sub, offset in searcher.leaf_searchers():
        lo, hi = np.searchsorted(docs, [offset, offset + sub.reader().doc_count_all()])
        if lo == hi:
            continue
        matcher = query.matcher(sub, context)
        for i in range(lo, hi):
            local = int(docs[i]) - offset
            if not matcher.is_active():
                break
            if matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                scores[i] = matcher.score()
    return scores


def _phrases_as_words(query: wq.Query) -> wq.Query:
    """The query with each phrase replaced by the And of its words: the same scores (a
    phrase's matcher wraps that And) without checking positions again."""
    if isinstance(query, wq.Phrase):
        return wq.And([wq.Term(query.fieldname, w) for w in query.words], boost=query.boost)
    if query.is_leaf():
        return query
    return query.apply(_phrases_as_words)
