"""The firm's letterhead entered in the window reaches both the database and the settings file
that ``liability-wizard render`` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liability_wizard.core.firm import FirmProfile
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.report.firm_settings import firm_settings_path, load_firm_profile


def test_saving_the_firm_profile_writes_database_and_settings_file(
        main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    firm = FirmProfile(name="北京市某某律师事务所", address="北京市朝阳区", phone="010-1", lawyer="王某某")
    main_window.save_firm_profile(firm)
    assert main_window.repository.firm_profile() == firm
    path = firm_settings_path()
    assert path.is_relative_to(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "北京市某某律师事务所"
    assert load_firm_profile() == firm


def test_the_settings_dialog_edits_the_signing_details(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtCore import QSettings

    from liability_wizard.gui.settings_dialog import SettingsDialog

    firm = FirmProfile(name="某律所", lawyer="王某某", lawyer_licence="11101201010000001", second_lawyer="李某",
                       second_lawyer_licence="11101201010000002", postcode="100020", email="law@example.cn")
    dialog = SettingsDialog(firm, QSettings(), main_window)
    qtbot.addWidget(dialog)
    assert dialog.firm_profile() == firm  # every field shown is read back unchanged
    dialog.second_lawyer.clear()
    dialog.second_lawyer_licence.clear()
    assert dialog.firm_profile().second_lawyer == "" and dialog.firm_profile().email == "law@example.cn"
