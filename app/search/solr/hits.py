"""Solr documents and highlights -> result rows, snippets always escaped HTML."""

from __future__ import annotations

import html
from typing import Any

from app.domain import Hit
from app.search.solr.documents import day, entities
from app.search.solr.search_params import SNIPPET_CHARS


def hit(doc: dict[str, Any], passages: list[str] | None) -> Hit:
    rows = entities(doc)
    return Hit(
        article_id=int(doc["article_id"]),
        title=doc.get("title", ""),
        published=day(doc.get("published")),
        source=doc.get("source") or None,
        url=doc.get("url") or None,
        snippet_html=snippet(doc.get("body", ""), passages),
        persons=tuple(row[2] for row in rows if row[0] == "person"),
        cities=tuple(row[2] for row in rows if row[0] == "city"),
    )


def snippet(body: str, passages: list[str] | None) -> str:
    """The highlighted passages (Solr escaped their text and put <mark> around the
    matches), or the article's opening, escaped here."""
    marked = [" ".join(p.split()) for p in passages or () if p.strip()]
    if marked:
        return " … ".join(marked)
    body = " ".join(body.split())  # paragraph breaks mean nothing inside a snippet
    opening = body[:SNIPPET_CHARS]
    if len(body) > SNIPPET_CHARS:
        opening = opening.rsplit(" ", 1)[0] + " …"
    return html.escape(opening, quote=False)


def hits(answer: dict[str, Any]) -> tuple[Hit, ...]:
    highlighting = answer.get("highlighting") or {}
    return tuple(
        hit(doc, (highlighting.get(str(doc["article_id"])) or {}).get("body"))
        for doc in answer["response"]["docs"]
    )
