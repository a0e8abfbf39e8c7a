"""Talking to SolrCloud through pysolr, over whichever listed node answers.

Any live node of a SolrCloud cluster answers for the whole collection, so the client keeps
one ``pysolr.Solr`` per listed node and sends each request to the node that last answered,
moving on to the next when a node cannot be reached (a node stopped, killed or restarting).
Only connection failures move on; Solr's own answers (a 400 for a bad request, say) are
raised as they are.
"""

from __future__ import annotations

import io
import json
import logging
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pysolr
import requests

from app.search.backend import SearchBackendError
from app.search.solr.address import CONFIGSET, SolrAddress

T = TypeVar("T")
CONFIGSET_DIR = Path(__file__).with_name("configset")
# Seconds a request may take: a bulk add of a few thousand articles, or a collection's
# creation, are the slow ones.
TIMEOUT = 120

# pysolr logs every failed connection with a traceback; a node being down is reported by
# this module, once, as a SearchBackendError when no node answers.
logging.getLogger("pysolr").setLevel(logging.CRITICAL)


def _unreachable(error: pysolr.SolrError) -> bool:
    """Whether pysolr failed to reach the node at all (rather than got an answer)."""
    cause = error.__context__
    return isinstance(cause, requests.exceptions.ConnectionError | requests.exceptions.Timeout)


class SolrClient:
    def __init__(self, address: SolrAddress) -> None:
        self.address = address
        self._session = requests.Session()
        self._cores = [
            pysolr.Solr(f"{node}/{address.collection}", timeout=TIMEOUT, session=self._session)
            for node in address.nodes
        ]
        self._preferred = 0
        self._lock = threading.Lock()
        # Commits this client made: what it caches from the collection (facet labels) is
        # read again after one.
        self.commits = 0

    def _on_any_node(self, call: Callable[[int], T]) -> T:
        """``call(i)`` on node i, trying each node once, starting with the last that
        answered."""
        with self._lock:
            first = self._preferred
        count = len(self.address.nodes)
        for step in range(count):
            i = (first + step) % count
            try:
                result = call(i)
            except pysolr.SolrError as error:
                if not _unreachable(error):
                    raise SearchBackendError(f"Solr refused a request: {error}") from None
                continue
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
                continue
            with self._lock:
                self._preferred = i
            return result
        raise SearchBackendError(
            f"no Solr node answers at {', '.join(self.address.nodes)}: start the cluster "
            "(for a local one, `scripts/local-cluster up DIR`) or fix NEWSARCHIVE_SEARCH_URL"
        )

    # -- the collection ------------------------------------------------------------------

    def select(self, q: str, **params: Any) -> dict[str, Any]:
        """The decoded JSON answer of /select."""
        return self._on_any_node(lambda i: self._cores[i].search(q, **params).raw_response)

    def terms(self, **params: Any) -> dict[str, Any]:
        """The decoded JSON answer of /terms (the indexed words of a field)."""
        return self._on_any_node(
            lambda i: self._cores[i].search("*:*", search_handler="terms", **params).raw_response
        )

    def add(self, docs: list[dict[str, Any]]) -> None:
        if docs:
            self._on_any_node(lambda i: self._cores[i].add(docs, commit=False))

    def delete_ids(self, ids: list[str]) -> None:
        if ids:
            self._on_any_node(lambda i: self._cores[i].delete(id=ids, commit=False))

    def delete_all(self) -> None:
        self._on_any_node(lambda i: self._cores[i].delete(q="*:*", commit=False))

    def commit(self) -> None:
        """A hard commit that opens a new searcher: what was added becomes searchable."""
        self._on_any_node(lambda i: self._cores[i].commit(waitSearcher=True))
        with self._lock:
            self.commits += 1

    # -- the cluster ---------------------------------------------------------------------

    def admin(self, path: str, **params: Any) -> dict[str, Any]:
        """A cluster API call (``admin/collections``, ``admin/configs``) on any node."""

        def call(i: int) -> dict[str, Any]:
            response = self._session.get(
                f"{self.address.nodes[i]}/{path}", params={**params, "wt": "json"}, timeout=TIMEOUT
            )
            return _decoded(response)

        return self._on_any_node(call)

    def node_admin(self, node: str, path: str, **params: Any) -> dict[str, Any]:
        """An admin call on one given node (``admin/cores`` answers for that node only)."""
        try:
            response = self._session.get(
                f"{node}/{path}", params={**params, "wt": "json"}, timeout=TIMEOUT
            )
        except requests.exceptions.RequestException:
            return {}  # a node down holds nothing countable now
        return _decoded(response)

    def upload_configset(self) -> None:
        """Upload the archive's configset (configset/) under its name, replacing it."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for path in sorted(CONFIGSET_DIR.iterdir()):
                archive.write(path, path.name)
        body = buffer.getvalue()

        def call(i: int) -> dict[str, Any]:
            response = self._session.post(
                f"{self.address.nodes[i]}/admin/configs",
                params={"action": "UPLOAD", "name": CONFIGSET, "overwrite": "true", "wt": "json"},
                data=body,
                headers={"Content-Type": "application/octet-stream"},
                timeout=TIMEOUT,
            )
            return _decoded(response)

        self._on_any_node(call)

    def close(self) -> None:
        self._session.close()


def _decoded(response: requests.Response) -> dict[str, Any]:
    try:
        decoded = response.json()
    except ValueError:
        decoded = {}
    if response.status_code != 200:
        message = (decoded.get("error") or {}).get("msg") or response.text[:200]
        raise SearchBackendError(f"Solr refused a request (HTTP {response.status_code}): {message}")
    return decoded if isinstance(decoded, dict) else json.loads("{}")
