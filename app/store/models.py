"""SQLAlchemy models. The schema itself is owned by the Alembic migrations in ``migrations/``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
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
    forms: Mapped[list[PersonFormRow]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class PersonFormRow(Base):
    """Every folded form a person was found under, so one person stays one entity."""

    __tablename__ = "person_forms"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    person: Mapped[PersonRow] = relationship(back_populates="forms")


class CityRow(Base):
    __tablename__ = "cities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    country: Mapped[str] = mapped_column(String(100))
    country_code: Mapped[str] = mapped_column(String(2))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    geonames_id: Mapped[int] = mapped_column(Integer, unique=True)


class ArticlePersonRow(Base):
    __tablename__ = "article_persons"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mentions: Mapped[int] = mapped_column(Integer, default=1)

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
