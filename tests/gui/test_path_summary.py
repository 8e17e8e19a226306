"""The 结论 page sums up the way taken and the overall answer the core gave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liability_wizard.core.interview import Page, pages_for
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.gui.outcome_labels import PLATFORM_LIABLE_NAMES
from liability_wizard.gui.questions import PAGE_TEXTS
from tests.conftest import EXAMPLES
from tests.gui.wizard_driver import type_text

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"
E04 = EXAMPLES / "e04-food-unlicensed.lwcase"


def test_conclusion_page_lists_the_pages_visited_and_the_evaluations_answer(
        qtbot, main_window: MainWindow) -> None:
    wizard = main_window.open_case(main_window.import_file(E04))
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.CONCLUSION)
    summary = wizard.pages[Page.CONCLUSION].path_summary
    assert summary.isVisible()
    text = summary.text()
    asked = pages_for(wizard.answers.data)
    assert [Page(i) for i in wizard.visitedIds()] == asked
    positions = [text.index(PAGE_TEXTS[page].title) for page in asked]
    assert positions == sorted(positions)  # in the order they were gone through
    assert all(PAGE_TEXTS[page].title not in text for page in Page if page not in asked)
    liable = wizard.result_panel.evaluation.platform_liable
    assert "评估结论：" in text and PLATFORM_LIABLE_NAMES[liable] in text


def test_conclusion_summary_follows_the_answers(qtbot, main_window: MainWindow) -> None:
    wizard = main_window.open_case(main_window.import_file(E01))
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.CONCLUSION)
    summary = wizard.pages[Page.CONCLUSION].path_summary
    assert PLATFORM_LIABLE_NAMES["yes"] in summary.text()
    for _ in range(len(wizard.visitedIds()) - 1):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["title"], "")  # no title: not a valid case
    wizard.refresh_result()
    assert wizard.result_panel.evaluation is not None  # the panel keeps the last good evaluation (P6)…
    assert not wizard.result_note.isHidden()  # …and says why it is not current
    assert "尚无法评估" in summary.text() and PLATFORM_LIABLE_NAMES["yes"] not in summary.text()
    assert PAGE_TEXTS[Page.TRANSACTION].title not in summary.text()  # only where the user has been
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["title"], "title")  # so it closes without asking
    wizard.refresh_result()
    assert PLATFORM_LIABLE_NAMES["yes"] in summary.text()
