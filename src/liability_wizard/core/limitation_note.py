"""The limitation note: how the deadline was counted and what the lawyer should do about it
(rules.md, Limitation, ``note``). Sentences that do not concern the case are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.numerals import chinese_date

if TYPE_CHECKING:
    from liability_wizard.core.limitation import Running

KIND_NAMES = {"demand": "书面请求", "complaint": "投诉", "mediation": "调解", "lawsuit": "起诉",
              "acknowledgement": "义务人同意履行"}
AGAINST_NAMES = {"platform": "平台", "seller": "销售者"}


def _counting(ctx: GroundContext, running: Running, earliest: bool) -> list[str]:
    period, parts = running.period, []
    if period.end is None:
        return ["期间届满日超出可计算的日期范围，请核对知道或者应当知道权利受到损害的日期。"]
    if period.extended_from is not None:
        parts.append(f"依《中华人民共和国民法通则》原应于{chinese_date(period.extended_from)}届满的期间，在2017年10月1日尚未届满，"
                     f"依{refs(['GPCL:188', 'SPC-GPCL-LIM:2'])}延长为三年，至{chinese_date(period.end)}；该延长须由委托人主张。")
    last = running.last
    if last is not None:
        restart = (f"自该程序终结之日（{chinese_date(last.ended)}）起" if last.ended
                   else "自该日起")
        parts.append(f"委托人于{chinese_date(last.date)}向{AGAINST_NAMES[last.against]}{KIND_NAMES[last.kind]}，"
                     f"诉讼时效中断，{restart}重新计算，至{chinese_date(period.end)}届满。")
        if last.against == "seller":
            parts.append(f"平台与销售者承担连带责任，对其中一人的中断及于平台（{refs(['SPC-LIM:15'])}）。")
        if ctx.starts("GPCL") <= last.date < ctx.starts("CC"):
            parts.append("该中断发生时适用的《中华人民共和国民法总则》第一百九十五条与民法典第一百九十五条文字相同。")
    if earliest:
        if last is None:
            parts.append("知道权利受损的日期只知月份，期间按该月第一日起算，为最早可能的届满日，实际可能晚至多一个月。")
        else:
            parts.append("该程序何时终结尚不清楚，期间暂按中断之日起算，为最早可能的届满日；程序终结后应重新计算。")
    return parts


def _after_expiry(ctx: GroundContext, running: Running) -> list[str]:
    end = running.period.end
    if end is None:
        return []
    late = [i for i in ctx.case.limitation.interruptions if i.date > end]
    parts = []
    if late:
        parts.append("期间届满后发生的中断事由不能使诉讼时效重新计算。")
    if any(i.kind == "acknowledgement" for i in late):
        parts.append(f"但义务人在期间届满后同意履行的，不得再以诉讼时效期间届满为由抗辩（{refs(['SPC-LIM:19'])}）。")
    return parts


def _general(ctx: GroundContext, start_civil_code: bool) -> list[str]:
    harm = ctx.case.harm
    parts = ["本期限为保守计算：期间最后一日是法定休假日的，以休假日结束的次日为最后一日"
             + (f"（{refs(['CC:203'])}）" if start_civil_code else "") + "。",
             "向义务人提出履行请求（含通过平台客服提出）、向12315或消费者协会等投诉、申请调解、提起诉讼或义务人同意履行的，"
             f"诉讼时效中断并重新计算（{refs(['CC:195'])}；{refs(['SPC-LIM:8', 'SPC-LIM:12', 'SPC-LIM:15'])}；"
             "2021年1月1日前为《中华人民共和国民法通则》第一百四十条，2017年10月1日起亦为文字相同的《中华人民共和国民法总则》"
             "第一百九十五条），应收集并保存相关证据。"]
    if ctx.consumer and start_civil_code:
        parts.append(f"依{refs(['CRPL:44.1'])}或平台的承诺向平台提出的请求，诉讼时效也可能自平台拒绝之日起算"
                     f"（{refs(['CC:188.2'])}）；以知道受损之日起算是稳妥的选择。")
    if (ctx.consumer and ctx.category in ("goods", "food", "drug")
            and ("personal_injury" in harm.kinds or harm.knowingly_defective is True)):
        parts.append("因产品存在缺陷造成损害的请求，可能适用《中华人民共和国产品质量法》第四十五条规定的二年期间。")
    d = harm.discovered_date
    if (not ctx.consumer and d is not None and d < ctx.starts("PATENT")
            and (harm.ip_right == "patent" or (harm.ip_right is None and "ip" in harm.kinds))):
        parts.append("2021年6月1日前知道的专利侵权请求，可能适用2008年《中华人民共和国专利法》规定的二年期间。")
    if not ctx.consumer and ctx.case.transaction.continued_until is not None:
        parts.append("侵权行为持续的，每一部分损害的诉讼时效自该部分损害发生并被知道之日分别计算。")
    until = ctx.case.transaction.continued_until
    if not ctx.consumer and max(ctx.t, until or ctx.t) >= ctx.starts("CC"):
        parts.append("停止侵害等请求不受诉讼时效限制，诉讼时效只限制损害赔偿请求。")
    return parts


def limitation_note(ctx: GroundContext, running: Running | None, earliest: bool | None) -> str:
    if running is None:
        parts = ["委托人知道或者应当知道权利受到损害以及义务人的日期尚不清楚，无法计算诉讼时效期间，应尽快查明。"]
        return "".join(parts + _general(ctx, False))
    parts = _counting(ctx, running, bool(earliest))
    parts += _after_expiry(ctx, running)
    doubtful = (running.period.basis[-1] == "GPCIVIL:135" and ctx.case.harm.seller_fraud is True)
    if doubtful:
        parts.append("本案涉及质量欺诈等情形，法院可能认定属于“出售质量不合格的商品未声明”而适用一年期间，应尽早起诉。")
    return "".join(parts + _general(ctx, running.period.start >= ctx.starts("CC")))
