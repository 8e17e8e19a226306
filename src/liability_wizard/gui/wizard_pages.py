"""One wizard page per group of facts, built from :mod:`questions`; ``nextId()`` asks the interview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liability_wizard.core.interview import Page, implausibilities, next_page
from liability_wizard.gui.answer_widgets import (
    Checklist,
    ChoiceBox,
    MoneyEdit,
    OptionalDateEdit,
    RadioChoice,
    TextBlock,
    TextLine,
    TriStateChoice,
)
from liability_wizard.gui.case_answers import CaseAnswers
from liability_wizard.gui.path_summary import PathSummary
from liability_wizard.gui.questions import PAGE_TEXTS, QUESTIONS, Question, tr

_WARNINGS = {
    "future_date": QT_TRANSLATE_NOOP("FactPage", "日期晚于今天，请核对。"),
    "measures_before_notice": QT_TRANSLATE_NOOP("FactPage", "采取措施的日期早于通知日期，请核对。"),
    "continued_before_transaction": QT_TRANSLATE_NOOP("FactPage", "仍在线的日期早于交易日期，请核对。"),
    "discovered_before_transaction": QT_TRANSLATE_NOOP("FactPage", "知道损害的日期早于交易日期，请核对。"),
    "notice_date_without_notice": QT_TRANSLATE_NOOP(
        "FactPage", "填写了通知日期，但“平台收到过通知”未选“是”，请核对。"),
    "loss_after_notice_exceeds_loss": QT_TRANSLATE_NOOP("FactPage", "扩大的损失大于全部损失，请核对。"),
}


def _editor(question: Question, parent: QWidget) -> QWidget:
    choices = [(value, tr(label)) for value, label in question.choices]
    match question.kind:
        case "text":
            return TextLine(parent)
        case "block":
            return TextBlock(None, parent)
        case "notes":
            return TextBlock("", parent)
        case "tristate":
            return TriStateChoice(parent)
        case "date":
            return OptionalDateEdit(True, parent)
        case "required_date":
            return OptionalDateEdit(False, parent)
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
        self._loading = False

        body = QWidget()
        body_layout = QVBoxLayout(body)
        why = QLabel(self.tr("为什么问这个：") + self.why, body)
        why.setWordWrap(True)
        why.setObjectName("why")
        why.setStyleSheet("color: #555;")
        body_layout.addWidget(why)
        # The 结论 page opens with the way taken and the overall answer (filled in by the wizard).
        self.path_summary = PathSummary(body) if page is Page.CONCLUSION else None
        if self.path_summary is not None:
            body_layout.addWidget(self.path_summary)
        form = QFormLayout()
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for question in QUESTIONS[page]:
            editor = _editor(question, body)
            editor.setObjectName(question.path)
            label = QLabel(tr(question.label), body)
            label.setBuddy(editor)  # no word wrap: QFormLayout mis-sizes wrapped labels; long rows wrap
            form.addRow(label, editor)
            editor.changed.connect(lambda path=question.path, e=editor: self._store(path, e))
            self.editors[question.path] = editor
        # The page scrolls as a whole, so nothing is cut off on a small screen or at 200 % scaling.
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00; background: #fff4d6; padding: 4px;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        if page is Page.PARTIES:
            # The one field a case cannot be saved without: Next stays disabled until it is filled.
            self.registerField("title*", self.editors["title"])

    def initializePage(self) -> None:
        self.load()

    def load(self) -> None:
        """Show the answers as they are now (when entering the page or after an import)."""
        self._loading = True
        try:
            for path, editor in self.editors.items():
                editor.set_value(self.answers.get(path))
        finally:
            self._loading = False
        self.refresh_warnings()

    def _store(self, path: str, editor: QWidget) -> None:
        if self._loading:
            return
        self.answers.set(path, editor.value())
        self.refresh_warnings()
        self.edited.emit(path)

    def refresh_warnings(self) -> None:
        found = implausibilities(self.answers.data, date.today())
        mine = [QCoreApplication.translate("FactPage", _WARNINGS[reason]) for path, reason in found if path in self.editors]
        self.warnings.setText("⚠ " + " ".join(dict.fromkeys(mine)) if mine else "")
        self.warnings.setVisible(bool(mine))

    def nextId(self) -> int:
        following = next_page(self.page, self.answers.data)
        return -1 if following is None else int(following)
