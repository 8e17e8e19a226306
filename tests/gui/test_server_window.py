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


def test_another_lawyers_change_appears_in_the_list_with_their_name(qtbot, server_window: MainWindow,
                                                                     office_server: ThrowAwayServer) -> None:
    """Issue 14: another login saves a case (its own connection); the open list shows it within a few
    seconds (LISTEN/NOTIFY), says who changed it, and keeps the selected case selected."""
    from liability_wizard.core.case import read_case_file
    from liability_wizard.gui.case_list import CaseTableModel
    from liability_wizard.storage.repository import CaseRepository

    kept = server_window.import_file(E01)
    server_window.select_case(kept)
    with CaseRepository.open(office_server.url("office").render_as_string(False)) as other:  # the superuser
        theirs = other.create(read_case_file(E06))
        qtbot.waitUntil(lambda: server_window.model.row_of(theirs.id) is not None, timeout=20_000)
        assert server_window.selected_id() == kept
        column = CaseTableModel.COLUMNS.index("updated_by")
        model = server_window.model
        assert model.data(model.index(model.row_of(theirs.id), column)) == other.user_name() == "postgres"
        assert model.data(model.index(model.row_of(kept), column)) == "li_ming"
        other.delete(theirs.id)
        qtbot.waitUntil(lambda: server_window.model.row_of(theirs.id) is None, timeout=20_000)
        assert server_window.selected_id() == kept


def test_a_common_word_on_the_server_shows_an_estimated_count(qtbot, server_window: MainWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """For a word in thousands of cases the server lists the first page without counting every match
    (forced here for 120 cases): the status bar says 约, and scrolling still reaches the last case."""
    from liability_wizard.storage import postgres_search
    from liability_wizard.storage.records import CaseQuery
    from tests.gui.wizard_driver import type_text
    from tests.storage.conftest import make_case

    monkeypatch.setattr(postgres_search, "WALK_FROM_PER_ROW", 0)
    repository = server_window.repository
    repository.create_many([make_case(f"第{n:03d}号网购纠纷") for n in range(120)])
    matching = repository.list_cases(CaseQuery(search="纠纷", limit=None)).items
    type_text(qtbot, server_window.search, "纠纷")
    qtbot.waitUntil(lambda: len(server_window.model.rows) == 100)
    assert not server_window.model.total_exact and server_window.model.total > 100
    server_window.refresh()
    assert server_window.statusBar().currentMessage() == f"约 {server_window.model.total} 件案件"
    while server_window.model.canFetchMore():
        server_window.model.fetchMore()
    assert [s.id for s in server_window.model.rows] == [s.id for s in matching]
