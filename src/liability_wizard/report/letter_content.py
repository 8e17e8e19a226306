"""What the opinion letter says, section by section, prepared for the template.

The template only lays text out; every sentence, citation and figure is decided here from the
case, the evaluation and the statute catalogue. Citations are quoted as the article read on
the date the finding judged by (``Finding.judged_on``), never as it reads today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluation import Evaluation, Finding, Ground, Liability
from liability_wizard.core.firm import FirmProfile
from liability_wizard.core.numerals import chinese_date, chinese_numeral
from liability_wizard.report.facts import fact_label, fact_paragraphs
from liability_wizard.report.long_text import apply_cuts, letter_case
from liability_wizard.report.money import amount_in_words, format_amount

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
    "joint": "与侵权人承担连带责任",
    "joint_expanded": "就损害的扩大部分与侵权人承担连带责任",
    "corresponding": "承担相应的责任",
}

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


@dataclass(frozen=True, slots=True)
class Quotation:
    reference: str  # 《中华人民共和国消费者权益保护法》第四十四条第一款
    paragraphs: tuple[str, ...]  # empty where the same text was quoted in an earlier section


@dataclass(frozen=True, slots=True)
class FindingSection:
    heading: str  # （一）关于……
    outcome: str  # liable | not_liable | uncertain
    conclusion: str
    quotations: tuple[Quotation, ...]  # quoted in full where the platform is or may be liable
    references: str  # the basis named only, where the ground fails
    reasoning: str
    counterpoints: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DamagesRow:
    item: str
    amount: str
    words: str  # 大写, or ""
    basis: str  # the citations' references, or an explanation


@dataclass(frozen=True, slots=True)
class Letterhead:
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


@dataclass(frozen=True, slots=True)
class LetterContent:
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
    advice: tuple[str, ...]
    missing_facts: tuple[str, ...]
    evidence: tuple[str, ...]


def _references(citations: tuple[str, ...]) -> str:
    return load_catalogue().references(citations)


def _quotations(citations: tuple[str, ...], on: date, quoted: set[tuple[str, tuple[str, ...]]]) -> tuple[Quotation, ...]:
    """The articles' texts as they read on ``on``; one already quoted above is named, not repeated."""
    catalogue = load_catalogue()
    result = []
    for quote in (catalogue.quote(c, on) for c in citations):
        key = (quote.reference, quote.paragraphs)
        result.append(Quotation(quote.reference, () if key in quoted else quote.paragraphs))
        quoted.add(key)
    return tuple(result)


def _conclusion(finding: Finding, platform: str) -> str:
    duty = LIABILITY_WORDS[finding.liability]
    if finding.outcome == "liable":
        return f"{platform}应当{duty}。"
    if finding.outcome == "uncertain":
        return f"依现有事实尚不能确定；如查明第五部分所列事实，{platform}可能需要{duty}。"
    return f"{platform}不因此项事由承担责任。"


def _finding_sections(evaluation: Evaluation, platform: str, cuts: dict[str, str]) -> tuple[FindingSection, ...]:
    # A ground that fails names its articles; one that holds (or may hold) quotes them in full.
    applicable = [f for f in evaluation.findings if f.outcome != "not_applicable"]
    quoted: set[tuple[str, tuple[str, ...]]] = set()
    return tuple(
        FindingSection(
            heading=f"（{chinese_numeral(number)}）{GROUND_HEADINGS[f.ground]}",
            outcome=f.outcome,
            conclusion=_conclusion(f, platform),
            quotations=_quotations(f.basis, f.judged_on, quoted) if f.outcome != "not_liable" else (),
            references=_references(f.basis) if f.outcome == "not_liable" else "",
            reasoning=apply_cuts(f.reasoning, cuts),
            counterpoints=tuple(apply_cuts(c, cuts) for c in f.counterpoints),
        )
        for number, f in enumerate(applicable, start=1)
    )


def _exclusion_section(evaluation: Evaluation, number: int, cuts: dict[str, str]) -> tuple[FindingSection, ...]:
    rebuttal = evaluation.exclusion_clause
    if rebuttal is None:
        return ()
    return (FindingSection(
        heading=f"（{chinese_numeral(number)}）关于平台援引的免责格式条款",
        outcome="liable",
        conclusion="平台以用户协议中的格式条款排除或者限制其责任的，该条款无效，不能免除平台依法应负的责任。",
        quotations=_quotations(rebuttal.basis, evaluation.law_date, set()),
        references="",
        reasoning=apply_cuts(rebuttal.reasoning, cuts),
        counterpoints=(),
    ),)


def _summary(evaluation: Evaluation, platform: str, counterpart: str) -> str:
    duties = [f"因{GROUND_REASONS[f.ground]}，{LIABILITY_WORDS[f.liability]}"
              for f in evaluation.findings if f.outcome == "liable"]
    match evaluation.platform_liable:
        case "yes":
            return f"经分析，本所认为{platform}应当承担责任：" + "；".join(duties) + "。具体分析如下。"
        case "uncertain":
            return (f"依现有事实，尚不能确定{platform}是否承担责任，结论取决于第五部分所列尚需查明的事实；"
                    f"委托人同时可以向{counterpart}主张权利。具体分析如下。")
        case "no":
            return (f"依现有事实，{platform}不承担赔偿责任；委托人的损失应当向{counterpart}主张"
                    "（见第四部分）。具体分析如下。")
    return (f"本案不属于本意见书所分析的网络交易平台责任情形；委托人可以向{counterpart}主张权利"
            "（见第四部分）。")


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
                               amount_in_words(d.expanded_loss),
                               "平台应当采取必要措施之后扩大的损失，平台仅就此部分与侵权人承担连带责任"))
    if d.basis:
        rows.append(DamagesRow("惩罚性赔偿", format_amount(d.punitive), amount_in_words(d.punitive),
                               _references(d.basis)))
    else:
        rows.append(DamagesRow("惩罚性赔偿", format_amount(0), "", "依现有事实，无可适用的惩罚性赔偿"))
    if lim.deadline:
        rows.append(DamagesRow("诉讼时效届满日", chinese_date(lim.deadline), "", _references(lim.basis)))
    else:
        missing = "、".join(fact_label(p) for p in lim.missing_facts)
        rows.append(DamagesRow("诉讼时效届满日", "尚不能确定", "", f"尚需查明：{missing}" if missing else ""))
    return tuple(rows)


def _deadline_warning(evaluation: Evaluation, letter_date: date) -> str:
    deadline = evaluation.limitation.deadline
    if deadline is None:
        return ""
    if deadline < letter_date:
        return (f"特别提示：按本意见书的计算，诉讼时效已于{chinese_date(deadline)}届满，"
                "早于本意见书出具之日。"
                "除非存在诉讼时效中止、中断的事由（例如曾向对方提出履行请求或对方同意履行），"
                "对方可以提出时效抗辩，请委托人尽快提供相关证据。")
    days = (deadline - letter_date).days
    if days <= DEADLINE_WARNING_DAYS:
        return (f"特别提示：诉讼时效将于{chinese_date(deadline)}届满，距本意见书出具之日仅余{days}日，"
                "请委托人立即采取行动。")
    return ""


def _advice(case: Case, evaluation: Evaluation, platform: str, counterpart: str) -> tuple[str, ...]:
    advice = []
    liable = [f for f in evaluation.findings if f.outcome == "liable"]
    if liable:
        duties = "、".join(dict.fromkeys(LIABILITY_WORDS[f.liability] for f in liable))
        advice.append(f"向{platform}提出书面索赔，要求其{duties}，同时可以一并向{counterpart}主张权利。")
    else:
        advice.append(f"向{counterpart}主张赔偿责任；{platform}是否承担责任，以第二部分的分析为准。")
    if case.identification.provided not in ("full",) and case.client_role == "consumer":
        advice.append(f"以书面方式（保留记录）要求{platform}提供销售者的真实名称、地址和有效联系方式。")
    deadline = evaluation.limitation.deadline
    if deadline:
        advice.append(f"务必在{chinese_date(deadline)}之前起诉或者以书面方式向义务人提出请求，以免超过诉讼时效。")
    else:
        advice.append("尽快查明知道或者应当知道权利受损及义务人的日期，以确定诉讼时效期间；在此之前应尽早主张权利。")
    advice.append("立即固定并妥善保存第五部分所列证据，网页内容可以通过公证或可信时间戳等方式保全。")
    return tuple(advice)


def _missing_and_evidence(evaluation: Evaluation, cuts: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    applicable = [f for f in evaluation.findings if f.outcome != "not_applicable"]
    paths = [p for f in applicable for p in f.missing_facts]
    paths += [*evaluation.damages.missing_facts, *evaluation.limitation.missing_facts]
    evidence = [apply_cuts(e, cuts) for f in applicable for e in f.evidence]
    return (tuple(dict.fromkeys(fact_label(p) for p in paths)), tuple(dict.fromkeys(evidence)))


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
    counterpart = "销售者" if case.client_role == "consumer" else "直接侵权人（发布侵权信息的用户或经营者）"
    client = case.client.name or PLACEHOLDER_CLIENT
    head = _letterhead(firm, logo_url)
    findings = _finding_sections(evaluation, platform, cuts)
    missing, evidence = _missing_and_evidence(evaluation, cuts)
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
        summary=_summary(evaluation, platform, counterpart),
        findings=findings + _exclusion_section(evaluation, len(findings) + 1, cuts),
        damages_rows=_damages_rows(case, evaluation),
        damages_notes=tuple(apply_cuts(n, cuts) for n in (damages.note, evaluation.limitation.note) if n),
        deadline_warning=_deadline_warning(evaluation, letter_date),
        channels=tuple(apply_cuts(c, cuts) for c in evaluation.channels),
        advice=_advice(case, evaluation, platform, counterpart),
        missing_facts=missing,
        evidence=evidence,
    )
