"""Restoring the case database from a backup, safely.

Copying a backup over ``cases.sqlite3`` is not a restore: after a crash SQLite finds the old
database's ``-wal`` beside the copy and replays it onto the backup's pages, which corrupts it. So
the restore (1) checks the backup with ``integrity_check`` before touching anything, (2) copies it
through SQLite's backup API into a private temporary file beside the database and checks the copy,
(3) moves the current database together with its ``-wal`` and ``-shm`` into
``backups/damaged-…/`` (kept, never deleted: it may hold the newest cases), (4) renames the copy
into place and (5) opens it through :func:`open_database` (migrating an older backup) to count the
cases. The program must not have the database open meanwhile: the GUI closes it first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from liability_wizard.private_files import make_private_file, make_private_folder, temporary_sibling
from liability_wizard.storage.backup import newest_backup
from liability_wizard.storage.database import open_database, read_only_uri, translated_errors
from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.location import backups_dir

_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class RestoredDatabase:
    database: Path
    backup: Path
    #: The folder now holding the replaced database and its -wal/-shm (None if there was no file).
    replaced: Path | None
    case_count: int

    @property
    def message(self) -> str:
        kept = (f"原来的数据库文件（连同 -wal、-shm）已移到 {self.replaced} 保留，确认无误后可以删除。"
                if self.replaced else "")
        return f"已从备份 {self.backup} 恢复案件数据库 {self.database}（{self.case_count} 件案件）。{kept}"


class BackupUnusableError(StorageError):
    def __init__(self, backup: Path, why: str) -> None:
        super().__init__(f"备份文件 {backup} 无法用于恢复（{why}）。案件数据库未作任何改动。", backup)


def _check_backup(backup: Path) -> None:
    if not backup.is_file():
        raise BackupUnusableError(backup, "文件不存在")
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(backup), uri=True)) as connection:
            check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except (sqlite3.Error, UnicodeDecodeError) as error:
        raise BackupUnusableError(backup, "不是完好的 SQLite 数据库") from error
    if check != ["ok"]:
        raise BackupUnusableError(backup, "完整性检查未通过")
    if "alembic_version" not in tables or "cases" not in tables:
        raise BackupUnusableError(backup, "不是本程序的案件数据库")


def _copy_checked(backup: Path, target: Path) -> None:
    with contextlib.closing(sqlite3.connect(read_only_uri(backup), uri=True)) as source, \
            contextlib.closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # standalone until open_database switches it to WAL
        check = [row[0] for row in copy.execute("PRAGMA integrity_check")]
    if check != ["ok"]:
        raise BackupUnusableError(backup, "复制后的完整性检查未通过")


def _move_aside(database: Path) -> Path | None:
    """The database and its companions into a new ``backups/damaged-YYYYmmdd-HHMMSS-…/`` folder, under
    their own names, so SQLite still pairs the -wal with its database if someone opens the copy."""
    present = [Path(f"{database}{suffix}") for suffix in _DATABASE_COMPANIONS if Path(f"{database}{suffix}").exists()]
    if not present:
        return None
    parent = make_private_folder(backups_dir(database))
    folder = Path(tempfile.mkdtemp(prefix=f"damaged-{datetime.now():%Y%m%d-%H%M%S}-", dir=parent))
    for path in present:
        os.replace(path, folder / path.name)
    return folder


def restore_backup(database: Path, backup: Path | None = None) -> RestoredDatabase:
    """Replace ``database`` by ``backup`` (default: the newest in ``backups/``). Raises
    :class:`StorageError` (in Chinese); before step (3) a failure leaves everything as it was."""
    database = database.absolute()
    chosen = Path(backup).absolute() if backup else newest_backup(database)
    if chosen is None:
        raise StorageError(f"没有找到案件数据库 {database} 的备份（{backups_dir(database)} 中没有备份文件）。", database)
    if chosen == database:
        raise BackupUnusableError(chosen, "这就是要恢复的数据库本身")
    _check_backup(chosen)
    with translated_errors(database):
        database.parent.mkdir(parents=True, exist_ok=True)
        partial = temporary_sibling(database)
        try:
            _copy_checked(chosen, partial)
            replaced = _move_aside(database)
            os.replace(partial, database)
        finally:
            partial.unlink(missing_ok=True)
        make_private_file(database)
    opened = open_database(database, daily_backup=False)
    try:
        with opened.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0
    finally:
        opened.close()
    return RestoredDatabase(database, chosen, replaced, int(count))
