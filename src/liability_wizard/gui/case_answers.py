"""The case being edited: the answers live here, as the case's JSON dict, never in the widgets.

Every change goes through a :class:`QUndoStack`, so Ctrl+Z / Ctrl+Shift+Z step back and forth
across fields within the open case. An unanswered question is an absent key; 不清楚 is ``null``.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.core.interview import ABSENT, answer_at, fact
from liability_wizard.gui.questions import question_label

#: Where ``date_precision`` lives; its keys are dotted paths themselves, so it is not addressed by path.
PRECISION = "date_precision"


class _AnswerChange(QUndoCommand):
    """One answer changed; typing into the same field merges into one step."""

    def __init__(self, answers: CaseAnswers, path: str, before: Any, after: Any) -> None:
        # Named by its question: the undo button's tooltip reads "撤销 价款（元）", not a file path.
        super().__init__(question_label(path.partition("\t")[2] if path.startswith(PRECISION) else path))
        self.answers, self.path, self.before, self.after = answers, path, before, after

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _AnswerChange) or other.path != self.path or not isinstance(self.after, str) \
                or self.path.startswith(PRECISION):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.answers._write(self.path, self.after)

    def undo(self) -> None:
        self.answers._write(self.path, self.before)


class _Restore(QUndoCommand):
    """The whole case replaced by an earlier version (案件历史 → 恢复此版本)."""

    def __init__(self, answers: CaseAnswers, data: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("CaseAnswers", "恢复的历史版本"))
        self.answers, self.before, self.after = answers, copy.deepcopy(answers.data), copy.deepcopy(data)

    def redo(self) -> None:
        self.answers._replace(self.after)

    def undo(self) -> None:
        self.answers._replace(self.before)


class CaseAnswers(QObject):
    """The JSON dict of one case; every page reads and writes it by dotted path."""

    changed = Signal(str)  # the path that changed (by an edit, an undo or a redo)

    def __init__(self, case: Case | dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Only the keys the case holds: untouched questions stay absent (read as null / [] / "").
        data = case.to_json_dict() if isinstance(case, Case) else case
        self.data: dict[str, Any] = copy.deepcopy(data)
        self._loaded = copy.deepcopy(self.data)
        self.undo_stack = QUndoStack(self)

    def get(self, path: str) -> Any:
        """The answer, ``None`` for both unanswered and 不清楚 (as the evaluator reads it)."""
        return fact(self.data, path)

    def answer(self, path: str) -> Any:
        """The answer, :data:`ABSENT` when nobody answered."""
        return answer_at(self.data, path)

    def precision(self, path: str) -> str:
        return (self.data.get(PRECISION) or {}).get(path) or "day"

    def set(self, path: str, value: Any) -> None:
        before = self.answer(path)
        if before is not ABSENT and value is not ABSENT and before == value and type(before) is type(value):
            return
        if before is ABSENT and value is ABSENT:
            return
        self.undo_stack.push(_AnswerChange(self, path, copy.deepcopy(before), copy.deepcopy(value)))

    def set_date(self, path: str, value: Any, precision: str) -> None:
        """A date and its precision as one undo step. ``"day"`` (the default) is written only where the
        case held a precision for this date when opened, so a file keeps its keys (and its version)."""
        loaded = (self._loaded.get(PRECISION) or {}).get(path, ABSENT)
        wanted: Any = "month" if precision == "month" else (ABSENT if loaded is ABSENT else "day")
        if value is ABSENT or value is None:
            wanted = loaded
        changes = [(p, v) for p, v in ((path, value), (f"{PRECISION}\t{path}", wanted))
                   if self._differs(p, v)]
        if not changes:
            return
        self.undo_stack.beginMacro(path)
        for key, new in changes:
            self.undo_stack.push(_AnswerChange(self, key, copy.deepcopy(self._read(key)), new))
        self.undo_stack.endMacro()

    def _differs(self, key: str, value: Any) -> bool:
        before = self._read(key)
        return not (before is value or (before is not ABSENT and value is not ABSENT and before == value))

    def _read(self, key: str) -> Any:
        if key.startswith(PRECISION + "\t"):
            holder = self.data.get(PRECISION)
            path = key.partition("\t")[2]
            return holder[path] if isinstance(holder, dict) and path in holder else ABSENT
        return self.answer(key)

    def _write(self, key: str, value: Any) -> None:
        """Put ``value`` at ``key`` (``ABSENT`` removes it, and any object left empty that the case
        did not have when opened), then tell the pages."""
        if key.startswith(PRECISION + "\t"):
            parents, leaf = [PRECISION], key.partition("\t")[2]
        else:
            *parents, leaf = key.split(".")
        node = self.data
        chain = []
        for part in parents:
            if value is ABSENT and not isinstance(node.get(part), dict):
                break
            if not isinstance(node.get(part), dict):
                node[part] = {}
            chain.append((node, part))
            node = node[part]
        else:
            if value is ABSENT:
                node.pop(leaf, None)
                for holder, part in reversed(chain):  # tidy: no "{}" the file never had
                    prefix = [p for _h, p in chain[:chain.index((holder, part)) + 1]]
                    if holder[part] == {} and answer_at(self._loaded, ".".join(prefix)) is ABSENT:
                        del holder[part]
            else:
                node[leaf] = copy.deepcopy(value)
        self.changed.emit(key.partition("\t")[2] if key.startswith(PRECISION) else key)

    def restore(self, data: dict[str, Any]) -> None:
        """Go back to an earlier version of the case, as one step that Ctrl+Z takes back."""
        self.undo_stack.push(_Restore(self, data))

    def _replace(self, data: dict[str, Any]) -> None:
        self.data.clear()
        self.data.update(copy.deepcopy(data))
        self.changed.emit("")  # every answer may have changed

    def to_case(self) -> Case:
        """The answers as a valid case; raises CaseFormatError (e.g. an empty title)."""
        return case_from_json_dict(self.data).with_current_version()
