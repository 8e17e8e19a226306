"""Evaluation snapshots: what each letter said, under which rules, and the letter's hash.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("rules_version", sa.String(length=64), nullable=False),
        sa.Column("letter_sha256", sa.String(length=64), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("case_facts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_evaluation_snapshots_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_snapshots")),
    )
    op.create_index(op.f("ix_evaluation_snapshots_case_id"), "evaluation_snapshots", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_evaluation_snapshots_case_id"), table_name="evaluation_snapshots")
    op.drop_table("evaluation_snapshots")
