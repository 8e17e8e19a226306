"""New cases written into the SQLite case database through sqlite3 alone: ``cases import``.

An import of a thousand files is mostly reading, checking and evaluating them; importing SQLAlchemy
(~0.45 s) and its bulk INSERT took a third of the command besides. This writes the very rows
:meth:`CaseRepository.create_many <liability_wizard.storage.repository.CaseRepository.create_many>`
writes — the columns come from :mod:`.case_columns`, and ``tests/storage/test_case_import.py``
compares every column of both — in one ``BEGIN IMMEDIATE`` transaction a batch. A server import goes
through the repository.

    with CaseImport.open(path) as target:
        summaries = target.create_many(cases, outcomes=outcomes)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from liability_wizard.storage.backup import KEEP_BACKUPS
from liability_wizard.storage.case_columns import (
    facts_json,
    local_user,
    new_case_columns,
    now,
    stored_summary,
)
from liability_wizard.storage.closing import ClosedOnExit
from liability_wizard.storage.database import configure_connection, prepare_database, translated_errors
from liability_wizard.storage.location import database_path
from liability_wizard.storage.url import names_a_server

if TYPE_CHECKING:
    from liability_wizard.core.case import Case
    from liability_wizard.storage.outcome import Outcome
    from liability_wizard.storage.records import CaseSummary
    from liability_wizard.storage.repository import CaseRepository


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy's ``Date`` and ``DateTime`` store it on SQLite."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


class CaseImport(ClosedOnExit):
    """Stores cases read from files as new cases, over one sqlite3 connection."""

    def __init__(self, path: Path, connection: sqlite3.Connection, notices: list[str]) -> None:
        self.path = path
        self._connection = connection
        #: A missed daily backup (in Chinese), as ``CaseRepository.notices``.
        self.notices = notices

    @classmethod
    def open(cls, path: str | Path | None = None, *,
             keep_backups: int = KEEP_BACKUPS) -> CaseImport | CaseRepository:
        """Create, migrate and back up the database as :meth:`CaseRepository.open` does; a server URL
        opens the repository. A location that cannot be written raises its
        :class:`~liability_wizard.storage.errors.DatabaseUnwritableError` before any file is read."""
        if names_a_server(path):
            from liability_wizard.storage.repository import CaseRepository

            return CaseRepository.open(path)
        path = database_path(path).absolute()
        prepared = prepare_database(path, keep_backups=keep_backups)
        if prepared.read_only_reason is not None:
            raise prepared.read_only_reason
        with translated_errors(path):
            connection = sqlite3.connect(path, check_same_thread=False)
            configure_connection(connection)
        return cls(path, connection, prepared.notices)

    def create_many(self, cases: Sequence[Case], *, outcomes: Sequence[Outcome]) -> list[CaseSummary]:
        """Store each case (as ``read_case_file`` gave it: its facts are not validated a second time)
        with its evaluation's outcome, all in one transaction: all of them are stored, or none."""
        created, user = now(), local_user()
        rows = [new_case_columns(case, evaluated, created=created, user=user)
                for case, evaluated in zip(cases, outcomes, strict=True)]
        if not rows:
            return []
        facts = [facts_json(case, checked=False) for case in cases]
        insert_case = f"INSERT INTO cases ({', '.join(rows[0])}) VALUES ({', '.join('?' * len(rows[0]))})"
        with translated_errors(self.path):
            execute = self._connection.execute
            execute("BEGIN IMMEDIATE")
            try:
                ids = [execute(insert_case, [_stored(value) for value in row.values()]).lastrowid for row in rows]
                self._connection.executemany("INSERT INTO case_facts (case_id, data) VALUES (?, ?)",
                                             zip(ids, facts, strict=True))
                execute("COMMIT")
            except BaseException:
                if self._connection.in_transaction:
                    execute("ROLLBACK")
                raise
        return [stored_summary(SimpleNamespace(id=case_id, **row)) for case_id, row in zip(ids, rows, strict=True)]

    def close(self) -> None:
        self._connection.close()
