"""Alembic owns the schema: the migrations build exactly what the models describe."""

import subprocess
import sys

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.config import PROJECT_ROOT, Settings
from app.store import db
from app.store.models import Base
from tests.conftest import make_settings


def test_upgrade_head_on_a_fresh_database_matches_the_models(settings):
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


def test_upgrade_from_0001_keeps_the_articles(settings):
    """An archive made before near-duplicates: its articles stay, each its own story."""
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


def test_the_schema_revision_the_code_expects_is_alembics_head(settings):
    """Opening an archive skips Alembic when the database is at SCHEMA_REVISION: a new
    migration must move it, or archives would never be upgraded."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(db.alembic_config(settings))
    assert scripts.get_heads() == [db.SCHEMA_REVISION]


def test_an_archive_at_an_older_revision_is_upgraded_when_opened(settings):
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


def test_upgrade_to_entity_identity_carries_persons_over(settings):
    """An archive from before identity keys: its persons' names become forms (keys to be
    computed), person_forms goes, links get the role "mentioned"."""
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
        command.downgrade(config, "0002")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT key, person_id FROM person_forms")).all() == [
                ("bashar assad", 7)
            ]
    finally:
        engine.dispose()


def test_every_migration_goes_down_to_nothing_and_up_again(settings):
    """The whole chain runs both ways on each database (batch mode on SQLite, plain ALTER
    TABLE on PostgreSQL), and the schema built again still matches the models."""
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    engine = create_engine(settings.sqlalchemy_url)
    try:
        assert inspect(engine).get_table_names() == ["alembic_version"]
        command.upgrade(config, "head")
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
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


def test_servers_starting_together_on_a_new_postgresql_database_migrate_it_once(tmp_path, postgres):
    """Several web servers (or a server and an ingest) started at once against one new
    PostgreSQL database: one migrates it, the others wait, then find nothing to do."""
    url = postgres.create_database()
    env = {"PATH": "/usr/bin:/bin", "NEWSARCHIVE_DATABASE_URL": url}
    upgrade = "from app.config import Settings; from app.store import db; db.upgrade(Settings())"
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", upgrade],
            env={**env, "NEWSARCHIVE_DATA_DIR": str(tmp_path / f"data{n}")},
            cwd=PROJECT_ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    errors = [process.communicate(timeout=120)[1] for process in starts]
    assert [process.returncode for process in starts] == [0, 0, 0, 0], errors
    settings = Settings(data_dir=tmp_path / "data0", database_url=url)
    assert db.stamped_revisions(settings) == {db.SCHEMA_REVISION}


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


def test_upgrade_to_regions_keeps_cities_and_takes_villages(tmp_path):
    """An archive from before regions: its cities and links stay, without a region until
    an ingest names one; a village (no GeoNames id, no position) can then be stored, and a
    downgrade drops the villages only."""
    settings = make_settings(tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    config = db.alembic_config(settings)
    command.upgrade(config, "0004_editors")
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
                    "INSERT INTO cities (id, name, slug, country, country_code, latitude, "
                    "longitude, geonames_id, hidden) VALUES (1, 'Azaz', 'azaz', 'Syria', 'SY', "
                    "36.58662, 37.04628, 172082, 0)"
                )
            )
            connection.execute(
                text("INSERT INTO article_cities (article_id, city_id, mentions) VALUES (1, 1, 1)")
            )
        command.upgrade(config, "head")
        with engine.begin() as connection:
            assert connection.execute(
                text("SELECT slug, region_id, geonames_id FROM cities")
            ).all() == [("azaz", None, 172082)]
            assert connection.execute(text("SELECT * FROM article_cities")).all() == [(1, 1, 1)]
            connection.execute(
                text(
                    "INSERT INTO regions (id, name, slug, country, country_code, code, name_key) "
                    "VALUES (1, 'Idlib Province', 'idlib-province', 'Syria', 'SY', 'SY-ID', "
                    "'idlib province')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO cities (id, name, slug, country, country_code, hidden, "
                    "region_id) VALUES (2, 'Thalthana', 'thalthana', 'Syria', 'SY', 0, 1)"
                )
            )
        command.downgrade(config, "0004_editors")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT slug FROM cities")).all() == [("azaz",)]
        assert "regions" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_the_models_load_no_postgresql_dialect_until_a_postgresql_engine_is_made():
    """SQLite processes (every server start) do not import SQLAlchemy's PostgreSQL dialect
    for the partial indexes' ``postgresql_where``; a PostgreSQL engine adds it, and both
    databases then get the same partial indexes from the models."""
    code = (
        "import sys\n"
        "from sqlalchemy.schema import CreateIndex\n"
        "from app.store.models import RegionRow\n"
        "assert 'sqlalchemy.dialects.postgresql' not in sys.modules\n"
        "from app.store import db\n"
        "from tests.conftest import make_settings\n"
        "import tempfile, pathlib\n"
        "url = 'postgresql+psycopg://u@127.0.0.1:1/none'  # not connected to\n"
        "s = make_settings(pathlib.Path(tempfile.mkdtemp()), url)\n"
        "engine = db.make_engine(s)\n"
        "for index in sorted(RegionRow.__table__.indexes, key=lambda i: i.name):\n"
        "    print(CreateIndex(index).compile(dialect=engine.dialect))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, check=True
    ).stdout.splitlines()
    assert shown == [
        "CREATE UNIQUE INDEX uq_regions_code ON regions (code) WHERE code IS NOT NULL",
        "CREATE UNIQUE INDEX uq_regions_name_key ON regions (name_key, country_code) "
        "WHERE code IS NULL",
    ]
