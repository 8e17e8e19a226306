"""The case list read through sqlite3 alone: no SQLAlchemy, no Alembic, no case model.

Listing is what the program does at every start and what ``cases list`` does; building the list
from plain rows skips ~0.45 s of imports and the ORM's per-row objects. The repository's own
:meth:`~liability_wizard.storage.repository.CaseRepository.list_cases` runs the same query.

    with CaseListing.open() as listing:
        page = listing.list_cases(CaseQuery(search="蓝牙耳机"))
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple, Self

from liability_wizard.storage.backup import KEEP_BACKUPS
from liability_wizard.storage.change_watch import SqliteChangeWatch
from liability_wizard.storage.closing import ClosedOnExit
from liability_wizard.storage.database import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    Prepared,
    prepare_database,
    read_only_uri,
    translated_errors,
)
from liability_wizard.storage.location import database_path
from liability_wizard.storage.records import CasePage, CaseQuery, CaseSummary, summary_json
from liability_wizard.storage.search import matching_case_ids
from liability_wizard.storage.url import names_a_server

_COLUMNS = ("id, title, reference, client_name, platform_name, platform_liable, law_date, created_at, "
            "updated_at, deleted_at, version, updated_by, limitation_deadline")
# Names sort by their stored pinyin keys (storage/sort_keys.py), each with an index.
_SORT_COLUMNS = {"updated": "updated_at", "created": "created_at", "law_date": "law_date", "title": "title_sort_key",
                 "client": "client_sort_key", "platform": "platform_sort_key", "deadline": "limitation_deadline"}


def _moment(stored: str) -> datetime:
    """Stored timestamps are naive UTC text (SQLAlchemy's ``DateTime`` on SQLite)."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _utc_iso(stored: str) -> str:
    """``_moment(stored).isoformat()`` by slicing the stored text (``YYYY-MM-DD HH:MM:SS.ffffff``, the
    only form SQLAlchemy writes); anything else goes through datetime."""
    if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
        fraction = "" if stored.endswith("000000") else stored[19:]  # isoformat leaves out zero microseconds
        return f"{stored[:10]}T{stored[11:19]}{fraction}+00:00"
    return _moment(stored).isoformat()


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    return CaseSummary(id=row[0], title=row[1], reference=row[2], client=row[3], platform=row[4],
                       platform_liable=row[5], law_date=date.fromisoformat(row[6]), created=_moment(row[7]),
                       updated=_moment(row[8]), deleted=_moment(row[9]) if row[9] else None,
                       version=row[10], updated_by=row[11],
                       limitation_deadline=date.fromisoformat(row[12]) if row[12] else None)


def _conditions(query: CaseQuery) -> tuple[str, list[Any], bool]:
    """The WHERE clause, its parameters, and whether a search narrows it."""
    conditions = ["deleted_at IS NOT NULL" if query.in_trash else "deleted_at IS NULL"]
    parameters: list[Any] = []
    search = matching_case_ids(query.search)
    if search is not None:
        conditions.append(f"id IN ({search[0]})")
        parameters.extend(search[1])
    if query.outcomes:
        conditions.append(f"platform_liable IN ({', '.join('?' * len(query.outcomes))})")
        parameters.extend(sorted(query.outcomes))
    if query.law_date_from:
        conditions.append("law_date >= ?")
        parameters.append(query.law_date_from.isoformat())
    if query.law_date_to:
        conditions.append("law_date <= ?")
        parameters.append(query.law_date_to.isoformat())
    return " AND ".join(conditions), parameters, search is not None


class _Statements(NamedTuple):
    rows: str
    rows_parameters: list[Any]
    count: str
    count_parameters: list[Any]
    total_in_rows: bool  # each row ends with the number of matching cases


def _statements(query: CaseQuery, *, with_total: bool) -> _Statements:
    where, parameters, searching = _conditions(query)
    direction = "DESC" if query.descending else "ASC"
    sort = _SORT_COLUMNS[query.sort]
    # Cases without a deadline come last in either direction (NULLS LAST, as on PostgreSQL).
    nulls_last = f"{sort} IS NULL, " if query.sort == "deadline" else ""
    # A search counts its matches along with the page (a window count: one pass over the full-text
    # matches, not two). Without a search a separate count is cheaper: the page then stops after
    # `limit` rows of the sort index instead of sorting every case.
    total_in_rows = with_total and searching
    rows = (f"SELECT {_COLUMNS}{', count(*) OVER ()' if total_in_rows else ''} FROM cases WHERE {where} "
            f"ORDER BY {nulls_last}{sort} {direction}, id {direction} LIMIT ? OFFSET ?")
    page = [*parameters, -1 if query.limit is None else query.limit, query.offset]
    return _Statements(rows, page, f"SELECT count(*) FROM cases WHERE {where}", parameters, total_in_rows)


def list_cases(connection: sqlite3.Connection, query: CaseQuery) -> CasePage:
    """One page of the case list and the number of matching cases (run inside one read transaction)."""
    statements = _statements(query, with_total=True)
    rows = connection.execute(statements.rows, statements.rows_parameters).fetchall()
    if statements.total_in_rows and rows:
        total = rows[0][-1]
    else:
        total = connection.execute(statements.count, statements.count_parameters).fetchone()[0]
    return CasePage(tuple(_summary(row) for row in rows), total, query.offset, query.limit)


def summaries(connection: sqlite3.Connection, query: CaseQuery) -> Iterator[CaseSummary]:
    """The matching cases one by one, as SQLite returns them (no page held in memory, no count)."""
    statements = _statements(query, with_total=False)
    for row in connection.execute(statements.rows, statements.rows_parameters):
        yield _summary(row)


def summaries_json(connection: sqlite3.Connection, query: CaseQuery) -> Iterator[dict[str, Any]]:
    """What ``summary.to_json_dict()`` gives for each of :func:`summaries`, straight from the rows."""
    statements = _statements(query, with_total=False)
    for row in connection.execute(statements.rows, statements.rows_parameters):
        yield summary_json(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _utc_iso(row[7]),
                           _utc_iso(row[8]), _utc_iso(row[9]) if row[9] else None)


class CaseListing(ClosedOnExit):
    """The saved cases, read only, over one sqlite3 connection. Opening it creates, migrates and backs
    up the database exactly as :meth:`CaseRepository.open` does. The connection may be opened on a
    worker thread and then used by another one (never by two at a time)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection
        #: Read-only opening, a missed daily backup (in Chinese), as CaseRepository.notices.
        self.notices: list[str] = []
        #: The location cannot be written (read-only, full disk): as CaseRepository.read_only.
        self.read_only = False

    @classmethod
    def open(cls, path: str | Path | None = None, *, keep_backups: int = KEEP_BACKUPS,
             daily_backup: bool = True) -> Self:
        """See :func:`~liability_wizard.storage.database.open_database` for the errors."""
        if names_a_server(path):  # the firm's server: the same list, read through the repository
            from liability_wizard.storage.server_listing import ServerListing

            return ServerListing.open(path)  # type: ignore[return-value]
        path = database_path(path).absolute()
        prepared = prepare_database(path, keep_backups=keep_backups, daily_backup=daily_backup)
        with translated_errors(path):
            connection = cls._connect(path, prepared)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = ON")  # a listing never writes, whatever calls it
        listing = cls(path, connection)
        listing.notices = prepared.notices
        listing.read_only = prepared.read_only_reason is not None
        return listing

    @staticmethod
    def _connect(path: Path, prepared: Prepared) -> sqlite3.Connection:
        """Read-write, or ``mode=ro`` (then ``immutable``) where the location cannot be written."""
        if prepared.read_only_reason is None:
            return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for immutable in (False, True):
            connection = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, isolation_level=None,
                                         check_same_thread=False)
            try:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                connection.close()
                continue
            if revision is None or revision[0] != HEAD_REVISION:
                connection.close()
                raise prepared.read_only_reason  # an upgrade is due and cannot be written
            return connection
        raise prepared.read_only_reason

    @contextmanager
    def _read_transaction(self) -> Iterator[None]:
        """The page and its count from one snapshot, even while another instance writes."""
        with translated_errors(self.path):
            self._connection.execute("BEGIN")
            try:
                yield
            finally:
                self._connection.execute("COMMIT")

    def list_cases(self, query: CaseQuery = CaseQuery()) -> CasePage:  # noqa: B008 (frozen, so shared safely)
        with self._read_transaction():
            return list_cases(self._connection, query)

    def summaries(self, query: CaseQuery = CaseQuery()) -> Iterator[CaseSummary]:  # noqa: B008
        with self._read_transaction():
            yield from summaries(self._connection, query)

    def summaries_json(self, query: CaseQuery = CaseQuery()) -> Iterator[dict[str, Any]]:  # noqa: B008
        with self._read_transaction():
            yield from summaries_json(self._connection, query)

    def change_watch(self) -> SqliteChangeWatch:
        """A watch for other connections' changes, with a connection of its own (for another thread)."""
        return SqliteChangeWatch(self.path)

    def close(self) -> None:
        self._connection.close()
