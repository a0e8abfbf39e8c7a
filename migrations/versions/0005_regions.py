"""regions and villages

Revision ID: 0005_regions
Revises: 0004_editors
Create Date: 2026-11-29

Regions (provinces, governorates, states: ISO 3166-2 when known) and the articles naming
them; each city's region (``cities.region_id``, the hierarchy a region filter follows);
villages GeoNames lacks stored as cities with no GeoNames id and no position.

A region is unique by its ISO code when it has one, else by its folded name in its country
(two partial unique indexes, which SQLite and PostgreSQL both build).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_regions"
down_revision: str | None = "0004_editors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "regions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=220), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=True),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regions")),
        sa.UniqueConstraint("slug", name=op.f("uq_regions_slug")),
    )
    op.create_index(
        "uq_regions_code",
        "regions",
        ["code"],
        unique=True,
        sqlite_where=sa.text("code IS NOT NULL"),
        postgresql_where=sa.text("code IS NOT NULL"),
    )
    op.create_index(
        "uq_regions_name_key",
        "regions",
        ["name_key", "country_code"],
        unique=True,
        sqlite_where=sa.text("code IS NULL"),
        postgresql_where=sa.text("code IS NULL"),
    )
    op.create_table(
        "article_regions",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_regions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["regions.id"],
            name=op.f("fk_article_regions_region_id_regions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "region_id", name=op.f("pk_article_regions")),
    )
    with op.batch_alter_table("article_regions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_regions_region_id"), ["region_id"], unique=False
        )
    with op.batch_alter_table("cities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("region_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_cities_region_id_regions"),
            "regions",
            ["region_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_cities_region_id"), ["region_id"], unique=False)
        for column in ("latitude", "longitude"):
            batch_op.alter_column(column, existing_type=sa.Float(), nullable=True)
        batch_op.alter_column("geonames_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM cities WHERE geonames_id IS NULL")  # villages have no place there
    with op.batch_alter_table("cities", schema=None) as batch_op:
        batch_op.alter_column("geonames_id", existing_type=sa.Integer(), nullable=False)
        for column in ("latitude", "longitude"):
            batch_op.alter_column(column, existing_type=sa.Float(), nullable=False)
        batch_op.drop_index(batch_op.f("ix_cities_region_id"))
        batch_op.drop_constraint(batch_op.f("fk_cities_region_id_regions"), type_="foreignkey")
        batch_op.drop_column("region_id")
    with op.batch_alter_table("article_regions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_regions_region_id"))
    op.drop_table("article_regions")
    op.drop_index("uq_regions_name_key", table_name="regions")
    op.drop_index("uq_regions_code", table_name="regions")
    op.drop_table("regions")
