"""食品平台义务 — 食品安全法第一百三十一条第一款: a food platform that failed its duties is jointly liable.

Applies FSL:131.1 and FSL:62 (实名登记、审查许可证、发现严重违法行为停止服务), SPC-FOODSAFETY1:3,
SPC-NETCON:15 (live-stream food sales) and SPC-NETCON:18 (网络餐饮服务平台).
"""

from __future__ import annotations

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, refs

GROUND = "food_platform_duties"


def judge(ctx: GroundContext) -> Finding:
    if ctx.category != "food":
        return ctx.not_applicable(GROUND, "涉案商品不是食品，本项不适用。")
    if closed := ctx.consumer_ground_closed(GROUND, "FSL"):
        return closed
    basis = ["FSL:131.1", "FSL:62", "SPC-FOODSAFETY1:3"]
    if ctx.live_streaming:
        basis.append("SPC-NETCON:15")
    if ctx.case.platform.food_delivery is True:
        basis.append("SPC-NETCON:18")
    food, name = ctx.case.food, ctx.platform_name
    article = refs(basis[:3])
    evidence = ["店铺页面公示的营业执照、食品经营许可证截图（或其缺失的截图）", "向市场监督管理部门查询销售者许可信息的结果",
                "平台对该销售者违法行为的处理记录（投诉答复、下架通知）"]
    failures = []
    if food.real_name_registered is False:
        failures.append("未对入网食品经营者进行实名登记")
    if food.license_reviewed is False:
        failures.append("未审查其许可证" if failures else "未审查入网食品经营者的许可证")
    if food.serious_violation_known is True and food.service_stopped is False:
        failures.append("发现严重违法行为后未停止提供网络交易平台服务")
    if failures:
        reasoning = (f"{name}{'、'.join(failures)}，违反平台的法定义务。依{article}，网络食品交易第三方平台提供者"
                     f"未履行上述义务，使消费者合法权益受到损害的，应当与食品经营者承担连带责任。"
                     f"结论：委托人可以要求{name}与销售者承担连带责任。")
        return ctx.finding(GROUND, "liable", basis, reasoning, evidence=evidence)
    if food.serious_violation_known is True and food.service_stopped is None:
        reasoning = (f"{name}已发现销售者的严重违法行为，尚不清楚其是否立即停止提供平台服务。未停止的，依{article}"
                     "应与食品经营者承担连带责任。")
        return ctx.finding(GROUND, "uncertain", basis, reasoning, missing=["food.service_stopped"], evidence=evidence)
    if (food.real_name_registered is True and food.license_reviewed is True
            and (food.serious_violation_known is False or food.service_stopped is True)):
        reasoning = (f"{name}已对销售者实名登记、审查许可证，且未发现严重违法行为或已停止提供服务，"
                     f"依{article}不承担连带责任（平台向监管部门报告的义务另需核实）。")
        return ctx.finding(GROUND, "not_liable", basis, reasoning)
    missing = [path for path, value in (("food.real_name_registered", food.real_name_registered),
                                        ("food.license_reviewed", food.license_reviewed),
                                        ("food.serious_violation_known", food.serious_violation_known))
               if value is None]
    reasoning = (f"尚不清楚{name}是否履行了实名登记、审查许可证及发现严重违法行为时停止服务的义务。任一义务未履行的，"
                 f"依{article}应与食品经营者承担连带责任。")
    return ctx.finding(GROUND, "uncertain", basis, reasoning, missing=missing, evidence=evidence)
