"""Firm profile: each signing lawyer's 执业证号, a second signing lawyer, postcode and e-mail
(the letter's signature block and letterhead, issue 10).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("lawyer_licence", "second_lawyer", "second_lawyer_licence", "postcode", "email")


def upgrade() -> None:
    # An existing profile keeps its row; the new details start empty (the letter prints placeholders).
    for name in COLUMNS:
        op.add_column("firm_profile", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("firm_profile") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
