"""The steps beside the pages (当事人 → 交易 → … → 复核): where the user is, which steps are done
(ticked) and which still have open questions; a click goes to that step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liability_wizard.core.interview import Page, is_complete, open_questions, pages_for
from liability_wizard.gui.questions import PAGE_TEXTS, tr


class StepList(QWidget):
    """``pageRequested(page)`` when a step is clicked (or chosen with the keyboard and Enter)."""

    pageRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.position = QLabel(self)
        self.position.setObjectName("step_position")
        self.list = QListWidget(self)
        self.list.setObjectName("steps")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop between the questions and the buttons
        self.list.itemClicked.connect(lambda item: self.pageRequested.emit(Page(item.data(Qt.ItemDataRole.UserRole))))
        layout.addWidget(self.position)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(170)

    def show_steps(self, case: Mapping[str, Any], current: Page, visited: set[Page] | None = None) -> None:
        """``visited``: the steps the user has been on; a step never seen is not ticked, even if it has
        nothing open (the 诉讼时效 list may simply not have been looked at)."""
        pages = pages_for(case)
        self.list.clear()
        for number, page in enumerate(pages, start=1):
            opened = len(open_questions(page, case))
            if page is Page.CONCLUSION:
                mark = "　"
            elif is_complete(page, case) and (visited is None or page in visited):
                mark = "✓"
            else:
                mark = "•"
            text = f"{mark} {number}. {tr(PAGE_TEXTS[page].title)}"
            if opened and page is not Page.CONCLUSION:
                text += self.tr("（%1 未答）").replace("%1", str(opened))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, int(page))
            if page is current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if page is current:
                self.list.setCurrentItem(item)
        step = pages.index(current) + 1 if current in pages else 1
        self.position.setText(self.tr("第 %1 步，共 %2 步").replace("%1", str(step)).replace("%2", str(len(pages))))
