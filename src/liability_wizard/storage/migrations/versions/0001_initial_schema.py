"""Initial schema: cases, their facts and the firm profile.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("client_name", sa.Text(), nullable=True),
        sa.Column("platform_name", sa.Text(), nullable=True),
        sa.Column("platform_liable", sa.String(length=16), nullable=True),
        sa.Column("law_date", sa.Date(), nullable=False),
        sa.Column("wizard_page", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    op.create_index("ix_cases_law_date", "cases", ["law_date"])
    op.create_index("ix_cases_platform_liable_updated_at", "cases", ["platform_liable", "updated_at"])
    op.create_index(op.f("ix_cases_updated_at"), "cases", ["updated_at"])
    op.create_table(
        "case_facts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_facts_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_facts")),
    )
    op.create_table(
        "firm_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("lawyer", sa.Text(), nullable=False),
        sa.Column("logo_path", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_firm_profile_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_firm_profile")),
    )


def downgrade() -> None:
    op.drop_table("firm_profile")
    op.drop_table("case_facts")
    op.drop_index(op.f("ix_cases_updated_at"), table_name="cases")
    op.drop_index("ix_cases_platform_liable_updated_at", table_name="cases")
    op.drop_index("ix_cases_law_date", table_name="cases")
    op.drop_table("cases")
