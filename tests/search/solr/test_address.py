"""NEWSARCHIVE_SEARCH_URL for SolrCloud: nodes, collection, and a clear line when wrong."""

import pytest

from app.search import SearchBackendError, open_backend
from app.search.solr.address import SolrAddress
from tests.conftest import make_settings


def test_a_url_lists_the_nodes_and_names_the_collection():
    address = SolrAddress.parse("solr://127.0.0.1:8983,127.0.0.1:8984/solr/news?shards=3")
    assert address.nodes == ("http://127.0.0.1:8983/solr", "http://127.0.0.1:8984/solr")
    assert (address.collection, address.shards, address.replicas) == ("news", 3, 2)


@pytest.mark.parametrize("url", ["solr://127.0.0.1:8983/news", "solr:///solr/news"])
def test_a_malformed_url_is_refused_in_one_line(url):
    with pytest.raises(SearchBackendError) as raised:
        SolrAddress.parse(url)
    assert str(raised.value).startswith(f"NEWSARCHIVE_SEARCH_URL={url}: a SolrCloud URL reads")


def test_no_node_answering_is_one_line_saying_what_to_do(tmp_path):
    # Port 9 (discard) on loopback: nothing listens there.
    url = "solr://127.0.0.1:9/solr/newsarchive"
    settings = make_settings(tmp_path / "data").model_copy(update={"search_url": url})
    with pytest.raises(SearchBackendError) as raised:
        open_backend(settings)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("no Solr node answers at http://127.0.0.1:9/solr")
    assert "scripts/local-cluster up DIR" in message
