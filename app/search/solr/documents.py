"""Stored articles -> Solr documents, and Solr documents -> what a result row shows.

The fields mirror the embedded index (app/search/whoosh/indexer.py): the same entity slugs,
the countries of the cities as slugs, the date as yyyymmdd. An article without a source or
a date simply lacks the field, so no blank value is ever counted as a facet value.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain import Article
from app.search.backend import IndexedFields
from app.search.entity_fields import (
    city_slugs,
    country_slugs,
    entity_rows,
    person_values,
    region_slugs,
)


def solr_document(article: Article) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": str(article.id),
        "article_id": article.id,
        "title": article.title,
        "body": article.body,
        **person_values(article),
        "cities": city_slugs(article),
        "countries": country_slugs(article),
        "regions": region_slugs(article),
        "entities": json.dumps(entity_rows(article)),
    }
    if article.source:
        doc["source"] = article.source
    if article.url:
        doc["url"] = article.url
    if article.published:
        doc["published"] = int(article.published.strftime("%Y%m%d"))
        doc["month"] = int(article.published.strftime("%Y%m"))
        doc["undated"] = 0
    else:
        doc["published"] = 0
        doc["undated"] = 1
    return doc


def entities(doc: dict[str, Any]) -> list[list[Any]]:
    """The [kind, slug, name, country, latitude, longitude] rows of a stored document."""
    try:
        rows = json.loads(doc.get("entities") or "[]")
    except ValueError:
        return []
    return rows if isinstance(rows, list) else []


def day(yyyymmdd: int | None) -> date | None:
    if not yyyymmdd:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


def indexed_fields(doc: dict[str, Any]) -> IndexedFields:
    return IndexedFields(
        title=doc.get("title", ""),
        source=doc.get("source") or None,
        published=day(doc.get("published")),
    )
