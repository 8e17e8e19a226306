"""GUI test fixtures: real widgets on the offscreen platform, a temporary database per test."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily, after this module is imported).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from liability_wizard.gui.language import load_fonts
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.repository import CaseRepository
from tests.gui.servers import (  # noqa: F401  (fixtures: a database on each back end)
    initialised_postgres_url,
    initialised_template,
    postgres_server,
    shared_database,
)


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: QApplication) -> None:
    load_fonts(qapp)


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[CaseRepository]:
    repo = CaseRepository.open(tmp_path / "cases.sqlite3", daily_backup=False)
    yield repo
    repo.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, repository: CaseRepository, settings: QSettings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach_repository(repository)
    window.show()
    return window
