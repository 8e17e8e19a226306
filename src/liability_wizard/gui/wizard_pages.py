"""One wizard page per group of facts, built from :mod:`questions`; ``nextId()`` asks the interview,
and so does each question's visibility (show-if, ``core/interview.py``)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liability_wizard.core.case import DATE_PATHS
from liability_wizard.core.interview import (
    Page,
    implausibilities,
    is_shown,
    next_page,
    open_questions,
    required_missing,
)
from liability_wizard.gui.answer_widgets import (
    TITLE_MAX,
    Checklist,
    ChoiceBox,
    DateField,
    InterruptionList,
    MoneyEdit,
    RadioChoice,
    TextBlock,
    TextLine,
    TriStateChoice,
)
from liability_wizard.gui.case_answers import CaseAnswers
from liability_wizard.gui.icons import action_icon
from liability_wizard.gui.path_summary import PathSummary
from liability_wizard.gui.questions import (
    PAGE_TEXTS,
    QUESTIONS,
    Question,
    mnemonic_label,
    plain_label,
    question_help,
    question_of,
    tr,
)
from liability_wizard.gui.review import ReviewSummary

_WARNINGS = {
    "future_date": QT_TRANSLATE_NOOP("FactPage", "日期晚于今天，请核对。"),
    "measures_before_notice": QT_TRANSLATE_NOOP("FactPage", "采取措施的日期早于通知日期，请核对。"),
    "continued_before_transaction": QT_TRANSLATE_NOOP("FactPage", "仍在线的日期早于交易日期，请核对。"),
    "discovered_before_transaction": QT_TRANSLATE_NOOP("FactPage", "知道损害的日期早于交易日期，请核对。"),
    "notice_date_without_notice": QT_TRANSLATE_NOOP(
        "FactPage", "填写了通知日期，但“平台收到过投诉或通知”未选“是”，请核对。"),
    "loss_after_notice_exceeds_loss": QT_TRANSLATE_NOOP("FactPage", "扩大的损失大于全部损失，请核对。"),
    "provided_but_seller_unknown": QT_TRANSLATE_NOOP(
        "FactPage", "选了“完整提供”，但“当事人与平台”页的卖家名称、地址、联系方式都是空的，请核对。"),
}
_REQUIRED = {
    "title": QT_TRANSLATE_NOOP("FactPage", "请填写案件名称"),
    "transaction.date": QT_TRANSLATE_NOOP("FactPage", "请填写交易日期（只知年月也可以，如 2023-05）"),
    "transaction.category": QT_TRANSLATE_NOOP("FactPage", "请选择类别"),
    "client_role": QT_TRANSLATE_NOOP("FactPage", "请选择委托人身份"),
}


def required_message(path: str) -> str:
    """The plain message shown beside an empty required field."""
    return QCoreApplication.translate("FactPage", _REQUIRED[path])


def _editor(question: Question, parent: QWidget) -> QWidget:
    choices = [(value, tr(label)) for value, label in question.choices]
    match question.kind:
        case "text":
            return TextLine(parent, TITLE_MAX if question.path == "title" else None)
        case "block" | "notes":
            return TextBlock(parent)
        case "tristate":
            return TriStateChoice(parent)
        case "date":
            return DateField(True, question.path in DATE_PATHS, parent)
        case "required_date":
            return DateField(False, question.path in DATE_PATHS, parent)
        case "money":
            return MoneyEdit(parent)
        case "choice":
            return ChoiceBox(choices, True, parent)
        case "required_choice":
            return ChoiceBox(choices, False, parent)
        case "radio":
            return RadioChoice(choices, parent)
        case "checklist":
            return Checklist(choices, 2, parent)
        case "interruptions":
            return InterruptionList(parent)
    raise ValueError(question.kind)


class FactPage(QWizardPage):
    """Shows the page's questions over the shared answers; writes each change straight into them."""

    edited = Signal(str)

    def __init__(self, page: Page, answers: CaseAnswers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.answers = answers
        text = PAGE_TEXTS[page]
        self.setTitle(tr(text.title))
        self.why = tr(text.why)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        self._loading = False
        self._storing = False

        body = QWidget()
        body_layout = QVBoxLayout(body)
        why = QLabel(self.tr("为什么问这个：") + self.why, body)
        why.setWordWrap(True)
        why.setObjectName("why")
        why.setStyleSheet("color: #555;")
        body_layout.addWidget(why)
        self.open_count = QLabel(body)
        self.open_count.setObjectName("open_count")
        body_layout.addWidget(self.open_count)
        # The review page opens with the way taken and the overall answer (filled in by the wizard).
        self.path_summary = PathSummary(body) if page is Page.CONCLUSION else None
        self.review = ReviewSummary(body) if page is Page.CONCLUSION else None
        if self.path_summary is not None:
            body_layout.addWidget(self.path_summary)
            body_layout.addWidget(self.review)
        self.form = form = QFormLayout()
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for question in QUESTIONS[page]:
            editor = _editor(question, body)
            editor.setObjectName(question.path)
            label = QLabel(mnemonic_label(tr(question.label), question.key), body)
            label.setBuddy(editor)  # no word wrap: QFormLayout mis-sizes wrapped labels; long rows wrap
            label_cell = QWidget(body)
            label_row = QHBoxLayout(label_cell)
            label_row.setContentsMargins(0, 0, 0, 0)
            label_row.setSpacing(2)
            label_row.addWidget(label)
            label_row.addWidget(self._help_button(question.path, label_cell))
            label_row.addStretch(1)
            help_text = question_help(question.path)
            if help_text is not None:
                label.setToolTip(help_text.what)
                editor.setToolTip(help_text.what)
            cell = QWidget(body)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor)
            message = QLabel(cell)
            message.setObjectName("message:" + question.path)
            message.setWordWrap(True)
            message.hide()
            cell_layout.addWidget(message)
            form.addRow(label_cell, cell)
            editor.changed.connect(lambda path=question.path, e=editor: self._store(path, e))
            self.editors[question.path] = editor
            self.labels[question.path] = label
            self.messages[question.path] = message
        # The page scrolls as a whole, so nothing is cut off on a small screen or at 200 % scaling.
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        answers.changed.connect(self._answer_changed)

    def _help_button(self, path: str, parent: QWidget) -> QToolButton:
        """The ⓘ beside a question: its help. Not a Tab stop (F1 on the field does the same)."""
        button = QToolButton(parent)
        button.setObjectName("help:" + path)
        button.setIcon(action_icon("info-circle"))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(self.tr("这个问题的说明（F1）"))
        button.clicked.connect(lambda: self.show_help(path))
        return button

    def help_html(self, path: str) -> str:
        """The question's help: what is asked, an example, and what evidence proves it."""
        found = question_help(path)
        if found is None:
            return escape(self.why)
        return (f"<p>{escape(found.what)}</p><p><b>{escape(self.tr('例：'))}</b>{escape(found.example)}</p>"
                f"<p><b>{escape(self.tr('证据：'))}</b>{escape(found.evidence)}</p>")

    def show_help(self, path: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, plain_label(question_of(path).label), self.help_html(path),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def initializePage(self) -> None:
        self.load()
        QTimer.singleShot(0, self.focus_first_question)

    def focus_first_question(self) -> None:
        """On arrival the first shown question has focus, its text selected, so typing replaces it (P5)."""
        for editor in self.editors.values():
            if editor.isVisibleTo(self):
                editor.setFocus(Qt.FocusReason.TabFocusReason)
                line = editor.line if isinstance(editor, DateField) else editor
                if isinstance(line, QLineEdit):
                    line.selectAll()
                return

    def load(self) -> None:
        """Show the answers as they are now (when entering the page, after an undo or an import)."""
        self._loading = True
        try:
            for path, editor in self.editors.items():
                self._show_answer(path, editor)
        finally:
            self._loading = False
        self.refresh()

    def _show_answer(self, path: str, editor: QWidget) -> None:
        if isinstance(editor, DateField):
            editor.set_value(self.answers.answer(path), self.answers.precision(path))
        else:
            editor.set_value(self.answers.answer(path))

    def _store(self, path: str, editor: QWidget) -> None:
        if self._loading:
            return
        self._storing = True
        try:
            if editor.problem() is None:  # what cannot be taken is explained; the case keeps its last good answer
                if isinstance(editor, DateField):
                    self.answers.set_date(path, editor.value(), editor.date_precision())
                else:
                    self.answers.set(path, editor.value())
        finally:
            self._storing = False
        self.refresh()
        self.edited.emit(path)

    def _answer_changed(self, path: str) -> None:
        """An undo or redo (or another page) changed an answer: show it, unless this page just wrote it."""
        if self._storing:
            return
        if not path:  # the whole case was replaced (an earlier version restored)
            self.load()
            return
        editor = self.editors.get(path)
        if editor is not None:
            self._loading = True
            try:
                self._show_answer(path, editor)
            finally:
                self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """Show-if, the message beside each field and the count of open questions."""
        data = self.answers.data
        for path, editor in self.editors.items():
            shown = is_shown(path, data)
            editor.parentWidget().setVisible(shown)
            self.labels[path].parentWidget().setVisible(shown)
        found: dict[str, tuple[str, str]] = {}
        for path in required_missing(self.page, data):
            found[path] = ("error", required_message(path))
        for path, reason in implausibilities(data, date.today()):
            if path in self.editors:
                found.setdefault(path, ("warning", QCoreApplication.translate("FactPage", _WARNINGS[reason])))
        for path, editor in self.editors.items():
            problem = editor.problem()
            if problem:
                found[path] = ("error", problem)
        for path, message in self.messages.items():
            kind, text = found.get(path, ("", ""))
            message.setText(("⚠ " if kind == "warning" else "") + text)
            message.setStyleSheet("color: #b00020;" if kind == "error" else "color: #8a5a00;")
            message.setVisible(bool(text))
        self.open_count.setText(self.open_text())
        self.completeChanged.emit()

    def open_text(self) -> str:
        count = len(open_questions(self.page, self.answers.data))
        return self.tr("本页还有 %n 个问题未回答", "", count) if count else self.tr("本页问题均已回答")

    def problems(self) -> list[str]:
        """Paths on this page whose field holds something that cannot be taken."""
        return [path for path, editor in self.editors.items() if editor.problem()]

    def isComplete(self) -> bool:
        # The facts a case cannot be saved without: Next stays disabled, the field says why.
        return not required_missing(self.page, self.answers.data)

    def nextId(self) -> int:
        following = next_page(self.page, self.answers.data)
        return -1 if following is None else int(following)
