"""Starting the program: a case file given on launch or sent by the Finder, the welcome case of the
first run, and the smoke-test switch the packaging check uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from liability_wizard.core.case import read_case_file
from liability_wizard.gui import app
from liability_wizard.gui.app import SMOKE_TEST_VARIABLE, start
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.location import DB_ENV_VAR
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLES, ROOT
from tests.gui.message_boxes import MessageBoxAnswerer

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"
E06 = EXAMPLES / "e06-reputation-timely-takedown.lwcase"
WELCOME_TITLE = "示例案件：平台无法提供卖家信息（可删除）"
START_SECONDS = 60


def titles(repository: CaseRepository, *, in_trash: bool = False) -> list[str]:
    return sorted(s.title for s in repository.list_cases(CaseQuery(in_trash=in_trash, limit=None)).items)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the program opens its database when started without ``--db`` (a fresh file)."""
    path = tmp_path / "program.sqlite3"
    monkeypatch.setenv(DB_ENV_VAR, str(path))
    return path


def started(qtbot, arguments: list[str], settings: QSettings) -> MainWindow:
    window = start(arguments, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.repository is not None)  # opened on the first turn of the event loop
    return window


def test_a_case_file_given_on_launch_is_imported_and_opened(qtbot, database: Path, settings: QSettings) -> None:
    title = read_case_file(E01).title
    window = started(qtbot, [str(E01)], settings)
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    ((case_id, wizard),) = window.wizards.items()
    assert wizard.windowTitle() == f"案件向导 — {title}"
    assert wizard.isVisible()
    assert window.repository.load(case_id).case == read_case_file(E01)
    assert titles(window.repository) == sorted([title, WELCOME_TITLE])  # the first run's welcome case too


def test_a_broken_case_file_given_on_launch_is_explained_in_chinese(
        qtbot, database: Path, settings: QSettings, tmp_path: Path) -> None:
    bad = tmp_path / "坏文件.LWCASE"
    bad.write_text(E01.read_text(encoding="utf-8").replace('"price": 1299.0', '"price": -5'), encoding="utf-8")
    boxes = MessageBoxAnswerer()
    window = started(qtbot, [str(bad)], settings)
    qtbot.waitUntil(lambda: boxes.seen != [])
    boxes.stop()
    ((box_title, text),) = boxes.seen
    assert box_title == "无法导入案件文件"
    assert "transaction.price" in text and "金额不能为负数" in text
    assert window.wizards == {}
    assert titles(window.repository) == [WELCOME_TITLE]


def test_a_file_sent_by_the_finder_is_imported_and_opened(
        qtbot, qapp: QApplication, database: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "FINDER_SENDS_FILES", True)  # as on macOS
    window = start([], settings)
    qtbot.addWidget(window)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(E06)))  # before the database is open: it waits
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(E01)))  # and while the program runs
    qtbot.waitUntil(lambda: len(window.wizards) == 2)
    assert sorted(w.windowTitle() for w in window.wizards.values()) == sorted(
        f"案件向导 — {read_case_file(path).title}" for path in (E01, E06))


def test_a_new_database_gets_one_welcome_case_that_stays_gone_once_deleted(
        qtbot, settings: QSettings, tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"

    def reopen() -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.open_repository(path)
        return window

    window = reopen()
    assert [summary.title for summary in window.model.rows] == [WELCOME_TITLE]
    welcome = window.repository.load(window.model.rows[0].id).case
    assert welcome.model_copy(update={"title": read_case_file(E01).title}) == read_case_file(E01)
    window.select_case(window.model.rows[0].id)
    window.delete_action.trigger()
    window.close()

    window = reopen()
    assert window.model.rows == []
    assert titles(window.repository, in_trash=True) == [WELCOME_TITLE]
    window.repository.purge(window.repository.list_cases(CaseQuery(in_trash=True)).items[0].id)
    window.close()

    window = reopen()  # an empty database again, but not a first run
    assert titles(window.repository) == [] and titles(window.repository, in_trash=True) == []
    window.close()


def test_an_existing_users_cases_are_not_joined_by_the_welcome_case(
        qtbot, settings: QSettings, tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    with CaseRepository.open(path, daily_backup=False) as repository:
        repository.create(read_case_file(E06))
    window = MainWindow(settings)  # settings without the welcome flag: e.g. a new Windows account
    qtbot.addWidget(window)
    assert window.open_repository(path)
    assert [summary.title for summary in window.model.rows] == [read_case_file(E06).title]
    window.close()


def _run_program(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SMOKE_TEST_VARIABLE: "1", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
           DB_ENV_VAR: str(tmp_path / "cases.sqlite3")}
    return subprocess.run([sys.executable, "-m", "liability_wizard", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=START_SECONDS)


@pytest.mark.slow
def test_smoke_test_switch_quits_once_the_window_and_database_are_up(tmp_path: Path) -> None:
    result = _run_program(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with CaseRepository.open(tmp_path / "cases.sqlite3", daily_backup=False) as repository:
        assert titles(repository) == [WELCOME_TITLE]  # the database was opened: the first run's case


@pytest.mark.slow
def test_smoke_test_switch_reports_a_database_it_cannot_open_and_quits(tmp_path: Path) -> None:
    # A message box would wait for a click that never comes: the frozen smoke test would time out.
    (tmp_path / "cases.sqlite3").write_bytes(b"not a database")
    result = _run_program(tmp_path)
    assert result.returncode == 1
    assert "已损坏或不是本程序的数据库" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_command_line_hands_a_case_file_to_the_desktop_program(tmp_path: Path) -> None:
    result = _run_program(tmp_path, str(E06))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "usage:" not in result.stderr
    with CaseRepository.open(tmp_path / "cases.sqlite3", daily_backup=False) as repository:
        assert titles(repository) == sorted([read_case_file(E06).title, WELCOME_TITLE])


def test_the_mnemonic_guard_is_in_place_once_the_window_is_on_screen(
        qtbot, qapp: QApplication, database: Path, settings: QSettings) -> None:
    """The guard is installed after the first paint (it costs every event before it); from then on an
    Alt-letter nothing takes types nothing into the search field (review P2)."""
    from PySide6.QtCore import Qt

    earlier = getattr(qapp, "_mnemonic_guard", None)
    if earlier is not None:  # installed by an earlier test's window: take it away to see start() add it
        qapp.removeEventFilter(earlier)
        qapp._mnemonic_guard = None
    window = start([], settings)
    qtbot.addWidget(window)
    assert getattr(qapp, "_mnemonic_guard", None) is None  # not before the first paint
    qtbot.waitUntil(lambda: getattr(qapp, "_mnemonic_guard", None) is not None)
    window.activateWindow()
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: window.repository is not None)  # its migration done before the next test's


def test_the_window_is_painted_first_with_a_line_and_completed_after_that_frame(
        qtbot, database: Path, settings: QSettings) -> None:
    window = start([], settings)
    qtbot.addWidget(window)
    assert window.isVisible() and not window.completed  # the opening frame: title and one line
    assert window.windowTitle() == "网络交易平台责任评估向导"
    assert window.centralWidget().objectName() == "opening_message"
    assert window.centralWidget().text() == "正在打开案件…"
    assert window.menuBar().actions() == []
    qtbot.waitUntil(lambda: window.completed)
    assert window.centralWidget().isAncestorOf(window.table)  # the same window, its list in the line's place
    assert [menu.text() for menu in window.menuBar().actions()] == ["案件(&C)", "回收站(&B)", "设置(&G)", "帮助(&H)"]
    qtbot.waitUntil(lambda: window.repository is not None)
    assert [summary.title for summary in window.model.rows] == [WELCOME_TITLE]


def test_keys_typed_before_the_window_is_complete_reach_the_search_field_and_shortcuts_work(
        qtbot, qapp: QApplication, database: Path, settings: QSettings) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    window = start([], settings)
    qtbot.addWidget(window)
    window.activateWindow()
    assert not window.completed
    for key, text in ((Qt.Key.Key_A, "a"), (Qt.Key.Key_Q, "q")):  # as the window system hands them over
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(window.windowHandle(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
    QApplication.postEvent(window.windowHandle(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z,
                                                            Qt.KeyboardModifier.AltModifier, "z"))
    qtbot.waitUntil(lambda: window.completed and window.repository is not None)
    qtbot.waitUntil(lambda: window.search.text() == "aq")  # not the Alt+Z
    assert window.focusWidget() is window.search  # so keys typed while it was built went there too
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new case
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    next(iter(window.wizards.values())).close()


def test_a_window_closed_before_it_is_complete_closes(qtbot, database: Path, settings: QSettings) -> None:
    window = start([], settings)
    qtbot.addWidget(window)
    assert window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window.repository is not None)  # its migration done before the next test's
