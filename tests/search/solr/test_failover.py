"""Killing one node of the local SolrCloud leaves search answering: every shard has a
replica on the other node, and the backend moves to the next node of its URL."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from app.domain import Article, SearchRequest
from app.search import open_backend
from tests.conftest import make_settings
from tests.search.local_cluster import shared_cluster

BODIES = {
    1: "Shelling in Aleppo overnight",
    2: "Aid convoy reaches Aleppo",
    3: "Talks in Geneva stall",
    4: "Aleppo residents flee east",
    5: "Ceasefire holds in Idlib",
}


def article(article_id: int) -> Article:
    return Article(
        id=article_id,
        title=f"Report {article_id}",
        body=BODIES[article_id],
        published=None,
        source="Reuters" if article_id % 2 else "AFP",
        author=None,
        url=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def test_search_answers_with_a_node_killed_and_the_node_comes_back(tmp_path):
    cluster = shared_cluster()
    url = cluster.collection_url("failover")
    backend = open_backend(make_settings(tmp_path / "data").model_copy(update={"search_url": url}))
    try:
        backend.index([article(i) for i in BODIES])
        aleppo = SearchRequest(q="Aleppo", sort="oldest")
        assert [h.article_id for h in backend.search(aleppo).hits] == [1, 2, 4]
        assert backend.check().ok

        cluster.kill("solr1")  # kill -9 the first node of the URL, the one asked first
        result = backend.search(aleppo)
        assert [h.article_id for h in result.hits] == [1, 2, 4]
        assert {f.name: f.count for f in result.source_facets} == {"Reuters": 1, "AFP": 2}
        assert backend.matching_ids(SearchRequest(sources=("Reuters",))) == [5, 3, 1]

        cluster.up()  # starts only the killed node again, on its port
        deadline = time.monotonic() + 90
        while not backend.check().ok and time.monotonic() < deadline:
            time.sleep(1)  # its replicas recover from the other node's
        assert backend.check().ok, backend.check().line()
        assert backend.search(aleppo).total == 3
    finally:
        backend.close()
