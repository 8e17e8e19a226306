"""File dialogs: they start in the user's Documents folder (review P14), not the program's working
directory, which for a double-clicked program is somewhere the user never looks; and where Qt draws
the dialog itself (no native one on the desktop) it opens wide enough for its date column and its
side bar, which at Qt's default size are cut off ("30 11 2…6", "计…")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QSplitter, QTreeView, QWidget

#: Qt's own file dialog: room for name, size, type and a readable modification date at 1366×768.
DIALOG_SIZE = (900, 520)
SIDE_BAR_WIDTH = 170
#: Widths of the detail view's columns after the name: size, type, date modified.
COLUMN_WIDTHS = (90, 120, 150)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(file_name: str = "") -> str:
    """A dialog's start path: a suggested file name inside Documents (or Documents itself)."""
    return str(documents_folder() / file_name) if file_name else str(documents_folder())


def file_dialog(parent: QWidget | None, caption: str, start: str, file_filter: str,
                mode: QFileDialog.AcceptMode, file_mode: QFileDialog.FileMode) -> QFileDialog:
    """A file dialog as the static QFileDialog functions make it (native where the desktop has one)."""
    dialog = QFileDialog(parent, caption, start, file_filter)
    dialog.setAcceptMode(mode)
    dialog.setFileMode(file_mode)
    splitter = dialog.findChild(QSplitter)
    if splitter is not None:  # Qt's own dialog, not a native one
        dialog.resize(*DIALOG_SIZE)
        splitter.setSizes([SIDE_BAR_WIDTH, DIALOG_SIZE[0] - SIDE_BAR_WIDTH])
        header = dialog.findChild(QTreeView).header()
        header.resizeSection(0, DIALOG_SIZE[0] - SIDE_BAR_WIDTH - sum(COLUMN_WIDTHS) - 40)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(column, width)
    return dialog


def open_file_names(parent: QWidget | None, caption: str, start: str, file_filter: str) -> list[str]:
    dialog = file_dialog(parent, caption, start, file_filter, QFileDialog.AcceptMode.AcceptOpen,
                         QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() else []


def open_file_name(parent: QWidget | None, caption: str, start: str, file_filter: str) -> str:
    dialog = file_dialog(parent, caption, start, file_filter, QFileDialog.AcceptMode.AcceptOpen,
                         QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file_name(parent: QWidget | None, caption: str, start: str, file_filter: str) -> str:
    dialog = file_dialog(parent, caption, start, file_filter, QFileDialog.AcceptMode.AcceptSave,
                         QFileDialog.FileMode.AnyFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
