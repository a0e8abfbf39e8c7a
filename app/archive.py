"""The archive as the CLI and the web app open it: migrated database plus search index."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.locks import setup_lock
from app.search import SearchBackend, open_backend
from app.store import db, repository
from app.store.region_links import RegionLinks


@dataclass
class Archive:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    search: SearchBackend
    # The Regions facet's links, read once and shared by a server's requests.
    region_links: RegionLinks = field(default_factory=RegionLinks)

    def close(self) -> None:
        self.search.close()
        self.engine.dispose()


def open_archive(settings: Settings, *, replace_damaged_index: bool = False) -> Archive:
    """Apply pending migrations, then open the database and the search engine (raising
    SearchBackendError if the index is damaged, unless ``replace_damaged_index``: then it
    is set aside and replaced by an empty one, which marks every article to index)."""
    # Under the setup lock: two processes opening a new archive at once (an ingest and a
    # server started together) both ran the migrations, or both created the index, and
    # one died with a traceback; the second now waits for the first and finds both ready.
    with setup_lock(settings.data_dir):
        db.upgrade(settings)
        search = open_backend(settings, replace_damaged=replace_damaged_index)
        engine = db.make_engine(settings)
        archive = Archive(
            settings=settings,
            engine=engine,
            sessions=db.make_sessionmaker(engine),
            search=search,
        )
        if archive.search.created:
            # A new or outdated index: every stored article must be (re)indexed, which
            # the next ingest, reindex or serve does.
            with archive.sessions() as session, session.begin():
                repository.mark_all_unindexed(session)
    return archive
