"""Turning stored articles into index documents."""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.writing import CLEAR

from app.domain import Article
from app.search.index import SearchIndex
from app.textfold import make_slug


def _document(article: Article) -> dict:
    published = article.published
    return {
        "id": str(article.id),
        "article_id": article.id,
        "title": article.title,
        "body": article.body,
        "persons": ",".join(ref.slug for ref in article.persons),
        "cities": ",".join(ref.slug for ref in article.cities),
        "countries": ",".join(sorted({make_slug(r.country) for r in article.cities if r.country})),
        "source": article.source or "",
        "published": int(published.strftime("%Y%m%d")) if published else 0,
        "url": article.url or "",
        "entities": [["person", r.slug, r.name, None, None, None] for r in article.persons]
        + [["city", r.slug, r.name, r.country, r.latitude, r.longitude] for r in article.cities],
    }


def index_articles(index: SearchIndex, articles: Iterable[Article]) -> int:
    """Add or replace these articles in one commit; returns how many were written."""
    # update_document twice with one id inside one writer leaves two documents (Whoosh
    # 2.7.5), so keep only the last version of each article in the batch.
    latest = {article.id: article for article in articles}
    if not latest:
        return 0
    writer = index.writer(limitmb=256)
    try:
        for article in latest.values():
            writer.update_document(**_document(article))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return len(latest)


def rebuild_index(index: SearchIndex, batches: Iterable[list[Article]]) -> int:
    """Replace the whole index with these articles, in one writer committed at the end,
    so a running server sees either the old index or the complete new one."""
    writer = index.writer(limitmb=256)
    count = 0
    try:
        for batch in batches:
            for article in batch:
                writer.add_document(**_document(article))
                count += 1
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=CLEAR)
    return count
