"""诉讼时效 — until when the client can sue.

CC:188 (three years, discovery from 2021), GPCL:188 (three years, 2017-10-01 to 2020-12-31),
GPCIVIL:135/136 (two years / one year before 2017-10-01), extended to three years by GPCL:188
with SPC-GPCL-LIM:2 for a period still running on 2017-10-01. CC:202 for how a period ends.
"""

from __future__ import annotations

import calendar
from datetime import date

from liability_wizard.core.evaluation import Limitation
from liability_wizard.core.grounds.context import GroundContext
from liability_wizard.core.numerals import chinese_date


def add_years(start: date, years: int) -> date:
    """Same month and day N years on; no such day → the last day of that month (CC:202)."""
    year = start.year + years
    return date(year, start.month, min(start.day, calendar.monthrange(year, start.month)[1]))


def _one_year_claim(ctx: GroundContext) -> bool:
    harm = ctx.case.harm
    return ("personal_injury" in harm.kinds or harm.unsafe_food is True or harm.knowingly_defective is True
            or harm.fake_or_substandard_drug is True)


def _note(ctx: GroundContext, d: date, doubtful: bool) -> str:
    civil_code = d >= ctx.starts("CC")
    parts = ["本期限为保守计算：期间最后一日是法定休假日的，以休假日结束的次日为最后一日"
             + ("（《中华人民共和国民法典》第二百零三条）" if civil_code else "") + "；",
             "权利人向义务人提出履行请求、义务人同意履行或权利人提起诉讼的，诉讼时效中断并重新计算"
             + ("（《中华人民共和国民法典》第一百九十五条）" if civil_code else "") + "。",
             "产品缺陷致损的请求可能适用《中华人民共和国产品质量法》第四十五条规定的二年期间；"]
    if d < ctx.starts("PATENT"):
        parts.append("2021年6月1日前知道的专利侵权请求可能适用2008年《中华人民共和国专利法》规定的二年期间；")
    parts[-1] = parts[-1].rstrip("；") + "。"
    if doubtful:
        parts.append("本案涉及质量欺诈等情形，法院可能认定属于“出售质量不合格的商品未声明”而适用一年期间，应尽早起诉。")
    return "".join(parts)


def assess_limitation(ctx: GroundContext) -> Limitation:
    d = ctx.case.harm.discovered_date
    if d is None:
        return Limitation(None, (), ("harm.discovered_date",),
                          "委托人知道或者应当知道权利受到损害以及义务人的日期尚不清楚，无法计算诉讼时效期间，应尽快查明。")
    if d >= ctx.starts("CC"):
        return Limitation(add_years(d, 3), ("CC:188", "CC:202"), (), _note(ctx, d, False))
    if d >= ctx.starts("GPCL"):
        return Limitation(add_years(d, 3), ("GPCL:188",), (), _note(ctx, d, False))
    one_year = _one_year_claim(ctx)
    old_article = "GPCIVIL:136" if one_year else "GPCIVIL:135"
    end = add_years(d, 1 if one_year else 2)
    doubtful = not one_year and ctx.case.harm.seller_fraud is True
    note = _note(ctx, d, doubtful)
    if end >= ctx.starts("GPCL"):
        extended = add_years(d, 3)
        note = (f"依《中华人民共和国民法通则》原应于{chinese_date(end)}届满的期间，在2017年10月1日尚未届满，"
                f"依《中华人民共和国民法总则》第一百八十八条及相关司法解释第二条延长为三年，至{chinese_date(extended)}；"
                "该延长须由委托人主张。" + note)
        return Limitation(extended, ("GPCL:188", "SPC-GPCL-LIM:2", old_article), (), note)
    return Limitation(end, (old_article,), (), note)
