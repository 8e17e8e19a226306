"""明知或者应知 — the platform knew or should have known and took no necessary measures (连带责任).

Consumers: CRPL:44.2, ECL:38.1, SPC-FOOD:9 (food, drugs), SPC-NETCON:16 (live-stream);
before 2014-03-15: TLL:36.3. Rights holders: CC:1197, TLL:36.3 before 2021, CC:1197 with
SPC-CC-TIME:1 for an act continuing into 2021 (judged on ``continued_until``); ECL:45 (IP on a
trading platform); SPC-NETPERS:6 (reputation, only beside CC:1197).
Step 1: knowledge shown; step 1b: a consumer's complaint after the purchase (from 2014-03-15);
step 2: knowledge possible; step 3: any candidate → uncertain.
"""

# No ``from __future__ import annotations``: the NamedTuple records below would compile their
# annotations (``core/evaluation.py`` says why that is slow).
from typing import NamedTuple

from liability_wizard.core.evaluation import Finding, Standard
from liability_wizard.core.grounds.context import GroundContext, refs
from liability_wizard.core.numerals import chinese_date

GROUND = "knowledge"
STRONG = frozenset({"repeated_complaints", "obvious_infringement", "prior_penalty", "regulator_notice"})
WEAK = frozenset({"platform_promoted", "platform_edited", "abnormal_price"})
INDICATOR_NAMES = {
    "repeated_complaints": "同类投诉反复发生", "obvious_infringement": "侵权或违法明显",
    "platform_promoted": "平台对商品或内容进行了推荐", "platform_edited": "平台对商品或内容进行了编辑整理",
    "abnormal_price": "价格明显异常", "prior_penalty": "销售者曾因同类行为受到处罚",
    "regulator_notice": "监管部门曾向平台通报",
}
FAILURES = {"none": "未采取任何必要措施", "late": "未及时采取必要措施",
            "insufficient": "仅采取了部分措施（如仅转送投诉或仅删除被投诉的链接），未采取足以制止侵害的必要措施"}


class KnowledgeSigns(NamedTuple):
    """What the facts show of the platform's knowledge (rules.md, knowledge)."""

    knew: bool
    strong: bool
    possible: bool
    missing: tuple[str, ...]
    complaint_after_purchase: bool
    one_weak: bool


class Candidates:
    """Steps 1b and 2 leave candidates; step 3 turns any of them into ``uncertain``."""

    __slots__ = ("continuing_breach", "missing", "one_weak_indicator")

    def __init__(self) -> None:
        self.missing: list[str] = []
        self.continuing_breach = False  # judgement step 1b: a continuing breach alone, the law is unsettled
        self.one_weak_indicator = False  # judgement step 2: a court may or may not infer knowledge

    def add(self, path: str) -> None:
        if path not in self.missing:
            self.missing.append(path)

    def __bool__(self) -> bool:
        return bool(self.missing) or self.continuing_breach or self.one_weak_indicator


def continuing_into_civil_code(ctx: GroundContext) -> bool:
    """An explicit ``continued_until`` on or after the Civil Code took effect (never inferred)."""
    until = ctx.case.transaction.continued_until
    return until is not None and until >= ctx.starts("CC")


def _basis(ctx: GroundContext) -> list[str] | None:
    t = ctx.t
    if ctx.consumer:
        if ctx.in_force("CRPL"):
            basis = ["CRPL:44.2"]
            if ctx.in_force("ECL"):
                basis.append("ECL:38.1")
            if ctx.category in ("food", "drug"):
                basis.append("SPC-FOOD:9")
            if ctx.live_streaming and ctx.in_force("ECL"):
                basis.append("SPC-NETCON:16")
            return basis
        return ["TLL:36.3"] if ctx.in_force("TLL") else None
    basis = ["ECL:45"] if ctx.ip_on_trading_platform and ctx.in_force("ECL") else []
    if t >= ctx.starts("CC"):
        basis.append("CC:1197")
    elif continuing_into_civil_code(ctx):
        basis += ["CC:1197", "SPC-CC-TIME:1"]
    elif ctx.in_force("TLL"):
        basis.append("TLL:36.3")
    else:
        return None
    if "reputation" in ctx.case.harm.kinds and "CC:1197" in basis:  # it interprets CC:1197 only
        basis.append("SPC-NETPERS:6")
    return basis


def read_signs(ctx: GroundContext) -> KnowledgeSigns:
    k = ctx.case.knowledge
    indicators = set(k.indicators)
    weak = len(indicators & WEAK)
    knew = ctx.consumer and k.notice_received is True and k.notice_date is not None and k.notice_date <= ctx.t
    strong = bool(indicators & STRONG) or weak >= 2
    one_weak = weak == 1 and not strong
    missing: list[str] = []
    # Re-judged for if_unproven, one weak indicator and a notice of unknown date show nothing.
    possible = one_weak and not ctx.unproven
    if ctx.consumer and k.notice_received is None and (k.notice_date is None or k.notice_date <= ctx.t):
        possible = True
        missing.append("knowledge.notice_received")
    if ctx.consumer and k.notice_received is True and k.notice_date is None and not ctx.unproven:
        possible = True
        missing.append("knowledge.notice_date")
    after = (ctx.consumer and k.notice_received is True and k.notice_date is not None and k.notice_date > ctx.t
             and ctx.in_force("CRPL"))
    return KnowledgeSigns(knew, strong, possible, tuple(missing), after, one_weak)


def standard_of(basis: list[str]) -> Standard:
    """TLL:36.3 without ECL:45 requires 知道 only; CC:1197, ECL:45 and CRPL:44.2 reach 应当知道."""
    return "knew" if "TLL:36.3" in basis and "ECL:45" not in basis else "knew_or_should_have_known"


class Wording(NamedTuple):
    """The statute's own words for this basis (rules.md, knowledge, "Wording")."""

    knows: str
    counterparty: str
    article: str

    @staticmethod
    def of(ctx: GroundContext, basis: list[str]) -> "Wording":
        article = refs([c for c in basis if c != "SPC-NETPERS:6"])
        if standard_of(basis) == "knew":
            knows = "知道"
        elif basis[0] == "CRPL:44.2":
            knows = "明知或者应知"
        else:
            knows = "知道或者应当知道"
        if not ctx.consumer:
            counterparty = "侵权人"
        elif "ECL:38.1" in basis:
            counterparty = "该平台内经营者"
        elif basis[0] == "CRPL:44.2":
            counterparty = "该销售者"
        else:
            counterparty = "销售者"
        return Wording(knows, counterparty, article)


def _describe(ctx: GroundContext, signs: KnowledgeSigns) -> str:
    parts = []
    if signs.knew:
        parts.append(f"平台于{chinese_date(ctx.case.knowledge.notice_date)}即已收到投诉或通知")  # type: ignore[arg-type]
    named = [INDICATOR_NAMES[i] for i in ctx.case.knowledge.indicators]
    if named:
        parts.append(("此前" if signs.knew else "") + "存在" + "、".join(named) + "等情形")
    return "，".join(parts) if parts else "现有事实"


def _complaint_after(ctx: GroundContext, signs: KnowledgeSigns, candidates: Candidates) -> bool:
    """Step 1b: ``True`` when the platform let the seller go after the complaint (liable); otherwise
    adds its candidates."""
    if not signs.complaint_after_purchase:
        return False
    k = ctx.case.knowledge
    if k.seller_exit_allowed is True:
        return True
    if k.seller_exit_allowed is None:
        candidates.add("knowledge.seller_exit_allowed")
    if k.measures != "timely":
        if k.breach_continuing is None:
            candidates.add("knowledge.breach_continuing")
        elif k.breach_continuing is True and not ctx.unproven:
            candidates.continuing_breach = True
    return False


def judge(ctx: GroundContext) -> Finding:
    basis = _basis(ctx)
    if basis is None:
        return ctx.not_applicable(GROUND, f"行为发生于{chinese_date(ctx.t)}，早于《中华人民共和国侵权责任法》（2010年7月1日施行），"
                                          "当时的法律没有关于网络服务提供者知道侵权而未采取措施承担连带责任的规定，"
                                          "本意见书不就此作出评价。")
    if ctx.platform_self_operated:
        return ctx.not_applicable(GROUND, f"{ctx.platform_name}自营涉案商品，作为销售者直接承担责任（见“平台自营”一项），"
                                          "不再适用平台知道或者应当知道的规则。")
    return _judge(ctx, basis, Wording.of(ctx, basis))


def _judge(ctx: GroundContext, basis: list[str], words: Wording) -> Finding:
    signs = read_signs(ctx)
    k = ctx.case.knowledge
    measures = k.measures
    standard = standard_of(basis)
    judged_on = ctx.case.transaction.continued_until if "SPC-CC-TIME:1" in basis else None
    name, knows, article = ctx.platform_name, words.knows, words.article
    counter = _counterpoints(basis)
    complaints = "（可向平台或12315调取）" if ctx.consumer else "（可向平台调取）"
    evidence = [f"平台此前收到的投诉、举报记录{complaints}", "同类商品或内容的评价、投诉截图",
                "平台推荐、编辑或异常低价的页面截图", "平台采取措施的时间与内容记录"]

    def decide(outcome: str, reasoning: str, step: str | None, missing: list[str] | None = None) -> Finding:
        return ctx.finding(GROUND, outcome, basis, reasoning, counterpoints=counter,  # type: ignore[arg-type]
                           missing=missing, evidence=evidence, judged_on=judged_on, standard=standard, step=step)

    wrong = "销售者利用其平台侵害消费者合法权益" if ctx.consumer else "网络用户利用其网络服务侵害委托人的权利"
    candidates = Candidates()
    if signs.knew or signs.strong:
        shown = _describe(ctx, signs)
        finding = f"{shown}，足以认定{name}{knows}{wrong}" if standard != "knew" else \
            f"{shown}，法院可据此认定{name}知道{wrong}"
        if measures in FAILURES:
            reasoning = (f"{finding}，而平台{FAILURES[measures]}。依{article}，平台应与{words.counterparty}承担连带责任，"
                         f"范围为其{knows}之后发生的全部损失。结论：{name}承担连带责任。")
            return decide("liable", reasoning, "1")
        if measures is None:
            reasoning = (f"{finding}；尚不清楚平台是否采取了必要措施。平台主张已及时采取必要措施的，应由其举证；"
                         f"未采取的，依{article}应与{words.counterparty}承担连带责任。")
            return decide("uncertain", reasoning, "1", ["knowledge.measures"])
        if not signs.complaint_after_purchase:
            return decide("not_liable", f"{finding}，但平台已及时采取必要措施，依{article}不承担连带责任。", "1")
        if _complaint_after(ctx, signs, candidates):
            return decide("liable", _exit_reasoning(ctx, words), "1b")
        if candidates:
            return decide("uncertain", _after_candidate_reasoning(ctx, words, candidates), "1b",
                          candidates.missing)
        return decide("not_liable", f"{finding}，但平台已及时采取必要措施；委托人购买后的投诉亦未显示平台有放任销售者"
                                    f"退出等情形。依{article}，平台不承担连带责任。", "1")
    if _complaint_after(ctx, signs, candidates):
        return decide("liable", _exit_reasoning(ctx, words), "1b")
    step2 = signs.possible and measures != "timely"
    if step2:
        candidates.one_weak_indicator = signs.one_weak
        for path in signs.missing:
            candidates.add(path)
    if candidates:
        step = "1b" if signs.complaint_after_purchase and not step2 else "2"
        if step == "1b":
            reasoning = _after_candidate_reasoning(ctx, words, candidates)
        else:
            reasoning = (f"现有事实仅能说明{name}可能{knows}{wrong}（如仅有一项较弱的迹象，或是否收到投诉、何时收到尚不清楚），"
                         f"尚不足以认定。如能补强证据证明平台{knows}而未采取必要措施，依{article}，平台应与{words.counterparty}"
                         "承担连带责任。")
            if signs.complaint_after_purchase:
                reasoning += _after_candidate_reasoning(ctx, words, candidates)
        return decide("uncertain", reasoning, step, candidates.missing)
    if signs.possible:  # step 2 with timely measures
        return decide("not_liable", f"即使{name}{knows}，其已及时采取必要措施，依{article}不承担连带责任。", "2")
    return decide("not_liable", _not_shown(ctx, signs, words), None)


def _counterpoints(basis: list[str]) -> list[str]:
    if standard_of(basis) == "knew":
        return ["《中华人民共和国侵权责任法》第三十六条第三款仅规定“知道”，部分法院将其理解为明知（实际知道），"
                "应以证据证明平台实际知道或足以推定其知道。"]
    if "TLL:36.3" in basis:  # with ECL:45
        return ["平台可能抗辩《中华人民共和国侵权责任法》第三十六条第三款仅规定“知道”。回应：《中华人民共和国电子商务法》"
                "第四十五条明确应当知道即可。"]
    return []


def _exit_reasoning(ctx: GroundContext, words: Wording) -> str:
    k, name = ctx.case.knowledge, ctx.platform_name
    return (f"委托人于购买后的{chinese_date(k.notice_date)}向{name}投诉，平台由此知道了争议；"  # type: ignore[arg-type]
            "此后平台在争议未决时允许销售者退出平台（或解冻其保证金、货款），放任损害的发生和扩大。"
            f"依{words.article}，平台应就投诉之后发生的损失与{words.counterparty}承担连带责任；放任销售者退出本身即是"
            f"未尽义务，不论平台对投诉本身采取了何种措施。结论：{name}对投诉之后的损失承担连带责任。")


def _after_candidate_reasoning(ctx: GroundContext, words: Wording, candidates: Candidates) -> str:
    k, name = ctx.case.knowledge, ctx.platform_name
    parts = [f"委托人于购买后的{chinese_date(k.notice_date)}向{name}投诉。该投诉不能证明平台在交易时已经知道，"  # type: ignore[arg-type]
             "只对投诉之后的损失有意义。"]
    if "knowledge.seller_exit_allowed" in candidates.missing:
        parts.append("尚不清楚平台此后是否允许销售者退出平台或解冻其保证金、货款；如是，平台应就投诉之后的损失承担连带责任。")
    if "knowledge.breach_continuing" in candidates.missing:
        parts.append("尚不清楚投诉后销售者的违约行为（不发货、拒绝退款等）是否仍在持续。")
    if candidates.continuing_breach:
        parts.append("投诉后销售者的违约行为仍在持续（不发货、拒绝退款等），平台未采取有效措施。仅以违约行为持续为由要求平台"
                     f"承担连带责任，法律尚无定论：{refs(['ECL:38.1'])}规定的“其他侵害消费者合法权益行为”支持该主张，"
                     f"{refs(['ECL:61'])}亦要求平台在投诉后协助消费者维权，但尚无已公开的判决据此判令平台承担连带责任。")
    return "".join(parts)


def _not_shown(ctx: GroundContext, signs: KnowledgeSigns, words: Wording) -> str:
    name, knows = ctx.platform_name, words.knows
    k = ctx.case.knowledge
    after = ""
    if ctx.consumer and k.notice_received is True and k.notice_date is not None and k.notice_date > ctx.t:
        after = (f"委托人的投诉于购买之后（{chinese_date(k.notice_date)}）才到达平台，不能证明平台在交易时已经知道"
                 + ("；平台此后亦未放任销售者退出。" if signs.complaint_after_purchase else "。"))
    notice_rule = "" if ctx.consumer else "权利人的通知在“通知与删除”一项中评价。"
    act = "销售者侵害消费者合法权益的行为" if ctx.consumer else "侵权行为"
    signs_absent = f"未收到交易前的投诉，也无足以推定其{knows}的迹象" if ctx.consumer else f"无足以推定其{knows}的迹象"
    return (f"{after}现有事实未显示{name}{knows}{act}（{signs_absent}）。"
            f"{notice_rule}依{words.article}，本项不成立。")
