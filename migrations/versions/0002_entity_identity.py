"""entity identity: forms of every entity, merges as redirects, person roles

Revision ID: 0002_entities
Revises: 0002
Create Date: 2026-11-29

``person_forms`` (exact folded forms, one key one person) gives way to ``entity_forms``
(persons and cities, matched by identity key). The persons' and cities' names are carried
over with an empty key: the next ingest or ``newsarchive entities repair`` computes the
keys (in Python, with the identity rules) and merges what they show to be one entity.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_entities"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entity_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("skeleton", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        # Articles that named the entity under this form (persons): the display name is
        # the fullest form written most often.
        sa.Column("mentions", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_forms")),
        sa.UniqueConstraint("kind", "entity_id", "form", name=op.f("uq_entity_forms_kind")),
    )
    with op.batch_alter_table("entity_forms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entity_forms_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index("ix_entity_forms_kind_key", ["kind", "key"], unique=False)
    op.create_table(
        "entity_redirects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("old_slug", sa.String(length=220), nullable=False),
        sa.Column("old_name", sa.String(length=200), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_redirects")),
        sa.UniqueConstraint("kind", "old_slug", name=op.f("uq_entity_redirects_kind")),
    )
    with op.batch_alter_table("entity_redirects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entity_redirects_target_id"), ["target_id"], unique=False
        )
    with op.batch_alter_table("article_persons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(length=10), nullable=False, server_default="mentioned")
        )
    op.execute(
        "INSERT INTO entity_forms (kind, entity_id, form, key, skeleton, source) "
        "SELECT 'person', id, name, '', '', 'text' FROM persons"
    )
    op.execute(
        "INSERT INTO entity_forms (kind, entity_id, form, key, skeleton, source) "
        "SELECT 'city', id, name, '', '', 'text' FROM cities"
    )
    with op.batch_alter_table("person_forms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_forms_person_id"))
    op.drop_table("person_forms")


def downgrade() -> None:
    op.create_table(
        "person_forms",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_forms_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_person_forms")),
    )
    with op.batch_alter_table("person_forms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_forms_person_id"), ["person_id"], unique=False)
    # Each person's name, folded as 0001 folded it (lower case, words), is its one form.
    op.execute(
        "INSERT OR IGNORE INTO person_forms (key, person_id) SELECT lower(name), id FROM persons"
    )
    with op.batch_alter_table("article_persons", schema=None) as batch_op:
        batch_op.drop_column("role")
    op.drop_table("entity_redirects")
    op.drop_table("entity_forms")
