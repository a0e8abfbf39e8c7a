"""The one settings object. Nothing else in the project reads ``os.environ``."""

from __future__ import annotations

import os
import re
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Beyond this many serving processes their memory (each its own caches) outweighs the gain.
MOST_DEFAULT_WORKERS = 4


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def default_serve_workers() -> int:
    """One serving process per core, at most ``MOST_DEFAULT_WORKERS``: a process answers
    with one core at most (Python's GIL), and on two cores one process gave 8 concurrent
    clients a p95 of 196 ms where two gave 80 ms (FA-KES, ``newsarchive bench-load``)."""
    return min(usable_cores(), MOST_DEFAULT_WORKERS)


def default_data_dir() -> Path:
    """The user's data folder for newsarchive (``~/.local/share/newsarchive`` on Linux): one
    archive wherever a command is run from, where a ``./data`` default made a new archive in
    every folder."""
    return Path(user_data_dir("newsarchive", appauthor=False))


class Settings(BaseSettings):
    """Configuration, read from ``NEWSARCHIVE_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="NEWSARCHIVE_", frozen=True)

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description=(
            "Folder holding the SQLite database and the Whoosh index; by default the user's "
            "data folder (platformdirs), whatever the current folder."
        ),
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database; defaults to a SQLite file in data_dir.",
    )
    seeds_dir: Path = Field(
        default=PROJECT_ROOT / "seeds",
        description="Pages ingested by `serve --seed-if-empty` when the archive is empty.",
    )
    search_url: str | None = Field(
        default=None,
        description=(
            "A SolrCloud collection to search instead of the embedded Whoosh index in "
            "data_dir: solr://HOST:PORT[,HOST:PORT...]/solr/COLLECTION."
        ),
    )
    search_prefix_min_chars: int = Field(
        default=2,
        ge=1,
        description=(
            "Letters a prefix* or wildcard needs before its first * or ?: a one-letter "
            "prefix names a large part of the vocabulary and costs seconds."
        ),
    )
    search_prefix_max_terms: int = Field(
        default=500,
        ge=1,
        description="Indexed words one prefix* or wildcard may stand for; beyond, the search "
        "is refused with a 400 asking for a longer prefix.",
    )
    search_query_max_terms: int = Field(
        default=1000,
        ge=1,
        description="Indexed words one query may search for, its words plus every word its "
        "prefixes stand for; beyond, the search is refused with a 400.",
    )
    search_time_budget_s: float = Field(
        default=5.0,
        gt=0,
        description="Seconds one search may take before it is stopped and refused with a 400 "
        "asking to narrow it, so that no query holds the server.",
    )
    serve_workers: int = Field(
        default_factory=default_serve_workers,
        ge=1,
        description="Processes `serve` answers requests with (forked, sharing one socket): "
        "one process uses one core at most, so by default one per core (at most 4); "
        "each keeps its own caches (memory).",
    )
    search_rebuild_gap_s: float = Field(
        default=5.0,
        ge=0,
        description="While an ingest keeps committing, a server builds the newest search "
        "generation at most once per this many seconds after its previous build (each "
        "build takes CPU from the searches); the first commit after a quiet spell is "
        "served at once.",
    )
    search_idle_searchers: int = Field(
        default=8,
        ge=1,
        description="Index searchers kept open between requests; concurrent searches each "
        "use their own (opened on demand, ~2 ms), so none waits for another. Each takes "
        "~0.1 MB; 8 serve 8 concurrent clients without opening any.",
    )
    base_url: str | None = Field(
        default=None,
        description=(
            "The archive's public address, e.g. https://archive.example.org: exports and "
            "feeds link to articles with it, and redirects go to it. Unset, their links are "
            "paths (/articles/12) and redirects relative; the request's Host header is never "
            "used."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Interface the web server listens on.")
    port: int = Field(default=8000, description="Port the web server listens on.")
    per_page: int = Field(default=20, ge=1, le=100, description="Search results on one page.")
    max_per_page: int = Field(default=100, ge=1, description="Largest per_page a client may ask.")
    facet_limit: int = Field(default=15, ge=1, description="Facet values shown per facet.")
    archive_name: str = Field(
        default="newsarchive",
        min_length=1,
        description="The archive's name as citations give it (its author and publisher).",
    )
    ingest_nice: int = Field(
        default=19,
        ge=0,
        le=19,
        description="Niceness an ingest or reindex adds to itself and its worker processes, "
        "so a server reading the same archive keeps answering quickly meanwhile; 0 keeps the "
        "usual priority.",
    )
    sqlite_busy_timeout_ms: int = Field(
        default=10_000,
        description="How long a SQLite connection waits for a lock held by another process.",
    )
    database_pool_size: int = Field(
        default=5,
        ge=1,
        description="PostgreSQL connections a process keeps open (and as many more at a "
        "peak); SQLite opens one per thread as needed.",
    )
    ingest_workers: int = Field(
        default_factory=usable_cores,
        ge=1,
        description=(
            "Processes that extract records during an ingest of a few hundred records or "
            "more (1: extract in the ingest process itself); by default one per core. One "
            "process still stores and one indexes, whatever this number."
        ),
    )
    max_file_bytes: int = Field(
        default=20 * 1024 * 1024,
        description="Larger input files are refused instead of being read into memory.",
    )
    max_record_bytes: int = Field(
        default=5 * 1024 * 1024,
        ge=1,
        description=(
            "Larger records of a streamed export or web archive (a CSV row, a JSON line, a "
            "WARC page) are refused one by one; the file itself may be of any size."
        ),
    )

    secret_key: str | None = Field(
        default=None,
        repr=False,
        description="Key that signs editors' session cookies. When unset, one is generated "
        "and kept in data_dir/secret_key (readable by its owner only). Never logged.",
    )
    private: bool = Field(
        default=False,
        description="Require an editor's login for every page and API call (a journalist's "
        "private archive); /login, /static and /healthz stay open.",
    )
    secure_cookies: bool = Field(
        default=False,
        description="Send the session cookie over HTTPS only (set it when served behind TLS).",
    )
    login_max_failures: int = Field(
        default=5,
        ge=1,
        description="Failed logins allowed per address and editor name within "
        "login_window_s; beyond, logins are refused until the window passes.",
    )
    login_window_s: int = Field(
        default=15 * 60, ge=1, description="The window of login_max_failures, in seconds."
    )

    @field_validator("base_url")
    @classmethod
    def _http_base(cls, value: str | None) -> str | None:
        """An http(s) address with a host; kept without its trailing slash."""
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("must be an http:// or https:// address with a host")
        if parts.query or parts.fragment:
            raise ValueError("must not have a query or a fragment")
        return value.rstrip("/")

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        """Resolved once, so every message names the same folder the archive uses."""
        return value.expanduser().resolve()

    @property
    def archive_location(self) -> str:
        """What commands print as the archive they use (a password in a URL masked: the
        line goes to terminals and logs)."""
        if self.database_url:
            search = _masked(self.search_url) if self.search_url else f"index in {self.index_dir}"
            return f"{_masked(self.database_url)} ({search})"
        return str(self.data_dir)

    @cached_property
    def index_dir(self) -> Path:
        """Where the Whoosh index lives (always rebuildable from the database)."""
        return self.data_dir / "index"

    @cached_property
    def sqlalchemy_url(self) -> str:
        """The database URL actually used."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'archive.sqlite3').resolve()}"

    @property
    def templates_dir(self) -> Path:
        return PROJECT_ROOT / "templates"

    @property
    def static_dir(self) -> Path:
        return PROJECT_ROOT / "static"

    @property
    def migrations_dir(self) -> Path:
        return PROJECT_ROOT / "migrations"


def _masked(url: str) -> str:
    """``scheme://user:secret@host`` -> ``scheme://user:***@host``."""
    return re.sub(r"(://[^:/@]+:)[^@/]+@", r"\1***@", url)
