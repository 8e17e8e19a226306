"""Opening the case database: check the file, back it up, migrate it, hand out an engine.

Every connection runs with WAL (readers never block the writer, a crash never corrupts), foreign
keys on, a busy timeout (a second program instance waits instead of failing) and synchronous=FULL
(a committed case survives a power cut). pysqlite's own transaction handling is switched off and
SQLAlchemy emits BEGIN itself, so DDL is transactional and writers can take the lock up front
(``BEGIN IMMEDIATE``) instead of failing to upgrade a read lock when two instances write at once.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liability_wizard.private_files import make_private_file, make_private_folder
from liability_wizard.storage.backup import KEEP_BACKUPS, backup_is_due, make_backup, newest_backup
from liability_wizard.storage.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnwritableError,
    DiskFullError,
    StorageError,
)
from liability_wizard.storage.location import default_database_path

if TYPE_CHECKING:  # SQLAlchemy is imported by make_engine: checking and listing need only sqlite3
    from sqlalchemy import Connection, Engine

#: The newest revision in ``migrations/versions`` (tests/storage/test_migrations.py checks it against
#: Alembic), so an up-to-date database is recognised without importing Alembic (~0.1 s).
HEAD_REVISION = "0007"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
BEGIN_MODE = "liability_wizard_begin"  # execution option: "DEFERRED" (reads) or "IMMEDIATE" (writes)
DAILY_BACKUP_AGE = timedelta(days=1)


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """WAL is stored in the file, so only the first opening of a new database switches it. SQLite
    answers "locked" at once, without the busy timeout, when two instances switch together: retry."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """``mode=ro`` never writes; ``immutable=1`` also needs no ``-shm`` (a read-only folder or a full
    disk where SQLite cannot create one), at the price of not seeing another instance's writes."""
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def configure_connection(connection: sqlite3.Connection, *, writable: bool = True, foreign_keys: bool = True) -> None:
    """What every connection to the case database runs with (see the module's docstring). BEGIN is
    left to the caller: ``BEGIN IMMEDIATE`` for writes."""
    connection.isolation_level = None
    cursor = connection.cursor()
    # Busy timeout first: switching to WAL may itself wait for another instance's lock.
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if writable:
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    cursor.close()


def make_engine(path: Path, *, foreign_keys: bool = True, read_only_uri: str | None = None) -> Engine:
    from sqlalchemy import URL, create_engine, event  # not needed to check or list the cases

    if read_only_uri is None:
        engine = create_engine(URL.create("sqlite", database=str(path)))
    else:
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(read_only_uri, uri=True,
                                                                            check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        configure_connection(dbapi_connection, writable=read_only_uri is None, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})


def storage_error(error: BaseException, path: Path) -> StorageError | None:
    """The user-facing error for a SQLite failure, by its result code; None if it is not one we explain."""
    original = getattr(error, "orig", None) or error
    name = getattr(original, "sqlite_errorname", "") or ""
    detail = _SQLITE_DETAILS.get(str(original), str(original))
    if name.startswith("SQLITE_FULL"):
        return DiskFullError(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DatabaseCorruptError(path, newest_backup(path), detail)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_IOERR")):
        return DatabaseUnwritableError(path, detail)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseBusyError(path)
    return None


# SQLite's English texts for the failures users meet, in Chinese (the message around them is Chinese).
_SQLITE_DETAILS = {
    "attempt to write a readonly database": "数据库只读",
    "unable to open database file": "无法打开数据库文件",
    "disk I/O error": "磁盘读写错误",
    "database disk image is malformed": "数据库文件结构损坏",
    "file is not a database": "不是数据库文件",
    "database or disk is full": "磁盘已满",
}


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into the Chinese :class:`StorageError` the GUI and CLI show."""
    try:
        yield
    except UnicodeDecodeError as error:  # damaged schema text: not valid UTF-8 in sqlite_master
        raise DatabaseCorruptError(path, newest_backup(path), "数据库结构信息损坏") from error
    except OSError as error:  # the folder or the backup copy
        if error.errno == 28:  # ENOSPC
            raise DiskFullError(path) from error
        raise DatabaseUnwritableError(path, _OS_DETAILS.get(error.errno or 0, error.strerror or str(error))) \
            from error
    except Exception as error:
        # sqlite3's errors, raw or wrapped by SQLAlchemy (``orig``): told apart by class, so that
        # checking and listing need not import SQLAlchemy.
        if not isinstance(getattr(error, "orig", None) or error, sqlite3.Error):
            raise
        mapped = storage_error(error, path)
        if mapped is None:
            raise
        raise mapped from error


_OS_DETAILS = {errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.EROFS: "只读文件系统",
               errno.ENOENT: "文件夹不存在", errno.EIO: "磁盘读写错误", errno.ENOTDIR: "路径中有一项不是文件夹"}


@dataclass
class Database:
    path: Path
    engine: Engine = field(repr=False)
    #: The backup made while opening (before a migration or the day's first open), if any.
    backup_made: Path | None = None
    #: Opened with ``mode=ro`` because the location cannot be written (read-only folder or mount,
    #: full disk): cases can be listed, opened and exported, not saved.
    read_only: bool = False
    #: Things the user should know that did not stop the opening (in Chinese): a daily backup that
    #: could not be written, a read-only opening.
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()


def _check_file(path: Path) -> None:
    """A file that is not SQLite is never opened by SQLite: opening it as a database could rewrite it."""
    if path.is_dir():
        raise DatabaseUnwritableError(path, "这是一个文件夹，不是数据库文件")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseUnwritableError(path, error.strerror or str(error)) from error
    if header and header != SQLITE_HEADER:
        raise DatabaseCorruptError(path, newest_backup(path), "文件开头不是 SQLite 数据库标记")
    # An empty file is what a failed copy, a sync placeholder or a full disk leaves: with backups
    # beside it, it is a lost database, never silently a new empty one.
    if not header and (backup := newest_backup(path)) is not None:
        raise DatabaseCorruptError(path, backup, "文件是空的（0 字节）")


def _check_not_lost(path: Path) -> None:
    """A missing database with backups beside it was lost (moved, deleted, a failed restore)."""
    if not path.exists() and (backup := newest_backup(path)) is not None:
        raise DatabaseMissingError(path, backup)


def _revision_on_file(path: Path) -> str | None:
    """The database's revision, read through a read-only connection: a database this program must
    refuse (another program's, a newer version's) is left byte for byte as it was — even switching
    it to WAL would rewrite its header."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row:
                return str(row[0])
    if tables:
        raise DatabaseCorruptError(path, newest_backup(path), "这是其他程序的 SQLite 数据库")
    return None


def _migrate(path: Path, keep_backups: int) -> tuple[bool, Path | None]:
    """Bring the database to the head revision; returns (was it new, the pre-migration backup)."""
    current = _revision_on_file(path)
    if current == HEAD_REVISION:
        return False, None
    from liability_wizard.storage import migrate  # Alembic: only to create or upgrade

    head = migrate.head_revision()
    if current is not None and current not in migrate.known_revisions():
        raise DatabaseTooNewError(path, current)
    engine = make_engine(path, foreign_keys=False)  # batch mode recreates tables: a DROP must not cascade
    try:
        backup = make_backup(path, f"before-{head}", keep_backups) if current is not None else None
        with writer(engine).connect() as connection, connection.begin():
            migrate.upgrade(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StorageError(f"数据库升级后发现 {len(problems)} 处关联错误，"
                                   "升级已撤销，原数据未改动。", path)
        return current is None, backup
    finally:
        engine.dispose()


@dataclass
class Prepared:
    """What preparing a database for use found: the backup made, and whether it can only be read."""

    backup_made: Path | None = None
    read_only_reason: DatabaseUnwritableError | None = None
    notices: list[str] = field(default_factory=list)


def prepare_database(path: Path, *, keep_backups: int = KEEP_BACKUPS, daily_backup: bool = True) -> Prepared:
    """Check, create or migrate, and back up the database at ``path`` (absolute) without handing out an
    engine. A location that cannot be written (read-only, full disk) leaves the database to be read
    only when it is at the head revision. Raises what :func:`open_database` raises."""
    _check_file(path)
    _check_not_lost(path)
    try:
        with translated_errors(path):
            _prepare_folder(path.parent)
            created, backup = _migrate(path, keep_backups)
            make_private_file(path)
    except DatabaseUnwritableError as error:  # also a full disk: the cases can still be read
        if not path.is_file():
            raise
        return Prepared(None, error, [_read_only_notice(path, error)])
    prepared = Prepared(backup)
    if daily_backup and not created and backup is None:
        try:
            with translated_errors(path):
                if backup_is_due(path, DAILY_BACKUP_AGE):
                    prepared.backup_made = make_backup(path, "daily", keep_backups)
        except (DatabaseUnwritableError, DatabaseBusyError) as error:
            # A missed daily backup must not stop the user from working (or reading on a full disk).
            prepared.notices.append(f"今天的自动备份未能完成：{error.message}")
    return prepared


def open_database(path: Path, *, keep_backups: int = KEEP_BACKUPS, daily_backup: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises :class:`DatabaseCorruptError` (file untouched), :class:`DatabaseUnwritableError`,
    :class:`DiskFullError`, :class:`DatabaseTooNewError` or :class:`DatabaseBusyError`.
    """
    path = path.absolute()
    prepared = prepare_database(path, keep_backups=keep_backups, daily_backup=daily_backup)
    if prepared.read_only_reason is not None:
        return _open_read_only(path, prepared)
    engine = make_engine(path)
    try:
        with translated_errors(path):
            _probe(engine)
    except DatabaseUnwritableError as error:  # SQLite itself cannot use the location
        engine.dispose()
        return _open_read_only(path, Prepared(None, error, [_read_only_notice(path, error)]))
    return Database(path, engine, prepared.backup_made, notices=prepared.notices)


def _prepare_folder(folder: Path) -> None:
    """The program's own data folder (and any folder it creates) is made private; a folder the user
    chose with ``--db`` that already exists (say ~/Documents) keeps its permissions."""
    if not folder.exists() or folder == default_database_path().parent:
        make_private_folder(folder)


def _probe(engine: Engine) -> None:
    """Read once now, so a location SQLite cannot use fails here (and is opened read-only) rather
    than at the first list."""
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()


def _open_read_only(path: Path, prepared: Prepared) -> Database:
    """The database opened ``mode=ro`` (``immutable`` when even that needs a file SQLite cannot
    create); otherwise the original error."""
    error = prepared.read_only_reason
    assert error is not None
    if not path.is_file():
        raise error
    for immutable in (False, True):
        engine = make_engine(path, read_only_uri=read_only_uri(path, immutable=immutable))
        try:
            with translated_errors(path), engine.connect() as connection:
                revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DatabaseUnwritableError:
            engine.dispose()
            continue
        if revision != HEAD_REVISION:
            engine.dispose()
            raise error  # an upgrade is due and cannot be written: nothing to read safely
        return Database(path, engine, None, read_only=True, notices=prepared.notices)
    raise error


def _read_only_notice(path: Path, error: DatabaseUnwritableError) -> str:
    reason = "磁盘空间已满" if isinstance(error, DiskFullError) else "所在位置只读或没有写入权限"
    return f"案件数据库 {path} 无法写入（{reason}），已以只读方式打开：可以查看和导出案件，不能保存修改。"
