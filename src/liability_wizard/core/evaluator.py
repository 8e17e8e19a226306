"""``evaluate_case``: the pure function from a case to its evaluation (rules.md).

No clock, no network, no randomness: the same case always gives the same evaluation.
"""

from __future__ import annotations

from liability_wizard.core.approximate_dates import approximate_dates
from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import StatuteCatalogue, load_catalogue
from liability_wizard.core.channels import channels_for
from liability_wizard.core.damages import assess_damages
from liability_wizard.core.evaluation import Evaluation, Finding, overall, overall_if_unproven
from liability_wizard.core.exclusion_clause import rebut_exclusion_clause
from liability_wizard.core.grounds import GROUND_RULES
from liability_wizard.core.grounds.context import GroundContext, context_for
from liability_wizard.core.if_unproven import with_if_unproven
from liability_wizard.core.limitation import assess_limitation
from liability_wizard.core.other_parties import other_parties_for

#: Changes whenever what the evaluator decides changes; stored with every letter snapshot.
RULES_VERSION = "rules-3"

STRONGER_CLAIM = "本案“食品平台义务”一项成立，该项下的连带责任是更有力的请求权。"


def _findings(ctx: GroundContext) -> tuple[Finding, ...]:
    findings = [rule.judge(ctx) for rule in GROUND_RULES]
    if any(f.outcome == "uncertain" for f in findings):
        unproven = ctx.against_bearers()
        for i, (rule, finding) in enumerate(zip(GROUND_RULES, findings, strict=True)):
            if finding.outcome != "uncertain":
                continue
            against = ctx.against_bearers(judging_self_operation=True) if rule.GROUND == "self_operated" \
                else unproven
            findings[i] = with_if_unproven(finding, rule, ctx, against)
    return tuple(_stronger_claim(findings))


def _stronger_claim(findings: list[Finding]) -> list[Finding]:
    """qualification_review names the food duties' joint liability only where that ground holds."""
    by_ground = {f.ground: f for f in findings}
    review = by_ground["qualification_review"]
    if review.outcome in ("liable", "uncertain") and by_ground["food_platform_duties"].outcome == "liable":
        findings[findings.index(review)] = review._replace(counterpoints=(*review.counterpoints, STRONGER_CLAIM))
    return findings


def _evaluate(case: Case, catalogue: StatuteCatalogue) -> Evaluation:
    ctx = context_for(case, catalogue)
    findings = _findings(ctx)
    by_ground = {f.ground: f for f in findings}
    return Evaluation(
        platform_liable=overall(findings),
        law_date=case.transaction.date,
        findings=findings,
        damages=assess_damages(ctx, by_ground),
        limitation=assess_limitation(ctx, by_ground),
        exclusion_clause=rebut_exclusion_clause(ctx),
        channels=channels_for(ctx),
        platform_liable_if_unproven=overall_if_unproven(findings),
        other_parties=other_parties_for(ctx),
    )


def evaluate_case(case: Case, catalogue: StatuteCatalogue | None = None) -> Evaluation:
    catalogue = catalogue or load_catalogue()
    evaluation = _evaluate(case, catalogue)
    if not case.date_precision:
        return evaluation
    months = approximate_dates(case, catalogue, evaluation, lambda c: _evaluate(c, catalogue))
    return evaluation._replace(approximate_dates=months)
