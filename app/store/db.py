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
SCHEMA_REVISION = "0006_login_failures"


def make_engine(settings: Settings, *, read_only: bool = False) -> Engine:
    """An engine set up for its database: SQLite or PostgreSQL (``read_only``: a SQLite
    file in a folder this process cannot write, see ``_read_only_sqlite_engine``)."""
    url = settings.sqlalchemy_url
    if url.startswith("sqlite") and read_only:
        return _read_only_sqlite_engine(settings)
    if url.startswith("sqlite"):
        return _sqlite_engine(settings)
    if url.startswith("postgresql"):
        return _postgresql_engine(settings)
    return create_engine(url)


def _sqlite_engine(settings: Settings) -> Engine:
    """SQLite gets WAL and a busy timeout so reads go on while an ingest writes."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(settings.sqlalchemy_url, connect_args={"check_same_thread": False})
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


def _read_only_sqlite_engine(settings: Settings) -> Engine:
    """The SQLite file opened read-only (``mode=ro``), for a server on a read-only folder.

    A WAL database normally needs its ``-wal`` and ``-shm`` files created beside it, which a
    read-only folder forbids: when the last writer closed cleanly there are none and the
    file is opened ``immutable`` (nothing can change it while the folder is read-only);
    when a ``-wal`` was left behind (a writer killed), SQLite reads it too (3.22+)."""
    path = Path(settings.sqlalchemy_url.removeprefix("sqlite:///"))
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    engine = create_engine(
        f"sqlite:///file:{path}?{flags}&uri=true", connect_args={"check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(settings.sqlite_busy_timeout_ms)}")
        cursor.close()

    return engine


def _postgresql_engine(settings: Settings) -> Engine:
    """PostgreSQL through psycopg 3, with a pool shared by a server's request threads.

    psycopg 3 prepares a statement on the server after 5 executions, and PostgreSQL then
    switches to a generic plan that ignores how skewed the data is (a person in half the
    articles or in three): measured p95 466 ms against 99 ms with custom plans
    (../shared/SCALE-NOTES.md), hence ``plan_cache_mode=force_custom_plan``. Connections
    are checked before use (``pool_pre_ping``), so a restarted server costs one retry,
    not an error page; they are recycled after an hour so none outlives a failover.
    """
    from app.store.models import add_postgresql_options

    add_postgresql_options()  # the models' partial indexes, as PostgreSQL spells them
    return create_engine(
        settings.sqlalchemy_url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_pool_size,
        pool_pre_ping=True,
        pool_recycle=3600,
        connect_args={
            "options": "-c plan_cache_mode=force_custom_plan",
            "application_name": "newsarchive",
            "connect_timeout": 10,
        },
    )


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


def stamped_revisions(settings: Settings, *, read_only: bool = False) -> set[str]:
    """The migrations the database says it is at (none for a new database)."""
    engine = make_engine(settings, read_only=read_only)
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
