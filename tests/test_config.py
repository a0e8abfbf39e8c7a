"""The settings: a public base URL must be a web address; ingest workers are at least one;
serve answers from one process per core, at most four."""

import pytest
from pydantic import ValidationError

from app.config import Settings


def test_base_url_is_kept_without_its_trailing_slash():
    assert Settings(base_url="https://archive.example.org/").base_url == (
        "https://archive.example.org"
    )
    assert Settings().base_url is None


def test_a_base_url_that_is_not_http_is_refused():
    with pytest.raises(ValidationError, match="http:// or https://"):
        Settings(base_url="javascript:alert(1)")


def test_ingest_workers_default_to_one_per_core_and_read_the_environment(monkeypatch):
    import os

    assert Settings().ingest_workers == len(os.sched_getaffinity(0))  # the cores we may use
    monkeypatch.setenv("NEWSARCHIVE_INGEST_WORKERS", "3")
    assert Settings().ingest_workers == 3


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 2), (4, 4), (16, 4)])
def test_serve_answers_from_one_process_per_core_at_most_four(monkeypatch, cores, workers):
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: set(range(cores)))
    assert Settings().serve_workers == workers
    monkeypatch.setenv("NEWSARCHIVE_SERVE_WORKERS", "7")
    assert Settings().serve_workers == 7


def test_zero_ingest_workers_is_refused(monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_INGEST_WORKERS", "0")
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        Settings()


def test_the_archive_line_masks_a_database_password_and_names_the_search_engine(tmp_path):
    cluster = Settings(
        data_dir=tmp_path,
        database_url="postgresql+psycopg://newsarchive:s3cret@127.0.0.1:5432/archive",
        search_url="solr://127.0.0.1:8983,127.0.0.1:8984/solr/newsarchive",
    )
    assert cluster.archive_location == (
        "postgresql+psycopg://newsarchive:***@127.0.0.1:5432/archive "
        "(solr://127.0.0.1:8983,127.0.0.1:8984/solr/newsarchive)"
    )
    no_password = Settings(data_dir=tmp_path, database_url="postgresql+psycopg://na@db/archive")
    assert no_password.archive_location == (
        f"postgresql+psycopg://na@db/archive (index in {tmp_path / 'index'})"
    )
    assert Settings(data_dir=tmp_path, database_url=None).archive_location == str(tmp_path)
