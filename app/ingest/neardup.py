"""Near-duplicates: the same story republished by several outlets with small edits.

Exact copies never reach this module (the content hash stores them once). Everything else
gets a MinHash signature of its word 3-shingles; a MinHash LSH index finds the stored
articles likely to be similar, and an article whose estimated Jaccard similarity with one of
them reaches ``SAME_STORY_JACCARD`` joins that article's group. The first article of a group
(its primary) is the one search shows; the others are listed as its other versions.

The figures below were measured on FA-KES (/work/shared/corpus/fa-kes.csv: 804 rows, 789
distinct texts, 311,000 pairs), comparing exact Jaccard over all pairs and reading the pairs
between 0.3 and 0.9 by hand:

* Word 3-shingles. Single words make unrelated Syria reports look alike (22,000 pairs
  above 0.2, background vocabulary); 5-shingles drop edited copies too fast. With
  3-shingles 309,576 pairs are under 0.05 and 122 pairs above 0.2.
* ``SAME_STORY_JACCARD = 0.5``. The 41 pairs at or above 0.5 are one wire story in two
  outlets or two editions (AFP via Ahram and Jordan Times at 0.88, Al-Araby's rewritten
  intro of the same AFP story at 0.57-0.61, an update "kill 32" -> "kill at least 44" at
  0.61), except three Al-Manar digest pages sharing a long round-up under different lead
  stories (0.82-0.84). Between 0.4 and 0.5 same-story pairs (a heavy rewrite at 0.49, a
  truncated copy at 0.40) mix with different stories on one event (two Al Arabiya reports
  on the Ghouta attack at 0.48); below 0.4 it is mostly shared background.
* ``NUM_PERM = 256`` and LSH candidates from ``CANDIDATE_JACCARD = 0.4``, then the
  estimate checked against 0.5: no pair at or above 0.5 was missed and two between 0.48
  and 0.5 were taken (mean absolute error of the estimate 0.02). With 128 permutations and
  candidates from 0.5, three true pairs (0.52-0.62) were missed: the LSH's banding misses
  pairs near its own threshold, hence the lower candidate threshold.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from functools import lru_cache
from hashlib import sha1

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 3
NUM_PERM = 256
CANDIDATE_JACCARD = 0.4
SAME_STORY_JACCARD = 0.5
SEED = 1
SCHEME = "affine32"  # datasketch 2's default: 32-bit hash values, 4 bytes each

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping runs of ``size`` words, case and punctuation ignored."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters (a, b) for NUM_PERM and SEED, in the scheme's
    32-bit type, each as a row to broadcast against a column of hashes."""
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return a.astype(np.uint32).reshape(1, -1), b.astype(np.uint32).reshape(1, -1)


# MurmurHash3's 32-bit finaliser, the pre-mix datasketch's "affine32" scheme applies to each
# hash before the permutations (datasketch.minhash._fmix with width 32).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as bytes (1 KB), or None for a text with no words.

    What ``datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)`` gives after
    ``update_batch`` of the shingles' UTF-8 bytes with its default hash (sha1_hash32), its
    steps done here on arrays: the MinHash object, its per-value hash calls and list
    conversions were ~40% of the signature's CPU, which is ~8% of an article's extraction
    (tests/ingest/test_neardup.py compares the two)."""
    found = shingles(text)
    if not found:
        return None
    hashes = _sha1_hash32(found).reshape(-1, 1)
    shift, first, shift2, second = _FMIX32
    hashes = hashes ^ (hashes >> shift)
    hashes = hashes * first
    hashes = hashes ^ (hashes >> shift2)
    hashes = hashes * second
    hashes = hashes ^ (hashes >> shift)
    a, b = _permutations()
    return (hashes * a + b).min(axis=0).tobytes()  # uint32 arithmetic wraps, as datasketch's


def _sha1_hash32(found: Iterable[str]) -> np.ndarray:
    """datasketch's default hash of each shingle (sha1_hash32: the digest's first 4 bytes,
    little-endian), as a uint32 array. Shingles are words joined by spaces, so the texts
    are encoded in one call and split on line breaks."""
    encoded = "\n".join(found).encode("utf-8").split(b"\n")
    prefixes = b"".join([sha1(shingle).digest()[:4] for shingle in encoded])
    return np.frombuffer(prefixes, dtype="<u4").astype(np.uint32)


def _lean(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=SCHEME)


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """The share of equal MinHash values: an unbiased estimate of the Jaccard similarity."""
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(x == y)) / len(x)


class NearDuplicates:
    """The LSH index of every stored article's signature, rebuilt in memory when an ingest
    starts (the signatures are in the database), and kept up to date as it stores more."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
        self._signatures: dict[int, bytes] = {}
        self._primary: dict[int, int] = {}  # article id -> its group's primary
        self.load_seconds = 0.0

    @classmethod
    def load(cls, stored: Iterable[tuple[int, int | None, bytes]]) -> NearDuplicates:
        """From ``(article id, primary id or None, signature)`` of the stored articles."""
        started = time.perf_counter()
        index = cls()
        with index._lsh.insertion_session() as session:
            for article_id, primary, blob in stored:
                session.insert(article_id, _lean(blob), check_duplication=False)
                index._signatures[article_id] = blob
                index._primary[article_id] = primary or article_id
        index.load_seconds = time.perf_counter() - started
        return index

    def __len__(self) -> int:
        return len(self._signatures)

    def close(self) -> None:
        """Free the index now. datasketch's LSH object keeps a bound method of its own, a
        reference cycle, so dropped it waited with its tables (a few dozen sets per
        article) for a full collector pass, which scanned them all again."""
        lsh, self._lsh = self._lsh, None
        if lsh is not None:
            lsh.__dict__.clear()
        self._signatures = {}
        self._primary = {}

    def primary_for(self, blob: bytes | None) -> int | None:
        """The primary of the group this signature belongs to, or None for a new story.

        The most similar candidate wins (the lowest id on a tie), so an article joins the
        group of the version it is closest to.
        """
        if blob is None or not self._signatures:
            return None
        best: tuple[float, int] | None = None
        for key in self._lsh.query(_lean(blob)):
            score = estimated_jaccard(blob, self._signatures[key])
            if score >= SAME_STORY_JACCARD and (best is None or (score, -key) > best):
                best = (score, -key)
        return None if best is None else self._primary[-best[1]]

    def add(self, article_id: int, blob: bytes | None, primary: int | None) -> None:
        if blob is None:
            return
        self._lsh.insert(article_id, _lean(blob), check_duplication=False)
        self._signatures[article_id] = blob
        self._primary[article_id] = primary or article_id
