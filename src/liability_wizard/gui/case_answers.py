"""The case being edited: the answers live here, as the case's JSON dict, never in the widgets."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.core.interview import fact


class CaseAnswers(QObject):
    """The JSON dict of one case; every page reads and writes it by dotted path."""

    edited = Signal(str)  # the path that changed

    def __init__(self, case: Case, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Only the keys the case holds: untouched questions stay absent (read as null / [] / "").
        self.data: dict[str, Any] = copy.deepcopy(case.to_json_dict())

    def get(self, path: str) -> Any:
        return fact(self.data, path)

    def set(self, path: str, value: Any) -> None:
        if self.get(path) == value:
            return
        *parents, key = path.split(".")
        node = self.data
        for part in parents:
            node = node.setdefault(part, {})
        node[key] = value
        self.edited.emit(path)

    def to_case(self) -> Case:
        """The answers as a valid case; raises CaseFormatError (e.g. an empty title)."""
        return case_from_json_dict(self.data)
