"""What the opinion letter says, section by section, prepared for the two renderers.

The renderers only lay text out; every sentence, citation and figure is decided here from the
case, the evaluation and the statute catalogue. Citations are quoted as the article read on
the date the finding judged by (``Finding.judged_on``), never as it reads today.
"""

import re
from datetime import date
from typing import NamedTuple

from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import Citation, load_catalogue
from liability_wizard.core.evaluation import Evaluation, Finding, Ground, Liability
from liability_wizard.core.firm import FirmProfile
from liability_wizard.core.numerals import chinese_date, chinese_numeral
from liability_wizard.report.advice import advice, closing, risks
from liability_wizard.report.facts import fact_label, fact_paragraphs, reviewed_materials, unasked_facts
from liability_wizard.report.long_text import apply_cuts, letter_case
from liability_wizard.report.money import amount_in_words, format_amount
from liability_wizard.report.v3_parts import (
    approximate_dates,
    burden_of_proof,
    deadline_text,
    head_row,
    if_unproven_summary,
    joint_scope_note,
    not_barred,
    other_parties,
    party_names,
)

GROUND_HEADINGS: dict[Ground, str] = {
    "self_operated": "关于平台是否作为销售者承担责任（自营）",
    "seller_identity": "关于平台能否提供销售者的真实名称、地址和有效联系方式",
    "platform_promise": "关于平台作出的更有利于消费者的承诺",
    "knowledge": "关于平台是否知道或者应当知道侵权而未采取必要措施",
    "notice_takedown": "关于平台接到通知后是否及时采取必要措施",
    "qualification_review": "关于平台对销售者资质资格的审核义务",
    "food_platform_duties": "关于网络食品交易第三方平台的法定义务",
}

#: The ground in a few words, for the summary.
GROUND_REASONS: dict[Ground, str] = {
    "self_operated": "平台自营或以自营名义销售",
    "seller_identity": "平台不能提供销售者的真实名称、地址和有效联系方式",
    "platform_promise": "平台作出了更有利于消费者的承诺",
    "knowledge": "平台知道或者应当知道侵权而未采取必要措施",
    "notice_takedown": "平台接到通知后未及时采取必要措施",
    "qualification_review": "平台未尽资质资格审核义务",
    "food_platform_duties": "平台未履行网络食品交易第三方平台的法定义务",
}

LIABILITY_WORDS: dict[Liability, str] = {
    "none": "不承担责任",
    "seller": "作为销售者承担赔偿责任",
    "advance_compensation": "先行赔偿，赔偿后有权向销售者追偿",
    "promise_performance": "履行其作出的承诺",
    "joint": "与{party}承担连带责任",
    "joint_expanded": "就损害的扩大部分与{party}承担连带责任",
    "corresponding": "承担相应的责任",
}

#: Where the letter's later parts are, for cross-references (report/outline.py numbers the parts).
PART_ANALYSIS, PART_DAMAGES, PART_ROUTES, PART_OPEN = "第三部分", "第四部分", "第五部分", "第六部分"

PLACEHOLDER_FIRM = "【律师事务所名称】"
PLACEHOLDER_ADDRESS = "【地址】"
PLACEHOLDER_PHONE = "【电话】"
PLACEHOLDER_LAWYER = "【承办律师】"
PLACEHOLDER_REFERENCE = "【待编号】"
PLACEHOLDER_CLIENT = "【委托人】"
PLACEHOLDER_LICENCE = "【执业证号】"
#: The running page header shows at most this many characters of the case number (the first page
#: shows it whole): a long unbreakable string in a page margin makes the layout explode (F3).
RUNNING_REFERENCE_CHARS = 40
#: A deadline this close to the letter's date is flagged so the client acts at once.
DEADLINE_WARNING_DAYS = 90


class Quotation(NamedTuple):
    reference: str  # 《中华人民共和国消费者权益保护法》第四十四条第一款
    paragraphs: tuple[str, ...]  # empty where the same text was quoted in an earlier section


class FindingSection(NamedTuple):
    heading: str  # （一）关于……
    outcome: str  # liable | not_liable | uncertain
    conclusion: str
    quotations: tuple[Quotation, ...]  # quoted in full where the platform is or may be liable
    references: str  # the basis named only, where the ground fails
    reasoning: str
    counterpoints: tuple[str, ...]
    burden: str = ""  # who must prove the open point, and the answer if it stays unproven


class DamagesRow(NamedTuple):
    item: str
    amount: str
    words: str  # 大写, or ""
    basis: str  # the citations' references, or an explanation


class Letterhead(NamedTuple):
    firm: str
    address: str
    phone: str
    lawyer: str
    logo_url: str  # file URL of the chosen logo, or ""
    postcode: str = ""
    email: str = ""

    @property
    def contact(self) -> str:
        """地址：…　邮编：…　电话：…　电子邮箱：… (postcode and e-mail only when the firm set them)."""
        parts = [("地址", self.address), ("邮编", self.postcode), ("电话", self.phone), ("电子邮箱", self.email)]
        return "　".join(f"{key}：{value}" for key, value in parts if value)


class LetterContent(NamedTuple):
    letterhead: Letterhead
    reference: str
    running_reference: str  # the case number shortened for the page header
    signature: tuple[tuple[str, str], ...]  # (律师事务所：, …), (承办律师：, 王某某（执业证号：…）) …
    signers: frozenset[int]  # the signature lines a lawyer signs by hand
    case_title: str
    client: str
    letter_date: str
    draft: bool
    introduction: str
    facts: tuple[str, ...]
    notes: str
    summary: str
    findings: tuple[FindingSection, ...]  # the applicable grounds, then the exclusion-clause rebuttal if any
    damages_rows: tuple[DamagesRow, ...]
    damages_notes: tuple[str, ...]
    deadline_warning: str
    channels: tuple[str, ...]
    other_parties: tuple[str, ...]  # whom else to claim against, each with its basis
    advice: tuple[str, ...]
    missing_facts: tuple[str, ...]
    evidence: tuple[str, ...]
    materials: tuple[str, ...]  # 审阅材料: what the opinion relies on
    risks: tuple[str, ...]  # 风险提示
    closing: str  # 结论（综上所述）


def _references(citations: tuple[str, ...]) -> str:
    return load_catalogue().references(citations)


def _unnamed(citations: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The citations ``text`` does not already name, so a paragraph names each article once; a
    match followed by 第 names a paragraph of the article, not the article itself."""
    catalogue = load_catalogue()

    def named(citation: str) -> bool:
        reference = catalogue.quote(citation, catalogue.law(Citation.parse(citation).code).effective_from).reference
        return any(not text.startswith("第", m.end()) for m in re.finditer(re.escape(reference), text))

    return tuple(c for c in citations if not named(c))


def _failed_ground(case: Case, finding: Finding, ordinal: str, reasoning: str) -> str:
    unnamed = _unnamed(finding.basis, reasoning)
    references = f"（{_references(unnamed)}）" if unnamed else ""
    return f"{ordinal}是{ground_heading(finding, case)}{references}：{reasoning}"


def _quotations(citations: tuple[str, ...], on: date, quoted: set[tuple[str, tuple[str, ...]]]) -> tuple[Quotation, ...]:
    """The articles' texts as they read on ``on``; one already quoted above is named, not repeated."""
    catalogue = load_catalogue()
    result = []
    for quote in (catalogue.quote(c, on) for c in citations):
        key = (quote.reference, quote.paragraphs)
        result.append(Quotation(quote.reference, () if key in quoted else quote.paragraphs))
        quoted.add(key)
    return tuple(result)


def joint_party(case: Case, finding: Finding) -> str:
    """With whom the platform is jointly liable, in the article's own words (letter review M12): the
    consumer articles say 销售者 / 食品经营者, only the tort articles say 侵权人."""
    if case.client_role == "rights_holder":
        return "侵权人"
    return "入网食品经营者" if finding.ground == "food_platform_duties" else "销售者"


def duty(case: Case, finding: Finding) -> str:
    return LIABILITY_WORDS[finding.liability].format(party=joint_party(case, finding))


def knowledge_standard(finding: Finding) -> str:
    """知道 / 应当知道 from the articles the finding applied (letter review H4): TLL:36.3 alone says
    知道; CRPL:44.2 says 明知或者应知; ECL:45, ECL:38 and CC:1197 say 知道或者应当知道."""
    if finding.standard is not None:  # the evaluator's own reading of the basis (contract v3)
        return "知道" if finding.standard == "knew" else "知道或者应当知道"
    basis = {b.split(".")[0] for b in finding.basis}
    if basis & {"ECL:45", "ECL:38", "CC:1197"}:
        return "知道或者应当知道"
    if "CRPL:44" in basis:
        return "明知或者应知"
    return "知道" if "TLL:36" in basis else "知道或者应当知道"


def _known_wrong(finding: Finding, case: Case | None) -> str:
    # What the platform knew of: a consumer's seller harming consumers (CRPL:44.2, ECL:38.1), or an
    # infringement of a rights holder's rights.
    wrong = "销售者侵害消费者合法权益" if case is not None and case.client_role == "consumer" else "侵权"
    return f"平台是否{knowledge_standard(finding)}{wrong}而未采取必要措施"


def ground_heading(finding: Finding, case: Case | None = None) -> str:
    if finding.ground == "knowledge":
        return "关于" + _known_wrong(finding, case)
    return GROUND_HEADINGS[finding.ground]


def ground_reason(finding: Finding, case: Case | None = None) -> str:
    if finding.ground == "knowledge":
        return _known_wrong(finding, case).replace("是否", "")
    return GROUND_REASONS[finding.ground]


def _conclusion(case: Case, finding: Finding, platform: str) -> str:
    if finding.outcome == "liable":
        return f"{platform}应当{duty(case, finding)}。"
    return f"依现有事实尚不能确定；如查明{PART_OPEN}所列事实，{platform}可能需要{duty(case, finding)}。"


def analysis_text(reasoning: str) -> str:
    # The evaluator ends its reasoning with "结论：…"; the section already opens with the conclusion,
    # so the closing sentence reads as the consequence of the analysis (letter review L3.4).
    return reasoning.replace("结论：", "因此，")


def _not_applicable_by_date(evaluation: Evaluation) -> dict[str, list[Finding]]:
    """Grounds the act's date put out of reach, grouped by their (shared) reasoning. A letter that finds
    the platform not liable must say why, e.g. that the seller-identity rule began on 2014-03-15
    (letter review M2); the evaluator names the date it judged by in exactly these reasonings."""
    groups: dict[str, list[Finding]] = {}
    for f in evaluation.findings:
        if f.outcome == "not_applicable" and chinese_date(f.judged_on) in f.reasoning:
            groups.setdefault(f.reasoning, []).append(f)
    return groups


def _finding_sections(case: Case, evaluation: Evaluation, platform: str,
                      cuts: dict[str, str]) -> tuple[FindingSection, ...]:
    """A section per ground that holds or may hold, its articles quoted in full; then the grounds that
    fail together in one paragraph, their articles named (letter review L3.3)."""
    open_grounds = [f for f in evaluation.findings if f.outcome in ("liable", "uncertain")]
    failed = [f for f in evaluation.findings if f.outcome == "not_liable"]
    quoted: set[tuple[str, tuple[str, ...]]] = set()
    sections = [
        FindingSection(
            heading=f"（{chinese_numeral(number)}）{ground_heading(f, case)}",
            outcome=f.outcome,
            conclusion=_conclusion(case, f, platform),
            quotations=_quotations(f.basis, f.judged_on, quoted),
            references="",
            reasoning=analysis_text(apply_cuts(f.reasoning, cuts)),
            counterpoints=tuple(apply_cuts(c, cuts) for c in f.counterpoints),
            # Said once: the evaluator's reasoning may already allocate the burden for this point.
            burden="" if "举证责任" in f.reasoning else burden_of_proof(f, platform, duty(case, f)),
        )
        for number, f in enumerate(open_grounds, start=1)
    ]
    dated = _not_applicable_by_date(evaluation)
    if failed or dated:
        ordinals = "一二三四五六七"
        reasons = "".join(_failed_ground(case, f, ordinals[n], analysis_text(apply_cuts(f.reasoning, cuts)))
                          for n, f in enumerate(failed))
        if dated:
            reasons += "此外，下列事由因行为发生的日期而不适用：" + "".join(
                f"{'、'.join(ground_heading(f, case).removeprefix('关于') for f in group)}——{reasoning}"
                for reasoning, group in dated.items())
        heading = "不能成立的事由" if open_grounds else "各项事由均不能成立"
        sections.append(FindingSection(
            heading=f"（{chinese_numeral(len(sections) + 1)}）{heading}",
            outcome="not_liable",
            conclusion=f"{platform}不因以下事由承担责任。",
            quotations=(),
            references="",
            reasoning=reasons,
            counterpoints=(),
        ))
    return tuple(sections)


def _exclusion_conclusion(case: Case) -> str:
    """Conditional: only an unfair term is void (letter review M8), and the clause must be seen."""
    text = ("如平台援引的用户协议条款属于不合理地免除或者减轻平台责任、加重委托人责任、限制委托人主要权利的"
            "格式条款，该条款无效，不能免除平台依法应负的责任")
    if not case.platform.exclusion_clause_text:
        return text + "；该条款的原文尚未提供，请委托人提供，以便确认。"
    return text + "。"


def _exclusion_section(case: Case, evaluation: Evaluation, number: int,
                       cuts: dict[str, str]) -> tuple[FindingSection, ...]:
    rebuttal = evaluation.exclusion_clause
    if rebuttal is None:
        return ()
    return (FindingSection(
        heading=f"（{chinese_numeral(number)}）关于平台援引的免责格式条款",
        outcome="liable",
        conclusion=_exclusion_conclusion(case),
        quotations=_quotations(rebuttal.basis, evaluation.law_date, set()),
        references="",
        reasoning=apply_cuts(rebuttal.reasoning, cuts),
        counterpoints=(),
    ),)


def limitation_expired(evaluation: Evaluation, letter_date: date) -> bool:
    deadline = evaluation.limitation.deadline
    return deadline is not None and deadline < letter_date


def _summary(case: Case, evaluation: Evaluation, platform: str, counterpart: str, letter_date: date) -> str:
    reasons = [f"因{ground_reason(f, case)}，{platform}应当{duty(case, f)}"
               for f in evaluation.findings if f.outcome == "liable"]
    match evaluation.platform_liable:
        case "yes":
            text = f"经分析，本所认为{platform}应当承担责任：" + "；".join(reasons) + "。"
        case "uncertain":
            text = (f"依现有事实，尚不能确定{platform}是否承担责任，结论取决于{PART_OPEN}所列尚需查明的事实；"
                    + if_unproven_summary(evaluation, platform)
                    + f"委托人同时可以向{party_names(evaluation) or counterpart}主张权利。")
        case "no":
            text = (f"依现有事实，{platform}不承担赔偿责任；委托人应当向{party_names(evaluation) or counterpart}"
                    f"主张权利（见{PART_ROUTES}）。")
        case _:
            text = (f"本案不属于本意见书所分析的网络交易平台责任情形（理由见下文）；委托人可以向"
                    f"{party_names(evaluation) or counterpart}"
                    f"主张权利（见{PART_ROUTES}）。")
    if limitation_expired(evaluation, letter_date):
        text += (f"但按本意见书的计算，诉讼时效可能已于{chinese_date(evaluation.limitation.deadline)}届满"  # type: ignore[arg-type]
                 f"（见{PART_DAMAGES}），除非存在中断、中止的事由。")
    return text + "具体分析如下。"


def _compensation_row(case: Case, compensation: float) -> DamagesRow:
    if case.harm.loss is not None:
        return DamagesRow("赔偿损失", format_amount(compensation), amount_in_words(compensation),
                          "委托人主张的实际损失")
    if case.transaction.price is not None:
        return DamagesRow("赔偿损失", format_amount(compensation), amount_in_words(compensation),
                          "实际损失尚未提供，暂按价款计算")
    return DamagesRow("赔偿损失", "尚不能确定", "", "实际损失和价款均尚不清楚")


def _damages_rows(case: Case, evaluation: Evaluation) -> tuple[DamagesRow, ...]:
    d, lim = evaluation.damages, evaluation.limitation
    rows = [_compensation_row(case, d.compensation)]
    if d.expanded_loss is not None:
        rows.append(DamagesRow("其中：扩大损失", format_amount(d.expanded_loss),
                               amount_in_words(d.expanded_loss), joint_scope_note(case, evaluation)))
    if d.promised is not None:
        rows.append(DamagesRow("平台承诺的赔付", format_amount(d.promised), amount_in_words(d.promised),
                               "平台作出的承诺（见法律分析部分）"))
    rows += [DamagesRow(*head_row(head)) for head in d.heads]
    if not d.heads and case.client_role == "consumer":
        rows.append(DamagesRow("惩罚性赔偿", "不适用", "", "依现有事实，无可适用的惩罚性赔偿"))
    when, since = deadline_text(evaluation)
    if lim.deadline:
        rows.append(DamagesRow("诉讼时效届满日", when, "",
                               "；".join(part for part in (since, _references(lim.basis)) if part)))
    else:
        missing = "、".join(fact_label(p) for p in lim.missing_facts)
        rows.append(DamagesRow("诉讼时效届满日", when, "", f"尚需查明：{missing}" if missing else ""))
    return tuple(rows)


def _deadline_warning(evaluation: Evaluation, letter_date: date) -> str:
    deadline = evaluation.limitation.deadline
    if deadline is None:
        return ""
    if deadline < letter_date:
        # A rights holder's injunction and reputation remedies run on regardless (letter review H2).
        unbarred = not_barred(evaluation)
        return (f"特别提示：按本意见书的计算，诉讼时效可能已于{chinese_date(deadline)}届满，早于本意见书出具之日。"
                + (f"但{unbarred}" if unbarred else "")
                + "时效届满并不消灭权利：对方提出时效抗辩的，请求将难以得到支持，但对方未抗辩或者自愿履行的不受影响；"
                f"如曾发生中断或中止的事由，期间应重新计算。请按{PART_ROUTES}所列清单尽快提供相关证据。")
    days = (deadline - letter_date).days
    if days <= DEADLINE_WARNING_DAYS:
        return (f"特别提示：诉讼时效将于{chinese_date(deadline)}届满，距本意见书出具之日仅余{days}日，"
                "请委托人立即采取行动。")
    return ""


#: Facts that matter only for a consumer's punitive damages (rules.md: punitive damages are consumer-only);
#: a rights holder is not asked them (letter review M10).
CONSUMER_ONLY_FACTS = frozenset({"harm.unsafe_food", "harm.fake_or_substandard_drug", "harm.seller_fraud",
                                 "harm.knowingly_defective", "harm.seller_knew_unsafe", "harm.label_defect_only",
                                 "harm.serious_injury", "harm.bought_knowing_defect"})


def _missing_and_evidence(case: Case, evaluation: Evaluation,
                          cuts: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    applicable = [f for f in evaluation.findings if f.outcome != "not_applicable"]
    paths = [p for f in applicable for p in f.missing_facts]
    paths += [*evaluation.damages.missing_facts, *evaluation.limitation.missing_facts]
    if evaluation.exclusion_clause:
        paths += evaluation.exclusion_clause.missing_facts
    if case.client_role == "rights_holder":
        paths = [p for p in paths if p not in CONSUMER_ONLY_FACTS]
    paths += unasked_facts(case)  # not asked yet: never called 尚不清楚 in the facts, listed here
    evidence = [apply_cuts(e, cuts) for f in applicable for e in f.evidence]
    facts = [*(fact_label(p) for p in paths), *approximate_dates(case, evaluation)]
    return tuple(dict.fromkeys(facts)), tuple(dict.fromkeys(evidence))


def _letterhead(firm: FirmProfile, logo_url: str) -> Letterhead:
    return Letterhead(firm.name or PLACEHOLDER_FIRM, firm.address or PLACEHOLDER_ADDRESS,
                      firm.phone or PLACEHOLDER_PHONE, firm.lawyer or PLACEHOLDER_LAWYER, logo_url,
                      firm.postcode, firm.email)


def _signature(firm: FirmProfile, head: Letterhead, letter_date: str) -> tuple[tuple[str, str], ...]:
    """The firm, one or two signing lawyers with their 执业证号, the date."""
    lawyers = [(head.lawyer, firm.lawyer_licence)]
    if firm.second_lawyer:
        lawyers.append((firm.second_lawyer, firm.second_lawyer_licence))
    return (("律师事务所：", head.firm),
            *((("承办律师：" if n == 0 else "　　　　　"), f"{name}（执业证号：{licence or PLACEHOLDER_LICENCE}）")
              for n, (name, licence) in enumerate(lawyers)),
            ("日期：", letter_date))


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def letter_content(case: Case, evaluation: Evaluation, firm: FirmProfile, *, letter_date: date,
                   draft: bool = False, logo_url: str = "") -> LetterContent:
    case, cuts = letter_case(case)  # long texts cut to what a letter prints (long_text.py)
    platform = case.platform.name or "涉案平台"
    counterpart = ("生产者" if case.platform.self_operated else "销售者") if case.client_role == "consumer" \
        else "直接侵权人（发布侵权信息的用户或经营者）"
    client = case.client.name or PLACEHOLDER_CLIENT
    head = _letterhead(firm, logo_url)
    findings = _finding_sections(case, evaluation, platform, cuts)
    missing, evidence = _missing_and_evidence(case, evaluation, cuts)
    summary = _summary(case, evaluation, platform, counterpart, letter_date)
    duties = tuple(dict.fromkeys(duty(case, f) for f in evaluation.findings if f.outcome == "liable"))
    steps = advice(case, evaluation, platform, counterpart, duties, letter_date, PART_OPEN)
    damages = evaluation.damages
    reference = case.reference or PLACEHOLDER_REFERENCE
    signature = _signature(firm, head, chinese_date(letter_date))
    return LetterContent(
        letterhead=head,
        reference=reference,
        running_reference=shorten(reference, RUNNING_REFERENCE_CHARS),
        signature=signature,
        signers=frozenset(range(1, len(signature) - 1)),
        case_title=case.title,
        client=client,
        letter_date=chinese_date(letter_date),
        draft=draft,
        introduction=(f"{head.firm}（以下简称“本所”）接受{client}（以下简称“委托人”）的委托，"
                      f"就“{case.title}”一案中{platform}的法律责任及委托人的维权途径，"
                      "根据委托人提供的事实和材料，出具本法律意见书。"),
        facts=tuple(fact_paragraphs(case)),
        notes=case.notes,
        summary=summary,
        findings=findings + _exclusion_section(case, evaluation, len(findings) + 1, cuts),
        damages_rows=_damages_rows(case, evaluation),
        damages_notes=tuple(apply_cuts(n, cuts) for n in (damages.note, evaluation.limitation.note) if n),
        deadline_warning=_deadline_warning(evaluation, letter_date),
        channels=tuple(apply_cuts(c, cuts) for c in evaluation.channels),
        other_parties=tuple(apply_cuts(p, cuts) for p in other_parties(evaluation)),
        advice=steps,
        missing_facts=missing,
        evidence=evidence,
        materials=reviewed_materials(case),
        risks=risks(case, evaluation, letter_date, PART_OPEN),
        closing=closing(summary, evaluation, steps[0]),
    )
