"""The settings: a public base URL must be a web address; ingest workers are at least one."""

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


def test_zero_ingest_workers_is_refused(monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_INGEST_WORKERS", "0")
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        Settings()
