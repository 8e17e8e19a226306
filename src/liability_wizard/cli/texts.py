"""Help texts in Chinese and English, chosen by the locale (``LANG``/``LC_ALL``); both when unsure."""

from __future__ import annotations

import os


def _language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en" if value.lower().startswith("en") else ""
    return ""


def bilingual(zh: str, en: str) -> str:
    lang = _language()
    return zh if lang == "zh" else en if lang == "en" else f"{zh} / {en}"
