"""``liability-wizard cases export --all DIR``: every case as a ``.lwcase`` file, a portable copy of the
whole database that any copy of the program can import (from the firm's server or a SQLite file alike).

Cases in the trash go to the ``回收站`` subfolder, so that importing the folder's top level brings back
the live cases only. Each file is named ``ID 案件名称.lwcase``: the id keeps two cases with the same
title apart, and the title lets a person find a case without the program.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from liability_wizard.private_files import make_private_folder

if TYPE_CHECKING:
    from liability_wizard.storage.repository import CaseRepository

TRASH_FOLDER = "回收站"
FILE_SUFFIX = ".lwcase"
TITLE_LENGTH = 60  # characters of the title kept in a file name (most file systems allow 255 bytes)
# Characters Windows, macOS or Linux refuse in file names, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def file_name(case_id: int, title: str) -> str:
    cleaned = _UNSAFE.sub("_", title).strip(" .") or "案件"
    return f"{case_id:06d} {cleaned[:TITLE_LENGTH]}{FILE_SUFFIX}"


class ExportFolderError(Exception):
    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _prepare(folder: Path) -> None:
    """A new or empty folder: files of an earlier export beside this one would mix two points in time."""
    if folder.exists() and not folder.is_dir():
        raise ExportFolderError(f"{folder} 不是文件夹。")
    if folder.is_dir() and any(folder.iterdir()):
        raise ExportFolderError(f"目标文件夹 {folder} 不是空的；请指定一个新的或空的文件夹（例如带日期的文件夹名）。")
    try:
        make_private_folder(folder)  # client data: readable by the user only, as the database is
    except OSError as error:
        raise ExportFolderError(f"无法创建文件夹 {folder}：{error.strerror or error}") from error


def export_all(repo: CaseRepository, folder: Path) -> tuple[int, int]:
    """Write every case (live, then trashed) into ``folder``; returns (live, trashed) counts."""
    from liability_wizard.core.case import write_case_file
    from liability_wizard.storage.records import CaseQuery

    _prepare(folder)
    counts = []
    for in_trash, target in ((False, folder), (True, folder / TRASH_FOLDER)):
        summaries = repo.list_cases(CaseQuery(in_trash=in_trash, sort="created", descending=False, limit=None)).items
        if summaries and in_trash:
            make_private_folder(target)
        for summary in summaries:
            path = target / file_name(summary.id, summary.title)
            try:
                write_case_file(repo.load(summary.id).case, path)
            except OSError as error:
                raise ExportFolderError(f"无法写入 {path}：{error.strerror or error}。"
                                        "已写入的文件保留在文件夹中。") from error
        counts.append(len(summaries))
    return counts[0], counts[1]


def run(repo: CaseRepository, folder: str) -> int:
    try:
        live, trashed = export_all(repo, Path(folder))
    except ExportFolderError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(f"已导出 {live} 件案件到 {folder}" + (f"，回收站中的 {trashed} 件在 {TRASH_FOLDER} 子文件夹中" if trashed else "")
          + "。")
    return 0
