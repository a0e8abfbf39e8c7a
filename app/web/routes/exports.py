"""Taking a search view out of the archive: CSV and JSON of every matching article (streamed)
and an Atom feed of the newest ones, all with the search page's URL parameters."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from app.archive import Archive
from app.domain import Article
from app.store import repository
from app.web import urls
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.searching import validated_request

router = APIRouter(include_in_schema=False)

CHUNK = 200  # articles loaded from the database at a time while streaming
FEED_ENTRIES = 50
COLUMNS = ["id", "url", "title", "published", "source", "persons", "cities"]


def _row(article: Article) -> dict:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "persons": [p.name for p in article.persons],
        "cities": [c.name for c in article.cities],
    }


def _articles(archive: Archive, ids: list[int]) -> Iterator[Article]:
    """Articles in the order of ``ids``, read a chunk at a time with a session of their own
    (the stream outlives the request's session)."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with archive.sessions() as session:
            by_id = {a.id: a for a in repository.load_articles(session, article_ids=chunk)}
        yield from (by_id[i] for i in chunk if i in by_id)


def _filename(request: Request, extension: str) -> str:
    return f'attachment; filename="newsarchive-search.{extension}"'


@router.get("/export.csv")
def export_csv(request: Request, archive: ArchiveDep, session: SessionDep) -> StreamingResponse:
    search, _params, _labels = validated_request(archive, session, request.query_params)
    ids = archive.search.matching_ids(search)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        for article in _articles(archive, ids):
            row = _row(article)
            row["persons"] = "; ".join(row["persons"])
            row["cities"] = "; ".join(row["cities"])
            writer.writerow([row[c] if row[c] is not None else "" for c in COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    headers = {"Content-Disposition": _filename(request, "csv")}
    return StreamingResponse(rows(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/export.json")
def export_json(request: Request, archive: ArchiveDep, session: SessionDep) -> StreamingResponse:
    search, _params, _labels = validated_request(archive, session, request.query_params)
    ids = archive.search.matching_ids(search)

    def chunks() -> Iterator[str]:
        yield "["
        for n, article in enumerate(_articles(archive, ids)):
            yield ("," if n else "") + "\n" + json.dumps(_row(article), ensure_ascii=False)
        yield "\n]\n"

    headers = {"Content-Disposition": _filename(request, "json")}
    return StreamingResponse(chunks(), media_type="application/json", headers=headers)


@router.get("/feed.atom")
def feed(request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    search, params, labels = validated_request(archive, session, request.query_params)
    newest = replace(search, sort="date", page=1, per_page=FEED_ENTRIES)
    ids = archive.search.matching_ids(newest)[:FEED_ENTRIES]
    entries = list(_articles(archive, ids))
    base = str(request.base_url).rstrip("/")
    search_url = urls.url("/search", params)
    context = {
        "base": base,
        "feed_url": base + urls.url("/feed.atom", params),
        "search_url": base + search_url,
        "title": _feed_title(search.q, labels),
        "updated": _updated(entries),
        "entries": entries,
    }
    return templates.TemplateResponse(
        request, "feed.atom.xml", context, media_type="application/atom+xml"
    )


def _feed_title(q: str, labels) -> str:  # type: ignore[no-untyped-def]
    parts = [f"“{q}”"] if q else []
    parts += [ref.name for ref in labels.persons.values()]
    parts += [ref.name for ref in labels.cities.values()]
    parts += list(labels.countries.values())
    return "newsarchive: " + (" · ".join(parts) if parts else "newest articles")


def _updated(entries: list[Article]) -> str:
    stamps = [a.ingested_at for a in entries]
    newest = max(stamps) if stamps else datetime.now(UTC).replace(tzinfo=None)
    return newest.replace(microsecond=0).isoformat() + "Z"
