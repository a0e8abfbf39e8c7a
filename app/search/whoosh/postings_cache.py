"""Posting lists and phrase matches of one index generation, shared by all its searchers.

Concurrent searches each use their own Whoosh searcher (a searcher is not thread-safe), but
what they read from the index is the same for the whole generation: a common word's
postings read by one request serve the next, whichever searcher it runs on. The arrays
are never changed once kept, so readers share them without copying; only the bookkeeping
of what is kept takes the lock, never a read from the index.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

import numpy as np

# Term postings (documents and weights) kept per generation, by total size: at 100k
# articles a word in most articles takes ~0.6 MB, so 32 MB holds the few dozen common
# words searched most, plus every filter value a session touches.
CACHE_BYTES = 32 * 1024 * 1024
# Phrase matches kept per generation: paging through a phrase's results asks again.
PHRASES_KEPT = 64

TermKey = tuple[str, bytes]
PhraseKey = tuple[str, tuple[bytes, ...]]
K = TypeVar("K")
V = TypeVar("V")


class PostingsCache:
    def __init__(self, max_bytes: int = CACHE_BYTES, phrases: int = PHRASES_KEPT) -> None:
        self._lock = threading.Lock()
        self._terms: OrderedDict[TermKey, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._bytes = 0
        self._max_bytes = max_bytes
        self._phrases: OrderedDict[PhraseKey, np.ndarray] = OrderedDict()
        self._max_phrases = phrases

    def term(self, key: TermKey) -> tuple[np.ndarray, np.ndarray] | None:
        with self._lock:
            found = self._terms.get(key)
            if found is not None:
                self._terms.move_to_end(key)
            return found

    def keep_term(self, key: TermKey, found: tuple[np.ndarray, np.ndarray]) -> None:
        with self._lock:
            if key in self._terms:
                return
            self._terms[key] = found
            self._bytes += found[0].nbytes + found[1].nbytes
            while self._bytes > self._max_bytes and len(self._terms) > 1:
                _, (docs, weights) = self._terms.popitem(last=False)
                self._bytes -= docs.nbytes + weights.nbytes

    def phrase(self, key: PhraseKey) -> np.ndarray | None:
        with self._lock:
            found = self._phrases.get(key)
            if found is not None:
                self._phrases.move_to_end(key)
            return found

    def keep_phrase(self, key: PhraseKey, docs: np.ndarray) -> None:
        with self._lock:
            self._phrases[key] = docs
            self._phrases.move_to_end(key)
            if len(self._phrases) > self._max_phrases:
                self._phrases.popitem(last=False)


class Kept(Generic[K, V]):
    """The last ``size`` values made, by key, for one generation (related articles, stored
    fields): shared by its searchers, safe for concurrent readers. A value is made outside
    the lock, so two searches asking at once may both make it; the first kept wins."""

    def __init__(self, size: int) -> None:
        self._lock = threading.Lock()
        self._values: OrderedDict[K, V] = OrderedDict()
        self._size = size

    def get(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = make()
        with self._lock:
            value = self._values.setdefault(key, value)
            self._values.move_to_end(key)
            while len(self._values) > self._size:
                self._values.popitem(last=False)
        return value
