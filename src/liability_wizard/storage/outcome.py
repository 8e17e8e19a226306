"""The evaluator's overall answer, stored with each case so the list can sort and filter by it."""

from __future__ import annotations

import logging

from liability_wizard.core.case import Case
from liability_wizard.core.evaluation import PlatformLiable

_log = logging.getLogger(__name__)


def platform_liable(case: Case) -> PlatformLiable | None:
    """``evaluate_case(case).platform_liable``, or None when evaluation fails: a bug in the rules must
    never stop a case from being saved."""
    try:
        # Imported on the first save: opening and listing cases does not need the rules loaded.
        from liability_wizard.core.evaluator import evaluate_case

        return evaluate_case(case).platform_liable
    except Exception as error:
        # One line, no traceback and no case text: the log may be shown to or shared by anyone.
        _log.warning("could not evaluate a case (%s); saved without an outcome", type(error).__name__)
        return None
