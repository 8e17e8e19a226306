"""The letter in reading order: the one document both renderers lay out.

:mod:`letter_content` decides what the letter says about the case; this module puts it in
order with the fixed wording that frames it (section titles, labels, declarations).
:mod:`html_letter` (PDF) and :mod:`docx_letter` (Word) only walk the blocks, so a sentence changed here
changes both copies, and neither renderer holds wording of its own.
"""

from typing import NamedTuple

from liability_wizard.core.numerals import chinese_numeral
from liability_wizard.report.abbreviations import Abbreviations
from liability_wizard.report.blocks import Block, Cell, Heading, Items, Label, Paragraph, Quote, Table
from liability_wizard.report.letter_content import FindingSection, LetterContent

TITLE = "法律意见书"
SEAL = "（律师事务所盖章）"
SIGN_HERE = "（签字）"
WATERMARK = "草稿"
SEE_ABOVE = "（条文见前文）"
BASIS_TITLE = "出具依据与审阅材料"
BASIS_LEAD = ("本法律意见书依据委托人的陈述及其提供的下列材料，以及交易或侵权行为发生时有效的中华人民共和国法律、"
              "行政法规和司法解释出具；本所未见原件的材料，以委托人的陈述为准：")
ABBREVIATIONS_LEAD = "释义：本意见书中，"
FACTS_LEAD = "根据委托人的陈述及提供的材料，本所了解的基本事实如下（标明“尚不清楚”的事项有待进一步查明）："
NO_MISSING_FACTS = "依现有事实已可作出上述判断，暂无尚需查明的关键事实。"
DEFAULT_EVIDENCE = "订单记录、付款凭证、商品或页面截图、与平台及销售者的沟通记录。"
DECLARATION = (
    "本所假设：委托人提供的材料真实、准确、完整，复印件、截图与原件一致，其中的签字和印章真实；"
    "委托人已向本所披露与本案有关的全部事实，未有隐瞒或遗漏。",
    "本法律意见书依据委托人提供的事实和材料出具，本所未对其真实性、完整性进行独立核查。"
    "如上述事实或材料不实、不完整或发生变化，本所意见可能随之改变。",
    "本法律意见书依据交易或侵权行为发生时及现行有效的中华人民共和国法律、行政法规和司法解释出具，"
    "不构成对任何诉讼、仲裁或投诉结果的保证。",
    "文中金额和期限系根据现有材料计算，仅供参考；委托人应尽早采取行动，以免超过诉讼时效。",
    "本法律意见书仅供委托人就本案维护权益之用，未经本所书面同意，不得用于其他目的。",
)


class Outline(NamedTuple):
    content: LetterContent
    title: str
    meta: tuple[tuple[str, str], ...]  # (文　号, 2026-民-017) …
    salutation: str
    blocks: tuple[Block, ...]
    signature: tuple[tuple[str, str], ...]  # (承办律师：, 王某某) …; a signer's line gets SIGN_HERE
    signers: frozenset[int]  # indexes of the signature lines that are signed by hand
    seal: str
    sign_here: str
    running_header: str  # every page after the first
    watermark: str  # "" unless a draft


def _law_texts(sections: list[tuple[str, list[Block]]]) -> list[str]:
    """The texts in which the letter may name a law (not the articles' own texts)."""
    out: list[str] = []
    for _title, blocks in sections:
        for b in blocks:
            if isinstance(b, Paragraph) and b.kind not in ("fact", "notes", "definitions"):
                out.append(b.text)
            elif isinstance(b, Quote):
                out.append(b.reference)
            elif isinstance(b, Items):
                out += b.items
            elif isinstance(b, Table):
                out += [cell.text for row in b.rows for cell in row]
    return out


def quote_lines(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    # The catalogue keeps an article's items （一）（二）… as lines of one paragraph; print each on its own.
    return tuple(line.strip() for p in paragraphs for line in p.split("\n") if line.strip())


def _finding(f: FindingSection) -> list[Block]:
    blocks: list[Block] = [Heading(f.heading, 3), Paragraph(f.conclusion, "conclusion " + f.outcome, "结论：")]
    if f.quotations:
        blocks.append(Label("法律依据"))
        blocks += [Quote(q.reference, quote_lines(q.paragraphs)) if q.paragraphs
                   else Quote(q.reference, (SEE_ABOVE,), see_above=True) for q in f.quotations]
    if f.references:
        blocks.append(Paragraph(f.references, "references", "依据："))
    blocks.append(Paragraph(f.reasoning, "", "分析："))
    if f.burden:
        blocks.append(Paragraph(f.burden, "", "举证责任："))
    if f.counterpoints:
        blocks += [Label("平台可能的抗辩及回应"), Items(f.counterpoints)]
    return blocks


def _basis_section(c: LetterContent, laws: Abbreviations) -> list[Block]:
    blocks: list[Block] = [Paragraph(BASIS_LEAD), Items(c.materials)]
    if laws.rows:
        blocks.append(Paragraph(ABBREVIATIONS_LEAD + "；".join(f"{full}简称{short}" for full, short in laws.rows) + "。",
                                "definitions"))
    return blocks


def _numbered(blocks: list[Block]) -> list[Block]:
    """（一）（二）… before the sub-headings of a part, counted where the part is assembled."""
    out: list[Block] = []
    number = 0
    for b in blocks:
        if isinstance(b, Heading) and b.level == 3:
            number += 1
            b = Heading(f"（{chinese_numeral(number)}）{b.text}", 3)
        out.append(b)
    return out


def _sections(c: LetterContent) -> list[tuple[str, list[Block]]]:
    facts: list[Block] = [Paragraph(FACTS_LEAD, "lead"), *(Paragraph(p, "fact") for p in c.facts)]
    if c.notes:
        facts += [Heading("承办律师备注", 3), Paragraph(c.notes, "notes")]
    analysis: list[Block] = [Paragraph(c.summary, "summary")]
    for f in c.findings:
        analysis += _finding(f)
    table = Table(("项目", "金额 / 日期", "依据及说明"),
                  tuple((Cell(r.item), Cell(r.amount, f"（大写：{r.words}）" if r.words else ""), Cell(r.basis))
                        for r in c.damages_rows), (24, 31, 45))
    damages: list[Block] = [table]
    if c.deadline_warning:
        damages.append(Paragraph(c.deadline_warning, "warning"))
    damages += [Paragraph(n, "note") for n in c.damages_notes]
    routes: list[Block] = []
    if c.other_parties:
        routes += [Heading("其他责任主体", 3), Items(c.other_parties)]
    routes += [Heading("维权途径", 3), Items(c.channels), Heading("本所建议", 3), Items(c.advice)]
    routes = _numbered(routes)
    open_points: list[Block] = [
        Heading("（一）尚需查明的事实", 3),
        Items(c.missing_facts) if c.missing_facts else Paragraph(NO_MISSING_FACTS),
        Heading("（二）建议收集的证据", 3),
        Items(c.evidence) if c.evidence else Paragraph(DEFAULT_EVIDENCE),
    ]
    # The part numbers here are the ones letter_content.PART_* refer to.
    return [("基本事实", facts), ("法律分析", analysis), ("赔偿与时效", damages), ("维权途径与建议", routes),
            ("尚需查明的事实与证据", open_points), ("风险提示", [Items(c.risks)]),
            ("结论", [Paragraph(c.closing)]), ("声明与假设", [Items(DECLARATION, "declaration")])]


def _abbreviated(block: Block, laws: Abbreviations) -> Block:
    """Full law names after the 释义 become short names; the case's own words and the articles' texts
    are printed as they are."""
    match block:
        case Paragraph(kind="fact" | "notes" | "definitions"):
            return block
        case Paragraph():
            return block._replace(text=laws(block.text))
        case Quote():
            return block._replace(reference=laws(block.reference))
        case Items():
            return block._replace(items=tuple(map(laws, block.items)))
        case Table():
            return block._replace(rows=tuple(tuple(cell._replace(text=laws(cell.text)) for cell in row)
                                             for row in block.rows))
    return block


def outline(c: LetterContent) -> Outline:
    sections = _sections(c)
    laws = Abbreviations(_law_texts(sections))
    blocks: list[Block] = [Paragraph(c.introduction),
                           Heading(f"一、{BASIS_TITLE}", 2), *_basis_section(c, laws)]
    for number, (title, section) in enumerate(sections, start=2):
        blocks.append(Heading(f"{chinese_numeral(number)}、{title}", 2))
        blocks += [_abbreviated(b, laws) for b in section]
    return Outline(
        content=c,
        title=TITLE,
        meta=(("文　号", c.reference), ("案　件", c.case_title), ("委托人", c.client), ("日　期", c.letter_date)),
        salutation=f"{c.client}：",
        blocks=tuple(blocks),
        signature=c.signature,
        signers=c.signers,
        seal=SEAL,
        sign_here=SIGN_HERE,
        running_header=f"文号：{c.running_reference}",
        watermark=WATERMARK if c.draft else "",
    )
