"""The settings: a public base URL must be a web address."""

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
