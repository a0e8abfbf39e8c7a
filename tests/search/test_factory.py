"""``open_backend`` picks the engine the settings name."""

import pytest

from app.search import SearchBackendError, open_backend
from app.search.whoosh import WhooshBackend
from tests.conftest import make_settings


def test_without_a_search_url_the_embedded_whoosh_index_is_opened(tmp_path):
    settings = make_settings(tmp_path / "data")
    backend = open_backend(settings)
    try:
        assert isinstance(backend, WhooshBackend)
        assert backend.created  # a new, empty index in the data folder
        assert (tmp_path / "data" / "index").is_dir()
        assert backend.indexed_ids() == []
    finally:
        backend.close()


@pytest.mark.parametrize("url", ["ftp://search.example:21/", "not a url"])
def test_an_unsupported_search_url_is_refused_in_one_clear_line(tmp_path, url):
    settings = make_settings(tmp_path / "data").model_copy(update={"search_url": url})
    with pytest.raises(SearchBackendError) as raised:
        open_backend(settings)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"NEWSARCHIVE_SEARCH_URL={url}: the scheme")
    assert "unset NEWSARCHIVE_SEARCH_URL" in message
    assert not (tmp_path / "data" / "index").exists()  # nothing opened or created
