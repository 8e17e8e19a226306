"""The tables (head revision). Alembic migrations in ``migrations/versions`` must build exactly this;
``tests/storage/test_migrations.py`` compares them.

Timestamps are naive UTC (SQLite has no time zones); records convert them to aware datetimes.
The full-text index ``case_search`` is not mapped here: on SQLite it is an FTS5 virtual table kept up
to date by triggers, on PostgreSQL a pg_trgm expression index (migration 0002); SQLAlchemy can
describe neither.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Pinyin sort keys (storage/sort_keys.py) are compared byte by byte on both back ends: SQLite's BINARY,
# PostgreSQL's "C" (the server database's own collation would reorder the key's separators).
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")

# Stable constraint names, so batch migrations can find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CaseRow(Base):
    """One case: the columns the case list shows, sorts and filters by, copied from its facts on save."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    client_name: Mapped[str | None] = mapped_column(Text)
    platform_name: Mapped[str | None] = mapped_column(Text)
    # The evaluator's overall answer when the case was last saved; NULL when it could not be evaluated.
    platform_liable: Mapped[str | None] = mapped_column(String(16))
    law_date: Mapped[date] = mapped_column(Date)  # transaction.date: picks the law in force
    wizard_page: Mapped[str | None] = mapped_column(String(64))  # where the GUI wizard was left
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)  # set = in the trash (soft-deleted)
    # Optimistic locking: every UPDATE of the row checks and bumps it, so of two lawyers saving the same
    # version only the first succeeds and the second is told (never a silent overwrite).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(Text)  # the database user who saved it last
    # Pinyin order (安 < 北 < 张) for the list's sort, computed at save (migration 0006 filled older cases).
    title_sort_key: Mapped[str] = mapped_column(SORT_KEY, server_default="", index=True)
    client_sort_key: Mapped[str] = mapped_column(SORT_KEY, server_default="", index=True)
    platform_sort_key: Mapped[str] = mapped_column(SORT_KEY, server_default="", index=True)
    # The evaluation's limitation deadline (时效届满) when the case was last saved; NULL: none known.
    limitation_deadline: Mapped[date | None] = mapped_column(Date, index=True)

    facts: Mapped[CaseFactsRow] = relationship(back_populates="case", cascade="all, delete-orphan",
                                               passive_deletes=True)
    snapshots: Mapped[list[EvaluationSnapshotRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EvaluationSnapshotRow.id")

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    __table_args__ = (
        Index("ix_cases_law_date", "law_date"),
        Index("ix_cases_platform_liable_updated_at", "platform_liable", "updated_at"),
    )


class CaseFactsRow(Base):
    """The ``.lwcase`` JSON exactly as the case holds it (only the keys that were set)."""

    __tablename__ = "case_facts"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[str] = mapped_column(Text)

    case: Mapped[CaseRow] = relationship(back_populates="facts")


class EvaluationSnapshotRow(Base):
    """What a letter said when it was produced: the evaluation, the facts, the rules and the PDF's hash."""

    __tablename__ = "evaluation_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    rules_version: Mapped[str] = mapped_column(String(64))
    letter_sha256: Mapped[str] = mapped_column(String(64))
    evaluation: Mapped[str] = mapped_column(Text)  # Evaluation.to_json_dict() as JSON text
    case_facts: Mapped[str] = mapped_column(Text)  # the .lwcase JSON the evaluation was made from

    case: Mapped[CaseRow] = relationship(back_populates="snapshots")


class FirmProfileRow(Base):
    """The law firm's letterhead; a single row (id 1)."""

    __tablename__ = "firm_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    lawyer: Mapped[str] = mapped_column(Text, default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    lawyer_licence: Mapped[str] = mapped_column(Text, default="", server_default="")
    second_lawyer: Mapped[str] = mapped_column(Text, default="", server_default="")
    second_lawyer_licence: Mapped[str] = mapped_column(Text, default="", server_default="")
    postcode: Mapped[str] = mapped_column(Text, default="", server_default="")
    email: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
