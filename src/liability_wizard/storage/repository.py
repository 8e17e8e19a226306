"""The case repository the GUI and the CLI use. Every write is one transaction; every result is a
record from :mod:`.records`, detached from the database.

    repo = CaseRepository.open()            # --db / LIABILITY_WIZARD_DB / the user data folder
    summary = repo.create(case)
    repo.save_draft(summary.id, edited_case)
    page = repo.list_cases(CaseQuery(search="蓝牙耳机"))
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.firm import FirmProfile
from liability_wizard.storage.backup import KEEP_BACKUPS, copy_database
from liability_wizard.storage.database import Database, open_database, translated_errors, writer
from liability_wizard.storage.errors import CaseNotFoundError
from liability_wizard.storage.location import database_path
from liability_wizard.storage.models import CaseFactsRow, CaseRow, EvaluationSnapshotRow, FirmProfileRow
from liability_wizard.storage.outcome import platform_liable
from liability_wizard.storage.records import (
    CasePage,
    CaseQuery,
    CaseSummary,
    EvaluationSnapshot,
    StoredCase,
    aware,
)
from liability_wizard.storage.search import matching_case_ids

COPY_SUFFIX = "（副本）"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SORT_COLUMNS = {"updated": CaseRow.updated_at, "created": CaseRow.created_at,
                 "law_date": CaseRow.law_date, "title": CaseRow.title}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _facts_json(case: Case) -> str:
    # Validated on the way in too: a Case changed attribute by attribute is not re-checked by pydantic.
    data = case.to_json_dict()
    case_from_json_dict(data)
    return json.dumps(data, ensure_ascii=False)


def _summary(row: CaseRow) -> CaseSummary:
    return CaseSummary(id=row.id, title=row.title, reference=row.reference, client=row.client_name,
                       platform=row.platform_name, platform_liable=row.platform_liable,  # type: ignore[arg-type]
                       law_date=row.law_date, created=aware(row.created_at), updated=aware(row.updated_at),
                       deleted=aware(row.deleted_at) if row.deleted_at else None)


def _describe(row: CaseRow, case: Case, facts: str) -> None:
    """Copy into the row what the list shows, sorts and filters by."""
    row.title = case.title
    row.reference = case.reference
    row.client_name = case.client.name
    row.platform_name = case.platform.name
    row.law_date = case.transaction.date
    row.platform_liable = platform_liable(case)
    if row.facts is None:
        row.facts = CaseFactsRow(data=facts)
    else:
        row.facts.data = facts


class CaseRepository:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.path = database.path
        self._reader = database.engine
        self._writer = writer(database.engine)

    @classmethod
    def open(cls, path: str | Path | None = None, *, keep_backups: int = KEEP_BACKUPS,
             daily_backup: bool = True) -> Self:
        """Open the database (``path``, else ``LIABILITY_WIZARD_DB``, else the user data folder),
        backing it up and migrating it first when needed. See :func:`open_database` for the errors."""
        return cls(open_database(database_path(path), keep_backups=keep_backups, daily_backup=daily_backup))

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with translated_errors(self.path), Session(self._reader) as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it is committed, or (on any error) none."""
        with translated_errors(self.path), Session(self._writer, expire_on_commit=False) as session, \
                session.begin():
            yield session

    @staticmethod
    def _row(session: Session, case_id: int, *, in_trash: bool | None = None) -> CaseRow:
        row = session.get(CaseRow, case_id)
        if row is None:
            raise CaseNotFoundError(case_id)
        if in_trash is True and row.deleted_at is None:
            raise CaseNotFoundError(case_id, f"案件 {case_id} 不在回收站中。")
        if in_trash is False and row.deleted_at is not None:
            raise CaseNotFoundError(case_id, f"案件 {case_id} 已在回收站中。")
        return row

    # -- cases --------------------------------------------------------------------------------

    def create(self, case: Case, *, wizard_page: str | None = None) -> CaseSummary:
        """Store ``case`` as a new case (a second import of the same file is a second case)."""
        facts = _facts_json(case)
        now = _now()
        with self._writing() as session:
            row = CaseRow(created_at=now, updated_at=now, wizard_page=wizard_page)
            _describe(row, case, facts)
            session.add(row)
            session.flush()
            return _summary(row)

    def save_draft(self, case_id: int, case: Case) -> CaseSummary:
        """Replace the case's facts (the wizard's autosave and its final save alike). A draft is a valid
        :class:`Case`. Saving unchanged facts writes nothing and keeps the ``updated`` time."""
        facts = _facts_json(case)
        with self._writing() as session:
            row = self._row(session, case_id)
            if row.facts.data != facts:
                _describe(row, case, facts)
                row.updated_at = _now()
            return _summary(row)

    def load(self, case_id: int) -> StoredCase:
        """The case (also one in the trash). Its facts are validated again on the way out."""
        with self._reading() as session:
            row = self._row(session, case_id)
            case = case_from_json_dict(json.loads(row.facts.data), source=f"数据库中的案件 {case_id}")
            return StoredCase(_summary(row), case, row.wizard_page)

    def duplicate(self, case_id: int) -> CaseSummary:
        """A new case with the same facts, titled "…（副本）", without 本所案号 (two letters must never share
        a 文号); letters' snapshots stay with the original."""
        with self._reading() as session:
            data = json.loads(self._row(session, case_id).facts.data)
        data["title"] = f"{data['title']}{COPY_SUFFIX}"
        data.pop("reference", None)
        return self.create(case_from_json_dict(data))

    def delete(self, case_id: int) -> CaseSummary:
        """Move to the trash (soft delete): hidden from the list, restorable."""
        with self._writing() as session:
            row = self._row(session, case_id, in_trash=False)
            row.deleted_at = _now()
            return _summary(row)

    def restore(self, case_id: int) -> CaseSummary:
        with self._writing() as session:
            row = self._row(session, case_id, in_trash=True)
            row.deleted_at = None
            return _summary(row)

    def purge(self, case_id: int) -> None:
        """Erase a case in the trash for good, with its facts and snapshots. Only trashed cases can be
        purged, so one click cannot destroy a live case."""
        with self._writing() as session:
            session.delete(self._row(session, case_id, in_trash=True))

    def set_wizard_page(self, case_id: int, page: str | None) -> None:
        """Remember the wizard page the user left the case on (not a change to the case: ``updated``
        stays)."""
        with self._writing() as session:
            self._row(session, case_id).wizard_page = page

    # -- the case list ------------------------------------------------------------------------

    def list_cases(self, query: CaseQuery = CaseQuery()) -> CasePage:  # noqa: B008 (frozen, so shared safely)
        conditions: list[ColumnElement[bool]] = [
            CaseRow.deleted_at.is_not(None) if query.in_trash else CaseRow.deleted_at.is_(None)]
        ids = matching_case_ids(query.search)
        if ids is not None:
            conditions.append(CaseRow.id.in_(ids))
        if query.outcomes:
            conditions.append(CaseRow.platform_liable.in_(sorted(query.outcomes)))
        if query.law_date_from:
            conditions.append(CaseRow.law_date >= query.law_date_from)
        if query.law_date_to:
            conditions.append(CaseRow.law_date <= query.law_date_to)
        sort = _SORT_COLUMNS[query.sort]
        order = (sort.desc(), CaseRow.id.desc()) if query.descending else (sort.asc(), CaseRow.id.asc())
        # A search counts its matches along with the page (a window count: one pass over the full-text
        # matches, not two). Without a search a separate count is cheaper: the page then stops after
        # `limit` rows of the sort index instead of sorting every case.
        total_column = func.count().over() if ids is not None else literal(None)
        rows: Select[tuple[CaseRow, int | None]] = (select(CaseRow, total_column).where(*conditions)
                                                    .order_by(*order).offset(query.offset).limit(query.limit))
        count = select(func.count()).select_from(CaseRow).where(*conditions)
        with self._reading() as session:
            result = session.execute(rows).all()
            total = result[0][1] if result and result[0][1] is not None else session.scalar(count) or 0
        return CasePage(tuple(_summary(row) for row, _total in result), total, query.offset, query.limit)

    # -- letters' history ---------------------------------------------------------------------

    def add_snapshot(self, case_id: int, case: Case, evaluation: Evaluation, *, rules_version: str,
                     letter_sha256: str) -> EvaluationSnapshot:
        """Record a produced letter: the facts it was made from, the evaluation, the rules version and
        ``hashlib.sha256(letter_bytes).hexdigest()``."""
        if not _SHA256.match(letter_sha256):
            raise ValueError(f"letter_sha256 must be 64 lowercase hex digits, not {letter_sha256!r}")
        facts = _facts_json(case)
        with self._writing() as session:
            self._row(session, case_id)
            row = EvaluationSnapshotRow(case_id=case_id, created_at=_now(), rules_version=rules_version,
                                        letter_sha256=letter_sha256, case_facts=facts,
                                        evaluation=json.dumps(evaluation.to_json_dict(), ensure_ascii=False))
            session.add(row)
            session.flush()
            return _snapshot(row)

    def snapshots(self, case_id: int) -> list[EvaluationSnapshot]:
        """The case's letters, newest first."""
        with self._reading() as session:
            self._row(session, case_id)
            rows = session.scalars(select(EvaluationSnapshotRow)
                                   .where(EvaluationSnapshotRow.case_id == case_id)
                                   .order_by(EvaluationSnapshotRow.id.desc()))
            return [_snapshot(row) for row in rows]

    # -- firm profile -------------------------------------------------------------------------

    def firm_profile(self) -> FirmProfile:
        with self._reading() as session:
            row = session.get(FirmProfileRow, 1)
            if row is None:
                return FirmProfile()
            return FirmProfile(name=row.name, address=row.address, phone=row.phone, lawyer=row.lawyer,
                               logo_path=row.logo_path)

    def set_firm_profile(self, profile: FirmProfile) -> None:
        with self._writing() as session:
            session.merge(FirmProfileRow(id=1, **profile.to_json_dict()))

    # -- backup -------------------------------------------------------------------------------

    def backup_to(self, target: str | Path) -> Path:
        """A consistent copy of the whole database at ``target`` (SQLite online backup API)."""
        target = Path(target).absolute()
        with translated_errors(target):
            return copy_database(self.path, target)


def _snapshot(row: EvaluationSnapshotRow) -> EvaluationSnapshot:
    evaluation: dict[str, Any] = json.loads(row.evaluation)
    return EvaluationSnapshot(id=row.id, case_id=row.case_id, created=aware(row.created_at),
                              rules_version=row.rules_version, letter_sha256=row.letter_sha256,
                              evaluation=evaluation, case_facts=json.loads(row.case_facts))
