"""Per-question help (review P24): F1 on a field and the ⓘ beside each question show one plain
sentence, an example and the evidence; the page's 为什么问这个 stays."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from liability_wizard.core.case import read_case_file
from liability_wizard.core.interview import PAGE_FACTS, Page
from liability_wizard.gui.questions import QUESTIONS, question_help
from liability_wizard.gui.wizard import CaseWizard
from liability_wizard.paths import resources_dir
from tests.conftest import EXAMPLES
from tests.gui.message_boxes import MessageBoxAnswerer

E04 = EXAMPLES / "e04-food-unlicensed.lwcase"
FIELDS = ("what", "example", "evidence", "what_en", "example_en", "evidence_en")


def test_every_question_has_help_in_both_languages_and_no_help_lacks_a_question() -> None:
    with (resources_dir() / "question_help.toml").open("rb") as file:
        texts = tomllib.load(file)
    asked = {q.path for questions in QUESTIONS.values() for q in questions}
    assert asked == set(texts)
    assert asked == {path for paths in PAGE_FACTS.values() for path in paths}
    for path, entry in texts.items():
        assert sorted(entry) == sorted(FIELDS), path
        assert all(entry[f].strip() for f in FIELDS), path
        assert not any("\u4e00" <= ch <= "\u9fff" for f in FIELDS if f.endswith("_en") for ch in entry[f]), path


def test_help_follows_the_interface_language() -> None:
    assert question_help("transaction.date").what.startswith("下单购买")
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        assert question_help("transaction.date").what.startswith("When the purchase")
    finally:
        QLocale.setDefault(QLocale.c())


@pytest.fixture
def wizard(qtbot) -> CaseWizard:
    wizard = CaseWizard(read_case_file(E04), lambda _case, _page: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def test_f1_on_a_field_shows_that_questions_help(qtbot, wizard: CaseWizard) -> None:
    wizard.go_to_page(Page.TRANSACTION)
    price = wizard.pages[Page.TRANSACTION].editors["transaction.price"]
    price.setFocus()
    answerer = MessageBoxAnswerer()
    qtbot.keyClick(price, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(answerer.seen))
    answerer.stop()
    title, text = answerer.seen[0]
    assert title == "价款（元）"
    assert "实际付了多少钱" in text and "例：" in text and "证据：" in text and "支付记录" in text


def test_f1_outside_a_question_keeps_the_pages_why(qtbot, wizard: CaseWizard) -> None:
    wizard.button(wizard.WizardButton.NextButton).setFocus()
    answerer = MessageBoxAnswerer()
    qtbot.keyClick(wizard.button(wizard.WizardButton.NextButton), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(answerer.seen))
    answerer.stop()
    assert answerer.seen[0] == ("为什么问这个", wizard.pages[Page.PARTIES].why)


def test_every_question_has_an_info_button_that_is_no_tab_stop(qtbot, wizard: CaseWizard) -> None:
    for page, questions in QUESTIONS.items():
        for question in questions:
            button = wizard.pages[page].findChild(QToolButton, "help:" + question.path)
            assert button is not None, question.path
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    button = wizard.pages[Page.PARTIES].findChild(QToolButton, "help:seller.name")
    answerer = MessageBoxAnswerer()
    button.click()
    qtbot.waitUntil(lambda: bool(answerer.seen))
    answerer.stop()
    assert answerer.seen[0][0] == "卖家名称" and "不是店铺名" in answerer.seen[0][1]
