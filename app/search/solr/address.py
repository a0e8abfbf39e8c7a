"""``NEWSARCHIVE_SEARCH_URL`` for SolrCloud: which nodes, which collection.

    solr://HOST:PORT[,HOST:PORT...]/solr/COLLECTION[?shards=2&replicas=2]

Every listed node serves the whole collection (SolrCloud routes each request to the
shards' live replicas), so listing several lets the archive keep searching when one node
is down: requests go to the first node that answers. ``shards`` and ``replicas`` are used
only when the collection does not exist yet and the archive creates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from app.search.backend import SearchBackendError

SCHEMES = ("solr",)
# The collection's configset, uploaded under this name when the cluster lacks it.
CONFIGSET = "newsarchive"


@dataclass(frozen=True)
class SolrAddress:
    nodes: tuple[str, ...]  # base URLs, e.g. "http://127.0.0.1:8983/solr"
    collection: str
    shards: int = 2
    replicas: int = 2

    @classmethod
    def parse(cls, url: str) -> SolrAddress:
        parts = urlsplit(url)
        path = [p for p in parts.path.split("/") if p]
        hosts = [h for h in parts.netloc.split(",") if h]
        if parts.scheme not in SCHEMES or not hosts or len(path) != 2 or path[0] != "solr":
            raise SearchBackendError(
                f"NEWSARCHIVE_SEARCH_URL={url}: a SolrCloud URL reads "
                "solr://HOST:PORT[,HOST:PORT...]/solr/COLLECTION"
            )
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            shards = int(options.get("shards", 2))
            replicas = int(options.get("replicas", 2))
        except ValueError:
            raise SearchBackendError(
                f"NEWSARCHIVE_SEARCH_URL={url}: shards and replicas must be whole numbers"
            ) from None
        return cls(
            nodes=tuple(f"http://{host}/solr" for host in hosts),
            collection=path[1],
            shards=shards,
            replicas=replicas,
        )
