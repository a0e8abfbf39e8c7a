"""SQLAlchemy models. The schema itself is owned by the Alembic migrations in ``migrations/``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The partial unique indexes (migration 0005): index name -> its WHERE, the same on SQLite
# and PostgreSQL. Declared here with ``sqlite_where``; ``postgresql_where`` is added by
# ``add_postgresql_options`` when a PostgreSQL engine is made (app/store/db.py), because
# naming any ``postgresql_*`` option makes SQLAlchemy import its whole PostgreSQL dialect
# (25-40 ms of CPU) to check the option, in every process, SQLite ones included.
PARTIAL_INDEX_WHERE = {"uq_regions_code": "code IS NOT NULL", "uq_regions_name_key": "code IS NULL"}


def add_postgresql_options() -> None:
    """Give the partial indexes their ``postgresql_where`` (once; the PostgreSQL dialect is
    loaded by then)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = PARTIAL_INDEX_WHERE.get(str(index.name))
            if where is not None and index.dialect_options["postgresql"]["where"] is None:
                index.dialect_options["postgresql"]["where"] = text(where)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    # source_key() of the source: one outlet, one key, whatever the spelling; the source
    # column holds the outlet's first (or, after migration 0004, most used) spelling.
    source_key: Mapped[str | None] = mapped_column(String(200), index=True)
    author: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str | None] = mapped_column(Text)  # the file it came from
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    # Ingested by `serve` from seeds/ into an empty archive; `remove --demo` removes them.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A page read from a WARC record: the record's target URI and capture time.
    capture_uri: Mapped[str | None] = mapped_column(Text)
    captured_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Set once the article is in the Whoosh index; NULL rows are indexed by the next ingest,
    # so a crash between the database commit and the index commit loses nothing.
    indexed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # Near-duplicates (the same story from another outlet, lightly edited) point to the
    # first version stored, their group's primary; primaries have NULL. Only primaries are
    # indexed for search.
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )

    person_links: Mapped[list[ArticlePersonRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    city_links: Mapped[list[ArticleCityRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    # "Not a person" (an editor's correction): the links stay, so an undo restores them,
    # but pages, lists, facets and filters leave the person out.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class EntityFormRow(Base):
    """Every form an entity was written under, with its matching key, so one person stays
    one entity across the archive and users find it however they type it.

    ``kind`` is "person", "city" or "region". For a person ``key`` is its identity key
    (``app.extract.person_identity``), unique to one person; for a city it is the folded
    form (text forms and GeoNames alternate names, which two cities may share), and a
    "geonames:<id>" form keeps a merged city's GeoNames id pointing at the survivor.
    Forms move with their entity when it is merged. A key of '' means "not computed yet"
    (rows carried over by the migration): ingest and ``entities repair`` compute it.
    """

    __tablename__ = "entity_forms"
    __table_args__ = (
        UniqueConstraint("kind", "entity_id", "form"),
        Index("ix_entity_forms_kind_key", "kind", "key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    form: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300))
    # Articles that named the entity under this form (persons only): the display name is
    # the fullest form written most often, whatever form came first.
    mentions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    skeleton: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(20), default="text")  # text, geonames, merge


class EntityRedirectRow(Base):
    """A merge, as data: the slug of an entity merged into another keeps working (its
    pages and filters redirect to ``target_id``), with why and when. ``reason`` is
    "identity", "possessive", "surname", "given-name" (rules) or, later, "correction"
    (an editor, named in ``actor``)."""

    __tablename__ = "entity_redirects"
    __table_args__ = (UniqueConstraint("kind", "old_slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    old_slug: Mapped[str] = mapped_column(String(220))
    old_name: Mapped[str] = mapped_column(String(200))
    target_id: Mapped[int] = mapped_column(Integer, index=True)
    reason: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str | None] = mapped_column(String(100))


class CityRow(Base):
    __tablename__ = "cities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    country: Mapped[str] = mapped_column(String(100))
    country_code: Mapped[str] = mapped_column(String(2))
    # A village GeoNames lacks has no id and no position: listed and filterable, never
    # drawn on a map; it is found again by its folded name in its country.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)  # "not a place"
    # Its first-level region, so filtering a region finds the articles about its cities.
    region_id: Mapped[int | None] = mapped_column(
        ForeignKey("regions.id", ondelete="SET NULL"), index=True
    )


class RegionRow(Base):
    """A province, governorate, state or oblast: by ISO 3166-2 code when known, else by
    its folded name (``name_key``) in its country. ``country`` and ``country_code`` are ''
    when the text did not tell."""

    __tablename__ = "regions"
    __table_args__ = (
        Index(
            "uq_regions_code",
            "code",
            unique=True,
            sqlite_where=text(PARTIAL_INDEX_WHERE["uq_regions_code"]),
        ),
        Index(
            "uq_regions_name_key",
            "name_key",
            "country_code",
            unique=True,
            sqlite_where=text(PARTIAL_INDEX_WHERE["uq_regions_name_key"]),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    country: Mapped[str] = mapped_column(String(100))
    country_code: Mapped[str] = mapped_column(String(2))
    code: Mapped[str | None] = mapped_column(String(10))
    name_key: Mapped[str] = mapped_column(String(300))


class ArticleRegionRow(Base):
    __tablename__ = "article_regions"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[int] = mapped_column(
        ForeignKey("regions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mentions: Mapped[int] = mapped_column(Integer, default=1)


class ArticlePersonRow(Base):
    __tablename__ = "article_persons"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mentions: Mapped[int] = mapped_column(Integer, default=1)
    # "mentioned", "author" or "credit" (app.domain.PERSON_ROLES)
    role: Mapped[str] = mapped_column(String(10), default="mentioned")

    article: Mapped[ArticleRow] = relationship(back_populates="person_links")
    person: Mapped[PersonRow] = relationship()


class ArticleCityRow(Base):
    __tablename__ = "article_cities"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mentions: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[ArticleRow] = relationship(back_populates="city_links")
    city: Mapped[CityRow] = relationship()


class ArticleSignatureRow(Base):
    """The MinHash signature of an article's text, so that later ingests find the
    near-duplicates of articles stored by earlier ones (see app/ingest/neardup.py)."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    minhash: Mapped[bytes] = mapped_column(LargeBinary)


class EditorRow(Base):
    """Someone who may correct the archive and keep collections; only an argon2 hash of
    the password is stored."""

    __tablename__ = "editors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LoginFailureRow(Base):
    """One failed sign-in: from which address, for which editor name (folded, so ALICE
    and alice count together), when (seconds since the epoch, UTC). Shared by every
    server process over this database; ``app.store.login_failures`` prunes rows older
    than the login window."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_address_failed_at", "address", "failed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(64))
    name_key: Mapped[str] = mapped_column(String(100))
    failed_at: Mapped[float] = mapped_column(Float, index=True)


class CorrectionRow(Base):
    """One editor's correction, as data: ``kind`` (merge, split, rename, not-a-person,
    not-a-place, resolve, locate), the entity it was made on (``entity_kind`` and the slug
    in ``target``), a JSON ``payload`` holding what was asked and what is needed to undo
    it, who and when; ``undone_at`` once undone."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    entity_kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(220))
    payload: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))


class CollectionRow(Base):
    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CollectionArticleRow(Base):
    __tablename__ = "collection_articles"

    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(DateTime)
