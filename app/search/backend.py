"""What every search engine behind the archive must do, over the project's own dataclasses.

Ingest, ``check``, ``reindex``, the CLI, the bench and the web app talk to a ``SearchBackend``
and never see an engine's types (a Whoosh searcher, a Solr response). The shape follows
django-haystack's ``BaseSearchBackend`` (update, remove, clear, search, more_like_this),
with the archive's own needs added: the ids a search matches, for exports; the ids and
fields the engine holds, for ``check``; and a bulk writer whose commits the engine
schedules, for ingest. The database is always the source of truth: a backend holds only
what ``rebuild`` or ``index`` gave it, and can be rebuilt from the database at any time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from app.domain import Article, DateCounts, Hit, SearchPage, SearchRequest

if TYPE_CHECKING:
    from app.config import Settings


class QueryTooCostly(Exception):
    """A query beyond one of the cost limits (too short a prefix, too many terms, too long
    to answer). Not a server error: the user is told which limit and how to narrow it."""

    def __init__(self, limit: str, hint: str) -> None:
        super().__init__(f"{limit}. {hint}")
        self.limit = limit  # what was exceeded, in words ("a prefix needs at least 2 letters")
        self.hint = hint  # how to narrow the query


@dataclass(frozen=True)
class QueryLimits:
    """How much one query may cost, the same for every engine (NEWSARCHIVE_SEARCH_* settings):
    each backend counts prefixes and terms its own way and raises QueryTooCostly past them."""

    prefix_min_chars: int = 2
    prefix_max_terms: int = 500
    query_max_terms: int = 1000
    time_budget_s: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> QueryLimits:
        return cls(
            prefix_min_chars=settings.search_prefix_min_chars,
            prefix_max_terms=settings.search_prefix_max_terms,
            query_max_terms=settings.search_query_max_terms,
            time_budget_s=settings.search_time_budget_s,
        )


class SearchBackendError(Exception):
    """The search engine cannot be used as configured or opened (an unsupported URL, a
    damaged index); the message is one line saying what to do."""


@dataclass(frozen=True)
class IndexedFields:
    """What the engine stored for one article, to compare with the database."""

    title: str
    source: str | None
    published: date | None


@dataclass(frozen=True)
class IndexHealth:
    """The engine's own verdict on its index: does it open and answer?"""

    documents: int
    problem: str | None = None  # one line saying what is wrong, None when healthy
    fix: str | None = None  # the command that repairs it

    @property
    def ok(self) -> bool:
        return self.problem is None

    def line(self) -> str:
        if self.ok:
            return f"search index: {self.documents} documents, answers queries on every field"
        return f"search index: {self.problem}" + (f"; run `{self.fix}`" if self.fix else "")


class BulkWriter(Protocol):
    """A writer kept open across many batches of one ingest; the engine decides when a
    commit is worth its cost (``due``). Articles are replaced by id, so a batch indexed by an
    interrupted run and indexed again replaces itself."""

    @property
    def pending(self) -> int:
        """Articles added since the last commit."""
        ...

    def add(self, articles: Iterable[Article]) -> int:
        """Add or replace these articles (not yet searchable); returns how many were new to
        this writer."""
        ...

    def due(self) -> bool:
        """Whether the engine wants a commit now."""
        ...

    def commit(self) -> list[int]:
        """Make what was added searchable; returns those article ids (to mark indexed)."""
        ...

    def cancel(self) -> None:
        """Drop what was added since the last commit."""
        ...


class SearchBackend(Protocol):
    """A search engine holding one document per stored primary article."""

    created: bool  # the open found no usable index: every stored article must be indexed

    def search(self, request: SearchRequest) -> SearchPage:
        """One page of hits with the exact total, facets, histogram, snippets and a spelling
        suggestion, and ``as_of``: the request's, or the highest article id held, so that the
        same request with that ``as_of`` (ids up to it only) gives these results later. A
        query syntax problem is a message in ``query_error``, never an
        exception; a query beyond the cost limits raises QueryTooCostly."""
        ...

    def matching_ids(self, request: SearchRequest) -> list[int]:
        """Every matching article id in the request's order (exports and feeds)."""
        ...

    def date_counts(self, request: SearchRequest, interval: str) -> DateCounts:
        """Every matching article counted by its publication day, week (Monday to Sunday),
        month or year (``interval``, one of INTERVALS), for trends over time. The query and
        filters (as_of too) are the request's; its sort and page are ignored."""
        ...

    def related(self, article_id: int, limit: int) -> tuple[Hit, ...]:
        """Up to ``limit`` articles most like this one (more-like-this)."""
        ...

    def index(self, articles: Iterable[Article]) -> int:
        """Add or replace these articles in one commit; returns how many were written."""
        ...

    def bulk_writer(self, processes: int = 1) -> BulkWriter:
        """A writer for a long ingest (see BulkWriter). ``processes`` > 1 asks for a bulk
        load over that many CPU processes, committed once at the end (an engine that
        indexes in its own server may ignore it)."""
        ...

    def delete(self, article_ids: Iterable[int]) -> int:
        """Remove these articles; returns how many ids were asked for."""
        ...

    def indexed_ids(self) -> list[int]:
        """The article id of every document, sorted, one per document (an id listed twice
        means two documents for one article)."""
        ...

    def indexed_fields(self, article_ids: Iterable[int]) -> dict[int, IndexedFields]:
        """What the engine stored for these articles, for those it holds."""
        ...

    def check(self) -> IndexHealth:
        """Whether the index opens and answers a query on every field."""
        ...

    def rebuild(self, articles: Iterable[Article]) -> int:
        """Replace the whole index with these articles; a running reader sees the old index
        or the complete new one. Returns how many were written."""
        ...

    def clear(self) -> None:
        """Remove every document."""
        ...

    def prepare(self) -> None:
        """Warm up after an ingest or before serving (may do nothing)."""
        ...

    def warm_for_serving(self) -> None:
        """As a server starts, make in the background what the first searches would
        otherwise wait for (may do nothing)."""
        ...

    def size_bytes(self) -> int:
        """What the index takes on disk (every replica counted), for the bench."""
        ...

    def close(self) -> None:
        """Release files, connections and threads."""
        ...
