"""The overall answer as one line, with the limitation deadline when it changes what the answer
is worth (review P1): an expired deadline turns the headline red, one within 90 days amber."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from liability_wizard.core.numerals import chinese_date
from liability_wizard.gui.outcome_labels import COLOURS, PLATFORM_LIABLE_NAMES, name

if TYPE_CHECKING:  # the case list colours its deadlines before the first paint, without the core's model
    from liability_wizard.core.evaluation import Evaluation

#: A limitation deadline this close is shown as a warning.
DEADLINE_WARNING_DAYS = 90
AMBER = COLOURS["uncertain"]
RED = COLOURS["no"]


def deadline_state(deadline: date | None, today: date) -> str:
    """``"expired"``, ``"near"`` (within 90 days) or ``""``."""
    if deadline is None:
        return ""
    days = (deadline - today).days
    return "expired" if days < 0 else "near" if days <= DEADLINE_WARNING_DAYS else ""


def deadline_colour(deadline: date | None, today: date) -> str | None:
    return {"expired": RED, "near": AMBER}.get(deadline_state(deadline, today))


def headline(evaluation: Evaluation, today: date) -> tuple[str, str]:
    """``(text, background colour)`` of the overall answer."""
    text = name(PLATFORM_LIABLE_NAMES, evaluation.platform_liable)
    deadline = evaluation.limitation.deadline
    state = deadline_state(deadline, today)
    if state == "expired" and deadline is not None:
        return text + QCoreApplication.translate("Headline", "，但诉讼时效可能已于%1届满").replace("%1", chinese_date(deadline)), RED
    if state == "near" and deadline is not None:
        days = (deadline - today).days
        return text + QCoreApplication.translate("Headline", "，诉讼时效将于 %1 日后届满").replace("%1", str(days)), AMBER
    return text, COLOURS[evaluation.platform_liable]
