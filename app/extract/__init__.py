"""Extraction stage: one raw page in, one ``Extraction`` out. Pure functions, no I/O.

    lines = segment(raw)            clean.py     label boilerplate / captions / credits / story
    meta = extract_metadata(lines)  metadata.py  headline, date, source, author, url
    persons, regions, cities        persons.py, regions.py, cities.py over capitalised runs

Persons and cities are read from the story, the headline, captions and credit lines, never
from boilerplate (link lists, sign-up blurbs, page furniture above the headline).

The page extraction itself is ``page.py``, imported on first use: the store and the web
server import small modules of this package (``entity_keys``, ``person_identity``), and
importing the whole extraction stack with them (the gazetteer code, wordfreq, nameparser:
~0.15 s) was a tenth of the server's cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.extract.page import extract_page, extraction_to_json, person_key

__all__ = ["extract_page", "extraction_to_json", "person_key"]


def __getattr__(name: str) -> Any:
    """``from app.extract import extract_page`` (and the other names of ``__all__``)
    imports ``page.py`` then."""
    if name in __all__:
        from app.extract import page

        return getattr(page, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
