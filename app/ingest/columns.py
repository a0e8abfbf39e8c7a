"""Which column of an export (CSV header, JSON Lines key) holds which article field.

Exports name their columns in a handful of ways (scrapers, news-please, Kaggle and
research data sets such as FA-KES); the common names are recognised case-insensitively and
``--map text=article_content,date=date`` names the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.ingest.dates import parse_date
from app.ingest.records import BadInput, Metadata, Record

# Field -> recognised column names, most specific first: the first one present wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "content", "body", "article_content", "article_text", "article_body",
        "maintext", "full_text", "article",
    ),
    "title": ("title", "headline", "article_title", "heading"),
    "url": ("url", "link", "article_url", "canonical_url"),
    "published": (
        "date", "published", "publish_date", "published_at", "date_published",
        "publication_date", "date_publish", "pubdate",
    ),
    "source": ("source", "publisher", "domain", "source_name", "outlet", "site_name"),
    "author": ("author", "authors", "byline", "creator"),
}  # fmt: skip
# What --map accepts on the left of "=": the fields, and "date" for "published".
FIELD_NAMES = {**{name: name for name in ALIASES}, "date": "published"}


def normalise(column: str) -> str:
    """Column names "Article Title", "article-title" and "ARTICLE_TITLE" are one name."""
    return re.sub(r"[\s\-]+", "_", column.strip().lstrip("\ufeff")).casefold()


def parse_mapping(specs: Iterable[str]) -> dict[str, str]:
    """``["text=article_content,date=date"]`` -> ``{"text": "article_content", ...}``.

    Raises ValueError with a message for the user on a malformed spec.
    """
    mapping: dict[str, str] = {}
    for spec in specs:
        for pair in filter(None, (part.strip() for part in spec.split(","))):
            field, sep, column = (part.strip() for part in pair.partition("="))
            if not sep or not field or not column:
                raise ValueError(f"{pair!r} is not FIELD=COLUMN")
            if field.lower() not in FIELD_NAMES:
                known = ", ".join(sorted(FIELD_NAMES))
                raise ValueError(f"unknown field {field!r} in {pair!r} (fields: {known})")
            mapping[FIELD_NAMES[field.lower()]] = column
    return mapping


@dataclass(frozen=True)
class Columns:
    """For each field, the column (as written in the file) that holds it, if any."""

    by_field: Mapping[str, str]

    def values(self, row: Mapping[str, object]) -> dict[str, str | None]:
        return {field: as_text(row.get(column)) for field, column in self.by_field.items()}


def resolve(
    columns: Iterable[str], mapping: Mapping[str, str], *, noun: str = "column"
) -> Columns | str:
    """The columns to read, or why the file cannot be read (no text column, say).

    ``noun`` is what the file calls them in messages: CSV columns, JSON keys.
    """
    present = {normalise(column): column for column in columns if isinstance(column, str)}
    by_field: dict[str, str] = {}
    for field, column in mapping.items():
        if normalise(column) not in present:
            listed = ", ".join(present.values())
            return f"no {noun} {column!r} for {field} ({noun}s: {listed})"
        by_field[field] = present[normalise(column)]
    for field, aliases in ALIASES.items():
        if field not in by_field:
            found = next((present[a] for a in aliases if a in present), None)
            if found is not None:
                by_field[field] = found
    if "text" not in by_field:
        listed = ", ".join(present.values())
        return f"no article text {noun} ({noun}s: {listed}); name it with --map text={noun.upper()}"
    return Columns(by_field)


def as_text(value: object) -> str | None:
    """A cell or JSON value as text: lists of authors are joined, {"name": ...} unwrapped."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [part for part in map(as_text, value) if part and part.strip()]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return as_text(value.get("name"))
    return None


def to_record(values: Mapping[str, str | None], columns: Columns, origin: str) -> Record | BadInput:
    """One row's values as a record; the columns' metadata wins over extraction.

    A date that cannot be read refuses the row: stored without it, the article would keep
    no date even after the file is fixed, since re-ingesting the same text changes nothing.
    """
    text = (values.get("text") or "").strip()
    if not text:
        return BadInput(origin, f"no article text ({columns.by_field['text']!r} is empty)")
    stated = {f: " ".join(v.split()) for f, v in values.items() if f != "text" and v}
    published = None
    if stated.get("published"):
        published = parse_date(stated["published"])
        if published is None:
            column = columns.by_field["published"]
            return BadInput(origin, f"unreadable date {stated['published']!r} in {column!r}")
    meta = Metadata(
        title=stated.get("title") or None,
        published=published,
        source=stated.get("source") or None,
        author=stated.get("author") or None,
        url=stated.get("url") or None,
    )
    return Record(origin, text, clean=True, meta=meta)
