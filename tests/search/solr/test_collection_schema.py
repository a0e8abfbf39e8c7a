"""A collection made by an older version (its schema lacks a field this version indexes)
is refused in one line that says what to do, instead of failing at the first document."""

from __future__ import annotations

import io
import zipfile

import pytest
import requests

from app.search import SearchBackendError, open_backend
from app.search.solr.client import CONFIGSET_DIR
from tests.conftest import make_settings
from tests.search.local_cluster import shared_cluster


def older_configset() -> bytes:
    """The configset as the version before regions were indexed: no ``regions`` field."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(CONFIGSET_DIR.iterdir()):
            if path.name != "schema.xml":
                archive.write(path, path.name)
                continue
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            archive.writestr("schema.xml", "".join(x for x in lines if 'name="regions"' not in x))
    return buffer.getvalue()


def test_a_collection_without_the_regions_field_is_refused_in_one_line(tmp_path):
    cluster = shared_cluster()
    node = cluster.search_url.removeprefix("solr://").split(",")[0].split("/")[0]
    base = f"http://{node}/solr"
    answer = requests.post(
        f"{base}/admin/configs",
        params={"action": "UPLOAD", "name": "older_newsarchive", "overwrite": "true"},
        data=older_configset(),
        headers={"Content-Type": "application/octet-stream"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    made = requests.get(
        f"{base}/admin/collections",
        params={
            "action": "CREATE",
            "name": "made_by_older",
            "numShards": 1,
            "replicationFactor": 1,
            "collection.configName": "older_newsarchive",
            "waitForFinalState": "true",
        },
        timeout=120,
    )
    assert made.status_code == 200, made.text
    url = cluster.collection_url("made_by_older")
    with pytest.raises(SearchBackendError) as refused:
        open_backend(make_settings(tmp_path / "data").model_copy(update={"search_url": url}))
    assert str(refused.value) == (
        "the collection made_by_older was made by an older newsarchive and lacks the fields "
        "regions: delete it (or name a new collection in NEWSARCHIVE_SEARCH_URL) and run "
        "`newsarchive reindex`"
    )
