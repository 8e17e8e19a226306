"""自营 — the platform sold the item itself, or presented it as its own.

Applies CRPL:40 (销售者责任), ECL:37.2 (标记为自营的业务承担销售者责任), SPC-NETCON:4
(自营及足以误导的标识), SPC-FOODSAFETY1:2 (food), SPC-NETCON:13 (its own live-stream sale),
CPL-INTERP:91 (a platform that took the payment in its own name proves it was only an intermediary).
"""

from __future__ import annotations

from datetime import date

from liability_wizard.core.burden import platform_bears_self_operation
from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, ref
from liability_wizard.core.numerals import chinese_date

GROUND = "self_operated"
NETCON_FROM = date(2022, 3, 15)  # SPC-NETCON took effect; its 4.2 added the misleading-appearance rule
FOODSAFETY1_FROM = date(2021, 1, 1)


def _basis(ctx: GroundContext, actual: bool | None, label: bool | None) -> list[str]:
    basis = ["CRPL:40"] if actual is True else []
    if ctx.in_force("ECL") and not (actual is True and label is not True):
        basis.append("ECL:37.2")
    basis.append("SPC-NETCON:4")
    if ctx.category == "food" and ctx.in_force("FSL"):
        basis.append("SPC-FOODSAFETY1:2")
    if actual is True and ctx.live_streaming:
        basis.append("SPC-NETCON:13")
    return basis


def _label_counterpoints(ctx: GroundContext) -> list[str]:
    t, out = ctx.t, []
    if t < ctx.starts("ECL"):
        out.append(f"平台可能抗辩：交易发生于{chinese_date(t)}，早于《中华人民共和国电子商务法》第三十七条（2019年1月1日施行）及"
                   "网络消费纠纷司法解释第四条。回应：以自营名义销售即以销售者身份与消费者交易，依《中华人民共和国消费者权益保护法》"
                   "第四十条仍应承担销售者责任；司法解释适用于尚未审结的案件。")
    if t < NETCON_FROM:
        out.append("平台可能抗辩：“足以误导消费者相信系平台自营”的认定规则（网络消费纠纷司法解释第四条第二款）于2022年3月15日"
                   "才施行，晚于交易。回应：该解释适用于施行时尚未审结的案件，且消费者据平台标识与平台交易的事实不变。")
    if ctx.category == "food" and t < FOODSAFETY1_FROM:
        out.append("平台可能抗辩：食品安全民事纠纷司法解释（一）第二条第二款（使人误认为自营的食品）于2021年1月1日施行，晚于交易。"
                   "回应：该解释适用于施行后尚未审结的案件。")
    return out


def judge(ctx: GroundContext) -> Finding:
    if not ctx.consumer:
        return ctx.not_applicable(GROUND, "委托人为权利人，平台是否自营不影响本项；平台自营销售侵权商品时亦可能构成直接侵权，"
                                          "本意见书不就此展开分析。")
    if ctx.t < ctx.starts("CRPL"):
        return ctx.not_applicable(GROUND, f"交易发生于{chinese_date(ctx.t)}，早于2014年3月15日修正后的《中华人民共和国消费者权益保护法》"
                                          "施行。平台自营时作为销售者承担的责任适用当时的法律（1993年《中华人民共和国消费者权益保护法》、"
                                          "《中华人民共和国产品质量法》），不在本意见书的分析范围内。")
    platform = ctx.case.platform
    actual, label = platform.self_operated, platform.self_operated_label
    basis = _basis(ctx, actual, label)
    name = ctx.platform_name
    evidence = ["商品页面及店铺页面截图（显示“自营”标识或销售主体）", "订单详情中载明的销售主体", "发票或收据的开具主体"]
    if actual is True:
        reasoning = (f"{name}自行销售涉案商品（自营），即为销售者。依{ref('CRPL:40')}，消费者可以直接向其要求赔偿；"
                     f"{name}不能以网络交易平台提供者的身份主张仅承担平台责任。结论：{name}作为销售者承担责任。")
        return ctx.finding(GROUND, "liable", basis, reasoning, evidence=evidence)
    if label is True:
        law = ref("ECL:37.2") + "及" if "ECL:37.2" in basis else ""
        reasoning = (f"涉案商品以“自营”名义标记，或以足以使消费者相信系{name}自营的方式展示。依{law}"
                     f"{ref('SPC-NETCON:4')}，{name}应对其标记为自营的业务承担商品销售者的民事责任，"
                     f"即使实际销售者另有其人。结论：委托人可以要求{name}作为销售者承担责任。")
        return ctx.finding(GROUND, "liable", basis, reasoning, counterpoints=_label_counterpoints(ctx),
                           evidence=evidence)
    if actual is False and label is False:
        reasoning = (f"现有事实表明涉案商品由平台内经营者销售，{name}既未自营，也未以自营名义标记或展示。"
                     f"因此{name}不承担销售者责任；其责任取决于以下作为网络交易平台提供者的各项义务。")
        return ctx.finding(GROUND, "not_liable", basis, reasoning)
    if actual is None and platform_bears_self_operation(ctx.case):
        return _payee(ctx, basis, evidence)
    missing = [path for path, value in (("platform.self_operated", actual),
                                        ("platform.self_operated_label", label)) if value is None]
    reasoning = (f"尚不清楚涉案商品是否由{name}自营，或是否标记为自营、足以使消费者误认为自营。若是，"
                 f"{name}应作为销售者承担责任（{ref('SPC-NETCON:4')}）；需查明后确定。")
    return ctx.finding(GROUND, "uncertain", basis, reasoning, missing=missing, evidence=evidence)


def _payee(ctx: GroundContext, basis: list[str], evidence: list[str]) -> Finding:
    """Step 3: the platform took the price in its own name and has not named the seller in full."""
    name = ctx.platform_name
    reasoning = (f"{name}以自己的名义收取了货款，且未能完整提供销售者的真实名称、地址和有效联系方式。"
                 f"平台如主张其仅为交易平台、并非销售者，依{ref('CPL-INTERP:91')}应由其举证证明；"
                 f"不能证明的，法院可能认定{name}即为销售者，由其承担销售者责任（北京互联网法院2024年有类似判决）。")
    return ctx.finding(GROUND, "uncertain", [*basis, "CPL-INTERP:91"], reasoning,
                       missing=["platform.self_operated"],
                       evidence=[*evidence, "付款记录、支付凭证上载明的收款方"])
