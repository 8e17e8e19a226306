"""Each pinned hostile case file opened the way a double-click opens it (the program started with the
file as its argument): a Chinese message box naming the file (and the field), and the database
exactly as it was — nothing half-imported. Real dialogs and a real database, no mocks."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from liability_wizard.core.case import Case, new_case, read_case_file
from liability_wizard.gui.app import start
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.gui.welcome_case import WELCOME_KEY
from liability_wizard.storage.location import DB_ENV_VAR
from liability_wizard.storage.repository import CaseRepository
from tests.gui.message_boxes import MessageBoxAnswerer
from tests.hostile_cases import ACCEPTED, EVALUATOR, REFUSED, write_hostile_cases


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_hostile_cases(tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings) -> Path:
    """The program's database (no --db on a double-click), holding one case already."""
    path = tmp_path / "program.sqlite3"
    monkeypatch.setenv(DB_ENV_VAR, str(path))
    with CaseRepository.open(path, daily_backup=False) as repository:
        repository.create(_existing_case())
    settings.setValue(WELCOME_KEY, True)  # not a first run: no welcome case joins in
    return path


def _existing_case() -> Case:
    return new_case("已有的案件", "consumer", date(2024, 5, 1), "goods")


def stored_rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        cases = connection.execute("SELECT id, title, updated_at, deleted_at FROM cases ORDER BY id").fetchall()
        facts = connection.execute("SELECT * FROM case_facts ORDER BY 1").fetchall()
    return cases + facts


def double_click(qtbot, path: Path, settings: QSettings) -> MainWindow:
    window = start([str(path)], settings)  # the open-file-on-launch path of a double-click
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.repository is not None)
    return window


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_file_shows_a_box_naming_file_and_field_and_imports_nothing(
        name: str, qtbot, hostile: dict[str, Path], database: Path, settings: QSettings) -> None:
    before = stored_rows(database)
    boxes = MessageBoxAnswerer()
    window = double_click(qtbot, hostile[name], settings)
    qtbot.waitUntil(lambda: boxes.seen != [])
    boxes.stop()
    ((title, text),) = boxes.seen
    assert title == "无法导入案件文件"
    assert text.startswith(str(hostile[name]) + "：")
    field = REFUSED[name][1]
    assert (f"字段 {field}" in text) if field else ("第 1 行" in text)
    assert len(text) < 1_000
    assert window.wizards == {}
    window.close()
    assert stored_rows(database) == before


@pytest.mark.parametrize("name", sorted(EVALUATOR))
def test_a_file_the_evaluator_fails_on_is_named_in_a_box_or_opened_never_half_imported(
        name: str, qtbot, hostile: dict[str, Path], database: Path, settings: QSettings) -> None:
    before = stored_rows(database)
    boxes = MessageBoxAnswerer()
    window = double_click(qtbot, hostile[name], settings)
    qtbot.waitUntil(lambda: boxes.seen != [] or window.wizards != {})
    boxes.stop()
    if boxes.seen:  # the evaluator still fails on it: refused whole, with the file named
        ((title, text),) = boxes.seen
        assert title == "无法导入案件文件" and str(hostile[name]) in text and "内部错误" in text
        assert window.wizards == {}
        window.close()
        assert stored_rows(database) == before
    else:  # the evaluator handles it: imported and open in the wizard
        assert len(window.wizards) == 1
        window.close()
        assert len(stored_rows(database)) > len(before)


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_an_odd_but_valid_file_is_imported_and_opened(
        name: str, qtbot, hostile: dict[str, Path], database: Path, settings: QSettings) -> None:
    boxes = MessageBoxAnswerer()
    window = double_click(qtbot, hostile[name], settings)
    qtbot.waitUntil(lambda: window.wizards != {})
    boxes.stop()
    assert boxes.seen == []
    ((case_id, _wizard),) = window.wizards.items()
    assert window.repository.load(case_id).case == read_case_file(hostile[name])
    window.close()
