"""Unanswered is not 不清楚; undo/redo across fields; a new case leaves no row until it is real;
a duplicate has no 本所案号; the recent-cases menu shows current titles; month-only dates."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard

from liability_wizard.core.case import read_case_file
from liability_wizard.core.interview import ABSENT, Page
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES
from tests.gui.wizard_driver import type_text

E09 = EXAMPLES / "e09-minimal-required-keys.lwcase"
E01 = EXAMPLES / "e01-unidentified-seller.lwcase"


def test_questions_start_unanswered_and_unknown_is_a_choice_kept_through_save_reopen_export(
        qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id = main_window.import_file(E09)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.go_to_page(Page.IDENTIFICATION)
    page = wizard.pages[Page.IDENTIFICATION]
    requested = page.editors["identification.requested"]
    assert requested.value() is ABSENT and not any(b.isChecked() for b in requested.buttons.values())
    assert "4 个问题未回答" in page.open_count.text()
    qtbot.mouseClick(requested.buttons[None], Qt.MouseButton.LeftButton)  # the client does not know
    assert "3 个问题未回答" in page.open_count.text()
    wizard.close()

    saved = main_window.repository.load(case_id).case.to_json_dict()
    assert saved["identification"] == {"requested": None}  # null: 不清楚; the others stay absent
    reopened = main_window.open_case(case_id)
    qtbot.waitExposed(reopened)
    reopened.go_to_page(Page.IDENTIFICATION)
    editors = reopened.pages[Page.IDENTIFICATION].editors
    assert editors["identification.requested"].buttons[None].isChecked()
    assert editors["identification.provided"].value() is ABSENT
    reopened.close()
    assert main_window.export_case(case_id, tmp_path / "out.lwcase")
    exported = json.loads((tmp_path / "out.lwcase").read_text(encoding="utf-8"))
    assert exported["identification"] == {"requested": None}


def test_undo_and_redo_step_across_fields(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    name = wizard.pages[Page.PARTIES].editors["client.name"]
    contact = wizard.pages[Page.PARTIES].editors["client.contact"]
    type_text(qtbot, contact, "13800000000")
    type_text(qtbot, name, "LI")
    undo = QKeySequence.StandardKey.Undo
    assert wizard.undo_action.shortcut() == QKeySequence(undo)
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "张某"  # the typing of one field is one step (clear + type are merged per field)
    for _ in range(4):
        if not contact.text():
            break
        qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contact.text() == "" and wizard.answers.answer("client.contact") is None  # as the file had it
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert contact.text() == "13800000000"  # redo across fields
    wizard.close()


def test_an_untouched_new_case_leaves_no_row(qtbot, main_window: MainWindow) -> None:
    before = main_window.model.total
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = next(iter(main_window.wizards.values()))
    qtbot.waitExposed(wizard)
    title = wizard.pages[Page.PARTIES].editors["title"]
    qtbot.waitUntil(lambda: wizard.focusWidget() is title)
    assert title.selectedText() == title.text()  # typing replaces the default title
    wizard.close()
    assert not wizard.isVisible()
    main_window.refresh()
    assert main_window.model.total == before


def test_a_new_case_needs_its_transaction_date_and_takes_a_month(qtbot, main_window: MainWindow) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = next(iter(main_window.wizards.values()))
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.pages[Page.TRANSACTION]
    assert wizard.current_page() is Page.TRANSACTION
    field = page.editors["transaction.date"]
    assert field.line.text() == ""  # not today
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "请填写交易日期" in page.messages["transaction.date"].text()
    assert main_window.model.total == 0 or all(r.title != wizard.answers.get("title") for r in main_window.model.rows)
    type_text(qtbot, field.line, "2023-05")
    assert field.precision.currentData() == "month"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.save_now()
    (case_id,) = [key for key in main_window.wizards if key > 0]
    case = main_window.repository.load(case_id).case
    assert case.transaction.date.isoformat() == "2023-05-01" and case.precision("transaction.date") == "month"
    wizard.close()


def test_a_duplicate_has_no_reference_and_the_recent_menu_shows_current_titles(qtbot, main_window: MainWindow,
                                                                                tmp_path: Path) -> None:
    source = json.loads((EXAMPLES / "e02-platform-promise.lwcase").read_text(encoding="utf-8"))
    source["reference"] = "WL-2026-001"
    (tmp_path / "ref.lwcase").write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    case_id = main_window.import_file(tmp_path / "ref.lwcase")
    assert read_case_file(tmp_path / "ref.lwcase").reference == "WL-2026-001"
    main_window.select_case(case_id)
    main_window.duplicate_selected()
    copies = [r for r in main_window.model.rows if r.id != case_id]
    assert copies and main_window.repository.load(copies[0].id).case.reference is None

    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["title"], "NEW TITLE")
    wizard.close()
    main_window.recent_menu.aboutToShow.emit()
    assert main_window.recent_menu.actions()[0].text() == "&1 NEW TITLE"


def test_case_history_lists_snapshots_and_restores_a_version(qtbot, main_window: MainWindow) -> None:
    from liability_wizard.core.evaluator import RULES_VERSION, evaluate_case
    from liability_wizard.gui.case_history import CaseHistoryDialog

    case_id = main_window.import_file(E01)
    stored = main_window.repository.load(case_id).case
    main_window.repository.add_snapshot(case_id, stored, evaluate_case(stored), rules_version=RULES_VERSION,
                                        letter_sha256="0" * 64)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    type_text(qtbot, wizard.pages[Page.PARTIES].editors["client.name"], "LI")
    dialog = CaseHistoryDialog(main_window.repository.snapshots(case_id), wizard.answers.data,
                               wizard.answers.restore, wizard)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "委托人姓名/名称" in dialog.table.item(0, 2).text()  # what changed since that letter
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert wizard.pages[Page.PARTIES].editors["client.name"].text() == "张某"
    wizard.answers.undo_stack.undo()  # restoring is one step that can be taken back
    assert wizard.pages[Page.PARTIES].editors["client.name"].text() == "LI"
    wizard.close()


def test_case_list_empty_search_message_remembered_sort_and_context_menu(qtbot, repository, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach_repository(repository)
    window.show()
    window.import_file(E01)
    window.search.setText("没有这种案件")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert not window.empty_message.isHidden() and "没有找到" in window.empty_message.text()
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window._context_menu(window.table.visualRect(window.model.index(0, 0)).center())
    texts = [a.text() for a in window.context_menu.actions()]
    assert "打开(&O)" in texts and "删除到回收站(&D)" in texts
    window.context_menu.close()
