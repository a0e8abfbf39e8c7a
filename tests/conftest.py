"""Fixtures: fresh archives in temp folders, built through the real migrations, the real
extraction and the real Whoosh index."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive, open_archive
from app.config import PROJECT_ROOT, Settings
from app.ingest.pipeline import ingest_paths
from app.web import create_app
from tests.postgres_server import PostgresServer

# Ingests run by the tests (in this process through the CLI, or in subprocesses that
# inherit this environment) keep the usual CPU priority: on a shared test machine a niced
# ingest waits for every other program, and no test judges its speed
# (tests/test_priority.py sets the variable itself).
os.environ.setdefault("NEWSARCHIVE_INGEST_NICE", "0")

SEEDS = PROJECT_ROOT / "seeds"
# The four raw pages of seeds/ (the folder also holds the FA-KES export, 804 articles,
# which the demo ingests; tests assert exact results on these four).
SEED_PAGES = sorted(SEEDS.glob("*.txt"))
# The four seed pages, by what a reader sees in them.
CARTER_PARIS = "000_e3a02462407b1826.txt"  # Carter to discuss defence in Paris (Stars and Stripes)
CARTER_REVENGE = "001_e8783fed8a2b22e4.txt"  # "Sec. Carter: ISIS Could Seek Revenge..." (NBC)
COALITION_PARIS = "002_27344ee61e190ec9.txt"  # "Small-Group Coalition to Convene in Paris..."
KERRY_MEASURES = "003_008acc23afd06ef9.txt"  # "Kerry calls for new measures..." (Reuters)


def make_settings(data_dir: Path, database_url: str | None = None) -> Settings:
    return Settings(data_dir=data_dir, database_url=database_url)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the session (tests/postgres_server.py)."""
    try:
        server = PostgresServer()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        pytest.fail(f"{error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def database() -> str:
    """Which database the archive fixtures use: SQLite everywhere, and both SQLite and
    PostgreSQL where a conftest overrides this (tests/store, tests/ingest)."""
    return "sqlite"


@pytest.fixture
def database_url(database: str, request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for the SQLite file in the data folder, else a fresh PostgreSQL database."""
    if database == "sqlite":
        yield None
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None) -> Settings:
    return make_settings(tmp_path / "data", database_url)


@pytest.fixture
def archive(settings: Settings) -> Iterator[Archive]:
    opened = open_archive(settings)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def seeded_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """One archive of the four seed pages, shared by the read-only tests."""
    opened = open_archive(make_settings(tmp_path_factory.mktemp("seeded") / "data"))
    report = ingest_paths(opened, SEED_PAGES)
    assert report.ok and len(report.added) == 4, report.summary()
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def seed_ids(seeded_archive: Archive) -> dict[str, int]:
    """Article id of each seed file, so tests can name articles by file."""
    from sqlalchemy import select

    from app.store.models import ArticleRow

    with seeded_archive.sessions() as session:
        rows = session.execute(select(ArticleRow.origin, ArticleRow.id)).all()
    return {Path(origin).name: article_id for origin, article_id in rows}


@pytest.fixture(scope="session")
def client(seeded_archive: Archive) -> Iterator[TestClient]:
    app = create_app(seeded_archive.settings, seeded_archive)
    with TestClient(app) as test_client:
        yield test_client


# --- editors -----------------------------------------------------------------------------
EDITOR, PASSWORD = "alice", "correct horse battery"


def basic(name: str = EDITOR, password: str = PASSWORD) -> dict[str, str]:
    """HTTP Basic credentials as an API client sends them."""
    import base64

    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture(scope="session")
def editable_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the four seed pages and the editor alice, built once; each test
    that changes the archive gets its own copy (``editable``)."""
    from app.accounts.passwords import hash_password
    from app.store import editors

    data_dir = tmp_path_factory.mktemp("editable-template") / "data"
    opened = open_archive(make_settings(data_dir))
    report = ingest_paths(opened, SEED_PAGES)
    assert report.ok and len(report.added) == 4, report.summary()
    with opened.sessions() as session, session.begin():
        editors.add_editor(session, name=EDITOR, password_hash=hash_password(PASSWORD))
    opened.close()
    return data_dir


@pytest.fixture
def editable(editable_template: Path, tmp_path: Path) -> Iterator[Archive]:
    """A private copy of the seeded archive with an editor, for tests that write."""
    import shutil

    data_dir = tmp_path / "data"
    shutil.copytree(editable_template, data_dir)
    opened = open_archive(make_settings(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def editable_client(editable: Archive) -> Iterator[TestClient]:
    app = create_app(editable.settings, editable)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def editable_ids(editable: Archive) -> dict[str, int]:
    from sqlalchemy import select

    from app.store.models import ArticleRow

    with editable.sessions() as session:
        rows = session.execute(select(ArticleRow.origin, ArticleRow.id)).all()
    return {Path(origin).name: article_id for origin, article_id in rows}
