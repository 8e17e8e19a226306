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
