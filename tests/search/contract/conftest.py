"""One suite, every search engine: the fixtures open the archive's search backend once per
engine and fill it through the real ingest, so every contract test runs against each.

Adding an engine is appending a parameter to ``ENGINES``: a function that, given a private
temp folder, starts what the engine needs (a server on loopback, say) and returns the
settings that select it (``search_url``). Expectations in the tests are written by hand
from reading the four seed pages; none is computed by a backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.archive import Archive, open_archive
from app.config import Settings
from app.ingest.pipeline import ingest_paths
from app.search import SearchBackend, open_backend
from app.store.models import ArticleRow
from tests.conftest import SEED_PAGES, make_settings
from tests.search.local_cluster import shared_cluster


def embedded_whoosh(folder: Path) -> Settings:
    """The default engine: nothing to start, the index lives in the data folder."""
    return make_settings(folder / "data")


def solr_cloud(folder: Path) -> Settings:
    """SolrCloud on the local cluster (scripts/local-cluster, started once per session):
    the session's seeded archive in a collection the backend creates itself, each writing
    test in the collection the script created, emptied first."""
    cluster = shared_cluster()
    seeded = folder.name.startswith("contract-")  # the ``seeded`` fixture's folder
    url = cluster.collection_url("contract_seeded" if seeded else "newsarchive")
    settings = make_settings(folder / "data").model_copy(update={"search_url": url})
    if not seeded:
        scratch = open_backend(settings)
        scratch.clear()
        scratch.close()
    return settings


ENGINES: dict[str, Callable[[Path], Settings]] = {"whoosh": embedded_whoosh, "solr": solr_cloud}


@pytest.fixture(scope="session", params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def seeded(engine: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """An archive of the four seed pages on ``engine``, shared by the read-only tests."""
    opened = open_archive(ENGINES[engine](tmp_path_factory.mktemp(f"contract-{engine}")))
    report = ingest_paths(opened, SEED_PAGES)
    assert report.ok and len(report.added) == 4, report.summary()
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def backend(seeded: Archive) -> SearchBackend:
    return seeded.search


@pytest.fixture(scope="session")
def ids(seeded: Archive) -> dict[str, int]:
    """Article id of each seed file."""
    with seeded.sessions() as session:
        rows = session.execute(select(ArticleRow.origin, ArticleRow.id)).all()
    return {Path(origin).name: article_id for origin, article_id in rows}


@pytest.fixture
def empty_backend(engine: str, tmp_path: Path) -> Iterator[SearchBackend]:
    """A fresh, empty backend of ``engine`` for the tests that write."""
    opened = open_backend(ENGINES[engine](tmp_path))
    yield opened
    opened.close()
