"""通知与必要措施 — a rights holder's notice the platform did not act on (连带责任 for the expanded loss).

Judged on the notice date. Applies CC:1195 (from 2021), TLL:36.2 (2010-07-01 to 2020-12-31, with
CC:1195 and SPC-CC-TIME:1 beside it for an act continuing into 2021) and ECL:42 (IP on a
trading platform, from 2019).
"""

from __future__ import annotations

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.grounds.knowledge import continuing_into_civil_code
from liability_wizard.core.numerals import chinese_date

GROUND = "notice_takedown"
#: True whether or not knowledge holds: this ground never says the platform answers "only" for the
#: expanded part where knowledge reaches further (letter review H3, damages.joint_scope).
BEFORE_THE_NOTICE = ("；通知前已发生的损失，除平台在通知前即已知道或者应当知道侵权的情形外"
                     "（见“知道或应当知道”一项），由侵权人单独承担")


def judge(ctx: GroundContext) -> Finding:
    k = ctx.case.knowledge
    n = k.notice_date or ctx.t
    if ctx.consumer:
        return ctx.not_applicable(GROUND, "通知与删除规则保护权利人；委托人为消费者，其投诉在“明知或者应知”一项中评价。",
                                  judged_on=n)
    basis = ["ECL:42"] if ctx.ip_on_trading_platform and ctx.in_force("ECL", n) else []
    if ctx.in_force("CC", n):
        basis.append("CC:1195")
    elif ctx.in_force("TLL", n):
        basis.append("TLL:36.2")
        if continuing_into_civil_code(ctx):
            basis += ["CC:1195", "SPC-CC-TIME:1"]
    else:
        return ctx.not_applicable(GROUND, f"通知发生于{chinese_date(n)}，早于《中华人民共和国侵权责任法》（2010年7月1日施行）；"
                                          "此前依《信息网络传播权保护条例》处理的著作权通知，本意见书未作分析。", judged_on=n)
    article = refs(basis)
    name = ctx.platform_name
    evidence = ["通知的原件或发送记录（含发送时间、平台签收或系统回执）", "通知所附的身份证明、权利证明、侵权内容网址或商品链接",
                "平台的处理结果和时间（删除、屏蔽、断开链接的截图或回复）", "通知后侵权内容仍在线的公证或时间戳取证"]
    strict_rules = ("平台可能以通知不符合其平台规则的格式要求为由抗辩。回应：通知只要包含法定要素即为有效，"
                    "平台自设的更严格的投诉规则不能对抗符合法律规定的通知（最高人民法院指导案例83号）。")
    counter = [] if k.notice_received is False else [strict_rules]

    continuing = ("侵权行为持续至2021年1月1日之后，依" + refs(["SPC-CC-TIME:1"]) + "第三项，同时适用"
                  + refs(["CC:1195"]) + "。") if "SPC-CC-TIME:1" in basis else ""

    def decide(outcome: str, reasoning: str, missing: list[str] | None = None) -> Finding:
        reasoning += continuing
        return ctx.finding(GROUND, outcome, basis, reasoning, counterpoints=counter,  # type: ignore[arg-type]
                           missing=missing, evidence=evidence, judged_on=n)

    if k.notice_received is False:
        return decide("not_liable", f"{name}未收到委托人的通知，不适用{article}规定的通知与必要措施规则；"
                                    "可先向平台发出符合法定要素的通知。")
    if k.notice_received is None:
        return decide("uncertain", f"尚不清楚{name}是否收到委托人的通知。平台收到有效通知后未及时采取必要措施的，"
                                   f"依{article}对损害的扩大部分承担连带责任。", ["knowledge.notice_received"])
    if k.measures == "timely":  # a timely takedown defeats the claim whatever the notice contained
        return decide("not_liable", f"{name}于{chinese_date(n)}收到通知后及时采取了必要措施，依{article}不承担责任。")
    if k.notice_complete is False:
        return decide("not_liable", f"委托人于{chinese_date(n)}向{name}发出的通知要素不全：有效通知应当包括通知人的身份和联系方式、"
                                    "能够定位侵权内容的网址或其他信息，以及构成侵权的初步证据（含权利证明），缺少其中任何一项即不是"
                                    f"有效通知。依{article}，不完整的通知不产生平台采取必要措施的义务；应补正后重新发送。")
    if k.notice_complete is None:
        return decide("uncertain", f"{name}于{chinese_date(n)}收到通知，但尚不清楚通知是否包括通知人身份和联系方式、侵权内容的位置"
                                   f"及初步证据。有效通知是适用{article}的前提。", ["knowledge.notice_complete"])
    forwarded = "" if k.forwarded is not False else _not_forwarded(name, basis)
    if k.measures is None:
        return decide("uncertain", f"{name}于{chinese_date(n)}收到有效通知，尚不清楚其是否及时采取了删除、屏蔽、断开链接等必要措施。"
                                   f"{forwarded}未及时采取的，依{article}对损害的扩大部分承担连带责任。",
                      ["knowledge.measures"])
    what = {"none": "未采取任何必要措施", "late": "未及时采取必要措施",
            "insufficient": "仅采取了部分措施（如仅删除被通知的链接），未采取足以制止侵权的必要措施"}[k.measures]
    reasoning = (f"委托人于{chinese_date(n)}向{name}发出了有效通知，平台{what}。{forwarded}依{article}，平台应对损害的扩大部分"
                 f"与侵权人承担连带责任{BEFORE_THE_NOTICE}。结论：{name}对通知后扩大的损失承担连带责任。")
    return decide("liable", reasoning)


def _not_forwarded(name: str, basis: list[str]) -> str:
    """CC:1195.2 and ECL:42.2 make forwarding a duty; under TLL:36.2 alone it is one of the 必要措施
    (指导案例83号)."""
    if "CC:1195" in basis or "ECL:42" in basis:
        return f"{name}亦未将通知转送相关网络用户或平台内经营者，违反转送义务。"
    return f"{name}亦未将通知转送相关网络用户；转送通知是必要措施之一（最高人民法院指导案例83号）。"
