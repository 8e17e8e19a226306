"""The top of the 结论 page: the pages the user went through and the overall answer the core gave."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.interview import Page
from liability_wizard.gui.outcome_labels import COLOURS, PLATFORM_LIABLE_NAMES, name
from liability_wizard.gui.questions import PAGE_TEXTS, tr


class PathSummary(QLabel):
    """Shows the visited pages in order and ``platform_liable`` of the evaluation beside the wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("path_summary")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("background: #f3f6fb; border: 1px solid #c9d4e5; padding: 6px;")

    def show_path(self, visited: Iterable[Page], evaluation: Evaluation | None) -> None:
        pages = " → ".join(escape(tr(PAGE_TEXTS[page].title)) for page in visited)
        if evaluation is None:  # the answers do not form a valid case yet (the result panel says why)
            answer = escape(self.tr("尚无法评估"))
        else:
            answer = (f'<span style="color:{COLOURS[evaluation.platform_liable]}">'
                      f"{escape(name(PLATFORM_LIABLE_NAMES, evaluation.platform_liable))}</span>")
        way, conclusion = escape(self.tr("已填写的页面：")), escape(self.tr("评估结论："))
        self.setText(f"<b>{way}</b>{pages}<br><b>{conclusion}{answer}</b>")
