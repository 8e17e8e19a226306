"""The firm settings file (律师事务所信息): where it lives and how it is read.

A UTF-8 JSON object in the user's configuration folder, ``liability-wizard/firm.json``
(Windows ``%APPDATA%``, macOS ``~/Library/Application Support``, Linux ``~/.config``)::

    {"name": "某某律师事务所", "address": "北京市……", "postcode": "100022", "phone": "010-……",
     "email": "……@……", "lawyer": "王某某", "lawyer_licence": "……", "second_lawyer": "李某某",
     "second_lawyer_licence": "……", "logo_path": "C:/……/logo.png"}

Every key is optional; unknown keys are ignored. Without the file the letter prints
placeholders such as 【律师事务所名称】 for the lawyer to fill in.
"""

from __future__ import annotations

import json
from pathlib import Path

from liability_wizard.core.firm import FirmProfile

SETTINGS_FILE_NAME = "firm.json"


class FirmSettingsError(ValueError):
    """The settings file exists but cannot be used; the message is Chinese and names the file."""


def firm_settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("liability-wizard", appauthor=False)) / SETTINGS_FILE_NAME


def load_firm_profile(path: Path | None = None) -> FirmProfile:
    """Read ``path`` (must exist) or the default settings file (may be absent: placeholders)."""
    if path is None:
        path = firm_settings_path()
        if not path.exists():
            return FirmProfile()
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise FirmSettingsError(f"{path}：无法读取律师事务所设置文件（{exc.strerror or exc}）") from None
    except UnicodeDecodeError:
        raise FirmSettingsError(f"{path}：律师事务所设置文件不是 UTF-8 编码的文本") from None
    except json.JSONDecodeError as exc:
        raise FirmSettingsError(
            f"{path}：律师事务所设置文件不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）") from None
    if not isinstance(data, dict):
        raise FirmSettingsError(f"{path}：律师事务所设置文件应为一个 JSON 对象")
    return FirmProfile.from_json_dict(data)


def save_firm_profile(profile: FirmProfile, path: Path | None = None) -> None:
    """Write the settings (the GUI's settings dialog); atomically, so a crash keeps the old file."""
    path = path or firm_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(profile.to_json_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
