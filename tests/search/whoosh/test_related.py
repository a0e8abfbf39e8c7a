"""Related articles ranked with numpy are Whoosh's own more-like-this lists.

A fixed archive of generated articles goes through the real ingest (with its end-of-ingest
merges, so article ids do not follow document numbers everywhere); for every article, the
list an article page shows must be the list ``Searcher.more_like`` gives, in its order.
"""

from __future__ import annotations

import pytest

from app.archive import open_archive
from app.bench.corpus import generate, write_pages
from app.ingest.pipeline import ingest_paths
from app.search.whoosh.related import KEY_TERMS
from tests.conftest import make_settings

ARTICLES = 240


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("related")
    write_pages(generate(ARTICLES, seed=11), root / "pages")
    opened = open_archive(make_settings(root / "data"))
    report = ingest_paths(opened, [root / "pages"])
    assert len(report.added) == ARTICLES, report.summary()
    yield opened
    opened.close()


def _whoosh_more_like(archive, limit: int) -> dict[int, list[int]]:  # type: ignore[no-untyped-def]
    """Article id -> the ids of Whoosh's more_like hits, for every live article: best score
    first and, as search results, equal scores by article id (Whoosh's own order puts
    them by document number, which an article re-indexed by the merges changes)."""
    lists = {}
    with archive.search.whoosh_index.reading() as (searcher, cache):
        reader = searcher.reader()
        for docnum in reader.all_doc_ids():
            found = searcher.more_like(docnum, "body", top=limit + 20, numterms=KEY_TERMS)
            scored = sorted((-hit.score, int(cache.article_id[hit.docnum])) for hit in found)
            lists[int(cache.article_id[docnum])] = [article for _, article in scored[:limit]]
    return lists


@pytest.mark.parametrize("limit", [1, 5])
def test_related_lists_are_whooshs_more_like_lists(archive, limit):
    reference = _whoosh_more_like(archive, limit)
    assert len(reference) >= ARTICLES - 20  # near-duplicates are not indexed
    differing = {}
    for article, expected in reference.items():
        got = [hit.article_id for hit in archive.search.related(article, limit)]
        if got != expected:
            differing[article] = (got, expected)
    assert differing == {}


def test_an_unknown_article_and_a_zero_limit_have_no_related_articles(archive):
    assert archive.search.related(10_000_000, 5) == ()
    first = min(archive.search.indexed_ids())
    assert archive.search.related(first, 0) == ()
