"""demo articles and web-archive provenance

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002_entities"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        # Articles `serve` ingested from seeds/ into an empty archive: `remove --demo`.
        batch_op.add_column(
            sa.Column("demo", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        # For a page read from a WARC record: the record's target URI and capture time.
        batch_op.add_column(sa.Column("capture_uri", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("captured_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("captured_at")
        batch_op.drop_column("capture_uri")
        batch_op.drop_column("demo")
