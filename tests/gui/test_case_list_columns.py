"""The case list's columns: titles and clients in pinyin order, the 时效届满 column in date order with
the headline's colours, who changed each case, the sort order kept across restarts, and the list
following another process's changes without losing the selection."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.gui.case_list import CaseTableModel
from liability_wizard.gui.headline import AMBER, RED
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.repository import CaseRepository

COLUMN = {name: number for number, name in enumerate(CaseTableModel.COLUMNS)}


def case(title: str, discovered: date | None = None, client: str | None = None) -> Case:
    data: dict[str, object] = {"format": "liability-wizard-case", "version": 1, "title": title,
                               "client_role": "consumer", "transaction": {"date": "2019-01-01", "category": "goods"}}
    if discovered is not None:
        data["harm"] = {"discovered_date": discovered.isoformat()}
    if client is not None:
        data["client"] = {"name": client}
    return case_from_json_dict(data)


def column_texts(window: MainWindow, column: str) -> list[str]:
    model = window.model
    return [model.data(model.index(row, COLUMN[column])) for row in range(model.rowCount())]


def click_header(qtbot, window: MainWindow, column: str) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN[column]) + header.sectionSize(COLUMN[column]) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_title_and_client_is_pinyin_order_and_is_remembered(
        qtbot, main_window: MainWindow, settings: QSettings) -> None:
    for title, client in [("张三诉某平台", "赵某"), ("陈某网购纠纷", "白某"), ("安徽某店买到假货", "邓某"),
                          ("王某诉某平台", "艾某"), ("北京某公司退款纠纷", "曹某")]:
        main_window.repository.create(case(title, client=client))
    main_window.refresh()
    click_header(qtbot, main_window, "title")
    if main_window.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        click_header(qtbot, main_window, "title")
    assert column_texts(main_window, "title") == ["安徽某店买到假货", "北京某公司退款纠纷", "陈某网购纠纷",
                                                  "王某诉某平台", "张三诉某平台"]
    click_header(qtbot, main_window, "client")
    clients = column_texts(main_window, "client")
    assert clients in (["艾某", "白某", "曹某", "邓某", "赵某"], ["赵某", "邓某", "曹某", "白某", "艾某"])
    order = main_window.table.horizontalHeader().sortIndicatorOrder()
    # A column the list cannot sort by keeps the order as it was.
    click_header(qtbot, main_window, "updated_by")
    assert main_window.table.horizontalHeader().sortIndicatorSection() == COLUMN["client"]
    assert column_texts(main_window, "client") == clients

    again = MainWindow(settings)  # the next start of the program
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sortIndicatorSection() == COLUMN["client"]
    assert again.table.horizontalHeader().sortIndicatorOrder() == order
    again.attach_repository(main_window.repository)
    assert column_texts(again, "client") == clients


def test_the_deadline_column_sorts_by_date_with_the_headlines_colours(qtbot, main_window: MainWindow) -> None:
    today = date.today()
    discovered = {"已届满": date(2019, 3, 1), "三十日内": today.replace(year=today.year - 3) + timedelta(days=30),
                  "尚早": today - timedelta(days=1)}
    deadlines = {title: evaluate_case(case(title, day)).limitation.deadline for title, day in discovered.items()}
    assert deadlines["已届满"] < today <= deadlines["三十日内"] <= today + timedelta(days=90) < deadlines["尚早"]
    for title, day in [("尚早", discovered["尚早"]), ("无日期", None), ("已届满", discovered["已届满"]),
                       ("三十日内", discovered["三十日内"])]:
        main_window.repository.create(case(title, day))
    main_window.refresh()
    main_window.table.sortByColumn(COLUMN["deadline"], Qt.SortOrder.AscendingOrder)
    assert column_texts(main_window, "title") == ["已届满", "三十日内", "尚早", "无日期"]
    assert column_texts(main_window, "deadline") == [deadlines["已届满"].isoformat(),
                                                     deadlines["三十日内"].isoformat(),
                                                     deadlines["尚早"].isoformat(), ""]
    model = main_window.model
    backgrounds = [model.data(model.index(row, COLUMN["deadline"]), Qt.ItemDataRole.BackgroundRole)
                   for row in range(4)]
    assert backgrounds == [QColor(RED), QColor(AMBER), None, None]
    assert "已届满" in model.data(model.index(0, COLUMN["deadline"]), Qt.ItemDataRole.ToolTipRole)
    main_window.table.sortByColumn(COLUMN["deadline"], Qt.SortOrder.DescendingOrder)
    assert column_texts(main_window, "title") == ["尚早", "三十日内", "已届满", "无日期"]  # none last either way


def test_the_list_shows_who_changed_each_case(qtbot, main_window: MainWindow) -> None:
    main_window.repository.create(case("案件"))
    main_window.refresh()
    assert column_texts(main_window, "updated_by") == [main_window.repository.user_name()]
    assert main_window.model.headerData(COLUMN["updated_by"], Qt.Orientation.Horizontal) == "修改人"


_OTHER_PROCESS = """
import sys
from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.repository import CaseRepository
with CaseRepository.open(sys.argv[1], daily_backup=False) as repo:
    repo.create(case_from_json_dict({"format": "liability-wizard-case", "version": 1, "title": "另一窗口的案件",
                                     "client_role": "consumer", "transaction": {"date": "2024-05-01", "category": "goods"}}))
"""


def test_the_list_follows_another_process_and_keeps_the_selection(
        qtbot, main_window: MainWindow, repository: CaseRepository) -> None:
    kept = repository.create(case("我选中的案件"))
    repository.create(case("另一件"))
    main_window.refresh()
    main_window.select_case(kept.id)
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(repository.path)], check=True,
                   cwd=Path(__file__).parents[2])
    qtbot.waitUntil(lambda: "另一窗口的案件" in column_texts(main_window, "title"), timeout=20_000)
    assert main_window.selected_id() == kept.id
    assert len(main_window.table.selectionModel().selectedRows()) == 1


def test_the_trash_context_menu_restores_and_deletes_for_good(qtbot, main_window: MainWindow) -> None:
    summary = main_window.repository.create(case("要删除的案件"))
    main_window.refresh()
    main_window.select_case(summary.id)
    main_window.delete_action.trigger()
    main_window.trash_action.trigger()
    main_window._context_menu(main_window.table.visualRect(main_window.model.index(0, 0)).center())
    actions = {action.text(): action for action in main_window.context_menu.actions()}
    assert set(actions) == {"还原(&R)", "永久删除(&P)…"}
    main_window.context_menu.close()
    actions["还原(&R)"].trigger()
    assert main_window.repository.load(summary.id).summary.deleted is None
    assert main_window.empty_message.isVisible() and "回收站是空的" in main_window.empty_message.text()


def test_in_the_trash_del_deletes_for_good_after_asking_and_the_banner_has_the_two_buttons(
        qtbot, main_window: MainWindow) -> None:
    """Review P21: the banner's 还原 / 永久删除 are buttons, and Del acts inside the trash too."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    summary = main_window.repository.create(case("要永久删除的案件"))
    main_window.refresh()
    main_window.select_case(summary.id)
    main_window.show()
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Delete)  # outside the trash: to the trash
    assert main_window.repository.load(summary.id).summary.deleted is not None
    main_window.trash_action.trigger()
    buttons = {b.text(): b for b in main_window.trash_banner.findChildren(QPushButton)}
    assert set(buttons) == {"还原", "永久删除"} and all(b.isVisible() and b.isEnabled() for b in buttons.values())
    main_window.table.selectRow(0)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(200, answer)
    qtbot.keyClick(main_window.table, Qt.Key.Key_Delete)
    assert asked == ["永久删除后无法恢复。确定删除这件案件吗？"]
    assert main_window.model.rowCount() == 0
    main_window.trash_action.trigger()  # back in the list, Del deletes to the trash again
    assert main_window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert main_window.purge_action.shortcut().isEmpty()
