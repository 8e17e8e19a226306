"""其他可主张的主体 — whom else the client can claim against (rules.md, "Other parties").

Consumers (from 2014-03-15): the seller (CRPL:40, 48; CRPL:25 and CRPL-REG:19 for goods; CC:577,
CC:1203; SPC-NETCON:11 in a live-stream room) — never beside a platform that sold itself; the
producer where a defect, unsafe food or a fake drug is in issue (CRPL:40, CC:1203, FSL:148,
DAL:144); the live-stream room operator (SPC-NETCON:12, 17, CC:1168). Rights holders: the direct
infringer (CC:1194, or TLL:36.1 before 2021).
"""

from __future__ import annotations

from liability_wizard.core.evaluation import OtherParty
from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.grounds.platform_promise import promise_author


def _seller(ctx: GroundContext) -> OtherParty:
    harm, basis = ctx.case.harm, ["CRPL:40", "CRPL:48"]
    if ctx.category == "goods":
        basis.append("CRPL:25")
        if ctx.in_force("CRPL-REG"):
            basis.append("CRPL-REG:19")
    if ctx.in_force("CC"):
        basis.append("CC:577")
        if ctx.category in ("goods", "food", "drug") and "personal_injury" in harm.kinds:
            basis.append("CC:1203")
    if ctx.live_streaming:
        basis.append("SPC-NETCON:11")
    seller = ctx.seller_label
    parts = [f"{seller}是买卖合同的相对方，对其提供的商品或服务承担责任（{refs(basis[:2])}）：不交付、交付假冒或不合格商品、"
             "拒绝退款的，委托人可以要求其履行、退货退款并赔偿损失。"]
    if "CRPL:25" in basis:
        parts.append(f"网购商品自收到之日起七日内，除法定例外外，委托人可以无理由退货（{refs(['CRPL:25'])}）。")
    if "CC:577" in basis:
        parts.append(f"销售者不履行合同义务或者履行不符合约定的，应当承担违约责任（{refs(['CC:577'])}）。")
    if "CC:1203" in basis:
        parts.append(f"因产品缺陷造成损害的，可以向销售者请求赔偿（{refs(['CC:1203'])}）。")
    if "SPC-NETCON:11" in basis:
        parts.append(f"直播间工作人员的虚假宣传由销售者承担责任（{refs(['SPC-NETCON:11'])}）。")
    if promise_author(ctx) == "merchant" and ctx.case.promise.made is not False:
        quoted = f"“{ctx.case.promise.text}”" if ctx.case.promise.text else ""
        parts.append(f"销售者自己作出的承诺{quoted}，应由销售者履行。")
    if not ctx.case.seller.name:
        parts.append("销售者的身份尚不清楚的，可要求平台提供其真实名称、地址和有效联系方式。")
    return OtherParty("seller", tuple(basis), "".join(parts))


def _producer_in_issue(ctx: GroundContext) -> bool:
    harm = ctx.case.harm
    if ctx.category not in ("goods", "food", "drug"):
        return False
    return ("personal_injury" in harm.kinds or harm.knowingly_defective is not False or harm.serious_injury is True
            or (ctx.category == "food" and harm.unsafe_food is not False)
            or (ctx.category == "drug" and harm.fake_or_substandard_drug is not False))


def _producer(ctx: GroundContext) -> OtherParty:
    basis = ["CRPL:40"]
    if ctx.in_force("CC"):
        basis.append("CC:1203")
    if ctx.category == "food" and ctx.in_force("FSL"):
        basis.append("FSL:148")
    if ctx.category == "drug" and ctx.in_force("DAL"):
        basis.append("DAL:144")
    reasoning = (f"商品存在缺陷（或食品不符合安全标准、药品为假药劣药）造成损害的，委托人也可以直接向生产者请求赔偿"
                 f"（{refs(basis)}）；生产者的责任不以其明知为条件。")
    if ctx.platform_self_operated:
        reasoning += "平台自营时，委托人可以向作为销售者的平台或者生产者请求赔偿；因缺陷造成的财产损失同样可以主张。"
    return OtherParty("producer", tuple(basis), reasoning)


def _live_stream_operator(ctx: GroundContext) -> OtherParty | None:
    live = ctx.case.live_stream
    basis, parts = [], []
    if live.operator_disclosed_not_seller is not True:
        basis.append("SPC-NETCON:12")
        parts.append(f"直播间运营者未能证明其已以显著方式表明自己并非销售者并标明实际销售者的，应承担商品销售者责任"
                     f"（{refs(['SPC-NETCON:12'])}；举证责任在运营者）。")
    if live.operator_knew_unsafe is True:
        basis.append("SPC-NETCON:17")
        joint = ["SPC-NETCON:17"]
        if ctx.in_force("CC"):
            basis.append("CC:1168")
            joint.append("CC:1168")
        parts.append(f"运营者知道或者应当知道商品不符合安全标准仍为其推广的，与销售者承担连带责任（{refs(joint)}）。")
    if not basis:
        return None
    return OtherParty("live_stream_operator", tuple(basis), "".join(parts))


def _direct_infringer(ctx: GroundContext) -> OtherParty | None:
    until = ctx.case.transaction.continued_until
    if ctx.t >= ctx.starts("CC") or (until is not None and until >= ctx.starts("CC")):
        basis = ("CC:1194",)
    elif ctx.in_force("TLL"):
        basis = ("TLL:36.1",)
    else:
        return None
    who = f"“{ctx.case.seller.name}”" if ctx.case.seller.name else "发布或销售侵权内容的网络用户或平台内经营者"
    if ctx.ip_on_trading_platform and ctx.in_force("ECL"):
        forwarding = f"（{refs(['ECL:42'])}）"
    elif "CC:1194" in basis:
        forwarding = f"（{refs(['CC:1195'])}）"
    else:
        forwarding = ""
    reasoning = (f"直接侵权人{who}应当承担侵权责任（{refs(basis)}）。其身份不明的，可要求平台转送通知并提供其信息"
                 f"{forwarding}，诉讼中亦可申请证据保全或调查令。")
    return OtherParty("direct_infringer", basis, reasoning)


def other_parties_for(ctx: GroundContext) -> tuple[OtherParty, ...]:
    if not ctx.consumer:
        infringer = _direct_infringer(ctx)
        return (infringer,) if infringer else ()
    if not ctx.in_force("CRPL"):
        return ()
    parties: list[OtherParty | None] = []
    if not ctx.platform_self_operated:
        parties.append(_seller(ctx))
    if _producer_in_issue(ctx):
        parties.append(_producer(ctx))
    if ctx.live_streaming and not ctx.platform_self_operated:
        parties.append(_live_stream_operator(ctx))
    return tuple(p for p in parties if p is not None)
