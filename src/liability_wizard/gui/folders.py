"""Where file dialogs start: the user's Documents folder (review P14), not the program's working
directory, which for a double-clicked program is somewhere the user never looks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(file_name: str = "") -> str:
    """A dialog's start path: a suggested file name inside Documents (or Documents itself)."""
    return str(documents_folder() / file_name) if file_name else str(documents_folder())
