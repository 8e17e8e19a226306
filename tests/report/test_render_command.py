"""``liability-wizard render`` and the firm settings file."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES
from tests.report.conftest import squeeze

from liability_wizard.cli.main import main
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.firm_settings import (
    FirmSettingsError,
    firm_settings_path,
    load_firm_profile,
    save_firm_profile,
)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user configuration folder, so the real settings file is never read or written."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def _text(pdf: Path) -> str:
    return squeeze(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                  check=True, text=True).stdout)


@pytest.mark.slow
def test_render_with_placeholders_then_with_settings(tmp_path: Path) -> None:
    case = EXAMPLES / "e01-unidentified-seller.lwcase"
    out = tmp_path / "letter.pdf"
    assert main(["render", str(case), "-o", str(out), "--date", "2025-06-01", "--draft"]) == 0
    text = _text(out)
    assert "【律师事务所名称】" in text and "【承办律师】" in text
    assert "2025年6月1日" in text
    pages = len(re.findall(r"第\d+页共", text))
    assert pages >= 3 and text.count("稿") == pages  # the rotated 草稿 watermark, once a page

    save_firm_profile(FirmProfile(name="上海某某律师事务所", lawyer="赵律师"))
    assert firm_settings_path().is_file()
    assert main(["render", str(case), "-o", str(out), "--date", "2025-06-01"]) == 0
    text = _text(out)
    assert "上海某某律师事务所" in text and "赵律师" in text and "稿" not in text

    other = tmp_path / "firm.json"
    other.write_text(json.dumps({"name": "广州某律所", "unknown": 1, "phone": 5}), encoding="utf-8")
    assert main(["render", str(case), "-o", str(out), "--firm", str(other)]) == 0
    assert "广州某律所" in _text(out)


def test_bad_case_file_names_file_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.lwcase"
    data = {"format": "liability-wizard-case", "version": 1, "title": "x", "client_role": "buyer",
            "transaction": {"date": "2024-05-01", "category": "goods"}}
    bad.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["render", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "client_role" in err and "Traceback" not in err
    assert not out.exists()


def test_bad_firm_settings_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    firm = tmp_path / "firm.json"
    firm.write_text("{not json", encoding="utf-8")
    code = main(["render", str(EXAMPLES / "e01-unidentified-seller.lwcase"), "-o", str(tmp_path / "o.pdf"),
                 "--firm", str(firm)])
    assert code == 2
    assert str(firm) in capsys.readouterr().err


def test_bad_date_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["render", str(EXAMPLES / "e01-unidentified-seller.lwcase"), "-o", str(tmp_path / "o.pdf"),
              "--date", "2025-02-30"])
    assert exited.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_settings_round_trip_and_errors(tmp_path: Path) -> None:
    assert load_firm_profile() == FirmProfile()  # no file: placeholders
    profile = FirmProfile(name="某律所", address="地址", phone="123", lawyer="律师", logo_path="/x/logo.png")
    save_firm_profile(profile)
    assert load_firm_profile() == profile
    with pytest.raises(FirmSettingsError, match="无法读取"):
        load_firm_profile(tmp_path / "missing.json")
    listed = tmp_path / "list.json"
    listed.write_text("[1]", encoding="utf-8")
    with pytest.raises(FirmSettingsError, match="JSON 对象"):
        load_firm_profile(listed)


def test_format_follows_the_suffix_unless_named(tmp_path: Path) -> None:
    case = str(EXAMPLES / "e01-unidentified-seller.lwcase")
    docx, forced = tmp_path / "letter.docx", tmp_path / "letter.out"
    assert main(["render", case, "-o", str(docx), "--date", "2025-06-01"]) == 0
    assert docx.read_bytes()[:2] == b"PK"  # a zip: Office Open XML
    assert main(["render", case, "-o", str(forced), "--format", "docx"]) == 0
    assert forced.read_bytes()[:2] == b"PK"
    assert main(["render", case, "-o", str(forced), "--format", "pdf"]) == 0
    assert forced.read_bytes()[:5] == b"%PDF-"


LOADED_AFTER_RENDER = """
import sys
from liability_wizard.cli.main import main
assert main(["render", sys.argv[1], "-o", sys.argv[2]]) == 0
print(" ".join(name for name in ("docx", "weasyprint") if name in sys.modules))
"""


@pytest.mark.slow
@pytest.mark.parametrize(("suffix", "loaded"), [(".pdf", "weasyprint"), (".docx", "docx")])
def test_render_loads_one_renderer(tmp_path: Path, suffix: str, loaded: str) -> None:
    # A cold `render` pays for every library it imports: the PDF needs no python-docx, the Word copy no WeasyPrint.
    import sys

    run = subprocess.run([sys.executable, "-c", LOADED_AFTER_RENDER, str(EXAMPLES / "e01-unidentified-seller.lwcase"),
                          str(tmp_path / f"letter{suffix}")], capture_output=True, text=True, check=True)
    assert run.stdout.split() == loaded.split()
