"""The case wizard: pages of facts, the live result beside them, autosave, and no accidental loss.

Branching is the interview's (``core/interview.py``); the pages only ask it. Answers live in
:class:`CaseAnswers`; every page change saves at once and typing saves after a short pause.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QVBoxLayout, QWidget, QWizard

from liability_wizard.core.case import Case, CaseFormatError
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.interview import Page, is_asked, page_asking, required_missing
from liability_wizard.gui.case_answers import CaseAnswers
from liability_wizard.gui.icons import action_icon
from liability_wizard.gui.keyboard import CASE_UNDO, guard_mnemonics
from liability_wizard.gui.result_panel import ResultPanel
from liability_wizard.gui.step_list import StepList
from liability_wizard.gui.wizard_pages import FactPage, required_message

#: Typing is saved this long after the last keystroke.
AUTOSAVE_DELAY_MS = 2000
#: The live result follows the answers this long after the last change.
EVALUATE_DELAY_MS = 250
#: Below this many logical pixels of screen width the result panel starts hidden.
NARROW_SCREEN = 1000

SaveCase = Callable[[Case, Page], None]
#: The case's stored evaluation snapshots, newest first (``CaseRepository.snapshots``).
History = Callable[[], list]
RememberPage = Callable[[Page], None]


class CaseWizard(QWizard):
    """Edits one case. ``save(case, page)`` stores it (raising a StorageError-like exception with a
    Chinese ``message`` on failure); ``letterRequested`` asks the owner to preview the letter."""

    letterRequested = Signal(object, object)  # Case, Evaluation
    saved = Signal(object)  # Case

    def __init__(self, case: Case | dict[str, Any], save: SaveCase, remember_page: RememberPage | None = None,
                 start_page: Page = Page.PARTIES, parent: QWidget | None = None,
                 history: History | None = None) -> None:
        """``case`` is a stored case, or the JSON dict of a new one that is not valid yet (no
        transaction date): it is stored on the first save that succeeds."""
        super().__init__(parent)
        guard_mnemonics()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, history is not None)
        self.setButtonText(QWizard.WizardButton.CustomButton3, self.tr("案件历史(&Y)…"))
        self._history = history
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("意见书预览(&L)"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("结果栏(&R)"))
        self.button(QWizard.WizardButton.CustomButton2).setCheckable(True)
        self.button(QWizard.WizardButton.CustomButton2).setChecked(True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("关闭(&C)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成(&F)"))
        self.answers = CaseAnswers(case, self)
        self.answers.changed.connect(self._edited)
        self._save = save
        self._remember_page = remember_page
        self._dirty = False
        self.saved_case: Case | None = case if isinstance(case, Case) else None
        self._update_title()

        self.pages: dict[Page, FactPage] = {}
        for page in Page:
            fact_page = FactPage(page, self.answers, self)
            self.setPage(int(page), fact_page)
            self.pages[page] = fact_page

        self.result_panel = ResultPanel(self)
        self.result_panel.factRequested.connect(self.go_to_fact)
        self.result_note = QLabel(self)
        self.result_note.setObjectName("result_note")
        self.result_note.setWordWrap(True)
        self.result_note.setStyleSheet("color: #8a5a00;")
        self.result_note.hide()
        self.status = QLabel(self)
        self.status.setObjectName("autosave_status")
        self.status.setWordWrap(True)
        self.steps = StepList(self)
        self.steps.pageRequested.connect(self.go_to_page)
        review = self.pages[Page.CONCLUSION].review
        assert review is not None
        review.factRequested.connect(self.go_to_fact)
        review.pageRequested.connect(self.go_to_page)
        self.side = side = QWidget(self)
        self.result_side = result_side = QWidget(side)
        result_layout = QVBoxLayout(result_side)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_note)
        result_layout.addWidget(self.result_panel, 1)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        steps_column = QVBoxLayout()
        steps_column.addWidget(self.steps, 1)
        steps_column.addWidget(self.status)
        side_layout.addLayout(steps_column)
        side_layout.addWidget(result_side, 1)
        self.setSideWidget(side)
        self.undo_action = self.answers.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.answers.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.addActions([self.undo_action, self.redo_action])
        self.setProperty(CASE_UNDO, True)
        self.undo_stack = self.answers.undo_stack
        history_button = [QWizard.WizardButton.CustomButton3] if history is not None else []
        self.setButtonLayout([QWizard.WizardButton.HelpButton, QWizard.WizardButton.CustomButton1,
                              QWizard.WizardButton.CustomButton2, *history_button,
                              QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        for button, icon in ((QWizard.WizardButton.HelpButton, "help-circle"), (QWizard.WizardButton.CustomButton1, "eye"),
                             (QWizard.WizardButton.CustomButton3, "history")):
            self.button(button).setIcon(action_icon(icon))
        self.undo_action.setIcon(action_icon("arrow-back-up"))
        self.redo_action.setIcon(action_icon("arrow-forward-up"))
        undo_row = QHBoxLayout()  # undo is visible, not only Ctrl+Z; the tooltips name the answer undone
        for action in (self.undo_action, self.redo_action):
            button = QToolButton(side)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Z / Ctrl+Shift+Z from the keyboard
            undo_row.addWidget(button)
        undo_row.addStretch(1)
        steps_column.addLayout(undo_row)
        self.helpRequested.connect(self._show_help)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.currentIdChanged.connect(lambda _id: self._show_path())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_now)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self._show_help)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS, timeout=self.save_now)
        self._evaluate = QTimer(self, singleShot=True, interval=EVALUATE_DELAY_MS, timeout=self.refresh_result)
        self.resize(1280, 720)
        self._start_page = start_page
        self.refresh_result()

    # --- navigation -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        screen = self.screen().availableGeometry()
        if self.width() > screen.width() or self.height() > screen.height():
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height() - 30))
            self.move(screen.topLeft())
        if screen.width() < NARROW_SCREEN:  # the questions need the room; the panel is one click away
            self.button(QWizard.WizardButton.CustomButton2).setChecked(False)
            self.result_side.hide()
        if self._start_page is not Page.PARTIES:
            page = self._start_page
            self.go_to_page(page)
            self._start_page = Page.PARTIES

    def go_to_page(self, target: Page) -> None:
        """Walk to ``target`` with Back/Next, so the history (and Back) stays right."""
        if self.currentId() == -1:
            self.restart()
        if target in self.visitedIds() or target < self.currentId():
            while self.currentId() != int(target) and len(self.visitedIds()) > 1:
                self.back()
            return
        if not is_asked(target, self.answers.data):
            return
        while self.currentId() < int(target):
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # blocked: the page is not complete (empty title)
                return

    def go_to_fact(self, path: str) -> None:
        """Jump to the question asking ``path``, focus it and flash its label so the eye finds it (P10)."""
        page = page_asking(path)
        self.go_to_page(page)
        fact_page = self.pages[page]
        editor = fact_page.editors.get(path)
        if editor is not None:
            fact_page.scroll.ensureWidgetVisible(editor)
            editor.setFocus(Qt.FocusReason.TabFocusReason)
            label = fact_page.labels[path]
            label.setStyleSheet("background: #ffe58a; font-weight: bold;")
            QTimer.singleShot(1500, label, lambda: label.setStyleSheet(""))  # context: not after the label is gone

    def current_page(self) -> Page:
        return Page(self.currentId()) if self.currentId() >= 0 else Page.PARTIES

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0 or self._start_page is not Page.PARTIES:
            return  # not while walking to the page the case was left on
        if not self._dirty and self._remember_page is not None:
            self._report_failure(self._remember_page, Page(page_id))
        self.save_now()
        if self._evaluate.isActive():  # the next page shows the result of what was just answered
            self._evaluate.stop()
            self.refresh_result()

    def _show_path(self) -> None:
        summary = self.pages[Page.CONCLUSION].path_summary
        assert summary is not None
        current = None if not self.result_note.isHidden() else self.result_panel.evaluation  # not a stale one
        summary.show_path([Page(i) for i in self.visitedIds()], current)
        review = self.pages[Page.CONCLUSION].review
        if review is not None and self.current_page() is Page.CONCLUSION:
            review.show_review(self.answers.data, current, date.today())
        self.steps.show_steps(self.answers.data, self.current_page(), {Page(i) for i in self.visitedIds()})

    def _show_help(self) -> None:
        """F1 / 帮助: the focused question's plain-language help, else the page's 为什么问这个."""
        page = self.pages[self.current_page()]
        focused = self.focusWidget()
        for path, editor in page.editors.items():
            if focused is not None and (focused is editor or editor.isAncestorOf(focused)):
                page.show_help(path)
                return
        QMessageBox.information(self, self.tr("为什么问这个"), page.why)

    def _update_title(self) -> None:
        title = self.answers.get("title") or self.tr("（未命名）")
        self.setWindowTitle(self.tr("案件向导 — %1").replace("%1", title))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.request_letter()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.result_side.setVisible(self.button(QWizard.WizardButton.CustomButton2).isChecked())
        elif which == QWizard.WizardButton.CustomButton3.value:
            self.show_history()

    def show_history(self) -> None:
        from liability_wizard.gui.case_history import CaseHistoryDialog

        if self._history is None:
            return
        try:
            snapshots = self._history()
        except Exception as exc:  # storage failures carry a Chinese message for the user
            if getattr(exc, "message", None) is None:
                raise
            QMessageBox.warning(self, self.tr("案件历史"), exc.message)  # type: ignore[attr-defined]
            return
        CaseHistoryDialog(snapshots, self.answers.data, self.answers.restore, self).exec()

    def request_letter(self) -> None:
        self.save_now()
        self.refresh_result()
        if self.saved_case is not None and self.result_panel.evaluation is not None and not self._dirty:
            self.letterRequested.emit(self.saved_case, self.result_panel.evaluation)

    # --- answers, evaluation, saving ----------------------------------------------------------

    def _edited(self, path: str) -> None:
        self._dirty = True
        self.status.setText(self.tr("有未保存的修改"))
        if path == "title":
            self._update_title()
        self._autosave.start()
        self._evaluate.start()
        self.steps.show_steps(self.answers.data, self.current_page(), {Page(i) for i in self.visitedIds()})

    def missing_required(self) -> str | None:
        """The first fact a case cannot be saved without, as the field's own plain message."""
        for page in (Page.PARTIES, Page.TRANSACTION):
            for path in required_missing(page, self.answers.data):
                return required_message(path)
        return None

    def refresh_result(self) -> None:
        """Evaluate the answers; while they are not a valid case the panel keeps the last good
        evaluation and says so above it (review P6)."""
        try:
            case = self.answers.to_case()
        except CaseFormatError:
            if self.result_panel.evaluation is None:
                self.result_panel.show_message(self.tr("填写事实后，这里显示评估结果。"))
            self.result_note.setText(self.tr("有必填项未填写（%1），结果栏显示上一次的评估。")
                                     .replace("%1", self.missing_required() or self.tr("见页面上的红字")))
            self.result_note.setVisible(True)
        else:
            from liability_wizard.core.evaluator import evaluate_case

            evaluation: Evaluation = evaluate_case(case)
            self.result_panel.show_evaluation(evaluation)
            self.result_note.hide()
        self._show_path()

    def save_now(self) -> bool:
        """Store the answers if they changed; ``False`` when they could not be stored."""
        self._autosave.stop()
        if not self._dirty:
            return True
        try:
            case = self.answers.to_case()
        except CaseFormatError as exc:
            self.status.setText(self.tr("未保存：") + (self.missing_required() or exc.message))
            return False
        if not self._report_failure(self._save, case, self.current_page()):
            return False
        self._dirty = False
        self.saved_case = case
        self.status.setText(self.tr("已自动保存"))
        self.saved.emit(case)
        return True

    def _report_failure(self, store: Callable[..., None], *args: object) -> bool:
        try:
            store(*args)
        except Exception as exc:  # storage failures carry a Chinese message for the user
            message = getattr(exc, "message", None)
            if message is None:
                raise
            self.status.setText(self.tr("未保存：") + message)
            return False
        return True

    @property
    def untouched(self) -> bool:
        """Nothing was ever changed in this window (a new case closed like this is not kept)."""
        return self.answers.undo_stack.count() == 0

    def done(self, result: int) -> None:
        """Finish, Close, Esc and the window's close box all come here: save first, and ask before
        throwing away edits that cannot be saved."""
        if not self.untouched and not self.save_now():
            answer = QMessageBox.warning(
                self, self.tr("修改尚未保存"),
                self.tr("有修改无法保存：%1\n\n仍然关闭并放弃这些修改吗？")
                .replace("%1", self.missing_required() or self.status.text()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.untouched or self.save_now():
            event.accept()
            super().closeEvent(event)
            return
        event.ignore()
        self.done(QWizard.DialogCode.Rejected)
