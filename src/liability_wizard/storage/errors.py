"""Storage failures the GUI and the CLI show to the user: each carries a Chinese ``message``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

RESTORE_HINT = ("可在桌面程序中用菜单“案件 → 从备份恢复…”，或运行 liability-wizard cases restore-backup "
                "恢复（原文件会移到 backups 文件夹中保留）。")


class StorageError(Exception):
    """Base of every failure this package reports; ``message`` is ready to show to a lawyer."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(message)


class DatabaseCorruptError(StorageError):
    """The file is not a SQLite database or is damaged. It is left untouched; ``newest_backup``
    (if any) is what the GUI should offer to restore."""

    def __init__(self, path: Path, newest_backup: Path | None, detail: str = "") -> None:
        self.newest_backup = newest_backup
        offer = (f"最新的备份是 {newest_backup}，{RESTORE_HINT}" if newest_backup
                 else "没有找到可用的备份。")
        why = f"（{detail}）" if detail else ""
        super().__init__(f"案件数据库 {path} 已损坏或不是本程序的数据库{why}。"
                         f"原文件未作任何改动。{offer}", path)


class DatabaseMissingError(StorageError):
    """The database file is gone but its backups are beside it: a new empty database would hide
    them (and push them out of the rotation), so nothing is created."""

    def __init__(self, path: Path, newest_backup: Path) -> None:
        self.newest_backup = newest_backup
        super().__init__(f"案件数据库 {path} 不存在，但旁边的 backups 文件夹中有备份。未创建新的空数据库。"
                         f"最新的备份是 {newest_backup}，{RESTORE_HINT}", path)


class DatabaseTooNewError(StorageError):
    """The database was migrated by a newer version of the program than this one."""

    def __init__(self, path: Path, revision: str) -> None:
        self.revision = revision
        super().__init__(f"案件数据库 {path} 由更新版本的程序创建（结构版本 {revision}），"
                         "请先升级本程序。", path)


class DatabaseUnwritableError(StorageError):
    """The database or its folder cannot be written (read-only location, permissions, locked media)."""

    def __init__(self, path: Path, detail: str = "") -> None:
        why = f"（{detail}）" if detail else ""
        super().__init__(f"无法写入案件数据库 {path}：所在位置只读或没有写入权限{why}。"
                         "本次操作未保存任何内容。", path)


class DiskFullError(DatabaseUnwritableError):
    def __init__(self, path: Path) -> None:
        StorageError.__init__(self, f"磁盘空间已满，无法写入案件数据库 {path}。本次操作未保存任何内容，"
                                    "已保存的案件不受影响；请清理磁盘后重试。", path)


class DatabaseBusyError(StorageError):
    """Another program instance held the write lock for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"案件数据库 {path} 正被另一个程序窗口占用，本次操作未保存；请稍后重试。", path)


class CaseNotFoundError(StorageError, LookupError):
    """No such case, or not in the state the operation needs (restoring a case that is not in the trash)."""

    def __init__(self, case_id: int, message: str | None = None) -> None:
        self.case_id = case_id
        super().__init__(message or f"数据库中没有编号为 {case_id} 的案件。")


class CaseChangedError(StorageError):
    """The case was saved by someone else (or another window) since it was loaded: the save was refused
    and nothing was overwritten. The GUI offers to view their version, keep mine as a new case, or
    discard mine; ``updated_by`` and ``updated`` (aware UTC) say who and when."""

    def __init__(self, case_id: int, updated_by: str | None, updated: datetime | None,
                 current_version: int | None) -> None:
        self.case_id = case_id
        self.updated_by = updated_by
        self.updated = updated
        self.current_version = current_version
        who = updated_by or "其他用户"
        when = f" 于 {updated.astimezone().strftime('%H:%M')}" if updated else ""
        super().__init__(f"此案件已由 {who}{when} 修改，您的修改未保存（对方的修改也未被覆盖）。")
