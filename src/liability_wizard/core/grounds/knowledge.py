"""明知或者应知 — the platform knew or should have known and took no necessary measures (连带责任).

Consumers: CRPL:44.2, ECL:38.1, SPC-FOOD:9 (food, drugs), SPC-NETCON:16 (live-stream);
before 2014-03-15: TLL:36.3. Rights holders: CC:1197, TLL:36.3 before 2021, CC:1197 with
SPC-CC-TIME:1 for an act continuing into 2021; ECL:45 (IP on a trading platform);
SPC-NETPERS:6 (reputation).
"""

from __future__ import annotations

from dataclasses import dataclass

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.numerals import chinese_date

GROUND = "knowledge"
STRONG = frozenset({"repeated_complaints", "obvious_infringement", "prior_penalty", "regulator_notice"})
WEAK = frozenset({"platform_promoted", "platform_edited", "abnormal_price"})
INDICATOR_NAMES = {
    "repeated_complaints": "同类投诉反复发生", "obvious_infringement": "侵权或违法明显",
    "platform_promoted": "平台对商品或内容进行了推荐", "platform_edited": "平台对商品或内容进行了编辑整理",
    "abnormal_price": "价格明显异常", "prior_penalty": "销售者曾因同类行为受到处罚",
    "regulator_notice": "监管部门曾向平台通报",
}


@dataclass(frozen=True, slots=True)
class KnowledgeSigns:
    """What the facts show of the platform's knowledge (rules.md, knowledge)."""

    knew: bool
    strong: bool
    possible: bool
    missing: tuple[str, ...]
    notice_after_purchase: bool


def continuing_into_civil_code(ctx: GroundContext) -> bool:
    """An explicit ``continued_until`` on or after the Civil Code took effect (never inferred)."""
    until = ctx.case.transaction.continued_until
    return until is not None and until >= ctx.starts("CC")


def _basis(ctx: GroundContext) -> list[str] | None:
    t = ctx.t
    if ctx.consumer:
        if ctx.in_force("CRPL"):
            basis = ["CRPL:44.2"]
            if ctx.in_force("ECL"):
                basis.append("ECL:38.1")
            if ctx.category in ("food", "drug"):
                basis.append("SPC-FOOD:9")
            if ctx.live_streaming and ctx.in_force("ECL"):
                basis.append("SPC-NETCON:16")
            return basis
        return ["TLL:36.3"] if ctx.in_force("TLL") else None
    basis = ["ECL:45"] if ctx.ip_on_trading_platform and ctx.in_force("ECL") else []
    if t >= ctx.starts("CC"):
        basis.append("CC:1197")
    elif continuing_into_civil_code(ctx):
        basis += ["CC:1197", "SPC-CC-TIME:1"]
    elif ctx.in_force("TLL"):
        basis.append("TLL:36.3")
    else:
        return None
    if "reputation" in ctx.case.harm.kinds:
        basis.append("SPC-NETPERS:6")
    return basis


def read_signs(ctx: GroundContext) -> KnowledgeSigns:
    k = ctx.case.knowledge
    indicators = set(k.indicators)
    weak = len(indicators & WEAK)
    knew = ctx.consumer and k.notice_received is True and k.notice_date is not None and k.notice_date <= ctx.t
    strong = bool(indicators & STRONG) or weak >= 2
    missing: list[str] = []
    possible = weak == 1
    if ctx.consumer and k.notice_received is None and (k.notice_date is None or k.notice_date <= ctx.t):
        possible = True
        missing.append("knowledge.notice_received")
    if ctx.consumer and k.notice_received is True and k.notice_date is None:
        possible = True
        missing.append("knowledge.notice_date")
    after = ctx.consumer and k.notice_received is True and k.notice_date is not None and k.notice_date > ctx.t
    return KnowledgeSigns(knew, strong, possible, tuple(missing), after)


def _describe(ctx: GroundContext, signs: KnowledgeSigns) -> str:
    parts = []
    if signs.knew:
        parts.append(f"平台于{chinese_date(ctx.case.knowledge.notice_date)}即已收到投诉或通知")  # type: ignore[arg-type]
    named = [INDICATOR_NAMES[i] for i in ctx.case.knowledge.indicators]
    if named:
        parts.append("存在" + "、".join(named) + "等情形")
    return "，".join(parts) if parts else "现有事实"


def judge(ctx: GroundContext) -> Finding:
    basis = _basis(ctx)
    if basis is None:
        return ctx.not_applicable(GROUND, f"行为发生于{chinese_date(ctx.t)}，早于《中华人民共和国侵权责任法》（2010年7月1日施行），"
                                          "不在本工具范围内。")
    if ctx.platform_self_operated:
        return ctx.not_applicable(GROUND, f"{ctx.platform_name}自营涉案商品，作为销售者直接承担责任（见“平台自营”一项），"
                                          "不再适用平台知道或者应当知道的规则。")
    signs = read_signs(ctx)
    measures = ctx.case.knowledge.measures
    tll = "TLL:36.3" in basis
    article = refs([c for c in basis if c != "SPC-NETPERS:6"])
    name = ctx.platform_name
    counter = ["《中华人民共和国侵权责任法》第三十六条第三款仅规定“知道”，部分法院将其理解为明知（实际知道），"
               "应以证据证明平台实际知道或足以推定其知道。"] if tll else []
    evidence = ["平台此前收到的投诉、举报记录（可向平台或12315调取）", "同类商品或内容的评价、投诉截图",
                "平台推荐、编辑或异常低价的页面截图", "平台采取措施的时间与内容记录"]
    knows = "知道" if tll else "知道或者应当知道"
    if signs.notice_after_purchase and not (signs.strong or signs.possible):
        evidence.insert(0, "购买之前平台已收到同类投诉的证据")
    if signs.knew or signs.strong:
        shown = _describe(ctx, signs)
        finding = f"{shown}，足以认定{name}{knows}" if not tll else f"{shown}，法院可据此认定{name}知道"
        wrong = "销售者利用其平台侵害消费者合法权益" if ctx.consumer else "网络用户利用其网络服务侵害委托人的权利"
        if measures in ("none", "late", "insufficient"):
            what = {"none": "未采取任何必要措施", "late": "未及时采取必要措施",
                    "insufficient": "仅采取了部分措施，未采取足以制止侵权的必要措施"}[measures]
            reasoning = (f"{finding}{wrong}，而平台{what}。依{article}，"
                         f"平台应与侵权人承担连带责任，范围为其{knows}之后发生的损失。结论：{name}承担连带责任。")
            return ctx.finding(GROUND, "liable", basis, reasoning, counterpoints=counter, evidence=evidence)
        if measures == "timely":
            reasoning = f"{finding}，但平台已及时采取必要措施，依{article}不承担连带责任。"
            return ctx.finding(GROUND, "not_liable", basis, reasoning, counterpoints=counter, evidence=evidence)
        reasoning = f"{finding}；尚不清楚平台是否采取了必要措施。未采取的，依{article}应承担连带责任。"
        return ctx.finding(GROUND, "uncertain", basis, reasoning, counterpoints=counter,
                           missing=["knowledge.measures"], evidence=evidence)
    if signs.possible:
        if measures == "timely":
            reasoning = f"即使{name}{knows}，其已及时采取必要措施，依{article}不承担连带责任。"
            return ctx.finding(GROUND, "not_liable", basis, reasoning, counterpoints=counter, evidence=evidence)
        missing = list(signs.missing) + (["knowledge.measures"] if measures is None else [])
        reasoning = (f"现有事实仅能说明{name}可能{knows}侵权行为（如仅有一项较弱的迹象，或是否收到投诉尚不清楚），"
                     f"尚不足以认定。如能补强证据证明平台{knows}而未采取必要措施，依{article}平台应承担连带责任。")
        return ctx.finding(GROUND, "uncertain", basis, reasoning, counterpoints=counter, missing=missing,
                           evidence=evidence)
    after = (f"委托人的投诉于购买之后（{chinese_date(ctx.case.knowledge.notice_date)}）才到达平台，"  # type: ignore[arg-type]
             "不能证明平台在交易时已经知道。") if signs.notice_after_purchase else ""
    notice_rule = "" if ctx.consumer else "权利人的通知在“通知与删除”一项中评价。"
    act = "销售者侵害消费者合法权益的行为" if ctx.consumer else "侵权行为"
    signs_absent = f"未收到交易前的投诉，也无足以推定其{knows}的迹象" if ctx.consumer else f"无足以推定其{knows}的迹象"
    reasoning = (f"{after}现有事实未显示{name}{knows}{act}（{signs_absent}）。"
                 f"{notice_rule}依{article}，本项不成立。")
    return ctx.finding(GROUND, "not_liable", basis, reasoning, counterpoints=counter, evidence=evidence)
