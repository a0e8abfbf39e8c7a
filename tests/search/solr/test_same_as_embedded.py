"""On the demo data (the four seed pages and the 804 FA-KES articles), SolrCloud finds,
filters and counts exactly what the embedded engine does. The reference is the embedded
Whoosh engine, whose own tests hold hand-written expectations; relevance order and "Did
you mean" words may differ between engines, so they are not compared."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.archive import open_archive
from app.domain import SearchPage, SearchRequest
from app.ingest.indexing import reindex
from app.ingest.pipeline import ingest_paths
from tests.conftest import SEEDS, make_settings
from tests.search.local_cluster import shared_cluster

QUERIES = [
    "",
    "Syria",
    "Aleppo",
    "killed",
    "attack*",
    '"air strike"',
    '"Islamic State"',
    "Aleppo OR Homs",
    "Aleppo NOT Russia",
    "(Idlib OR Hama) AND civilians",
    "Daraa children",
    "U.S.",
    "al-Assad",
    "regime forces",
    "killed NOT (Aleppo OR Idlib)",
    "the",
    '"Ramadi',
]


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    """The seeds ingested once, searched through Whoosh (reference) and through a Solr
    collection rebuilt from the same database."""
    settings = make_settings(tmp_path_factory.mktemp("same") / "data")
    embedded = open_archive(settings)
    report = ingest_paths(embedded, [SEEDS])
    assert report.ok, report.summary()
    url = shared_cluster().collection_url("same_as_embedded")
    solr = open_archive(settings.model_copy(update={"search_url": url}))
    assert reindex(solr) == len(embedded.search.indexed_ids())
    yield embedded.search, solr.search
    solr.close()
    embedded.close()


def countable(page: SearchPage) -> tuple:  # type: ignore[type-arg]
    def values(facets):  # type: ignore[no-untyped-def]
        return [(f.slug, f.name, f.count, f.country) for f in facets]

    return (
        page.total,
        values(page.person_facets),
        values(page.city_facets),
        values(page.country_facets),
        values(page.source_facets),
        values(page.region_facets),
        [m.slug for m in page.map_cities],
        page.histogram,
        page.undated,
        page.query_error,
    )


@pytest.mark.parametrize("q", QUERIES)
def test_totals_facets_histogram_and_date_orders_are_the_same(engines, q):
    whoosh, solr = engines
    for sort in ("relevance", "date", "oldest"):
        request = SearchRequest(q=q, sort=sort, per_page=20)
        reference, page = whoosh.search(request), solr.search(request)
        assert countable(page) == countable(reference), (q, sort)
        if sort != "relevance" or not q:
            assert [h.article_id for h in page.hits] == [h.article_id for h in reference.hits]


def test_every_top_filter_value_selects_the_same_articles(engines):
    whoosh, solr = engines
    top = whoosh.search(SearchRequest(facet_limit=5))
    filters = (
        [{"persons": (f.slug,)} for f in top.person_facets]
        + [{"cities": (f.slug,)} for f in top.city_facets]
        + [{"countries": (f.slug,)} for f in top.country_facets]
        + [{"sources": (f.slug,)} for f in top.source_facets]
        + [{"regions": (f.slug,)} for f in top.region_facets]
    )
    assert len(filters) == 25
    for chosen in filters:
        request = replace(SearchRequest(sort="oldest"), **chosen)
        assert solr.matching_ids(request) == whoosh.matching_ids(request), chosen
