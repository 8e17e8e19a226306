"""五、维权途径与建议, 七、风险提示 and 八、结论: what the client should do, what could go wrong, and
the opinion in one paragraph, decided from the evaluation and the letter's date."""

from __future__ import annotations

from datetime import date

from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.numerals import chinese_date


def _refs(*citations: str) -> str:
    return load_catalogue().references(citations)


def interruption_checklist(case: Case) -> tuple[str, ...]:
    """What can still save a claim whose period seems to have run (letter review H1; CC:195, SPC-LIM)."""
    other = "直接侵权人" if case.client_role == "rights_holder" else "生产者" if case.platform.self_operated else "销售者"
    items = [
        f"查找并提供曾向平台或{other}提出赔偿请求的证据（书面函件、电子邮件、短信、平台客服记录等），"
        f"该请求到达对方之日起诉讼时效中断、重新计算（{_refs('CC:195', 'SPC-LIM:8')}）。",
        "查找并提供曾向12315、消费者协会、市场监督管理部门或人民调解委员会投诉、申请调解的记录，"
        f"提出请求之日起诉讼时效中断（{_refs('SPC-LIM:12')}）。"
        if case.client_role == "consumer" else
        "查找并提供曾向有关行政机关或调解组织请求处理本纠纷的记录，"
        f"提出请求之日起诉讼时效中断（{_refs('SPC-LIM:12')}）。",
        "平台与其他责任人承担连带责任的，对其中一人发生的中断事由，对其他连带债务人同样发生中断效力"
        f"（{_refs('SPC-LIM:15.2')}）。",
        "尝试取得对方同意履行的书面表示（如承诺赔付、分期履行、协商方案），义务人同意履行的，诉讼时效中断"
        f"（{_refs('SPC-LIM:14')}）。",
        "即使未能找到上述证据，委托人仍可起诉；对方未提出诉讼时效抗辩的，法院不会主动适用诉讼时效，"
        "对方自愿履行后亦不得以时效届满为由请求返还。",
    ]
    return tuple(items)


def advice(case: Case, evaluation: Evaluation, platform: str, counterpart: str, duties: tuple[str, ...],
           letter_date: date, part_open: str) -> tuple[str, ...]:
    items = []
    self_operated = evaluation.finding("self_operated").outcome == "liable"
    if duties and self_operated:
        # The platform is the seller: there is no other seller to sue or to identify (letter review H6).
        items.append(f"向{platform}（作为销售者）提出书面索赔，要求其{'、'.join(duties)}；"
                     "商品存在缺陷的，也可以向生产者主张权利。")
    elif duties:
        items.append(f"向{platform}提出书面索赔，要求其{'、'.join(duties)}；同时可以一并向{counterpart}主张权利。")
    else:
        items.append(f"向{counterpart}主张赔偿责任；{platform}是否承担责任，以本意见书法律分析部分为准。")
    if (case.client_role == "consumer" and not self_operated and case.platform.self_operated is not True
            and case.identification.provided != "full"):
        items.append(f"以书面方式（保留记录）要求{platform}提供销售者的真实名称、地址和有效联系方式。")
    deadline = evaluation.limitation.deadline
    if deadline is None:
        items.append("尽快查明知道或者应当知道权利受损及义务人的日期，以确定诉讼时效期间；在此之前应尽早主张权利。")
    elif deadline < letter_date:
        items += interruption_checklist(case)
    else:
        items.append(f"务必在{chinese_date(deadline)}之前起诉或者以书面方式向义务人提出请求，以免超过诉讼时效。")
    items.append(f"立即固定并妥善保存{part_open}所列证据，网页内容可以通过公证或可信时间戳等方式保全。")
    return tuple(items)


def risks(case: Case, evaluation: Evaluation, letter_date: date, part_open: str) -> tuple[str, ...]:
    """七、风险提示: the points on which the client could lose, gathered in one place."""
    items = []
    deadline = evaluation.limitation.deadline
    if deadline is not None and deadline < letter_date:
        items.append(f"诉讼时效可能已于{chinese_date(deadline)}届满；如不能证明中断、中止事由，对方提出时效抗辩的，"
                     "委托人的请求可能得不到支持。")
    elif deadline is None:
        items.append("诉讼时效的起算日尚不能确定，请尽早主张权利。")
    if any(f.outcome == "uncertain" for f in evaluation.findings):
        items.append(f"部分结论取决于{part_open}所列尚需查明的事实；相关事实由主张该事实的一方举证，"
                     "不能证明的，法院可能作出对委托人不利的认定。")
    if any(f.counterpoints for f in evaluation.findings if f.outcome in ("liable", "uncertain")):
        items.append("法律分析部分列明的平台抗辩如被法院采纳，平台的责任范围可能缩小或者不成立。")
    if evaluation.damages.basis or evaluation.damages.missing_facts:
        items.append("惩罚性赔偿以法定条件成立为前提，须由委托人举证；最终金额以法院认定为准。")
    items.append("本意见书所述金额系依现有材料计算，实际损失须以证据证明；胜诉后能否实际受偿，还取决于责任人的履行能力。")
    return tuple(items)


def closing(summary: str, evaluation: Evaluation, first_step: str) -> str:
    """八、结论: the summary without its lead-in, and the first thing to do."""
    opinion = summary.removesuffix("具体分析如下。").removeprefix("经分析，").removeprefix("本所认为")
    return f"综上所述，本所认为：{opinion}建议委托人首先{first_step}"
