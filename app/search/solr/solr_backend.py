"""``SolrBackend``: the SearchBackend protocol over a SolrCloud collection."""

from __future__ import annotations

from collections.abc import Iterable

from app.config import Settings
from app.domain import Article, DateCounts, Hit, SearchPage, SearchRequest
from app.search.backend import IndexedFields, IndexHealth, QueryLimits, SearchBackendError
from app.search.solr import querying, writer
from app.search.solr.address import SolrAddress
from app.search.solr.client import SolrClient
from app.search.solr.collection import collection_problems, ensure_collection
from app.search.solr.documents import indexed_fields
from app.search.solr.facet_labels import Labels
from app.search.solr.suggestions import SolrSpeller

# Ids per request when listing every document, and per lookup of stored fields.
IDS_PER_REQUEST = 10_000
FIELDS_PER_REQUEST = 500
# A query on each kind of field, for ``check``: the text, the filters, the date.
# (Term lookups, not ranges: a range over a text field walks every word of the index.)
FIELD_PROBES = (
    "title:probe",
    "body:probe",
    "persons:probe",
    "authors:probe",
    "credits:probe",
    "persons_any:probe",
    "cities:probe",
    "countries:probe",
    "regions:probe",
    "source:probe",
    "published:[1 TO *]",
)


class SolrBackend:
    """One collection of a SolrCloud cluster, created with the archive's configset when the
    cluster lacks it."""

    def __init__(self, address: SolrAddress, limits: QueryLimits | None = None) -> None:
        self.address = address
        self.limits = limits or QueryLimits()
        self.client = SolrClient(address)
        try:
            made = ensure_collection(self.client)
            empty = not made and self._count() == 0
        except BaseException:
            self.client.close()
            raise
        # A new or empty collection: every stored article must be indexed.
        self.created = made or empty
        self.labels = Labels(self.client)
        self.speller = SolrSpeller(self.client)

    @classmethod
    def from_settings(cls, settings: Settings) -> SolrBackend:
        if settings.search_url is None:
            raise SearchBackendError("NEWSARCHIVE_SEARCH_URL is not set")
        return cls(SolrAddress.parse(settings.search_url), QueryLimits.from_settings(settings))

    def _count(self) -> int:
        return int(self.client.select("*:*", rows=0)["response"]["numFound"])

    def search(self, request: SearchRequest) -> SearchPage:
        return querying.run_search(self.client, self.labels, self.speller, request, self.limits)

    def matching_ids(self, request: SearchRequest) -> list[int]:
        return querying.matching_ids(self.client, request, self.limits)

    def date_counts(self, request: SearchRequest, interval: str) -> DateCounts:
        return querying.count_by_date(self.client, request, interval, self.limits)

    def related(self, article_id: int, limit: int) -> tuple[Hit, ...]:
        return querying.related(self.client, article_id, limit)

    def index(self, articles: Iterable[Article]) -> int:
        return writer.index_articles(self.client, articles)

    def bulk_writer(self, processes: int = 1) -> writer.SolrBulkWriter:
        # Solr indexes in its own processes: ``processes`` is the embedded engine's concern.
        return writer.SolrBulkWriter(self.client)

    def delete(self, article_ids: Iterable[int]) -> int:
        ids = sorted(set(article_ids))
        if ids:
            self.client.delete_ids([str(i) for i in ids])
            self.client.commit()
        return len(ids)

    def indexed_ids(self) -> list[int]:
        """Every document's article id, read with a cursor over the unique key."""
        ids: list[int] = []
        cursor = "*"
        while True:
            answer = self.client.select(
                "*:*", sort="id asc", rows=IDS_PER_REQUEST, fl="article_id", cursorMark=cursor
            )
            ids += [int(doc["article_id"]) for doc in answer["response"]["docs"]]
            following = answer.get("nextCursorMark", cursor)
            if following == cursor:
                return sorted(ids)
            cursor = following

    def indexed_fields(self, article_ids: Iterable[int]) -> dict[int, IndexedFields]:
        wanted = sorted(set(article_ids))
        found: dict[int, IndexedFields] = {}
        for start in range(0, len(wanted), FIELDS_PER_REQUEST):
            chunk = wanted[start : start + FIELDS_PER_REQUEST]
            answer = self.client.select(
                "*:*",
                fq="{!terms f=id}" + ",".join(str(i) for i in chunk),
                fl="article_id,title,source,published",
                rows=len(chunk),
            )
            for doc in answer["response"]["docs"]:
                found[int(doc["article_id"])] = indexed_fields(doc)
        return found

    def check(self) -> IndexHealth:
        """The collection exists, every replica of every shard is active, and a query on
        each kind of field answers."""
        try:
            problems = collection_problems(self.client)
            unusable = any("does not exist" in p or "no active" in p for p in problems)
            documents = 0 if unusable else self._count()
            if not unusable:
                for probe in FIELD_PROBES:
                    self.client.select(probe, rows=0)
        except SearchBackendError as error:
            return IndexHealth(documents=0, problem=str(error))
        if problems:
            return IndexHealth(
                documents=documents,
                problem=f"collection {self.address.collection}: " + "; ".join(problems),
                fix="scripts/local-cluster up DIR (or start the cluster's stopped nodes)",
            )
        return IndexHealth(documents=documents)

    def rebuild(self, articles: Iterable[Article]) -> int:
        return writer.rebuild(self.client, articles)

    def clear(self) -> None:
        writer.rebuild(self.client, ())

    def prepare(self) -> None:
        """Nothing to warm: Solr keeps its own caches, and a new searcher is warmed by
        Solr at each commit."""

    def warm_for_serving(self) -> None:
        """Nothing to warm: spelling suggestions come from Solr's own term counts."""

    def size_bytes(self) -> int:
        """The index size of every replica of the collection, from each node's cores."""
        total = 0
        for node in self.address.nodes:
            status = self.client.node_admin(node, "admin/cores", action="STATUS")
            for core in (status.get("status") or {}).values():
                cloud = core.get("cloud") or {}
                if cloud.get("collection") == self.address.collection:
                    total += int((core.get("index") or {}).get("sizeInBytes") or 0)
        return total

    def close(self) -> None:
        self.client.close()
