"""Two lawyers editing one case (two repository connections, real SQLite and real PostgreSQL): the
later save is refused, the user sees who and when and chooses; nothing is lost either way and the
version not kept stays in the case's history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from liability_wizard.gui.case_conflict import CaseConflictDialog
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.offline_queue import OfflineQueue
from liability_wizard.storage.records import NO_LETTER
from liability_wizard.storage.repository import CaseRepository
from tests.storage.conftest import make_case


@pytest.fixture
def window(qtbot, shared_database: str, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.saving.queue = OfflineQueue(tmp_path / "offline")
    assert window.open_repository(shared_database)
    window.show()
    yield window
    window.repository.close()


@pytest.fixture
def colleague(shared_database: str) -> Iterator[CaseRepository]:
    """李明's copy of the program: its own connections to the same database."""
    with CaseRepository.open(shared_database) as other:
        yield other


def answer_conflict(act: Callable[[CaseConflictDialog], None]) -> list[str]:
    """Run ``act`` on the conflict dialog once it opens; returns its headline."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CaseConflictDialog):
            seen.append(dialog.headline.text())
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def edit_concurrently(window: MainWindow, colleague: CaseRepository):
    case_id = colleague.create(make_case(notes="初稿")).id
    wizard = window.open_case(case_id)
    theirs = colleague.save_draft(case_id, make_case(notes="李明的修改"))
    wizard.answers.set("notes", "我的修改")
    return case_id, wizard, theirs


def test_keeping_mine_saves_it_on_top_and_keeps_theirs_in_the_history(qtbot, window: MainWindow,
                                                                     colleague: CaseRepository) -> None:
    case_id, wizard, theirs = edit_concurrently(window, colleague)
    differences: list[list[str]] = []

    def view_then_keep(dialog: CaseConflictDialog) -> None:
        dialog.view_button.click()
        assert dialog.differences.isVisible()
        differences.extend([dialog.differences.item(r, c).text() for c in range(3)]
                           for r in range(dialog.differences.rowCount()))
        dialog.keep_button.click()

    seen = answer_conflict(view_then_keep)
    assert wizard.save_now()
    when = theirs.updated.astimezone().strftime("%H:%M")
    assert seen == [f"此案件已由 {colleague.user_name()} 于 {when} 修改。"]
    assert [row[1:] for row in differences] == [["李明的修改", "我的修改"]]
    stored = colleague.load(case_id)
    assert stored.case.notes == "我的修改" and stored.summary.version == theirs.version + 1
    (kept,) = colleague.snapshots(case_id)
    assert kept.case_facts["notes"] == "李明的修改" and kept.letter_sha256 == NO_LETTER
    # Later saves carry the new version: no second conflict.
    wizard.answers.set("notes", "我的第二次修改")
    assert wizard.save_now() and colleague.load(case_id).case.notes == "我的第二次修改"


def test_discarding_mine_shows_theirs_and_keeps_mine_in_the_history(qtbot, window: MainWindow,
                                                                   colleague: CaseRepository) -> None:
    case_id, wizard, theirs = edit_concurrently(window, colleague)
    answer_conflict(lambda dialog: dialog.discard_button.click())
    assert wizard.save_now()
    qtbot.waitUntil(lambda: wizard.answers.get("notes") == "李明的修改")
    stored = colleague.load(case_id)
    assert stored.case.notes == "李明的修改" and stored.summary.version == theirs.version
    (kept,) = colleague.snapshots(case_id)
    assert kept.case_facts["notes"] == "我的修改" and kept.letter_sha256 == NO_LETTER
    wizard.undo_stack.undo()  # mine back in the window, one step
    assert wizard.answers.get("notes") == "我的修改"


def test_closing_the_dialog_saves_nothing_and_asks_again(qtbot, window: MainWindow,
                                                         colleague: CaseRepository) -> None:
    case_id, wizard, _theirs = edit_concurrently(window, colleague)
    answer_conflict(lambda dialog: dialog.reject())
    assert not wizard.save_now()
    assert wizard.status.text().startswith("未保存：此案件已由")
    assert colleague.load(case_id).case.notes == "李明的修改" and colleague.snapshots(case_id) == []
    assert wizard.answers.get("notes") == "我的修改"
    answer_conflict(lambda dialog: dialog.discard_button.click())  # decided now: the window can close
    assert wizard.save_now()
