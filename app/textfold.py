"""Folding of names for matching: one person or city whatever the accents, case or dashes."""

from __future__ import annotations

import re

from anyascii import anyascii
from slugify import slugify

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """'Mevlüt Çavuşoğlu' and 'mevlut  cavusoglu' fold to the same key."""
    return _NON_ALNUM.sub(" ", anyascii(text).lower()).strip()


def make_slug(text: str) -> str:
    """A URL slug; never empty, so every entity has an address."""
    return slugify(text, max_length=200, word_boundary=True) or "x"


def source_key(name: str) -> str:
    """One key per outlet however it is spelled: "Reuters", "REUTERS", " reuters " and
    "Al-Jazeera", "Al Jazeera", "AlJazeera" fold to "reuters" and "aljazeera"; empty for a
    blank or punctuation-only name."""
    return fold(name).replace(" ", "")
