"""``evaluate_case``: the pure function from a case to its evaluation (rules.md).

No clock, no network, no randomness: the same case always gives the same evaluation.
"""

from __future__ import annotations

from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import StatuteCatalogue
from liability_wizard.core.channels import channels_for
from liability_wizard.core.damages import assess_damages
from liability_wizard.core.evaluation import Evaluation, overall
from liability_wizard.core.exclusion_clause import rebut_exclusion_clause
from liability_wizard.core.grounds import GROUND_RULES
from liability_wizard.core.grounds.context import context_for
from liability_wizard.core.limitation import assess_limitation

#: Changes whenever what the evaluator decides changes; stored with every letter snapshot.
RULES_VERSION = "rules-1"


def evaluate_case(case: Case, catalogue: StatuteCatalogue | None = None) -> Evaluation:
    ctx = context_for(case, catalogue)
    findings = tuple(rule.judge(ctx) for rule in GROUND_RULES)
    by_ground = {f.ground: f for f in findings}
    return Evaluation(
        platform_liable=overall(findings),
        law_date=case.transaction.date,
        findings=findings,
        damages=assess_damages(ctx, by_ground),
        limitation=assess_limitation(ctx),
        exclusion_clause=rebut_exclusion_clause(ctx),
        channels=channels_for(ctx),
    )
