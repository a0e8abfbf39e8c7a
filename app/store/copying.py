"""Copying every row of one archive database into another (``newsarchive copy``), keeping
every id, so that article URLs, entity slugs and their redirects all keep working.

The target is migrated by Alembic first and must be empty. The rows go in, table after
table in foreign-key order, in one transaction: a copy that fails leaves the target as
empty as it was. On PostgreSQL the id sequences are then moved past the copied ids, or the
next ingest would be handed an id already taken.

Which tables are copied comes from the models (``Base.metadata``), so a table added by a
later migration is copied as soon as it has a model; a table in the source that no model
describes is refused by name rather than silently left behind.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, Engine, Table, bindparam, func, inspect, select, text, update

from app.store.models import ArticleRow, Base

CHUNK = 1000  # rows per read and per executemany: bounded memory for any archive size


class CopyRefused(Exception):
    """The copy cannot start; the message says why and what to do."""


def copy_rows(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every table's rows from ``source`` to the (migrated, empty) ``target``;
    returns the rows copied per table."""
    _check_tables(source)
    copied: dict[str, int] = {}
    with source.connect() as reader, target.begin() as writer:
        _snapshot(reader)
        _check_empty(writer)
        for table in Base.metadata.sorted_tables:
            copied[table.name] = _copy_table(reader, writer, table)
        _link_duplicates(reader, writer)
        if writer.dialect.name == "postgresql":
            _reset_sequences(writer)
    return copied


def _snapshot(reader: Connection) -> None:
    """Read every table as of one moment, so an ingest writing meanwhile cannot leave the
    copy with links to articles it does not hold. pysqlite starts no transaction for
    reads by itself: an explicit BEGIN holds one WAL snapshot until the reader closes.
    PostgreSQL needs REPEATABLE READ for one snapshot across statements."""
    if reader.dialect.name == "sqlite":
        reader.exec_driver_sql("BEGIN")
    elif reader.dialect.name == "postgresql":
        reader.execution_options(isolation_level="REPEATABLE READ")


def _check_tables(source: Engine) -> None:
    known = {table.name for table in Base.metadata.sorted_tables} | {"alembic_version"}
    unknown = sorted(set(inspect(source).get_table_names()) - known)
    if unknown:
        raise CopyRefused(
            f"the source database has tables this version does not know ({', '.join(unknown)}):"
            " copy with the version of newsarchive that made them"
        )


def _check_empty(writer: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if writer.scalar(select(func.count()).select_from(table)):
            raise CopyRefused(
                f"the target database already holds rows in {table.name}: copy needs an "
                "empty database (create a new one)"
            )


def _chunks(reader: Connection, table: Table) -> Iterator[list[dict]]:
    """The table's rows in primary-key order, a chunk at a time."""
    result = reader.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    try:
        for partition in result.mappings().partitions():
            yield [dict(row) for row in partition]
    finally:
        result.close()  # a failed copy leaves no server-side cursor open


def _copy_table(reader: Connection, writer: Connection, table: Table) -> int:
    count = 0
    for rows in _chunks(reader, table):
        if table.name == ArticleRow.__tablename__:
            # A near-duplicate points at its group's primary; set after every article is
            # in (_link_duplicates), so the order rows arrive in never matters.
            rows = [{**row, "duplicate_of": None} for row in rows]
        writer.execute(table.insert(), rows)
        count += len(rows)
    return count


def _link_duplicates(reader: Connection, writer: Connection) -> None:
    articles = ArticleRow.__table__
    pairs = reader.execute(
        select(articles.c.id, articles.c.duplicate_of).where(articles.c.duplicate_of.is_not(None))
    ).all()
    for start in range(0, len(pairs), CHUNK):
        writer.execute(
            update(articles)
            .where(articles.c.id == bindparam("copy_id"))
            .values(duplicate_of=bindparam("copy_of")),
            [{"copy_id": a, "copy_of": b} for a, b in pairs[start : start + CHUNK]],
        )


def _reset_sequences(writer: Connection) -> None:
    """Move each id sequence past the largest copied id (PostgreSQL hands out ids from a
    sequence that explicit ids never advance)."""
    for table in Base.metadata.sorted_tables:
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not columns[0].autoincrement or columns[0].name != "id":
            continue
        writer.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
            )
        )
