"""What the evaluator says about a case, stored with it so the list can sort and filter by it: the
overall answer and the limitation deadline (时效届满)."""

from __future__ import annotations

import logging
from datetime import date
from typing import NamedTuple

from liability_wizard.core.case import Case
from liability_wizard.core.evaluation import Evaluation, PlatformLiable

_log = logging.getLogger(__name__)


class Outcome(NamedTuple):
    platform_liable: PlatformLiable | None
    limitation_deadline: date | None


def outcome(case: Case) -> Outcome:
    """The overall answer and the limitation deadline of ``evaluate_case(case)``, or both None when
    evaluation fails: a bug in the rules must never stop a case from being saved."""
    try:
        # Imported on the first save: opening and listing cases does not need the rules loaded.
        from liability_wizard.core.evaluator import evaluate_case

        evaluation = evaluate_case(case)
    except Exception as error:
        # One line, no traceback and no case text: the log may be shown to or shared by anyone.
        _log.warning("could not evaluate a case (%s); saved without an outcome", type(error).__name__)
        return Outcome(None, None)
    return outcome_of(evaluation)


def outcome_of(evaluation: Evaluation) -> Outcome:
    """What the list keeps of an evaluation already made (an import evaluates each file first)."""
    return Outcome(evaluation.platform_liable, evaluation.limitation.deadline)
