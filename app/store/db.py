"""Engine, sessions and migrations: one place that knows how to open the archive's database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration in migrations/versions (a test checks it is Alembic's head). A
# database stamped with it needs no upgrade, and Alembic is then not even imported: that
# alone is ~0.1 s of every server start.
SCHEMA_REVISION = "0004_editors"


def make_engine(settings: Settings) -> Engine:
    """An engine; SQLite gets WAL and a busy timeout so reads go on while an ingest writes."""
    url = settings.sqlalchemy_url
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False} if is_sqlite else {})
    if is_sqlite:
        timeout = settings.sqlite_busy_timeout_ms

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(timeout)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    return engine


def alembic_config(settings: Settings) -> Config:
    """Alembic's config built in code, so migrations run the same from any working directory."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(settings.migrations_dir))
    config.set_main_option("sqlalchemy.url", settings.sqlalchemy_url.replace("%", "%%"))
    return config


def upgrade(settings: Settings) -> None:
    """Bring the schema to the newest migration (run by ``ingest`` and ``serve``)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if stamped_revisions(settings) == {SCHEMA_REVISION}:
        return
    from alembic import command

    command.upgrade(alembic_config(settings), "head")


def stamped_revisions(settings: Settings) -> set[str]:
    """The migrations the database says it is at (none for a new database)."""
    engine = create_engine(settings.sqlalchemy_url)
    try:
        with engine.connect() as connection:
            return {
                row[0]
                for row in connection.execute(text("SELECT version_num FROM alembic_version"))
            }
    except exc.DBAPIError:  # no such table: a new database
        return set()
    finally:
        engine.dispose()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session committed on success and rolled back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def database_size_bytes(settings: Settings) -> int:
    """The database's size on disk: the SQLite file with its WAL, or PostgreSQL's
    ``pg_database_size`` of the current database."""
    url = settings.sqlalchemy_url
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar())
    finally:
        engine.dispose()
