"""Edits kept on this computer while the firm's server cannot be reached, saved when it is back.

One private JSON file per case (``0600`` in a ``0700`` folder under the user data folder: client
data), replaced atomically by each newer edit of the same case. Each file names the server it
belongs to, so edits queued for one server are never sent to another; and it keeps the case
``version`` the edit was made on, so that saving it later still refuses to overwrite someone
else's newer save (:class:`~liability_wizard.storage.errors.CaseChangedError`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liability_wizard.private_files import make_private_folder, write_file_atomically
from liability_wizard.storage.location import default_database_path

FOLDER_NAME = "offline-edits"


def default_folder() -> Path:
    return default_database_path().parent / FOLDER_NAME


@dataclass(frozen=True)
class QueuedEdit:
    address: str
    case_id: int
    expected_version: int | None
    page: str | None
    facts: dict[str, Any]  # the .lwcase JSON


class OfflineQueue:
    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        # Found when first needed: the main window makes its queue before the first paint, and finding
        # the data folder imports platformdirs (~30 ms).
        if self._folder is None:
            self._folder = default_folder()
        return self._folder

    def _file(self, address: str, case_id: int) -> Path:
        server = hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{server}-{case_id}.json"

    def put(self, edit: QueuedEdit) -> Path:
        make_private_folder(self.folder)
        record = {"address": edit.address, "case_id": edit.case_id, "expected_version": edit.expected_version,
                  "page": edit.page, "facts": edit.facts}
        return write_file_atomically(self._file(edit.address, edit.case_id),
                                     json.dumps(record, ensure_ascii=False).encode("utf-8"))

    def entries(self, address: str) -> list[QueuedEdit]:
        """The edits waiting for ``address``, oldest first. A file that cannot be read is left where it
        is (never deleted: it may be the only copy of an edit) and skipped."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                edit = QueuedEdit(str(record["address"]), int(record["case_id"]), record["expected_version"],
                                  record["page"], dict(record["facts"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if edit.address == address:
                found.append(edit)
        return found

    def remove(self, address: str, case_id: int) -> None:
        self._file(address, case_id).unlink(missing_ok=True)
