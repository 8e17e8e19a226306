"""``if_unproven``: an uncertain finding re-judged with its unknown facts set against their bearer,
and the sentence that tells the lawyer who must prove what (rules.md, "Burden of proof")."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from liability_wizard.core.burden import bearer_of, describe
from liability_wizard.core.evaluation import Finding, IfUnproven
from liability_wizard.core.evaluation_names import LIABILITY_NAMES
from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.grounds.knowledge import read_signs

BEARER_NAMES = {"client": "委托人", "platform": "平台"}


class GroundRule(Protocol):
    GROUND: str

    def judge(self, ctx: GroundContext) -> Finding: ...


def judgement_facts(ctx: GroundContext, finding: Finding) -> tuple[str, ...]:
    """The facts of a finding that is uncertain only through a judgement step."""
    if finding.missing_facts:
        return finding.missing_facts
    if finding.ground == "knowledge":
        return ("knowledge.indicators",) if read_signs(ctx).one_weak else ("knowledge.breach_continuing",)
    return ()


def with_if_unproven(finding: Finding, rule: GroundRule, ctx: GroundContext,
                     unproven: GroundContext) -> Finding:
    again = rule.judge(unproven)
    if again.outcome not in ("liable", "not_liable"):  # the burden table always decides
        raise AssertionError(f"{finding.ground}: re-judged as {again.outcome}")
    facts = judgement_facts(ctx, finding)
    verdict = IfUnproven(again.outcome, again.liability, facts)  # type: ignore[arg-type]
    return replace(finding, if_unproven=verdict, reasoning=finding.reasoning + _burden_sentence(ctx, verdict))


def _burden_sentence(ctx: GroundContext, verdict: IfUnproven) -> str:
    name = ctx.platform_name
    interp = refs(["CPL-INTERP:90", "CPL-INTERP:91"])
    proofs = "；".join(f"“{describe(path)}”应由{BEARER_NAMES[bearer_of(path)]}证明" for path in verdict.facts)
    bearers = {bearer_of(path) for path in verdict.facts}
    who = BEARER_NAMES[bearers.pop()] if len(bearers) == 1 else "负有举证责任的一方"
    liable = verdict.outcome == "liable"
    then = f"本项成立，{name}承担{LIABILITY_NAMES[verdict.liability]}" if liable else "本项不成立"
    sentence = f"举证责任：依{interp}，当事人对自己的主张负举证责任。"
    if proofs:
        sentence += f"{proofs}。如{who}不能证明，法院可能认定{then}。"
    else:
        sentence += f"如不能进一步证明，法院可能认定{then}。"
    if verdict.facts == ("identification.provided",) and verdict.outcome == "liable":
        sentence += f"{name}在诉讼中仍可提交销售者的真实名称、地址和有效联系方式，以免除先行赔偿责任。"
    return sentence
