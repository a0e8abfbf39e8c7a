"""Copying every row to another database, from either database into PostgreSQL."""

from sqlalchemy import text

from app.config import Settings
from app.ingest.pipeline import ingest_paths
from app.store import copying, db
from tests.conftest import CARTER_PARIS, KERRY_MEASURES, SEEDS


def test_an_ingest_during_the_copy_waits_for_the_next_copy(
    archive, postgres, tmp_path, monkeypatch
):
    """The copy reads one snapshot: an article stored while the copy runs (after the
    articles table was read, before its links were) is left out whole, not half."""
    ingest_paths(archive, [SEEDS / CARTER_PARIS])
    target = Settings(data_dir=tmp_path / "copy", database_url=postgres.create_database())
    db.upgrade(target)
    engine = db.make_engine(target)
    copy_table = copying._copy_table

    def copy_then_ingest(reader, writer, table):  # type: ignore[no-untyped-def]
        copied = copy_table(reader, writer, table)
        if table.name == "articles":
            assert len(ingest_paths(archive, [SEEDS / KERRY_MEASURES]).added) == 1
        return copied

    monkeypatch.setattr(copying, "_copy_table", copy_then_ingest)
    try:
        rows = copying.copy_rows(archive.engine, engine)
        with engine.connect() as connection:
            titles = connection.execute(text("SELECT id, title FROM articles")).all()
            linked = connection.execute(text("SELECT DISTINCT article_id FROM article_persons"))
            linked_ids = [article_id for (article_id,) in linked]
    finally:
        engine.dispose()
    assert rows["articles"] == 1
    # The Carter page has no headline: its title is its first sentence, cut.
    assert len(titles) == 1 and titles[0][0] == 1
    assert titles[0][1].startswith("Security measures needed to prevent more Islamic State")
    assert linked_ids == [1]
