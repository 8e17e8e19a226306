"""案件历史: the evaluation snapshots stored with each letter, as a list a lawyer can read — when,
which outcome, what has changed since — with "restore this version" (an undoable step)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liability_wizard.core.interview import PAGE_FACTS, answer_at
from liability_wizard.gui.icons import action_icon
from liability_wizard.gui.outcome_labels import PLATFORM_LIABLE_NAMES, name
from liability_wizard.gui.questions import plain_label, question_of
from liability_wizard.storage.records import NO_LETTER


def changed_questions(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The questions whose answers differ between two versions of a case, in interview order."""
    return [path for paths in PAGE_FACTS.values() for path in paths if answer_at(before, path) != answer_at(after, path)]


class CaseHistoryDialog(QDialog):
    """Lists ``snapshots`` (newest first); ``restore(case_facts)`` is called for the chosen version."""

    def __init__(self, snapshots: Sequence[Any], current: Mapping[str, Any],
                 restore: Callable[[dict[str, Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件历史"))
        self.snapshots = list(snapshots)
        self._restore = restore
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("每次出具意见书时、以及两人同时修改时保存的版本（最新的在前）："), self))
        self.table = QTableWidget(len(self.snapshots), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("结论"), self.tr("此后改动的问题")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, snapshot in enumerate(self.snapshots):
            changed = changed_questions(snapshot.case_facts, current)
            labels = "、".join(plain_label(q.label) for p in changed if (q := question_of(p)))
            outcome = name(PLATFORM_LIABLE_NAMES, snapshot.platform_liable or "")
            if snapshot.letter_sha256 == NO_LETTER:  # the other side of an edit conflict: no letter made
                outcome = self.tr("%1（修改冲突时保留，未出具意见书）").replace("%1", outcome)
            cells = (snapshot.created.astimezone().strftime("%Y-%m-%d %H:%M"), outcome,
                     labels or self.tr("无改动"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        if not self.snapshots:
            layout.addWidget(QLabel(self.tr("尚无历史版本：出具（预览）意见书时会保存一个版本。"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("恢复此版本(&V)"), self)
        self.restore_button.setIcon(action_icon("restore"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        layout.addWidget(buttons)
        self.resize(760, 380)

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._restore(dict(self.snapshots[rows[0].row()].case_facts))
            self.accept()

