"""案件 → 从备份恢复…: the window closes the database, restores through the storage layer, reopens it
and lists the backup's cases; the replaced database is kept."""

from __future__ import annotations

from pathlib import Path

from liability_wizard.core.case import new_case
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.gui.restore_backup import restore_into
from liability_wizard.gui.welcome_case import WELCOME_KEY
from liability_wizard.storage.repository import CaseRepository
from tests.gui.message_boxes import MessageBoxAnswerer


def test_restore_from_a_backup_reopens_the_window_on_the_backups_cases(qtbot, tmp_path: Path, settings) -> None:
    from datetime import date

    db = tmp_path / "cases.sqlite3"
    with CaseRepository.open(db) as repository:
        repository.create(new_case("备份前的案件", "consumer", date(2024, 5, 1), "goods"))
    with CaseRepository.open(db) as repository:
        backup = repository.database.backup_made
    assert backup is not None
    settings.setValue(WELCOME_KEY, True)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_repository(db)
    window.repository.create(new_case("备份后的案件", "consumer", date(2024, 5, 1), "goods"))
    window.refresh()
    assert window.model.total == 2
    boxes = MessageBoxAnswerer()
    assert restore_into(window, backup)
    boxes.stop()
    assert [title for title, _text in boxes.seen] == ["已从备份恢复"]
    assert str(backup) in boxes.seen[0][1] and "1 件案件" in boxes.seen[0][1]
    assert [summary.title for summary in window.model.rows] == ["备份前的案件"]
    (kept,) = [p for p in (tmp_path / "backups").iterdir() if p.is_dir() and p.name.startswith("damaged-")]
    with CaseRepository.open(kept / "cases.sqlite3", daily_backup=False) as old:
        assert old.list_cases().total == 2  # the replaced database, with the newer case, is kept
    window.close()
