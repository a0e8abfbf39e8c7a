"""What an export holds for each article, and how the file is named: everything a
researcher needs to cite and check an article (full text, archive link, entities with
slugs, the story's other versions, provenance), with spreadsheet formulas defused.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from slugify import slugify

from app.domain import Article
from app.web import urls
from app.web.templating import CONTROL_CHARACTERS

# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...),
# +cmd|..., -2+3, @SUM): OWASP's CSV injection advice is to prefix such cells with '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    "id",
    "title",
    "text",
    "author",
    "source",
    "published",
    "url",
    "archive_url",
    "persons",
    "person_slugs",
    "cities",
    "city_slugs",
    "countries",
    "versions",
    "origin",
    "capture_uri",
    "captured_at",
    "ingested_at",
    "content_hash",
]


def _stamp(moment: datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat() + "Z" if moment else None


def record(article: Article, versions: tuple[int, ...], base_url: str | None) -> dict:
    """One article as JSON and JSON Lines give it."""
    provenance = article.provenance
    return {
        "id": article.id,
        "title": article.title,
        "text": article.body,
        "author": article.author,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "archive_url": urls.absolute(base_url, f"/articles/{article.id}"),
        "persons": [{"name": p.name, "slug": p.slug} for p in article.persons],
        "cities": [{"name": c.name, "slug": c.slug, "country": c.country} for c in article.cities],
        "countries": sorted({c.country for c in article.cities if c.country}),
        "versions": list(versions),
        "provenance": {
            "origin": provenance.origin if provenance else None,
            "capture_uri": provenance.capture_uri if provenance else None,
            "captured_at": _stamp(provenance.captured_at) if provenance else None,
            "ingested_at": _stamp(article.ingested_at),
            "content_hash": provenance.content_hash if provenance else None,
        },
    }


def csv_row(row: dict) -> list[str]:
    """A ``record`` flattened into CSV_COLUMNS: lists joined with "; ", every cell defused."""
    flat = {
        **{k: v for k, v in row.items() if k not in ("persons", "cities", "provenance")},
        **row["provenance"],
        "persons": "; ".join(p["name"] for p in row["persons"]),
        "person_slugs": "; ".join(p["slug"] for p in row["persons"]),
        "cities": "; ".join(c["name"] for c in row["cities"]),
        "city_slugs": "; ".join(c["slug"] for c in row["cities"]),
        "countries": "; ".join(row["countries"]),
        "versions": "; ".join(str(v) for v in row["versions"]),
    }
    return [neutralise("" if flat[c] is None else str(flat[c])) for c in CSV_COLUMNS]


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula, made plain text with a leading '.

    Control characters go first, as from every page and feed: a stored "\x01=HYPERLINK(..)"
    passed the check on its first character and was written out as it was."""
    cell = CONTROL_CHARACTERS.sub("", cell)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def filename(parts: Iterable[str], extension: str, today: date) -> str:
    """``newsarchive-mosul-ash-carter-2026-11-29.csv``: the view's query and filters, then
    the day it was taken."""
    words = slugify(" ".join(p for p in parts if p), max_length=80, word_boundary=True)
    return f"newsarchive-{words or 'all'}-{today.isoformat()}.{extension}"
