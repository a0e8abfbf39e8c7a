"""The one settings object. Nothing else in the project reads ``os.environ``."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
    base_url: str | None = Field(
        default=None,
        description=(
            "The archive's public address, e.g. https://archive.example.org: exports and "
            "feeds link to articles with it. Unset, their links are paths (/articles/12); "
            "the request's Host header is never used."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Interface the web server listens on.")
    port: int = Field(default=8000, description="Port the web server listens on.")
    per_page: int = Field(default=20, ge=1, le=100, description="Search results on one page.")
    max_per_page: int = Field(default=100, ge=1, description="Largest per_page a client may ask.")
    facet_limit: int = Field(default=15, ge=1, description="Facet values shown per facet.")
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
    def _http_base(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        """Resolved once, so every message names the same folder the archive uses."""
        return value.expanduser().resolve()

    @property
    def archive_location(self) -> str:
        """What commands print as the archive they use."""
        if self.database_url:
            return f"{self.database_url} (index in {self.index_dir})"
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
