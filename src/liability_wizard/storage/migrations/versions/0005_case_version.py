"""Each case's version (optimistic locking: a save over a newer version is refused, never lost) and
who saved it last (the database user: on the firm's server each lawyer logs in as themself).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both back ends (batch mode on SQLite adds columns without copying the table);
    # the server default gives existing cases version 1.
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("updated_by", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
