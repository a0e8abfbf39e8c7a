"""The cost limits on Solr: a prefix standing for too many indexed words, or a query
looking for too many, is refused before it runs (counts read off the articles below)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain import Article, SearchRequest
from app.search import QueryTooCostly
from app.search.solr import SolrBackend
from app.search.solr.address import SolrAddress
from app.search.solr.cost_limits import CostLimits
from tests.search.local_cluster import shared_cluster

# Body words beginning "al": aleppo, alarm, albania, alert (4); "ale": aleppo, alert (2).
BODY = "Aleppo alarm in Albania, an alert"


@pytest.fixture(scope="module")
def limited():
    url = shared_cluster().collection_url("cost_limits")
    limits = CostLimits(prefix_min_chars=2, prefix_max_terms=3, query_max_terms=4)
    backend = SolrBackend(SolrAddress.parse(url), limits)
    backend.rebuild(
        [
            Article(
                id=1,
                title="Report",
                body=BODY,
                published=None,
                source=None,
                author=None,
                url=None,
                ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
        ]
    )
    yield backend
    backend.close()


def test_a_prefix_standing_for_too_many_words_is_refused(limited):
    with pytest.raises(QueryTooCostly) as refused:
        limited.search(SearchRequest(q="al*"))
    assert refused.value.limit == "The prefix 'al*' stands for more than 3 indexed words"
    assert limited.search(SearchRequest(q="ale*")).total == 1  # aleppo, alert: 2 words


def test_a_query_looking_for_too_many_words_is_refused(limited):
    # ale* stands for 2 words, plus alarm, albania and aleppo: 5 words, the limit is 4.
    with pytest.raises(QueryTooCostly) as refused:
        limited.matching_ids(SearchRequest(q="ale* alarm albania aleppo"))
    assert refused.value.limit.startswith("This search would look for 5 indexed words")
    assert limited.matching_ids(SearchRequest(q="ale* alarm albania")) == [1]
