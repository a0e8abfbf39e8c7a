"""Taking a search view out of the archive: CSV, JSON and JSON Lines of every matching
article (streamed) and an Atom feed of the newest ones, all with the search page's URL
parameters. Rows are built in ``app.web.export_rows``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from app.archive import Archive
from app.domain import Article, SearchRequest
from app.store import repository
from app.web import export_rows, urls
from app.web.deps import ArchiveDep, SessionDep, TemplatesDep
from app.web.searching import validated_request

router = APIRouter(include_in_schema=False)

CHUNK = 200  # articles loaded from the database at a time while streaming
FEED_ENTRIES = 50


def _records(archive: Archive, ids: list[int]) -> Iterator[dict]:
    """Export records in the order of ``ids``, read a chunk at a time with a session of
    their own (the stream outlives the request's session)."""
    base_url = archive.settings.base_url
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with archive.sessions() as session:
            found = repository.load_articles(session, article_ids=chunk, with_regions=False)
            by_id = {a.id: a for a in found}
            versions = repository.version_ids(session, article_ids=chunk)
        for article_id in chunk:
            if article_id in by_id:
                yield export_rows.record(by_id[article_id], versions[article_id], base_url)


def _matches(request: Request, archive: Archive, session) -> tuple[list[int], str]:  # type: ignore[no-untyped-def]
    """The view's matching ids, and the words its file is named after."""
    search, _params, _labels = validated_request(archive, session, request.query_params)
    return archive.search.matching_ids(search), _name_parts(search)


def _name_parts(search: SearchRequest) -> str:
    parts = [search.q, *search.persons, *search.cities, *search.countries, *search.sources]
    parts += [d.isoformat() for d in (search.date_from, search.date_to) if d]
    return " ".join(parts)


def _download(chunks: Iterator[str], name: str, extension: str, media_type: str):  # type: ignore[no-untyped-def]
    filename = export_rows.filename([name], extension, datetime.now(UTC).date())
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return StreamingResponse(chunks, media_type=media_type, headers=headers)


@router.get("/export.csv")
def export_csv(request: Request, archive: ArchiveDep, session: SessionDep) -> StreamingResponse:
    ids, name = _matches(request, archive, session)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(export_rows.CSV_COLUMNS)
        for row in _records(archive, ids):
            writer.writerow(export_rows.csv_row(row))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return _download(rows(), name, "csv", "text/csv; charset=utf-8")


@router.get("/export.json")
def export_json(request: Request, archive: ArchiveDep, session: SessionDep) -> StreamingResponse:
    ids, name = _matches(request, archive, session)

    def chunks() -> Iterator[str]:
        yield "["
        for n, row in enumerate(_records(archive, ids)):
            yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
        yield "\n]\n"

    return _download(chunks(), name, "json", "application/json")


@router.get("/export.jsonl")
def export_jsonl(request: Request, archive: ArchiveDep, session: SessionDep) -> StreamingResponse:
    ids, name = _matches(request, archive, session)
    lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in _records(archive, ids))
    return _download(lines, name, "jsonl", "application/x-ndjson")


@router.get("/feed.atom")
def feed(request: Request, archive: ArchiveDep, session: SessionDep, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    search, params, labels = validated_request(archive, session, request.query_params)
    newest = replace(search, sort="date", page=1, per_page=FEED_ENTRIES)
    ids = archive.search.matching_ids(newest)[:FEED_ENTRIES]
    with archive.sessions() as reading:
        found = repository.load_articles(reading, article_ids=ids, with_regions=False)
        by_id = {a.id: a for a in found}
    entries = [by_id[i] for i in ids if i in by_id]
    # Links from the configured public address, or plain paths: never the Host header.
    base_url = archive.settings.base_url
    feed_path = urls.url("/feed.atom", params)
    context = {
        "base": base_url or "",
        # An Atom id must be an absolute IRI: the feed's address, or a URN without one.
        "feed_id": base_url + feed_path if base_url else "urn:newsarchive:" + quote(feed_path),
        "feed_url": urls.absolute(base_url, feed_path),
        "search_url": urls.absolute(base_url, urls.url("/search", params)),
        "entry_id": (lambda a: f"{base_url}/articles/{a.id}")
        if base_url
        else (lambda a: f"urn:newsarchive:article:{a.id}"),
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
