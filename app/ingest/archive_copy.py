"""Moving an archive (``newsarchive copy``): every row of its database into another
database, ids kept, then the other search engine rebuilt from the copied rows.

The copied database is the source of truth for the new search engine, exactly as for
``reindex``: the engine is filled through its backend's ``rebuild`` from what the target
database holds, so the copy is searched as the original was, whatever engine it moves to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.archive import Archive, open_archive
from app.config import Settings
from app.ingest.indexing import reindex
from app.store import db
from app.store.copying import CopyRefused, copy_rows

__all__ = ["CopyRefused", "CopyReport", "copy_archive", "target_settings"]


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied
    indexed: int  # articles the target's search engine holds

    def summary(self) -> str:
        tables = ", ".join(f"{table} {count}" for table, count in self.rows.items())
        return f"copied {tables}; indexed {self.indexed} articles"


def target_settings(source: Settings, *, to_database: str, to_search: str | None) -> Settings:
    """The target archive's settings: the source's, with the other database and search
    engine. ``to_search`` is a search URL (``solr://...``) or a folder for an embedded
    index (``DIR/index``); without it, the embedded index of the source's data folder
    would be shared, which is refused."""
    if to_database == source.sqlalchemy_url:
        raise CopyRefused("--to-database names the archive's own database: name another one")
    if not to_search:
        raise CopyRefused("--to-search is needed: a solr:// URL or a folder for a new index")
    if "://" in to_search:
        return _with(source, database_url=to_database, search_url=to_search)
    folder = Path(to_search)
    if source.search_url is None and folder.resolve() == source.data_dir.resolve():
        raise CopyRefused("--to-search names the archive's own index folder: name another one")
    return _with(source, database_url=to_database, search_url=None, data_dir=folder)


def _with(settings: Settings, **changes: object) -> Settings:
    """New settings rather than ``model_copy``, which would carry over the cached
    ``sqlalchemy_url`` and ``index_dir`` of the source."""
    return Settings(**{**settings.model_dump(), **changes})


def copy_archive(source: Archive, target: Settings) -> CopyReport:
    """Copy ``source`` into the database and search engine ``target`` names."""
    db.upgrade(target)
    source_engine, target_engine = source.engine, db.make_engine(target)
    try:
        rows = copy_rows(source_engine, target_engine)
    finally:
        target_engine.dispose()
    moved: Archive = open_archive(target, replace_damaged_index=True)
    try:
        indexed = reindex(moved)
    finally:
        moved.close()
    return CopyReport(rows=rows, indexed=indexed)
