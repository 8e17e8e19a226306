"""``if_unproven``: an uncertain finding re-judged with its unknown facts set against their bearer,
and the sentence that tells the lawyer who must prove what (rules.md, "Burden of proof")."""

from __future__ import annotations

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
    """The finding's missing facts and the facts of the judgement steps that left it uncertain."""
    facts = list(finding.missing_facts)
    if finding.ground == "knowledge":
        signs, k = read_signs(ctx), ctx.case.knowledge
        if signs.one_weak and not (signs.knew or signs.strong):
            facts.append("knowledge.indicators")
        if signs.complaint_after_purchase and k.breach_continuing is True and k.measures != "timely":
            facts.append("knowledge.breach_continuing")
    return tuple(dict.fromkeys(facts))


def with_if_unproven(finding: Finding, rule: GroundRule, ctx: GroundContext,
                     unproven: GroundContext) -> Finding:
    again = rule.judge(unproven)
    if again.outcome not in ("liable", "not_liable"):  # the burden table always decides
        raise AssertionError(f"{finding.ground}: re-judged as {again.outcome}")
    facts = judgement_facts(ctx, finding)
    verdict = IfUnproven(again.outcome, again.liability, facts)  # type: ignore[arg-type]
    return finding._replace(if_unproven=verdict, reasoning=finding.reasoning + _burden_sentence(ctx, verdict))


def _burden_sentence(ctx: GroundContext, verdict: IfUnproven) -> str:
    name = ctx.platform_name
    interp = refs(["CPL-INTERP:90", "CPL-INTERP:91"])
    proofs = "；".join(f"“{describe(path)}”应由{BEARER_NAMES[bearer_of(path)]}证明" for path in verdict.facts)
    bearers = {bearer_of(path) for path in verdict.facts}
    who = BEARER_NAMES[bearers.pop()] if len(bearers) == 1 else "负有举证责任的一方"
    liable = verdict.outcome == "liable"
    then = f"本项成立，{name}承担{LIABILITY_NAMES[verdict.liability]}" if liable else "本项不成立"
    sentence = f"举证责任：依{interp}，当事人对自己的主张负举证责任。"
    if verdict.facts == ("identification.provided",) and not liable:  # seller_identity 5
        return sentence + ("委托人已掌握销售者的名称、地址和联系方式，可以直接起诉销售者，平台能否提供销售者信息"
                           f"不再作为对平台不利的事实，法院可能认定{then}。")
    if not verdict.facts and ctx.case.identification.valid_when_registered is True:  # seller_identity 4
        return sentence + f"平台已证明销售者信息在其最后一次核验时真实有效，如无相反证据，法院可能认定{then}。"
    if proofs:
        sentence += f"{proofs}。如{who}不能证明，法院可能认定{then}。"
    else:
        sentence += f"如不能进一步证明，法院可能认定{then}。"
    if verdict.facts == ("identification.provided",) and verdict.outcome == "liable":
        sentence += f"{name}在诉讼中仍可提交销售者的真实名称、地址和有效联系方式，以免除先行赔偿责任。"
    return sentence
