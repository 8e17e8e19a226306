"""The firm's server stops in the middle of work (the real server, ``pg_ctl stop``): the window stays
usable, the edits are kept in a private file on this computer, the status bar says so, and when the
server is back they are saved. Nothing typed is lost."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.offline_queue import OfflineQueue
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import init_server
from tests.postgres_server import throw_away_server, why_unavailable
from tests.storage.conftest import make_case


@pytest.mark.slow
def test_edits_made_while_the_server_is_down_are_kept_and_saved_when_it_is_back(
        qtbot, settings: QSettings, tmp_path: Path) -> None:
    if reason := why_unavailable():
        pytest.skip(reason)
    kept = tmp_path / "offline"
    # A server of its own, durable as a real one: the shared test server must not be stopped.
    with throw_away_server(durable=True) as server:
        url = server.create_database("office")
        init_server(url)
        address = url.render_as_string(hide_password=False)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.saving.queue = OfflineQueue(kept)
        assert window.open_repository(address)
        window.show()
        case_id = window.repository.create(make_case(notes="初稿")).id
        wizard = window.open_case(case_id)
        wizard.answers.set("notes", "断线前的修改")
        assert wizard.save_now()

        server.stop()
        wizard.answers.set("notes", "断线期间的修改")
        assert wizard.save_now()  # kept: the wizard goes on
        assert window.statusBar().currentMessage().startswith("与律所服务器的连接已断开：修改已保存在本机")
        wizard.answers.set("title", "断线期间改的名称")
        assert wizard.save_now()
        (queued,) = kept.glob("*.json")
        assert stat.S_IMODE(queued.stat().st_mode) == 0o600 and stat.S_IMODE(kept.stat().st_mode) == 0o700
        facts = json.loads(queued.read_text(encoding="utf-8"))["facts"]
        assert (facts["title"], facts["notes"]) == ("断线期间改的名称", "断线期间的修改")
        wizard.close()  # closes without asking: nothing unsaved is thrown away
        assert case_id not in window.wizards
        window.search.setText("断线")  # the window still answers (the list keeps what it showed)

        server.start()
        qtbot.waitUntil(lambda: not list(kept.glob("*.json")), timeout=30_000)
        assert window.statusBar().currentMessage().startswith("已与律所服务器恢复连接")
        window.repository.close()
        with CaseRepository.open(address) as check:
            stored = check.load(case_id)
        assert (stored.case.title, stored.case.notes) == ("断线期间改的名称", "断线期间的修改")
        assert stored.summary.version == 3  # created, saved before, saved once more from the kept file


def test_edits_kept_in_an_earlier_session_are_saved_at_the_next_start(qtbot, settings: QSettings,
                                                                       tmp_path: Path) -> None:
    from liability_wizard.storage.offline_queue import QueuedEdit

    database = tmp_path / "cases.sqlite3"
    with CaseRepository.open(database) as repository:
        saved = repository.create(make_case(notes="初稿"))
        address = str(repository.path)
    queue = OfflineQueue(tmp_path / "offline")
    queue.put(QueuedEdit(address, saved.id, saved.version, "HARM", make_case(notes="上次断线时的修改").to_json_dict()))
    queue.put(QueuedEdit("postgresql+psycopg://li@other/cases", saved.id, 1, None, make_case().to_json_dict()))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.saving.queue = queue
    assert window.open_repository(database)
    qtbot.waitUntil(lambda: not queue.entries(address))
    assert window.repository.load(saved.id).case.notes == "上次断线时的修改"
    assert len(queue.entries("postgresql+psycopg://li@other/cases")) == 1  # another server's edit waits for it
    window.repository.close()
