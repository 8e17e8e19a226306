"""Copies of the database made with SQLite's online backup API (consistent even while another
program instance writes), kept in ``backups/`` beside the database."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from liability_wizard.private_files import PRIVATE_FILE_MODE, make_private_folder, temporary_sibling
from liability_wizard.storage.errors import DatabaseCorruptError
from liability_wizard.storage.location import backups_dir

KEEP_BACKUPS = 10
BACKUP_SUFFIX = ".sqlite3"
_BUSY_TIMEOUT_S = 10.0


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, oldest first (the names sort by time: ``STEM-YYYYmmdd-HHMMSS-NN-reason``)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    name = re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{2}}-.*{re.escape(BACKUP_SUFFIX)}")
    # An empty file is a name another instance has claimed and is still copying into (make_backup).
    return sorted(p for p in folder.iterdir() if name.fullmatch(p.name) and _holds_a_copy(p))


def _holds_a_copy(path: Path) -> bool:
    try:  # another instance's rotation may remove it under our feet
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def newest_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through the backup API. The copy is written beside the target and
    renamed into place, so a crash or a full disk never leaves a half-written file under that name.

    The copy is checked before it is kept: the backup API copies pages without reading them, and a
    damaged copy must never push the last good backups out of the rotation.
    """
    # A unique, private partial file (mkstemp: O_EXCL, 0600): two instances backing up at the same
    # moment never write into, rename or delete each other's copy (that race made SQLite report
    # SQLITE_READONLY_DBMOVED, shown as a false "read-only"), and a planted symlink is not followed.
    partial = temporary_sibling(target)
    try:
        with contextlib.closing(sqlite3.connect(source, timeout=_BUSY_TIMEOUT_S)) as src, \
                contextlib.closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # The copy is a standalone file: no -wal beside it to lose.
            dst.execute("PRAGMA journal_mode = DELETE")
            check = [row[0] for row in dst.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise DatabaseCorruptError(source, newest_backup(source), "；".join(check[:3]))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def make_backup(db_path: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """A dated backup in ``backups/``; then only the newest ``keep`` are kept."""
    folder = make_private_folder(backups_dir(db_path))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    counter = 1  # tells apart backups made within one second
    while True:  # claim the name with O_EXCL: another instance backing up now picks the next one
        target = folder / f"{db_path.stem}-{stamp}-{counter:02d}-{reason}{BACKUP_SUFFIX}"
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
            break
        except FileExistsError:
            counter += 1
    try:
        copy_database(db_path, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_is_due(db_path: Path, max_age: timedelta) -> bool:
    newest = newest_backup(db_path)
    if newest is None:
        return True
    age = datetime.now() - datetime.fromtimestamp(newest.stat().st_mtime)
    return age >= max_age
