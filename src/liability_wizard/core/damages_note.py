"""The damages note: who owes the punitive sum, what an undetermined head would give, and the
exclusions a lawyer must be able to explain (rules.md, Damages, ``note``)."""

from __future__ import annotations

from datetime import date

from liability_wizard.core.evaluation import DamagesHead, Finding
from liability_wizard.core.grounds.context import GroundContext, refs

FSL_2009_FROM = date(2009, 6, 1)
HEAD_NAMES = {"food": "食品价款十倍（或损失三倍）的惩罚性赔偿", "drug": "药品价款十倍（或损失三倍）的惩罚性赔偿",
              "fraud": "价款三倍的惩罚性赔偿", "fraud_1993": "价款一倍的增加赔偿",
              "known_defect": "所受损失二倍以下的惩罚性赔偿"}
TRIGGERS = {"food": "食品不符合食品安全标准", "drug": "涉案药品为假药、劣药", "fraud": "经营者存在欺诈行为",
            "fraud_1993": "经营者存在欺诈行为", "known_defect": "经营者明知商品存在缺陷仍然销售"}


def _who_owes(ctx: GroundContext, findings: dict[str, Finding]) -> str:
    liable = {g for g, f in findings.items() if f.outcome == "liable"}
    if "self_operated" in liable:
        food = f"（食品依{refs(['SPC-FOODSAFETY1:2'])}）" if ctx.category == "food" else ""
        return f"平台作为销售者，在与任何经营者相同的条件下，自行承担惩罚性赔偿{food}。"
    if liable & {"knowledge", "food_platform_duties", "notice_takedown"}:
        return ("平台承担连带责任时，消费者也可以向平台主张惩罚性赔偿，但因该赔偿以销售者自身的欺诈或明知为基础，"
                "各地法院做法不一。")
    if liable & {"seller_identity", "qualification_review", "platform_promise"}:
        return "在先行赔偿或相应的责任下，能否向平台主张惩罚性赔偿，法院做法不一，向销售者主张更为稳妥。"
    return "惩罚性赔偿只能向销售者或生产者主张。"


def _undetermined(head: DamagesHead, ctx: GroundContext) -> str:
    harm, name = ctx.case.harm, HEAD_NAMES[head.head]
    trigger = {"food": harm.unsafe_food, "drug": harm.fake_or_substandard_drug, "fraud": harm.seller_fraud,
               "fraud_1993": harm.seller_fraud, "known_defect": harm.knowingly_defective}[head.head]
    if trigger is None:
        return f"如能证明{TRIGGERS[head.head]}，可主张{name}（{refs(head.basis)}），数额待定。"
    base = "损失数额" if head.head == "known_defect" else "价款"
    return f"{TRIGGERS[head.head]}，可主张{name}（{refs(head.basis)}），但{base}尚不清楚，数额待定。"


def _exclusions(ctx: GroundContext) -> list[str]:
    harm, parts = ctx.case.harm, []
    if harm.bought_knowing_defect is True:
        parts.append("委托人购买时已知道商品存在问题，未因经营者的行为陷入错误认识，不构成欺诈，不能主张欺诈的惩罚性赔偿"
                     "（欺诈以使对方基于错误认识作出意思表示为要件；最高人民法院2017年对“职业打假”的答复意见亦持此立场）。")
    if harm.label_defect_only is True:
        if ctx.category == "food" and ctx.in_force("FSL"):
            excused = refs(["SPC-PUNITIVE:6", "SPC-PUNITIVE:7", "SPC-PUNITIVE:8"])
            parts.append(f"食品仅存在不影响食品安全且不会对消费者造成误导的标签、说明书瑕疵的，依{refs(['FSL:148.2'])}但书，"
                         f"不能主张十倍赔偿；哪些瑕疵可以免责、哪些不能免责，见{excused}。")
        if ctx.in_force("CRPL-REG"):
            parts.append(f"仅存在不影响商品质量、不误导消费者的标签瑕疵的，依{refs(['CRPL-REG:49'])}，不适用欺诈的惩罚性赔偿。")
        if harm.seller_fraud is True:
            parts.append("注意：案件事实同时记载“仅有不误导消费者的标签瑕疵”和“经营者欺诈”，二者相互矛盾，应核实。")
    if ctx.category == "drug" and ctx.in_force("DAL"):
        parts.append(f"销售者可能依{refs(['SPC-PUNITIVE:11'])}主张免责事由（如少量非营利的自用互助、传统验方等），应注意核实。")
    if ctx.category == "food" and FSL_2009_FROM <= ctx.t < ctx.starts("FSL"):
        parts.append("交易发生在2015年10月1日前，当时适用的2009年《中华人民共和国食品安全法》规定的十倍赔偿本意见书未作计算，"
                     "应另行核算。")
    if harm.seller_knew_unsafe is False and ctx.category in ("food", "drug"):
        parts.append("销售者不明知的，不能向其主张惩罚性赔偿；生产者不以明知为要件，仍可向生产者主张。")
    return parts


def damages_note(ctx: GroundContext, heads: list[DamagesHead], best: DamagesHead | None,
                 findings: dict[str, Finding], promised: float | None) -> str:
    harm = ctx.case.harm
    parts: list[str] = []
    if not heads:
        parts.append("本案未见可适用的惩罚性赔偿。")
    else:
        if best is not None:
            conditional = ("；该数额以经营者“明知”为前提，明知尚待证明" if best.head in ("food", "drug")
                           and harm.seller_knew_unsafe is None else "")
            parts.append(f"惩罚性赔偿按可适用的最高一项计算{conditional}。")
            if best.kind == "ceiling":
                parts.append(f"{refs(best.basis)}规定的是“二倍以下”的上限，具体数额由法院酌定，且以造成消费者"
                             "死亡或者健康严重损害为条件。")
            if best.head in ("food", "drug", "fraud") and best.amount in (1000.0, 500.0):
                parts.append("该数额为法定最低额；法院判决不会超过委托人的诉讼请求，起诉时应按此数额主张。")
        parts += [_undetermined(h, ctx) for h in heads if h.kind == "undetermined"]
        parts.append(_who_owes(ctx, findings))
    parts += _exclusions(ctx)
    if promised is not None:
        parts.append(f"此外，平台承诺的赔付（{promised:,.2f}元）应由平台按承诺履行，不计入惩罚性赔偿。")
    return "".join(parts)
