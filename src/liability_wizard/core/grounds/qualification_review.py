"""资质审核与安全保障 — goods bearing on life and health (电子商务法第三十八条第二款).

Applies ECL:38.2 (未尽到资质资格审核义务或安全保障义务，造成消费者损害的，承担相应的责任).
"""

from __future__ import annotations

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, ref

GROUND = "qualification_review"
BASIS = ["ECL:38.2"]


def judge(ctx: GroundContext) -> Finding:
    if closed := ctx.consumer_ground_closed(GROUND, "ECL"):
        return closed
    if not (ctx.case.transaction.life_health is True or ctx.category in ("food", "drug")):
        return ctx.not_applicable(GROUND, "涉案商品或服务不属于关系消费者生命健康的商品或服务，本项不适用。")
    case, name = ctx.case, ctx.platform_name
    reviewed, breached = case.qualification_review, case.safety_duty_breached
    article = ref("ECL:38.2")
    evidence = ["销售者的资质证照（如食品经营许可证、药品经营许可证）是否在店铺页面公示的截图",
                "平台对入驻经营者资质审核规则的公开文本", "损害后果的证明（病历、检测报告、购物凭证）"]
    counter = ["“相应的责任”的含义存在争议（按过错比例承担的按份责任，或补充责任）。"]
    if ctx.category == "food":
        counter[0] += "如“食品平台义务”一项同时成立，该项下的连带责任是更有力的请求权。"
    if reviewed is True and breached is False:
        return ctx.finding(GROUND, "not_liable", BASIS, f"{name}已审核销售者的资质资格，亦未违反对消费者的安全保障义务，"
                                                        f"依{article}不承担相应的责任。")
    if reviewed is False or breached is True:
        failure = "未尽到对销售者资质资格的审核义务" if reviewed is False else "未尽到对消费者的安全保障义务"
        if case.harm.kinds:
            reasoning = (f"涉案商品关系消费者生命健康，{name}{failure}，并已造成消费者损害。依{article}，"
                         f"平台应当承担相应的责任。结论：{name}应承担相应的责任。")
            return ctx.finding(GROUND, "liable", BASIS, reasoning, counterpoints=counter, evidence=evidence)
        if ctx.unproven:  # no harm proved: the article's 造成消费者损害 fails
            return ctx.finding(GROUND, "not_liable", BASIS, f"涉案商品关系消费者生命健康，{name}{failure}；但委托人未能证明"
                                                            f"受到损害，不符合{article}“造成消费者损害”的要件。")
        reasoning = (f"涉案商品关系消费者生命健康，{name}{failure}；但{article}以“造成消费者损害”为要件，"
                     "损害的种类尚未查明。")
        return ctx.finding(GROUND, "uncertain", BASIS, reasoning, counterpoints=counter, missing=["harm.kinds"],
                           evidence=evidence)
    missing = [path for path, value in (("qualification_review", reviewed), ("safety_duty_breached", breached))
               if value is None]
    reasoning = (f"涉案商品关系消费者生命健康。尚不清楚{name}是否审核了销售者的资质资格、是否尽到安全保障义务；"
                 f"任一义务未尽到并造成损害的，依{article}平台承担相应的责任。")
    return ctx.finding(GROUND, "uncertain", BASIS, reasoning, counterpoints=counter, missing=missing, evidence=evidence)
