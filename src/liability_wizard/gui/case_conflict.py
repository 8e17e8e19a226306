"""Two lawyers saved the same case: "此案件已由 李明 于 14:02 修改" and the three ways on.

The save that met a newer version was refused and overwrote nothing. Whichever way the user goes,
the version not kept as the case's facts is stored in the case's history (案件历史), so both stay:

* 查看对方的修改 — shows, question by question, their answer beside mine (the dialog stays open);
* 保留我的修改（另存为新版本） — mine is saved as the newest version, theirs goes into the history;
* 放弃我的修改 — theirs stays and is loaded into the window (Ctrl+Z brings mine back), mine goes
  into the history.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

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

from liability_wizard.core.interview import answer_at
from liability_wizard.gui.case_history import changed_questions
from liability_wizard.gui.questions import plain_label, question_of
from liability_wizard.gui.review import answer_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from liability_wizard.storage.errors import CaseChangedError


class Choice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


class CaseConflictDialog(QDialog):
    """``choice`` is set when the dialog is accepted; closing it decides nothing (mine stays unsaved in
    the window and the next save asks again)."""

    def __init__(self, error: CaseChangedError, theirs: Mapping[str, Any], mine: Mapping[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件已被他人修改"))
        self.choice: Choice | None = None
        who = error.updated_by or self.tr("其他用户")
        when = error.updated.astimezone() if error.updated else None
        if when is None:
            headline = self.tr("此案件已由 %1 修改。").replace("%1", who)
        else:
            shown = when.strftime("%H:%M") if when.date() == date.today() else when.strftime("%Y-%m-%d %H:%M")
            headline = self.tr("此案件已由 %1 于 %2 修改。").replace("%1", who).replace("%2", shown)
        self.headline = QLabel(headline, self)
        self.headline.setObjectName("conflict_headline")
        self.headline.setStyleSheet("font-weight: bold;")
        note = QLabel(self.tr("您的修改尚未保存，对方的修改也未被覆盖。无论选择哪一项，两个版本都会保留在“案件历史”中。"),
                      self)
        note.setWordWrap(True)

        changed = [p for p in changed_questions(theirs, mine) if question_of(p) is not None]
        self.differences = QTableWidget(len(changed), 3, self)
        self.differences.setHorizontalHeaderLabels([self.tr("问题"), self.tr("对方的回答"), self.tr("我的回答")])
        self.differences.verticalHeader().hide()
        self.differences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, path in enumerate(changed):
            question = question_of(path)
            assert question is not None
            cells = (plain_label(question.label), answer_text(path, answer_at(theirs, path), theirs),
                     answer_text(path, answer_at(mine, path), mine))
            for column, text in enumerate(cells):
                self.differences.setItem(row, column, QTableWidgetItem(text))
        if not changed:  # only something outside the questions differs (say, where the wizard was left)
            self.differences.setRowCount(1)
            self.differences.setItem(0, 0, QTableWidgetItem(self.tr("各问题的回答相同")))
        self.differences.resizeColumnsToContents()
        self.differences.horizontalHeader().setStretchLastSection(True)
        self.differences.hide()

        self.view_button = QPushButton(self.tr("查看对方的修改(&V)"), self)
        self.view_button.setCheckable(True)
        self.view_button.toggled.connect(self._show_differences)
        self.keep_button = QPushButton(self.tr("保留我的修改（另存为新版本）(&K)"), self)
        self.discard_button = QPushButton(self.tr("放弃我的修改(&D)"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.view_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.discard_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(note)
        layout.addWidget(self.differences, 1)
        layout.addWidget(buttons)
        self.resize(680, 0)

    def _show_differences(self, shown: bool) -> None:
        self.differences.setVisible(shown)
        self.adjustSize()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
