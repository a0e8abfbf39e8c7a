"""Folding of names for matching: one person or city whatever the accents, case or dashes."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from slugify import slugify

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """'Mevlüt Çavuşoğlu' and 'mevlut  cavusoglu' fold to the same key."""
    return _NON_ALNUM.sub(" ", anyascii(text).lower()).strip()


@lru_cache(maxsize=65_536)
def make_slug(text: str) -> str:
    """A URL slug; never empty, so every entity has an address. Cached: indexing asks for
    the slug of each city's country in every article (~10 a document)."""
    return slugify(text, max_length=200, word_boundary=True) or "x"


def source_key(name: str) -> str:
    """One key per outlet however it is spelled: "Reuters", "REUTERS", " reuters " and
    "Al-Jazeera", "Al Jazeera", "AlJazeera" fold to "reuters" and "aljazeera"; empty for a
    blank or punctuation-only name."""
    return fold(name).replace(" ", "")
