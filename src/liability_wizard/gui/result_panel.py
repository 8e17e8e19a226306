"""The live result beside the wizard: the overall answer, one card per applicable ground,
damages and the limitation deadline. Missing facts are links back to the page that asks them."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from liability_wizard.core.catalogue import CatalogueError, StatuteCatalogue, load_catalogue
from liability_wizard.core.evaluation import Evaluation, Finding
from liability_wizard.gui.headline import DEADLINE_WARNING_DAYS, headline
from liability_wizard.gui.outcome_labels import (
    COLOURS,
    GROUND_NAMES,
    LIABILITY_NAMES,
    OUTCOME_NAMES,
    name,
)
from liability_wizard.gui.questions import question_label


def _money(amount: float | None) -> str:
    return "—" if amount is None else f"{amount:,.2f} 元"


class ResultPanel(QScrollArea):
    """Shows an :class:`Evaluation`; ``factRequested(path)`` when a missing fact's link is clicked."""

    factRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        self.setMaximumWidth(460)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._catalogue: StatuteCatalogue | None = None
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.addWidget(self.headline)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.evaluation: Evaluation | None = None  # None while a message stands in for the result
        self.show_message(self.tr("填写事实后，这里显示评估结果。"))

    def show_message(self, text: str) -> None:
        self.evaluation = None
        self._clear()
        self.headline.setText(escape(text))
        self.headline.setStyleSheet("color: #555;")

    def _clear(self) -> None:
        while self._layout.count() > 2:
            item = self._layout.takeAt(1)
            if item.widget():
                item.widget().deleteLater()

    def _reference(self, citation: str, on: date) -> str:
        if self._catalogue is None:
            self._catalogue = load_catalogue()
        try:
            return self._catalogue.quote(citation, on).reference
        except CatalogueError:
            return citation

    def _label(self, html: str, name_: str = "") -> QLabel:
        label = QLabel(html)
        label.setObjectName(name_)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Not a Tab stop (six extra stops between the last question and the buttons, P28): the same
        # missing-fact links are on the 复核 page, which the keyboard reaches.
        label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        label.linkActivated.connect(self._link)
        return label

    def _link(self, href: str) -> None:
        if href.startswith("fact:"):
            self.factRequested.emit(href.removeprefix("fact:"))

    def _missing(self, paths: tuple[str, ...]) -> str:
        if not paths:
            return ""
        links = "、".join(f'<a href="fact:{escape(p)}">{escape(question_label(p))}</a>' for p in paths)
        caption = escape(self.tr("尚缺事实："))
        return f"<br><b>{caption}</b>{links}"

    def _insert(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def show_evaluation(self, evaluation: Evaluation, today: date | None = None) -> None:
        self.evaluation = evaluation
        self._clear()
        text, colour = headline(evaluation, today or date.today())
        self.headline.setStyleSheet(f"color: white; background: {colour}; padding: 8px; font-size: 13pt;"
                                    "font-weight: bold; border-radius: 4px;")
        self.headline.setText(escape(text))
        self.headline.setProperty("platform_liable", evaluation.platform_liable)
        note = self.tr("（法律分析以中文显示）")
        if note != "（法律分析以中文显示）":  # a translated interface: say once that the analysis stays Chinese (P13)
            self._insert(self._label(escape(note), "language_note"))
        for finding in evaluation.findings:
            if finding.outcome != "not_applicable":
                self._insert(self._card(finding))
        self._insert(self._damages_card(evaluation))
        self._insert(self._limitation_card(evaluation, today or date.today()))

    def _frame(self, children: list[QWidget], colour: str, object_name: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName(object_name)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(f"QFrame#{object_name} {{ border-left: 5px solid {colour}; background: #fafafa; }}")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 6, 6)
        for child in children:
            layout.addWidget(child)
        return frame

    def _card(self, finding: Finding) -> QFrame:
        colour = COLOURS[finding.outcome]
        basis = "；".join(escape(self._reference(c, finding.judged_on)) for c in finding.basis)
        html = (f'<b>{escape(name(GROUND_NAMES, finding.ground))}</b> — '
                f'<span style="color:{colour}; font-weight:bold">{escape(name(OUTCOME_NAMES, finding.outcome))}'
                f"</span>")
        if finding.liability != "none":
            html += "<br>" + escape(self.tr("责任：") + name(LIABILITY_NAMES, finding.liability))
        if basis:
            html += "<br><small>" + escape(self.tr("依据：")) + basis + "</small>"
        html += f"<br>{escape(finding.reasoning)}" + self._missing(finding.missing_facts)
        return self._frame([self._label(html, f"finding_{finding.ground}")], colour, f"card_{finding.ground}")

    def _damages_card(self, evaluation: Evaluation) -> QFrame:
        d = evaluation.damages
        rows = ((self.tr("损失赔偿："), d.compensation), (self.tr("扩大部分："), d.expanded_loss),
                (self.tr("惩罚性赔偿："), d.punitive))
        html = "<b>" + escape(self.tr("赔偿")) + "</b>" + "".join(
            f"<br>{escape(label)}{_money(amount)}" for label, amount in rows)
        if d.basis:
            refs = "；".join(escape(self._reference(c, evaluation.law_date)) for c in d.basis)
            html += "<br><small>" + escape(self.tr("依据：")) + refs + "</small>"
        html += f"<br><small>{escape(d.note)}</small>" + self._missing(d.missing_facts)
        return self._frame([self._label(html, "damages")], "#2f5597", "card_damages")

    def _limitation_card(self, evaluation: Evaluation, today: date) -> QFrame:
        lim = evaluation.limitation
        colour = "#2f5597"
        if lim.deadline is None:
            when = escape(self.tr("尚无法计算"))
        else:
            when = lim.deadline.isoformat()
            days = (lim.deadline - today).days
            if days < 0:
                colour = COLOURS["no"]
                warning = self.tr("⚠ 已届满")
                when += f' <b style="color:{colour}">{escape(warning)}</b>'
            elif days <= DEADLINE_WARNING_DAYS:
                colour = COLOURS["uncertain"]
                warning = self.tr("⚠ 即将届满（剩余 %n 天）", "", days)
                when += f' <b style="color:{colour}">{escape(warning)}</b>'
        html = "<b>" + escape(self.tr("诉讼时效")) + "</b><br>" + escape(self.tr("届满日：")) + when
        if lim.basis:
            refs = "；".join(escape(self._reference(c, evaluation.law_date)) for c in lim.basis)
            html += "<br><small>" + escape(self.tr("依据：")) + refs + "</small>"
        html += f"<br><small>{escape(lim.note)}</small>" + self._missing(lim.missing_facts)
        return self._frame([self._label(html, "limitation")], colour, "card_limitation")
