"""The main window on the firm's PostgreSQL server (``LIABILITY_WIZARD_DB`` or ``--db`` naming it): the
same list, search, trash and messages as on a file (设置 → 案件数据库: tests/gui/test_database_settings.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.server import add_login, init_server
from tests.conftest import EXAMPLES
from tests.gui.message_boxes import MessageBoxAnswerer
from tests.postgres_server import ThrowAwayServer, throw_away_server, why_unavailable

E01 = EXAMPLES / "e01-unidentified-seller.lwcase"
E06 = EXAMPLES / "e06-reputation-timely-takedown.lwcase"


@pytest.fixture(scope="module")
def office_server() -> Iterator[ThrowAwayServer]:
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    with throw_away_server() as server:
        url = server.create_database("office")
        init_server(url)
        add_login(url, "li_ming")
        yield server


@pytest.fixture
def server_window(qtbot, office_server: ThrowAwayServer, settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_repository(office_server.url("office", user="li_ming").render_as_string(False))
    window.show()
    yield window
    window.repository.close()


def test_a_lawyer_works_on_the_server_as_on_a_file(qtbot, server_window: MainWindow) -> None:
    from liability_wizard.storage.records import CaseQuery
    from tests.gui.wizard_driver import type_text

    repository = server_window.repository
    assert str(repository.path).startswith("postgresql+psycopg://li_ming@127.0.0.1:")
    before = {s.id for s in server_window.model.rows}  # the welcome case, on the first opening
    first, second = server_window.import_file(E01), server_window.import_file(E06)
    assert {s.id for s in server_window.model.rows} == before | {first, second}
    assert repository.load(first).summary.updated_by == "li_ming"

    type_text(qtbot, server_window.search, "耳机")  # two Chinese characters, on the server's search column
    expected = {s.id for s in repository.list_cases(CaseQuery(search="耳机")).items}
    assert first in expected and second not in expected
    qtbot.waitUntil(lambda: {s.id for s in server_window.model.rows} == expected)
    server_window.search.clear()
    qtbot.waitUntil(lambda: len(server_window.model.rows) == len(before) + 2)
    server_window.select_case(second)
    server_window.delete_action.trigger()
    assert {s.id for s in server_window.model.rows} == before | {first}
    assert repository.load(second).summary.deleted is not None


def test_a_lawyer_emptying_the_trash_is_told_only_the_owner_may(qtbot, server_window: MainWindow) -> None:
    case_id = server_window.import_file(E01)
    server_window.repository.delete(case_id)
    boxes = MessageBoxAnswerer()
    server_window._guard(server_window.repository.purge, case_id)
    boxes.stop()
    ((title, text),) = boxes.seen
    assert title == "操作未完成" and "所有者" in text
    assert server_window.repository.load(case_id).summary.deleted is not None
