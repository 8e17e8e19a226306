"""The parts of the letter that print contract v3's evaluation: burden of proof per uncertain point,
other parties, damages heads, the joint-liability scope, the limitation's interruption, remedies no
period bars, the look-back, and dates known only to the month."""

from __future__ import annotations

from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluation import DamagesHead, Evaluation, Finding
from liability_wizard.core.numerals import chinese_date
from liability_wizard.report.facts import fact_label
from liability_wizard.report.money import amount_in_words, format_amount

PARTY_NAMES = {"seller": "销售者", "producer": "生产者", "live_stream_operator": "直播间运营者",
               "direct_infringer": "直接侵权人"}
HEAD_NAMES = {"food": "惩罚性赔偿（食品）", "drug": "惩罚性赔偿（药品）", "fraud": "惩罚性赔偿（欺诈）",
              "fraud_1993": "加倍赔偿（欺诈，1993年消费者权益保护法）", "known_defect": "惩罚性赔偿（明知缺陷）"}
#: What a head needs that the figure does not show (letter review H5, M3).
HEAD_CONDITIONS = {
    "food": "以食品不符合食品安全标准为条件；经营者明知的，可主张价款十倍或者损失三倍（不足一千元的为一千元）",
    "drug": "以药品属于假药、劣药为条件",
    "fraud": "以经营者存在欺诈行为为条件，为价款三倍（不足五百元的为五百元）",
    "fraud_1993": "以经营者存在欺诈行为为条件，为价款或者服务费用的一倍",
    "known_defect": "以经营者明知商品存在缺陷仍然销售、造成死亡或者健康严重损害为条件，"
                    "为所受损失二倍以下，由法院酌定",
}
GROUND_WORDS = {"self_operated": "平台是否自营", "seller_identity": "平台能否提供销售者信息",
                "platform_promise": "平台承诺", "knowledge": "平台是否知道侵权",
                "notice_takedown": "通知与删除", "qualification_review": "资质资格审核",
                "food_platform_duties": "网络食品交易第三方平台的义务", "damages": "惩罚性赔偿",
                "limitation": "诉讼时效"}


def _refs(citations: tuple[str, ...]) -> str:
    return load_catalogue().references(citations)


def burden_of_proof(finding: Finding, platform: str, duty: str) -> str:
    """如委托人不能证明…，法院可能认定… — who must prove the open point, and the answer if nobody does."""
    unproven = finding.if_unproven
    if unproven is None:
        return ""
    facts = "、".join(f"“{fact_label(p)}”" for p in unproven.facts) or "上述事实"
    if unproven.outcome == "not_liable":
        return (f"{facts}由委托人举证。如委托人不能证明，法院可能认定{platform}不因此项事由承担责任。")
    return f"{facts}由{platform}举证。如{platform}不能证明，法院可能认定{platform}应当{duty}。"


def if_unproven_summary(evaluation: Evaluation, platform: str) -> str:
    match evaluation.platform_liable_if_unproven:
        case "yes":
            return f"如上述事实最终无法查明，按举证责任的分配，{platform}仍可能被认定承担责任。"
        case "no":
            return f"如上述事实最终无法查明，按举证责任的分配，法院可能认定{platform}不承担责任。"
    return ""


def other_parties(evaluation: Evaluation) -> tuple[str, ...]:
    """Each party with its basis; the articles are added only where the reasoning does not cite them."""
    out = []
    for p in evaluation.other_parties:
        refs = _refs(p.basis) if p.basis else ""
        cited = not refs or refs.split("》")[0] + "》" in p.reasoning
        out.append(f"{PARTY_NAMES[p.party]}：{p.reasoning}" + ("" if cited else f"（依据：{refs}）"))
    return tuple(out)


def party_names(evaluation: Evaluation) -> str:
    return "、".join(dict.fromkeys(PARTY_NAMES[p.party] for p in evaluation.other_parties))


def head_row(head: DamagesHead) -> tuple[str, str, str, str]:
    """(item, amount, 大写, basis and condition) for one head; never "0 元" for an unknown amount."""
    basis = f"{_refs(head.basis)}；{HEAD_CONDITIONS[head.head]}"
    if head.kind == "undetermined" or head.amount is None:
        return HEAD_NAMES[head.head], "尚不能确定", "", basis
    if head.kind == "ceiling":
        return (HEAD_NAMES[head.head], f"最高不超过{format_amount(head.amount)}",
                amount_in_words(head.amount), basis)
    return HEAD_NAMES[head.head], format_amount(head.amount), amount_in_words(head.amount), basis


def joint_scope_note(case: Case, evaluation: Evaluation) -> str:
    """The expanded-loss row's explanation, consistent with damages.joint_scope (letter review H3)."""
    party = "侵权人" if case.client_role == "rights_holder" else "销售者"
    match evaluation.damages.joint_scope:
        case "expanded_only":
            return f"平台应当采取必要措施之后扩大的损失，平台仅就此部分与{party}承担连带责任"
        case "after_complaint":
            return (f"委托人投诉之后扩大的损失；平台对投诉之后发生的损失与{party}承担连带责任")
        case "after_knowledge":
            return (f"平台应当采取必要措施之后扩大的损失；因平台知道或者应当知道侵权，其对知道或者应当知道之后"
                    f"发生的全部损失与{party}承担连带责任，不限于此部分")
    return "平台应当采取必要措施之后扩大的损失"


def deadline_text(evaluation: Evaluation) -> tuple[str, str]:
    """(the deadline as the table prints it, what it counts from)."""
    lim = evaluation.limitation
    if lim.deadline is None:
        return "尚不能确定", ""
    when = ("最早可能于" if lim.earliest_possible else "") + chinese_date(lim.deadline) + ("届满" if lim.earliest_possible else "")
    since = f"诉讼时效于{chinese_date(lim.interrupted_on)}中断，自中断时起重新计算" if lim.interrupted_on else ""
    return when, since


def not_barred(evaluation: Evaluation) -> str:
    """Rights holders: remedies no period bars, and the look-back for continuing IP infringement (H2)."""
    lim, parts = evaluation.limitation, []
    if lim.not_barred:
        parts.append(f"{'、'.join(lim.not_barred.remedies)}的请求不适用诉讼时效（{_refs(lim.not_barred.basis)}），"
                     "不受上述期间的限制")
    if lim.lookback_years:
        parts.append(f"侵权行为在起诉时仍在持续的，委托人仍可请求判令停止侵权，损害赔偿数额自起诉之日起向前推算"
                     f"{lim.lookback_years}年计算")
    return "；".join(parts) + "。" if parts else ""


def approximate_dates(case: Case, evaluation: Evaluation) -> tuple[str, ...]:
    """Each month-only date whose exact day decides a conclusion: what turns on it, and the request."""
    out = []
    for a in evaluation.approximate_dates:
        if not a.decides:
            continue
        year, month = a.month.split("-")
        decides = "、".join(GROUND_WORDS.get(d, d) for d in a.decides)
        out.append(f"{fact_label(a.path)}目前仅知为{int(year)}年{int(month)}月；关于{decides}的结论取决于具体日期，"
                   "请委托人提供确切日期")
    return tuple(out)
