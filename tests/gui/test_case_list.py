"""The main window's case list: search, outcome filter, trash, import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from liability_wizard.core.case import read_case_file
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES
from tests.gui.message_boxes import MessageBoxAnswerer

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"
E06 = EXAMPLES / "e06-reputation-timely-takedown.lwcase"
E09 = EXAMPLES / "e09-minimal-required-keys.lwcase"


def titles(window: MainWindow) -> list[str]:
    return [summary.title for summary in window.model.rows]


def test_search_box_narrows_the_list_to_matching_cases(qtbot, main_window: MainWindow) -> None:
    for path in (E01, E06, E09):
        main_window.import_file(path)
    assert len(main_window.model.rows) == 3
    main_window.search.setFocus()
    qtbot.keyClicks(main_window.search, "zz-no-such-case")
    qtbot.waitUntil(lambda: main_window.model.rows == [])
    qtbot.keyClick(main_window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.search, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(main_window.model.rows) == 3)
    from tests.gui.wizard_driver import type_text

    type_text(qtbot, main_window.search, "耳机")  # a two-character Chinese word (LIKE fallback)
    qtbot.waitUntil(lambda: titles(main_window) == [read_case_file(E01).title])


def test_outcome_filter_shows_only_cases_with_that_answer(qtbot, main_window: MainWindow) -> None:
    for path in (E01, E06, E09):
        main_window.import_file(path)
    combo = main_window.outcome_filter
    combo.setCurrentIndex(combo.findData("no"))
    assert titles(main_window) == [read_case_file(E06).title]
    combo.setCurrentIndex(combo.findData("uncertain"))
    assert titles(main_window) == [read_case_file(E09).title]
    combo.setCurrentIndex(0)
    assert len(titles(main_window)) == 3


def test_sorting_by_transaction_date_orders_the_rows(qtbot, main_window: MainWindow) -> None:
    for path in (E01, E06, E09):
        main_window.import_file(path)
    main_window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    dates = [summary.law_date for summary in main_window.model.rows]
    assert dates == sorted(dates) and len(dates) == 3


def test_delete_moves_to_trash_and_restore_brings_it_back(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    main_window.select_case(case_id)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Delete)
    assert titles(main_window) == []
    main_window.trash_action.trigger()
    assert titles(main_window) == [read_case_file(E01).title]
    main_window.select_case(case_id)
    main_window.restore_action.trigger()
    assert titles(main_window) == []
    main_window.trash_action.trigger()
    assert titles(main_window) == [read_case_file(E01).title]


def test_a_broken_case_file_is_refused_with_a_chinese_message_naming_the_field(
        qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.lwcase"
    bad.write_text(E01.read_text(encoding="utf-8").replace('"price": 1299.0', '"price": -5'), encoding="utf-8")
    boxes = MessageBoxAnswerer()
    assert main_window.import_file(bad) is None
    boxes.stop()
    ((title, text),) = boxes.seen
    assert title == "无法导入案件文件"
    assert "transaction.price" in text and "金额不能为负数" in text
    assert titles(main_window) == []


def test_export_then_import_gives_the_same_case(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id = main_window.import_file(E01)
    out = tmp_path / "out.lwcase"
    assert main_window.export_case(case_id, out)
    assert read_case_file(out) == read_case_file(E01)
    again = main_window.import_file(out)
    assert main_window.repository.load(again).case.to_json_dict() == read_case_file(E01).to_json_dict()


def test_duplicate_makes_a_second_case(qtbot, main_window: MainWindow) -> None:
    case_id = main_window.import_file(E01)
    main_window.select_case(case_id)
    main_window.duplicate_action.trigger()
    assert len(titles(main_window)) == 2
    assert any(t.endswith("（副本）") for t in titles(main_window))


def test_a_corrupt_database_is_explained_not_a_traceback(qtbot, settings, tmp_path: Path) -> None:
    broken = tmp_path / "cases.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    boxes = MessageBoxAnswerer()
    assert not window.open_repository(broken)
    boxes.stop()
    ((title, text),) = boxes.seen
    assert title == "无法打开案件数据库" and "已损坏" in text
    assert broken.read_bytes() == b"this is not a database" * 100


def test_a_sample_case_opens_from_the_help_menu(qtbot, main_window) -> None:
    from liability_wizard.core.sample_cases import sample_cases

    main_window.samples_menu.aboutToShow.emit()
    actions = main_window.samples_menu.actions()
    samples = sample_cases()
    assert len(actions) == len(samples) >= 40
    assert actions[0].text().startswith("e01") and samples[0].title in actions[0].text()
    actions[0].trigger()
    wizard = next(iter(main_window.wizards.values()))
    assert wizard.isVisible()
    titles = [row.title for row in main_window.model.rows]
    assert samples[0].title in titles
    wizard.close()
