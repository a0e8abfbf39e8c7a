"""The archive as the CLI and the web app open it: migrated database plus search index."""

from __future__ import annotations

import errno
import tempfile
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.errors import ReadOnlyArchive
from app.locks import setup_lock
from app.search import SearchBackend, SearchBackendError, open_backend
from app.store import db, repository


@dataclass
class Archive:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    search: SearchBackend
    # Opened from a data folder this process cannot write: reads only (``serve``).
    read_only: bool = False

    def close(self) -> None:
        self.search.close()
        self.engine.dispose()


def data_dir_writable(settings: Settings) -> bool:
    """Whether this process can write in the data folder, found by writing there (a missing
    folder counts as writable: it is created). Permission bits are not enough: root may
    write whatever they say, and a read-only mount refuses even root."""
    folder = settings.data_dir
    if not folder.is_dir():
        return True
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return False
        raise


def open_read_only(settings: Settings) -> Archive:
    """The archive in a read-only data folder, for serving: nothing is migrated, created,
    locked or indexed. An archive that needs any of that is refused with one line."""
    where = settings.data_dir
    fix = "make the folder writable (or serve a writable copy) and start again"
    if settings.database_url is None and not (where / "archive.sqlite3").is_file():
        raise ReadOnlyArchive(f"the data folder {where} is read-only and holds no archive: {fix}")
    if db.stamped_revisions(settings, read_only=True) != {db.SCHEMA_REVISION}:
        raise ReadOnlyArchive(
            f"the archive in {where} is read-only and its database needs upgrading to this "
            f"version: {fix}"
        )
    try:
        search = open_backend(settings, create=False)
    except SearchBackendError as error:
        raise ReadOnlyArchive(f"the data folder {where} is read-only and {error}") from None
    engine = db.make_engine(settings, read_only=True)
    return Archive(
        settings=settings,
        engine=engine,
        sessions=db.make_sessionmaker(engine),
        search=search,
        read_only=True,
    )


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
