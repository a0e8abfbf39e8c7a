"""Writing to the collection: one-commit batches, the bulk writer of an ingest, rebuilds.

Solr makes added documents searchable only at a commit (the configset has no automatic
soft commit), and SolrCloud cannot roll back what a commit has not yet exposed, so the
bulk writer keeps its uncommitted articles itself and sends them at ``commit``: ``cancel``
then drops them without Solr ever seeing them. Documents are replaced by id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from app.domain import Article
from app.search.solr.client import SolrClient
from app.search.solr.documents import solr_document

# Documents per update request: a few MB of JSON, well inside Solr's limits, and few
# enough round trips that the network is not the bottleneck.
SEND_BATCH = 500
# Articles kept before a commit is due. Each commit opens a new searcher on every replica
# (its caches start cold) and writes small segments Solr later merges; every 5,000
# articles a running server sees new articles about every half minute of ingest.
COMMIT_EVERY = 5_000


def send(client: SolrClient, articles: Iterable[Article]) -> int:
    """Add these articles in batches, without committing; returns how many were sent."""
    count = 0
    for batch in _batches(articles, SEND_BATCH):
        client.add([solr_document(article) for article in batch])
        count += len(batch)
    return count


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def index_articles(client: SolrClient, articles: Iterable[Article]) -> int:
    """Add or replace these articles in one commit (the last version of an id wins)."""
    latest = {article.id: article for article in articles}
    if not latest:
        return 0
    send(client, latest.values())
    client.commit()
    return len(latest)


def rebuild(client: SolrClient, articles: Iterable[Article]) -> int:
    """Replace every document: the deletion and the new documents become visible in one
    commit, so a reader sees the old collection or the complete new one."""
    client.delete_all()
    count = send(client, articles)
    client.commit()
    return count


class SolrBulkWriter:
    """The BulkWriter of an ingest: articles kept until a commit, then sent and committed."""

    def __init__(self, client: SolrClient, *, commit_every: int = COMMIT_EVERY) -> None:
        self._client = client
        self._commit_every = commit_every
        self._pending: dict[int, Article] = {}

    @property
    def pending(self) -> int:
        return len(self._pending)

    def add(self, articles: Iterable[Article]) -> int:
        new = 0
        for article in articles:
            if article.id in self._pending:
                continue  # the first version added since the last commit stays
            self._pending[article.id] = article
            new += 1
        return new

    def due(self) -> bool:
        return len(self._pending) >= self._commit_every

    def commit(self) -> list[int]:
        if not self._pending:
            return []
        send(self._client, self._pending.values())
        self._client.commit()
        ids, self._pending = sorted(self._pending), {}
        return ids

    def cancel(self) -> None:
        self._pending = {}
