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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Self

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.firm import FirmProfile
from liability_wizard.storage import postgres_search
from liability_wizard.storage.backup import KEEP_BACKUPS, copy_database
from liability_wizard.storage.case_columns import (
    facts_json,
    listed_columns,
    local_user,
    new_case_columns,
    now,
    stored_summary,
)
from liability_wizard.storage.case_listing import list_cases
from liability_wizard.storage.change_watch import ChangeWatch, PostgresChangeWatch, SqliteChangeWatch
from liability_wizard.storage.closing import ClosedOnExit
from liability_wizard.storage.database import Database, open_database, translated_errors, writer
from liability_wizard.storage.errors import CaseChangedError, CaseNotFoundError, StorageError
from liability_wizard.storage.location import database_path
from liability_wizard.storage.models import CaseFactsRow, CaseRow, EvaluationSnapshotRow, FirmProfileRow
from liability_wizard.storage.outcome import Outcome
from liability_wizard.storage.records import (
    CasePage,
    CaseQuery,
    CaseSummary,
    EvaluationSnapshot,
    StoredCase,
    aware,
)
from liability_wizard.storage.server import ServerDatabase, open_server_database
from liability_wizard.storage.url import server_url

COPY_SUFFIX = "（副本）"
_SQLITE_INTEGERS = range(-(2**63), 2**63)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _describe(row: CaseRow, case: Case, facts: str) -> None:
    """Copy into the row what the list shows, sorts and filters by."""
    for name, value in listed_columns(case).items():
        setattr(row, name, value)
    if row.facts is None:
        row.facts = CaseFactsRow(data=facts)
    else:
        row.facts.data = facts


class CaseRepository(ClosedOnExit):
    def __init__(self, database: Database | ServerDatabase) -> None:
        self.database = database
        self.path: Path | str = database.path
        #: Opened read-only (read-only location, full disk): see ``notices`` for the reason.
        self.read_only = database.read_only
        self.notices = database.notices
        self._reader = database.engine
        self._writer = writer(database.engine)
        self._on_server = isinstance(database, ServerDatabase)
        self._user_name: str | None = None

    @classmethod
    def open(cls, path: str | Path | None = None, *, keep_backups: int = KEEP_BACKUPS,
             daily_backup: bool = True) -> Self:
        """Open the database (``path``, else ``LIABILITY_WIZARD_DB``, else the user data folder),
        backing it up and migrating it first when needed. See :func:`open_database` for the errors.
        A ``postgresql+psycopg://user@host/db`` URL opens the firm's server instead (:mod:`.server`)."""
        url = server_url(path)
        if url is not None:
            return cls(open_server_database(url))
        return cls(open_database(database_path(path), keep_backups=keep_backups, daily_backup=daily_backup))

    def close(self) -> None:
        self.database.close()

    # -- transactions ---------------------------------------------------------------------------

    def _translated_errors(self) -> Any:
        if isinstance(self.database, ServerDatabase):
            return self.database.errors()
        assert isinstance(self.path, Path)
        return translated_errors(self.path)

    def user_name(self) -> str | None:
        """Who saves: the server login (each lawyer has their own), by the name the IT person gave it
        (``COMMENT ON ROLE li_ming IS '李明'``) if any; else the computer's login name."""
        if self._user_name is None:
            if self._on_server:
                with self._reading() as session:
                    self._user_name = session.scalar(text(
                        "SELECT coalesce(nullif(trim(shobj_description(oid, 'pg_authid')), ''), rolname) "
                        "FROM pg_roles WHERE rolname = current_user"))
            else:
                self._user_name = local_user()
        return self._user_name

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._translated_errors(), Session(self._reader) as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it is committed, or (on any error) none."""
        with self._translated_errors(), Session(self._writer, expire_on_commit=False) as session, \
                session.begin():
            yield session

    @staticmethod
    def _row(session: Session, case_id: int, *, in_trash: bool | None = None) -> CaseRow:
        if not _SQLITE_INTEGERS.start <= case_id < _SQLITE_INTEGERS.stop:  # SQLite would overflow
            raise CaseNotFoundError(case_id)
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
        (summary,) = self.create_many([case], wizard_page=wizard_page)
        return summary

    def create_many(self, cases: Sequence[Case], *, wizard_page: str | None = None,
                    outcomes: Sequence[Outcome] | None = None) -> list[CaseSummary]:
        """Store each case as a new case, all in one transaction (all of them are stored, or none):
        each commit waits for the disk, so an import pays that once per batch, not once per file.
        ``outcomes``: the cases' evaluations as :func:`.outcome_of` keeps them, when already made."""
        facts = [facts_json(case) for case in cases]
        created = now()
        user = self.user_name()
        columns = [new_case_columns(case, evaluated, created=created, user=user, wizard_page=wizard_page)
                   for case, evaluated in zip(cases, outcomes or [None] * len(cases), strict=True)]
        if not columns:
            return []
        with self._writing() as session:
            # Bulk INSERT … RETURNING (one statement per batch), not the unit of work's per-object flush.
            ids = session.scalars(insert(CaseRow).returning(CaseRow.id, sort_by_parameter_order=True),
                                  columns).all()
            session.execute(insert(CaseFactsRow), [{"case_id": case_id, "data": data}
                                                   for case_id, data in zip(ids, facts, strict=True)])
        return [stored_summary(SimpleNamespace(id=case_id, **row)) for case_id, row in zip(ids, columns, strict=True)]

    def save_draft(self, case_id: int, case: Case, *, expected_version: int | None = None) -> CaseSummary:
        """Replace the case's facts (the wizard's autosave and its final save alike). A draft is a valid
        :class:`Case`. Saving unchanged facts writes nothing and keeps the ``updated`` time.

        ``expected_version`` is the ``version`` of the summary the editor loaded: if someone saved the
        case since, :class:`CaseChangedError` is raised and nothing is written. Two saves racing on the
        same version are caught too (the UPDATE checks the version), whether or not it is given."""
        facts = facts_json(case)
        user = self.user_name()
        try:
            with self._writing() as session:
                row = self._row(session, case_id)
                if expected_version is not None and row.version != expected_version:
                    raise _changed(row)
                if row.facts.data != facts:
                    _describe(row, case, facts)
                    row.updated_at = now()
                    row.updated_by = user
                    session.flush()  # the UPDATE checks and bumps the version the summary reports
                return stored_summary(row)
        except StaleDataError as error:  # the other save committed between our read and our UPDATE
            with self._reading() as session:
                raise _changed(self._row(session, case_id)) from error

    def load(self, case_id: int) -> StoredCase:
        """The case (also one in the trash). Its facts are validated again on the way out."""
        with self._reading() as session:
            row = self._row(session, case_id)
            case = case_from_json_dict(json.loads(row.facts.data), source=f"数据库中的案件 {case_id}")
            return StoredCase(stored_summary(row), case, row.wizard_page)

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
            row.deleted_at = now()
            session.flush()  # the version the summary reports
            return stored_summary(row)

    def restore(self, case_id: int) -> CaseSummary:
        with self._writing() as session:
            row = self._row(session, case_id, in_trash=True)
            row.deleted_at = None
            session.flush()  # the version the summary reports
            return stored_summary(row)

    def purge(self, case_id: int) -> None:
        """Erase a case in the trash for good, with its facts and snapshots. Only trashed cases can be
        purged, so one click cannot destroy a live case."""
        with self._writing() as session:
            session.delete(self._row(session, case_id, in_trash=True))

    def set_wizard_page(self, case_id: int, page: str | None) -> None:
        """Remember the wizard page the user left the case on (not a change to the case: ``updated``
        stays)."""
        with self._writing() as session:
            self._row(session, case_id)
            # A Core UPDATE: where the user left the wizard is not an edit, so it keeps the version and
            # cannot make another window's save conflict.
            session.execute(update(CaseRow).where(CaseRow.id == case_id).values(wizard_page=page))

    # -- the case list ------------------------------------------------------------------------

    def list_cases(self, query: CaseQuery = CaseQuery()) -> CasePage:  # noqa: B008 (frozen, so shared safely)
        if self._on_server:
            with self._reading() as session:
                return postgres_search.list_cases(session, query)
        with self._reading() as session:  # one read transaction: the page and its count agree
            return list_cases(session.connection().connection.driver_connection, query)

    def change_watch(self) -> ChangeWatch:
        """A watch for cases changed by other connections (:mod:`.change_watch`), with a connection of
        its own: make it on the thread that will ask it."""
        if isinstance(self.database, ServerDatabase):
            return PostgresChangeWatch(self.database.engine)
        assert isinstance(self.path, Path)
        return SqliteChangeWatch(self.path)

    # -- letters' history ---------------------------------------------------------------------

    def add_snapshot(self, case_id: int, case: Case, evaluation: Evaluation, *, rules_version: str,
                     letter_sha256: str) -> EvaluationSnapshot:
        """Record a produced letter: the facts it was made from, the evaluation, the rules version and
        ``hashlib.sha256(letter_bytes).hexdigest()``."""
        if not _SHA256.match(letter_sha256):
            raise ValueError(f"letter_sha256 must be 64 lowercase hex digits, not {letter_sha256!r}")
        facts = facts_json(case)
        with self._writing() as session:
            self._row(session, case_id)
            row = EvaluationSnapshotRow(case_id=case_id, created_at=now(), rules_version=rules_version,
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
            return FirmProfile(**{name: getattr(row, name) for name in FirmProfile._fields})

    def set_firm_profile(self, profile: FirmProfile) -> None:
        with self._writing() as session:
            session.merge(FirmProfileRow(id=1, **profile.to_json_dict()))

    # -- backup -------------------------------------------------------------------------------

    def backup_to(self, target: str | Path) -> Path:
        """A consistent copy of the whole database at ``target`` (SQLite online backup API)."""
        if self._on_server:
            raise StorageError("律所服务器上的数据库由 IT 人员用 pg_dump 备份；"
                               "要得到可携带的副本，请用 cases export --all。")
        assert isinstance(self.path, Path)
        target = Path(target).absolute()
        with translated_errors(target):
            return copy_database(self.path, target)


def _snapshot(row: EvaluationSnapshotRow) -> EvaluationSnapshot:
    evaluation: dict[str, Any] = json.loads(row.evaluation)
    return EvaluationSnapshot(id=row.id, case_id=row.case_id, created=aware(row.created_at),
                              rules_version=row.rules_version, letter_sha256=row.letter_sha256,
                              evaluation=evaluation, case_facts=json.loads(row.case_facts))


def _changed(row: CaseRow) -> CaseChangedError:
    return CaseChangedError(row.id, row.updated_by, aware(row.updated_at), row.version)
