"""Read-only looks into the index, for ``newsarchive check``: which articles it holds and
what it stored for them, to compare with the database."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.search.backend import IndexedFields
from app.search.whoosh.index import SearchIndex


def indexed_article_ids(index: SearchIndex) -> list[int]:
    """The article id of every live document, one per document (an id listed twice means
    two documents for one article)."""
    with index.reading() as (searcher, _cache):
        reader = searcher.reader()
        if not reader.doc_count_all():  # an empty index's reader has no columns at all
            return []
        column = reader.column_reader("article_id")  # no stored bodies to unpickle
        return sorted(int(column[docnum]) for docnum in reader.all_doc_ids())


def indexed_fields(index: SearchIndex, article_ids: Iterable[int]) -> dict[int, IndexedFields]:
    """The stored fields of these articles, for those the index holds."""
    found: dict[int, IndexedFields] = {}
    with index.reading() as (searcher, _cache):
        for article_id in article_ids:
            docnum = searcher.document_number(id=str(article_id))
            if docnum is None:
                continue
            stored = searcher.stored_fields(docnum)
            found[article_id] = IndexedFields(
                title=stored.get("title", ""),
                source=stored.get("source") or None,
                published=_day(stored.get("published", 0)),
            )
    return found


def _day(yyyymmdd: int) -> date | None:
    if not yyyymmdd:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)
