"""A shortcut that cannot act does nothing: Alt+letter never types into the case (review P2)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit

from liability_wizard.core.interview import Page, pages_for
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.gui.wizard import CaseWizard
from tests.conftest import EXAMPLES

E04 = EXAMPLES / "e04-food-unlicensed.lwcase"
#: Letters whose shortcut acts on purpose outside the case: letter preview, closing, the history dialog.
ACTING = {"L", "C", "Y"}


def advertised_letters(widget) -> set[str]:
    """Every Alt+letter the window shows (an underlined letter in a button or label text)."""
    letters = set()
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        text = child.text()
        index = text.find("&")
        if 0 <= index < len(text) - 1 and text[index + 1].isascii() and text[index + 1].isalpha():
            letters.add(text[index + 1].upper())
    return letters


def stored_json(main_window: MainWindow, case_id: int) -> str:
    return json.dumps(main_window.repository.load(case_id).case.to_json_dict(), ensure_ascii=False)


def wizard_on(qtbot, main_window: MainWindow, page: Page) -> tuple[int, str, CaseWizard]:
    """E04 imported and open on ``page`` (skipped where E04 is not asked it), with the stored case."""
    case_id = main_window.import_file(E04)
    before = stored_json(main_window, case_id)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    if page not in pages_for(wizard.answers.data):
        pytest.skip("page not asked for this case")
    wizard.go_to_page(page)
    return case_id, before, wizard


@pytest.mark.parametrize("page", list(Page), ids=lambda p: p.name)
def test_alt_shortcuts_never_change_the_case(qtbot, main_window: MainWindow, page: Page) -> None:
    case_id, before, wizard = wizard_on(qtbot, main_window, page)
    letters = (advertised_letters(wizard) | {"B", "F", "N", "H"}) - ACTING
    assert {"B", "F", "N", "R"} <= letters
    fields = [e for e in wizard.pages[page].editors.values() if isinstance(e, QLineEdit | QPlainTextEdit)]
    for field in fields or [None]:
        for letter in sorted(letters):
            wizard.go_to_page(page)
            target = field or wizard.pages[page]
            target.setFocus()
            qtbot.keyClick(target, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    wizard.save_now()
    assert stored_json(main_window, case_id) == before
    for field in fields:
        assert not any(ch.isascii() and ch.islower() for ch in
                       (field.text() if isinstance(field, QLineEdit) else field.toPlainText())), field.objectName()


def test_alt_on_an_empty_title_with_next_disabled_types_nothing(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E04)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    title = wizard.pages[Page.PARTIES].editors["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    for letter in "NBF":
        qtbot.keyClick(title, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert title.text() == ""
    assert wizard.current_page() is Page.PARTIES
    title.setText("陈某网购食品致病")  # a savable case again, so closing asks nothing


def mnemonics(widgets) -> list[str]:
    letters = []
    for widget in widgets:
        text = widget.text() if hasattr(widget, "text") else ""
        index = text.replace("&&", "").find("&")
        visible = widget.isVisible() if not hasattr(widget, "isVisibleTo") else widget.isVisibleTo(widget.window())
        if 0 <= index < len(text) - 1 and visible:
            letters.append(text.replace("&&", "")[index + 1].upper())
    return letters


def test_mnemonics_are_unique_per_window(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolButton

    top = mnemonics(main_window.menuBar().actions()) + mnemonics(
        [w for w in main_window.findChildren(QLabel) + main_window.findChildren(QAbstractButton)
         if not isinstance(w, QToolButton)])
    assert len(top) == len(set(top)), top
    wizard = main_window.open_case(main_window.import_file(E04))
    qtbot.waitExposed(wizard)
    for page in pages_for(wizard.answers.data):
        wizard.go_to_page(page)
        shown = [w for w in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton)
                 if w.isVisibleTo(wizard) and (not isinstance(w, QLabel) or w.buddy() is not None
                                               or w.parent() is wizard.pages[page].scroll.widget())]
        letters = mnemonics(shown)
        assert len(letters) == len(set(letters)), (page, letters)


def test_alt_letters_in_the_settings_dialog_never_type_into_its_fields(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtCore import QSettings

    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.gui.settings_dialog import SettingsDialog

    firm = FirmProfile(name="某律所", lawyer="王某某", lawyer_licence="1110")
    dialog = SettingsDialog(firm, QSettings(), main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for letter in sorted(set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") - {"B"}):  # Alt+B opens the logo file dialog
        dialog.lawyer_licence.setFocus()
        qtbot.keyClick(dialog.focusWidget(), getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert dialog.firm_profile() == firm  # a mnemonic moves the focus; no letter is typed into a field


#: The wizard's own buttons: 帮助(H), 意见书预览(L), 结果栏(R), 案件历史(Y), 上一步(B), 下一步(N), 完成(F), 关闭(C).
WIZARD_BUTTON_LETTERS = set("HLRYBNFC")


def test_every_question_has_an_alt_letter_unique_on_its_page() -> None:
    from liability_wizard.gui.questions import QUESTIONS

    for page, questions in QUESTIONS.items():
        keys = [q.key for q in questions]
        assert all(len(k) == 1 and k.isupper() for k in keys), page
        assert len(keys) == len(set(keys)), (page, keys)
        assert not set(keys) & WIZARD_BUTTON_LETTERS, page


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_question_label_shows_its_letter_in_both_languages(qtbot, qapp, language: str) -> None:
    from PySide6.QtCore import QLocale

    from liability_wizard.core.case import read_case_file
    from liability_wizard.gui.language import install_translators
    from liability_wizard.gui.questions import QUESTIONS

    translators = install_translators(qapp, language)
    try:
        wizard = CaseWizard(read_case_file(E04), lambda _case, _page: None)
        qtbot.addWidget(wizard)
        W = wizard.WizardButton
        texts = [wizard.button(b).text().replace("&&", "") for b in (W.HelpButton, W.CustomButton1, W.CustomButton2,
                                                                      W.CustomButton3, W.BackButton, W.NextButton,
                                                                      W.FinishButton, W.CancelButton)]
        assert {t[t.find("&") + 1].upper() for t in texts} == WIZARD_BUTTON_LETTERS, texts
        for page, questions in QUESTIONS.items():
            for question in questions:
                text = wizard.pages[page].labels[question.path].text()
                index = text.replace("&&", "").find("&")
                assert index >= 0 and text.replace("&&", "")[index + 1].upper() == question.key, (text, question.key)
                if language == "zh_CN":
                    assert text.endswith(f"(&{question.key})"), text
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize("page", list(Page), ids=lambda p: p.name)
def test_alt_letter_of_a_question_moves_the_focus_to_its_field(qtbot, main_window: MainWindow, page: Page) -> None:
    """With the focus in another field, the label's Alt-letter focuses the question, and changes nothing."""
    case_id, before, wizard = wizard_on(qtbot, main_window, page)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    fact_page = wizard.pages[page]
    shown = [(path, label) for path, label in fact_page.labels.items() if label.isVisibleTo(wizard)]
    assert shown
    for path, label in shown:
        other = next(e for p, e in fact_page.editors.items() if p != path and e.isVisibleTo(wizard)) \
            if len(shown) > 1 else wizard.button(wizard.WizardButton.BackButton)
        other.setFocus()
        key = label.text()[label.text().find("&") + 1]
        qtbot.keyClick(wizard.focusWidget() or wizard, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
        focused = wizard.focusWidget()
        editor = fact_page.editors[path]
        assert focused is editor or editor.isAncestorOf(focused), (path, key, focused)
    wizard.save_now()
    assert stored_json(main_window, case_id) == before
