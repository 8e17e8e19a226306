"""The review page (复核): outcome and the outcome if unproven, damages, deadline in the headline,
open questions and every answer with 修改 links that go to the question."""

from __future__ import annotations

from datetime import date

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.interview import Page
from liability_wizard.gui.headline import AMBER, RED, headline
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"


def test_review_page_lists_answers_with_links_that_go_to_the_question(qtbot, main_window: MainWindow) -> None:
    wizard = main_window.open_case(main_window.import_file(E01))
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.CONCLUSION)
    review = wizard.pages[Page.CONCLUSION].review
    text = review.text()
    assert "若尚缺的事实最终无法证明" in text and "损失赔偿" in text and "诉讼时效" in text
    assert "href='fact:identification.provided'" in text and "修改" in text
    assert "尚有" in text and "个问题未回答" in text
    review.linkActivated.emit("fact:identification.provided")
    assert wizard.current_page() is Page.IDENTIFICATION
    assert wizard.focusWidget() is wizard.pages[Page.IDENTIFICATION].editors["identification.provided"]
    wizard.go_to_page(Page.CONCLUSION)
    review.linkActivated.emit(f"page:{int(Page.HARM)}")
    assert wizard.current_page() is Page.HARM


def test_an_expired_or_near_deadline_changes_the_headline(qapp) -> None:
    evaluation = evaluate_case(read_case_file(E01))
    deadline = evaluation.limitation.deadline
    assert deadline is not None
    text, colour = headline(evaluation, date(deadline.year + 1, 1, 1))
    assert text.startswith("平台应承担责任，但诉讼时效可能已于") and colour == RED
    text, colour = headline(evaluation, date.fromordinal(deadline.toordinal() - 30))
    assert "诉讼时效将于 30 日后届满" in text and colour == AMBER
    text, _colour = headline(evaluation, date.fromordinal(deadline.toordinal() - 400))
    assert text == "平台应承担责任"


def test_step_list_shows_position_ticks_and_goes_to_a_step(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    wizard = main_window.open_case(main_window.import_file(E01))
    qtbot.waitExposed(wizard)
    steps = wizard.steps
    count = steps.list.count()
    assert steps.position.text() == f"第 1 步，共 {count} 步"
    item = next(steps.list.item(i) for i in range(count)
                if steps.list.item(i).data(Qt.ItemDataRole.UserRole) == int(Page.HARM))
    steps.list.itemClicked.emit(item)
    assert wizard.current_page() is Page.HARM
    assert steps.position.text() == f"第 3 步，共 {count} 步"
    texts = [steps.list.item(i).text() for i in range(count)]
    assert texts[1].startswith("✓") or "未答" in texts[1]  # a visited step: ticked, or its open questions
    assert not texts[-2].startswith("✓")  # 诉讼时效, never visited: not ticked
