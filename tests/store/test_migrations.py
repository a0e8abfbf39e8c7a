"""Alembic owns the schema: the migrations build exactly what the models describe."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.store import db
from app.store.models import Base
from tests.conftest import make_settings


def test_upgrade_head_on_a_fresh_database_matches_the_models(tmp_path):
    settings = make_settings(tmp_path / "data")
    db.upgrade(settings)
    engine = create_engine(settings.sqlalchemy_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_upgrade_from_0001_keeps_the_articles(tmp_path):
    """An archive made before near-duplicates: its articles stay, each its own story."""
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "0001")
    engine = create_engine(settings.sqlalchemy_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO articles (id, title, body, content_hash, ingested_at) "
                    "VALUES (1, 'Old', 'Old text', 'x', '2016-01-01 00:00:00')"
                )
            )
        command.upgrade(config, "head")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT id, duplicate_of FROM articles")).all() == [
                (1, None)
            ]
        assert "article_signatures" in inspect(engine).get_table_names()
        command.downgrade(config, "0001")
        assert "duplicate_of" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    finally:
        engine.dispose()


def test_the_schema_revision_the_code_expects_is_alembics_head(tmp_path):
    """Opening an archive skips Alembic when the database is at SCHEMA_REVISION: a new
    migration must move it, or archives would never be upgraded."""
    from alembic.script import ScriptDirectory

    settings = make_settings(tmp_path / "data")
    scripts = ScriptDirectory.from_config(db.alembic_config(settings))
    assert scripts.get_heads() == [db.SCHEMA_REVISION]


def test_an_archive_at_an_older_revision_is_upgraded_when_opened(tmp_path):
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    command.upgrade(db.alembic_config(settings), "0001")
    assert db.stamped_revisions(settings) == {"0001"}
    db.upgrade(settings)
    assert db.stamped_revisions(settings) == {db.SCHEMA_REVISION}
    engine = create_engine(settings.sqlalchemy_url)
    try:
        assert "article_signatures" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_upgrade_to_entity_identity_carries_persons_over(tmp_path):
    """An archive from before identity keys: its persons' names become forms (keys to be
    computed), person_forms goes, links get the role "mentioned"."""
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "0002")
    engine = create_engine(settings.sqlalchemy_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO articles (id, title, body, content_hash, ingested_at) "
                    "VALUES (1, 'Old', 'Old text', 'x', '2016-01-01 00:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO persons (id, name, slug) "
                    "VALUES (7, 'Bashar Assad', 'bashar-assad')"
                )
            )
            connection.execute(
                text("INSERT INTO person_forms (key, person_id) VALUES ('bashar assad', 7)")
            )
            connection.execute(
                text(
                    "INSERT INTO article_persons (article_id, person_id, mentions) VALUES (1, 7, 2)"
                )
            )
        command.upgrade(config, "head")
        with engine.connect() as connection:
            assert connection.execute(
                text("SELECT kind, entity_id, form, key FROM entity_forms")
            ).all() == [("person", 7, "Bashar Assad", "")]
            assert connection.execute(text("SELECT role FROM article_persons")).all() == [
                ("mentioned",)
            ]
        assert "person_forms" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_upgrade_from_0002_marks_existing_articles_as_not_demo(tmp_path):
    """Articles stored before the demo mark are the user's own: `remove --demo` skips them."""
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "0002")
    engine = create_engine(settings.sqlalchemy_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO articles (id, title, body, content_hash, ingested_at) "
                    "VALUES (1, 'Old', 'Old text', 'x', '2016-01-01 00:00:00')"
                )
            )
        command.upgrade(config, "head")
        with engine.connect() as connection:
            row = connection.execute(
                text("SELECT demo, capture_uri, captured_at FROM articles")
            ).one()
        assert tuple(row) == (0, None, None)
        command.downgrade(config, "0002")
        assert "demo" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    finally:
        engine.dispose()


def test_upgrade_to_0004_makes_one_source_per_outlet(tmp_path):
    """Spellings of one outlet become its most used one; a blank source becomes none."""
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "0003")
    engine = create_engine(settings.sqlalchemy_url)
    rows = [(1, "Reuters"), (2, "reuters"), (3, "Reuters"), (4, "REUTERS"), (5, " "), (6, "NNA")]
    try:
        with engine.begin() as connection:
            for article_id, source in rows:
                connection.execute(
                    text(
                        "INSERT INTO articles (id, title, body, content_hash, ingested_at, "
                        "indexed_at, source) VALUES (:id, 't', 'b', :hash, '2016-01-01', "
                        "'2016-01-02', :source)"
                    ),
                    {"id": article_id, "hash": str(article_id), "source": source},
                )
        command.upgrade(config, "0004")
        with engine.connect() as connection:
            stored = connection.execute(
                text("SELECT id, source, source_key, indexed_at FROM articles ORDER BY id")
            ).all()
        assert [tuple(row) for row in stored] == [
            (1, "Reuters", "reuters", None),
            (2, "Reuters", "reuters", None),
            (3, "Reuters", "reuters", None),
            (4, "Reuters", "reuters", None),
            (5, None, None, None),
            (6, "NNA", "nna", None),
        ]
    finally:
        engine.dispose()
