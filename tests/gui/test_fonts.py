"""The bundled fonts: the interface's own face before the first frame, the rest (rare characters,
the letter's serif) once the window is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from liability_wizard.gui import language
from liability_wizard.gui.app import start
from liability_wizard.storage.location import DB_ENV_VAR

ALL_FAMILIES = {"Noto Sans SC", "Noto Sans SC Ext", "Noto Serif SC", "Noto Serif SC Ext"}


@pytest.fixture
def nothing_registered(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):
    """As in a fresh process (the session fixture registered every font); the font is restored after."""
    monkeypatch.setattr(language, "_registered", {})
    font = qapp.font()
    yield
    qapp.setFont(font)


def test_the_interface_font_first_then_the_rest(qapp: QApplication, nothing_registered) -> None:
    assert language.load_fonts(qapp, interface_only=True) == ["Noto Sans SC"]
    assert "Noto Sans SC" in qapp.font().families() and "Noto Serif SC Ext" not in qapp.font().families()
    assert set(language.load_fonts(qapp)) == ALL_FAMILIES
    families = qapp.font().families()
    assert set(families[-4:]) == ALL_FAMILIES  # after the Latin UI font, if any
    assert families.index("Noto Sans SC") < families.index("Noto Serif SC") < families.index("Noto Serif SC Ext")


def test_the_program_adds_the_rest_after_its_first_frame(qtbot, qapp: QApplication, nothing_registered,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "cases.sqlite3"))
    language.load_fonts(qapp, interface_only=True)
    window = start([], QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert "Noto Serif SC Ext" not in qapp.font().families()
    qtbot.waitUntil(lambda: "Noto Serif SC Ext" in qapp.font().families())
    qtbot.waitUntil(lambda: window.repository is not None)
