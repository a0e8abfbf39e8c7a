"""A collection written by an older version of the archive is upgraded when the archive
opens it: this version's configset, a reload, and ``created`` so every stored article is
indexed again (the fields of people by role would be missing otherwise)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

import requests

from app.domain import Article, EntityRef, SearchRequest
from app.search import open_backend
from app.search.solr.client import CONFIGSET_DIR
from tests.conftest import make_settings
from tests.search.local_cluster import shared_cluster

OLD_CONFIGSET = "newsarchive-old-test"


def _old_configset() -> bytes:
    """The configset as version 1 had it: no authors, credits, persons_any or regions fields."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(CONFIGSET_DIR.iterdir()):
            text = path.read_text(encoding="utf-8")
            if path.name == "schema.xml":
                text = re.sub(r'name="newsarchive-\d+"', 'name="newsarchive-1"', text)
                fields = "authors|credits|persons_any|regions"
                text = re.sub(rf'\s*<field name="({fields})"[^>]*/>', "", text)
                assert 'name="authors"' not in text
            archive.writestr(path.name, text)
    return buffer.getvalue()


def test_an_older_collection_gets_the_new_schema_and_is_indexed_again(tmp_path):
    cluster = shared_cluster()
    node = cluster.search_url.split("://", 1)[1].split("/solr/")[0].split(",")[0]
    base = f"http://{node}/solr"
    uploaded = requests.post(
        f"{base}/admin/configs",
        params={"action": "UPLOAD", "name": OLD_CONFIGSET, "overwrite": "true", "wt": "json"},
        data=_old_configset(),
        headers={"Content-Type": "application/octet-stream"},
        timeout=120,
    )
    assert uploaded.status_code == 200, uploaded.text
    created = requests.get(
        f"{base}/admin/collections",
        params={"action": "CREATE", "name": "upgrade", "numShards": 1, "replicationFactor": 1,
                "collection.configName": OLD_CONFIGSET, "waitForFinalState": "true", "wt": "json"},
        timeout=120,
    )  # fmt: skip
    assert created.status_code == 200, created.text
    old = requests.post(
        f"{base}/upgrade/update?commit=true",
        json=[{"id": "1", "article_id": 1, "title": "Old", "body": "Old text", "published": 0}],
        timeout=60,
    )
    assert old.status_code == 200, old.text

    url = cluster.collection_url("upgrade")
    backend = open_backend(make_settings(tmp_path / "data").model_copy(update={"search_url": url}))
    try:
        assert backend.created  # the caller indexes every stored article again
        wrote = Article(
            id=1, title="Talks", body="Talks in Geneva", published=None, source=None,
            author=None, url=None, ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
            persons=(EntityRef("Lesley Wroughton", "lesley-wroughton", role="author"),),
        )  # fmt: skip
        assert backend.rebuild([wrote]) == 1
        by = SearchRequest(persons=("lesley-wroughton",), role="author")
        assert backend.matching_ids(by) == [1]
        assert backend.matching_ids(SearchRequest(persons=("lesley-wroughton",))) == []
    finally:
        backend.close()
    again = open_backend(make_settings(tmp_path / "data").model_copy(update={"search_url": url}))
    try:
        assert not again.created  # upgraded once: opened as it is from now on
    finally:
        again.close()
