"""卖家身份 — a platform that cannot name the seller pays first (先行赔偿).

Applies CRPL:44.1 (不能提供销售者的真实名称、地址和有效联系方式), FSL:131.2 (food),
SPC-FOOD:9 (food and drugs), ECL:27 (核验、登记、定期核验更新), ECL:31 and ECL:62 (records),
SPC-NETCON:14 and CRPL-REG:14 (live-stream sales).
"""

from __future__ import annotations

from liability_wizard.core.burden import seller_known_to_client
from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, ref

GROUND = "seller_identity"

RECOVERY = "平台赔偿后，有权向销售者追偿。"


def _basis(ctx: GroundContext, provided: str | None) -> list[str]:
    basis = ["FSL:131.2"] if ctx.category == "food" and ctx.in_force("FSL") else []
    basis.append("CRPL:44.1")
    if ctx.category in ("food", "drug"):
        basis.append("SPC-FOOD:9")
    if ctx.in_force("ECL"):
        basis.append("ECL:27")
        if provided == "none":
            basis += ["ECL:31", "ECL:62"]
    if ctx.live_streaming:
        basis.append("SPC-NETCON:14")
        if ctx.in_force("CRPL-REG"):
            basis.append("CRPL-REG:14")
    return basis


def judge(ctx: GroundContext) -> Finding:
    if closed := ctx.consumer_ground_closed(GROUND, "CRPL"):
        return closed
    ident = ctx.case.identification
    provided = ident.provided
    basis = _basis(ctx, provided)
    article = ref("FSL:131.2") + "及" + ref("CRPL:44.1") if basis[0] == "FSL:131.2" else ref("CRPL:44.1")
    name = ctx.platform_name
    evidence = ["委托人向平台索要销售者信息的记录及平台的答复（客服聊天记录、邮件、函件）", "订单详情及店铺页面截图"]
    if ident.requested is not True:
        evidence.insert(0, "以书面方式（平台客服留言、电子邮件或律师函）要求平台提供销售者的真实名称、地址和有效联系方式，"
                           "并保存平台的答复")
    if provided == "full":
        reasoning = (f"{name}已提供销售者的真实名称、地址和有效联系方式。依{article}，平台能够提供上述信息的，"
                     f"不因此承担先行赔偿责任；委托人应向{ctx.seller_label}主张赔偿。")
        return ctx.finding(GROUND, "not_liable", basis, reasoning, evidence=evidence)
    if provided is None:
        if ctx.unproven and seller_known_to_client(ctx.case):
            reasoning = (f"委托人已掌握销售者的名称、地址和联系方式，可以直接起诉销售者；平台能否提供销售者信息不再决定本项，"
                         f"依{article}，平台不承担先行赔偿责任。")
            return ctx.finding(GROUND, "not_liable", basis, reasoning, evidence=evidence)
        reasoning = (f"尚不清楚{name}能否提供销售者的真实名称、地址和有效联系方式。依{article}，平台不能提供的，"
                     f"消费者可以要求平台赔偿；{RECOVERY}")
        if seller_known_to_client(ctx.case):
            reasoning += "委托人已掌握销售者的名称、地址和联系方式，可以直接起诉销售者。"
        return ctx.finding(GROUND, "uncertain", basis, reasoning, missing=["identification.provided"],
                           evidence=evidence)
    registry = ("平台依" + ref("ECL:27") + "负有核验、登记并定期核验更新入驻经营者身份信息的义务，") if ctx.in_force("ECL") \
        else ""
    if provided == "partial":
        reasoning = (f"{name}仅提供了销售者的部分信息。法律要求的是真实名称、地址和有效联系方式三者齐备，{registry}"
                     f"依{article}，平台不能完整提供的，消费者可以要求平台先行赔偿。结论：{name}应承担先行赔偿责任；{RECOVERY}")
        counter = [f"平台可能抗辩已提供的信息足以起诉销售者。回应：{ref('CRPL:44.1')}要求名称、地址和有效联系方式齐备，"
                   "缺少任何一项均属“不能提供”；但法院可能认定现有信息已足以确定被告，应尽快补充调查销售者信息。"]
        return ctx.finding(GROUND, "liable", basis, reasoning, counterpoints=counter, evidence=evidence)
    if provided == "none":
        records = ""
        if ctx.in_force("ECL"):
            left = "销售者已离开平台亦非免责理由" if ident.seller_left_platform is True else "即使销售者已退出平台，亦非免责理由"
            records = (f"{left}：平台应建立登记档案（{ref('ECL:27')}），保存交易信息不少于三年"
                       f"（{ref('ECL:31')}），并应提供原始合同和交易记录（{ref('ECL:62')}）。")
        reasoning = (f"{name}未能提供销售者的真实名称、地址和有效联系方式。依{article}，消费者可以要求平台赔偿。{records}"
                     f"结论：{name}应承担先行赔偿责任；{RECOVERY}")
        return ctx.finding(GROUND, "liable", basis, reasoning, evidence=evidence)
    return _false_data(ctx, basis, article, evidence)


def _false_data(ctx: GroundContext, basis: list[str], article: str, evidence: list[str]) -> Finding:
    """``provided`` is "false": data given but untrue or no longer valid (seller_identity 4)."""
    ident, name = ctx.case.identification, ctx.platform_name
    evidence = [*evidence, "证明所提供信息不真实或已失效的材料（如工商登记查询结果、电话无法接通的记录）；"
                           "邮寄送达失败本身不足以证明信息无效，可申请公告送达"]
    if ident.seller_left_platform is True and ident.valid_when_registered is not False:
        counter = ["平台可能抗辩：销售者已离开平台，平台已证明其最后一次核验时信息真实有效，不能要求其提供实时有效的联系方式。"
                   "回应：平台负有定期核验更新的义务，应举证证明核验的时间和方式；且邮寄送达失败本身不足以证明信息无效，"
                   "可申请公告送达后向销售者起诉。"]
        if ident.valid_when_registered is None:
            reasoning = (f"{name}提供的销售者信息不真实或已失效，但销售者已离开平台。能否要求平台先行赔偿，取决于平台能否证明"
                         f"最后一次核验时信息真实有效（依{article}，举证责任在平台）；该事实尚不清楚。")
            return ctx.finding(GROUND, "uncertain", basis, reasoning, counterpoints=counter,
                               missing=["identification.valid_when_registered"], evidence=evidence)
        if ctx.unproven:  # the platform has proved what CRPL:44.1 asks of it
            reasoning = (f"{name}提供的销售者信息已失效，但销售者已离开平台，且平台能够证明最后一次核验时信息真实有效。"
                         f"依{article}，平台已提供其掌握的真实信息，不能要求其提供实时有效的联系方式，不承担先行赔偿责任。")
            return ctx.finding(GROUND, "not_liable", basis, reasoning, counterpoints=counter, evidence=evidence)
        reasoning = (f"{name}提供的销售者信息已失效，销售者已离开平台，平台能够证明最后一次核验时信息真实有效。"
                     f"在此情形下，依{article}要求平台提供实时有效的联系方式缺乏依据，平台是否承担先行赔偿责任存在争议，"
                     f"取决于法院对平台核验义务的评价；若承担，{RECOVERY}")
        return ctx.finding(GROUND, "uncertain", basis, reasoning, counterpoints=counter, evidence=evidence)
    reasoning = (f"{name}提供的销售者信息不真实或已无效，等同于不能提供销售者的真实名称、地址和有效联系方式。"
                 f"依{article}，消费者可以要求平台赔偿。结论：{name}应承担先行赔偿责任；{RECOVERY}")
    return ctx.finding(GROUND, "liable", basis, reasoning, evidence=evidence)
