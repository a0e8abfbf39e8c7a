"""Alembic environment: runs the migrations against the URL set by ``app.store.db``.

The same migrations build the schema on SQLite (the embedded default) and on PostgreSQL
(``NEWSARCHIVE_DATABASE_URL=postgresql+psycopg://...``); tests/store runs them on both.
To keep a new migration (0003, 0004...) portable:

- Use ``op.*`` and ``sa.*`` types, not SQL strings. ``render_as_batch=True`` below makes
  ``op.batch_alter_table`` rebuild the table on SQLite (which cannot ALTER much) and emit
  plain ALTER TABLE on PostgreSQL: use it for every change to an existing table.
- Raw SQL in ``op.execute`` must be standard: ``INSERT ... ON CONFLICT (...) DO NOTHING``
  (with ``WHERE true`` after an ``INSERT ... SELECT``, which SQLite needs), never
  ``INSERT OR IGNORE``/``REPLACE``, no ``PRAGMA``, no SQLite functions (``group_concat``,
  ``ifnull``: use ``coalesce``), booleans as ``sa.Boolean`` with ``sa.true()``/``sa.false()``
  (SQLite stores 1/0, PostgreSQL refuses ``1`` for a boolean).
- A column added NOT NULL to a table with rows needs a ``server_default`` as a string
  (``server_default="0"``, ``sa.text("CURRENT_TIMESTAMP")``), valid on both.
- Integer primary keys: ``sa.Integer()`` + ``PrimaryKeyConstraint`` gives SQLite's rowid and
  a PostgreSQL sequence (SERIAL). A migration that inserts rows *with explicit ids* must move
  the sequence after it on PostgreSQL (``setval(pg_get_serial_sequence('t', 'id'), ...)``, as
  ``app/store/copying.py`` does), or the next insert collides.
- PostgreSQL enforces ``String(n)`` lengths and foreign keys in every statement; SQLite does
  neither: truncate in code, and create referenced rows first.
- Name every constraint and index through ``op.f()`` / the models' naming convention, so a
  later migration can drop it by name on both databases.
- A new table needs a model in ``app/store/models.py``: ``newsarchive copy`` copies the
  tables the models describe and refuses a database holding one it does not know.
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.store.models import Base

config = context.config
# PostgreSQL advisory lock key taken while migrating: "newsarc" in ASCII, as a 64-bit int.
MIGRATION_LOCK = int.from_bytes(b"newsarc", "big")
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = engine_from_config(
            config.get_section(config.config_ini_section, {}),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Several servers (or a server and an ingest) starting at once against
                # one new database: one migrates while the others wait here, then read
                # the version it committed and find nothing to do. Held until commit.
                context.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
