"""Never lose work: autosave on page change and after typing; reopen at the page left; no
accidental close with edits that cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from liability_wizard.core.interview import Page
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.gui.wizard import AUTOSAVE_DELAY_MS
from tests.conftest import EXAMPLES
from tests.gui.message_boxes import MessageBoxAnswerer
from tests.gui.wizard_driver import type_text

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"


def test_typing_is_saved_after_a_pause_without_leaving_the_page(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["client.contact"], "13800000000")
    assert main_window.repository.load(case_id).case.client.contact is None  # not yet: debounced
    qtbot.waitUntil(lambda: main_window.repository.load(case_id).case.client.contact == "13800000000",
                    timeout=AUTOSAVE_DELAY_MS + 2000)
    assert wizard.status.text() == "已自动保存"


def test_page_change_saves_and_reopening_returns_to_that_page(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["client.name"], "李某")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_page() is Page.HARM
    stored = main_window.repository.load(case_id)
    assert stored.case.client.name == "李某"  # saved at once, no pause needed
    assert stored.wizard_page == "HARM"
    wizard.close()
    assert case_id not in main_window.wizards

    reopened = main_window.open_case(case_id)
    qtbot.waitExposed(reopened)
    assert reopened.current_page() is Page.HARM
    qtbot.mouseClick(reopened.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert reopened.current_page() is Page.TRANSACTION  # the way back is there too


def test_closing_with_edits_that_cannot_be_saved_asks_first(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["title"], "")  # a case needs a title
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    boxes = MessageBoxAnswerer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    boxes.stop()
    assert [title for title, _ in boxes.seen] == ["修改尚未保存"]
    assert wizard.isVisible()  # Cancel keeps the window and the edits

    type_text(qtbot, wizard.pages[Page.PARTIES].editors["title"], "新名称")
    wizard.close()
    assert not wizard.isVisible()
    assert main_window.repository.load(case_id).case.title == "新名称"


def test_implausible_dates_are_warned_about_not_refused(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.TRANSACTION)
    page = wizard.pages[Page.TRANSACTION]
    from tests.gui.wizard_driver import type_date

    type_date(qtbot, page.editors["transaction.date"], "2099-01-01")
    message = page.messages["transaction.date"]  # next to the field it concerns (P11)
    assert message.isVisible() and "晚于今天" in message.text()
    assert wizard.save_now()
    assert main_window.repository.load(case_id).case.transaction.date.year == 2099


def test_a_missing_fact_link_leads_to_the_page_that_asks_it(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(EXAMPLES / "e09-minimal-required-keys.lwcase")
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    label = wizard.result_panel.findChild(type(wizard.status), "finding_seller_identity")
    assert 'href="fact:identification.provided"' in label.text()
    label.linkActivated.emit("fact:identification.provided")
    assert wizard.current_page() is Page.IDENTIFICATION
    assert wizard.focusWidget() is wizard.pages[Page.IDENTIFICATION].editors["identification.provided"]


def test_a_minus_sign_is_explained_next_to_the_field_and_never_stored(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.TRANSACTION)
    page = wizard.pages[Page.TRANSACTION]
    before = main_window.repository.load(case_id).case.transaction.price
    price = page.editors["transaction.price"]
    price.setFocus()
    price.selectAll()
    qtbot.keyClicks(price, "-12")  # replaces the selected amount
    assert price.text() == "-12"
    assert page.messages["transaction.price"].text() == "金额不能为负数"
    assert page.messages["transaction.price"].isVisible()
    assert wizard.save_now()
    assert main_window.repository.load(case_id).case.transaction.price == before
