"""Helpers for the ingest tests: what the archive stored, by where it came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.archive import Archive, open_archive
from app.domain import Article
from app.store import repository
from app.store.models import ArticleRow
from tests.conftest import make_settings


def stored(archive: Archive) -> dict[str, Article]:
    """Every stored article, keyed by its origin with the folder left off
    ("page.txt", "export.csv:row 2", "crawl.warc.gz:record 3")."""
    with archive.sessions() as session:
        origins = dict(session.execute(select(ArticleRow.id, ArticleRow.origin)).all())
        articles = repository.load_articles(session, article_ids=list(origins))
    return {Path(origins[article.id]).name: article for article in articles}


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str:
    """The ingest tests run on both databases."""
    return request.param


@pytest.fixture
def small_limits_archive(tmp_path: Path, database_url: str | None):
    """An archive refusing files over 2,000 bytes and records over 1,000."""
    settings = make_settings(tmp_path / "data", database_url).model_copy(
        update={"max_file_bytes": 2000, "max_record_bytes": 1000}
    )
    opened = open_archive(settings)
    yield opened
    opened.close()
