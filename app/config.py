"""The one settings object. Nothing else in the project reads ``os.environ``."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Configuration, read from ``NEWSARCHIVE_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="NEWSARCHIVE_", frozen=True)

    data_dir: Path = Field(
        default=Path("data"),
        description="Folder holding the SQLite database and the Whoosh index.",
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
    search_idle_searchers: int = Field(
        default=4,
        ge=1,
        description="Index searchers kept open between requests; concurrent searches each "
        "use their own (opened on demand), so none waits for another.",
    )
    host: str = Field(default="127.0.0.1", description="Interface the web server listens on.")
    port: int = Field(default=8000, description="Port the web server listens on.")
    base_url: str | None = Field(
        default=None,
        description=(
            "The archive's public address (e.g. https://archive.example.org/news), for the "
            "absolute links a feed needs and for redirects. Unset: redirects are relative and "
            "absolute links use http://HOST:PORT. Never taken from a request's Host header."
        ),
    )
    per_page: int = Field(default=20, ge=1, le=100, description="Search results on one page.")
    max_per_page: int = Field(default=100, ge=1, description="Largest per_page a client may ask.")
    facet_limit: int = Field(default=15, ge=1, description="Facet values shown per facet.")
    archive_name: str = Field(
        default="newsarchive",
        min_length=1,
        description="The archive's name as citations give it (its author and publisher).",
    )
    sqlite_busy_timeout_ms: int = Field(
        default=10_000,
        description="How long a SQLite connection waits for a lock held by another process.",
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

    @field_validator("base_url")
    @classmethod
    def _http_base_url(cls, value: str | None) -> str | None:
        """An http(s) address with a host; kept without its trailing slash."""
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("must be an http:// or https:// address with a host")
        if parts.query or parts.fragment:
            raise ValueError("must not have a query or a fragment")
        return value.rstrip("/")

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
