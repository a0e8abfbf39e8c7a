"""one source per outlet: a folded source key, spellings unified, blanks removed

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.textfold import source_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_key", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_source_key"), ["source_key"], unique=False)
    connection = op.get_bind()
    spellings: dict[str, Counter[str]] = {}
    for source, count in connection.execute(
        sa.text("SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source")
    ):
        spellings.setdefault(source_key(source), Counter())[source] += count
    changed = False
    for key, counts in spellings.items():
        # The outlet's most used spelling names it (ties: the first in sort order).
        name = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0].strip() or None
        for spelling in counts:
            changed |= spelling != name
            connection.execute(
                sa.text(
                    "UPDATE articles SET source = :name, source_key = :key WHERE source = :old"
                ),
                {"name": name if key else None, "key": key or None, "old": spelling},
            )
    if changed:
        # The index holds the old spellings: the next ingest, reindex or serve re-indexes.
        connection.execute(sa.text("UPDATE articles SET indexed_at = NULL"))


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_source_key"))
        batch_op.drop_column("source_key")
