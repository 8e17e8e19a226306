"""案件 → 从备份恢复…: replace the case database by one of its backups, from the desktop program.

The restore itself is :func:`liability_wizard.storage.restore.restore_backup` (the old database and
its -wal/-shm are kept in ``backups/damaged-…``); this module closes what the window holds open
first — the wizards (each saves or asks) and the database — and reopens the restored database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from liability_wizard.gui.folders import open_file_name

if TYPE_CHECKING:
    from liability_wizard.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreBackup", text)


def database_of(window: MainWindow) -> Path:
    from liability_wizard.storage.location import database_path

    return window.repository.path if window.repository is not None else database_path(None).absolute()


def choose_and_restore(window: MainWindow) -> bool:
    """Ask which backup (the newest preselected), confirm, restore."""
    from liability_wizard.storage.backup import newest_backup
    from liability_wizard.storage.location import backups_dir

    database = database_of(window)
    newest = newest_backup(database)
    if newest is None:
        QMessageBox.information(window, _tr("从备份恢复"),
                                _tr("没有找到案件数据库 %1 的备份。").replace("%1", str(database)))
        return False
    path = open_file_name(window, _tr("选择要恢复的备份"), str(newest),
                          _tr("案件数据库备份 (*.sqlite3)"))
    if not path:
        return False
    answer = QMessageBox.question(
        window, _tr("从备份恢复"),
        _tr("用备份 %1 替换案件数据库 %2？\n当前的数据库会移到 %3 中保留，不会删除。")
        .replace("%1", path).replace("%2", str(database)).replace("%3", str(backups_dir(database))))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return restore_into(window, Path(path))


def restore_into(window: MainWindow, backup: Path) -> bool:
    """Close the wizards and the database, restore ``backup``, reopen; every outcome is a message box."""
    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.restore import restore_backup

    database = database_of(window)
    for wizard in list(window.wizards.values()):
        if not wizard.close():  # the user kept a wizard open: restore nothing
            return False
    if window.repository is not None:
        window.list_refresh.stop()  # its own connection to the file: closed before the file is moved
        window.repository.close()
        window.repository = None
    try:
        restored = restore_backup(database, backup)
    except StorageError as exc:
        QMessageBox.critical(window, _tr("无法从备份恢复"), exc.message)
        window.open_repository(database)
        return False
    opened = window.open_repository(database)
    if opened:
        QMessageBox.information(window, _tr("已从备份恢复"), restored.message)
    return opened
