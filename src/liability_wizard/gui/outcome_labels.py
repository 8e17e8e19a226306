"""The evaluator's words as the desktop program shows them: translated names and badge colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liability_wizard.core.evaluation_names import (  # re-exported for the widgets
    GROUND_NAMES,
    LIABILITY_NAMES,
    OUTCOME_NAMES,
    PLATFORM_LIABLE_NAMES,
)

__all__ = ["COLOURS", "GROUND_NAMES", "LIABILITY_NAMES", "OUTCOME_NAMES", "PLATFORM_LIABLE_NAMES", "name"]

#: Badge colours: green liable (good for the client), red not liable, amber uncertain, grey n/a.
COLOURS = {
    "liable": "#1e7b34", "yes": "#1e7b34",
    "not_liable": "#a12622", "no": "#a12622",
    "uncertain": "#b06d00",
    "not_applicable": "#6b6b6b", "not_covered": "#6b6b6b",
}


def name(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Outcome", table.get(key, key))
