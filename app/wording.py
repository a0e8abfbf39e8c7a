"""Counts in words, for pages and the command line alike: "1 article", "2 articles"."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with the noun in the right number, thousands separated."""
    noun = singular if n == 1 else (plural or singular + "s")
    return f"{n:,} {noun}"
