"""Every example case renders to a letter that says what the evaluation decided, read back from the PDF."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader
from tests.conftest import EXAMPLE_CASES, example_id
from tests.report.conftest import FIRM, RenderedLetter, printed, squeeze

from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.numerals import chinese_date
from liability_wizard.paths import resources_dir
from liability_wizard.report.fonts import FONT_FACES, SANS, SERIF
from liability_wizard.report.letter import default_renderer
from liability_wizard.report.letter_content import ground_heading
from liability_wizard.report.money import format_amount

IDS = [example_id(p) for p in EXAMPLE_CASES]
pytestmark = pytest.mark.slow


@pytest.fixture(params=IDS)
def letter(request: pytest.FixtureRequest, letters: dict[str, RenderedLetter]) -> RenderedLetter:
    return letters[request.param]


def test_title_parties_and_sections(letter: RenderedLetter) -> None:
    for text in ("法律意见书", FIRM.name, FIRM.lawyer, "一、出具依据与审阅材料", "二、基本事实", "三、法律分析",
                 "四、赔偿与时效", "五、维权途径与建议", "六、尚需查明的事实与证据", "七、风险提示", "八、结论",
                 "九、声明与假设", "承办律师", "（律师事务所盖章）", "2025年6月1日", "综上所述"):
        assert squeeze(text) in letter.text, text
    assert squeeze(letter.case.title) in letter.text


def test_every_liable_finding_cites_its_articles_in_full(letter: RenderedLetter) -> None:
    catalogue = load_catalogue()
    for finding in letter.evaluation.findings:
        if finding.outcome == "not_applicable":
            assert squeeze(ground_heading(finding, letter.case)) not in letter.text
            continue
        assert squeeze(ground_heading(finding, letter.case)) in letter.text
        if finding.outcome == "not_liable":  # each article named once, in the reasoning or after the heading
            for citation in finding.basis:
                quote = catalogue.quote(citation, finding.judged_on)
                assert (squeeze(printed(quote.reference)) in letter.text
                        or squeeze(quote.reference.removeprefix(quote.law.title)) in letter.text), citation
            continue
        for citation in finding.basis:  # liable or uncertain: each article quoted under its reference
            quote = catalogue.quote(citation, finding.judged_on)
            assert squeeze(printed(quote.reference) + quote.text) in letter.text, (finding.ground, citation)


def test_amounts_and_deadline(letter: RenderedLetter) -> None:
    damages, deadline = letter.evaluation.damages, letter.evaluation.limitation.deadline
    if letter.case.harm.loss is not None or letter.case.transaction.price is not None:
        assert squeeze(format_amount(damages.compensation)) in letter.text
    if damages.expanded_loss is not None:
        assert squeeze(format_amount(damages.expanded_loss)) in letter.text
    for head in damages.heads:  # never "0 元" for a head that is unknown (letter review M3)
        assert squeeze(format_amount(head.amount)) if head.amount is not None else "尚不能确定" in letter.text
    if not damages.heads and letter.case.client_role == "consumer":
        assert "惩罚性赔偿不适用" in letter.text
    if deadline:
        assert chinese_date(deadline) in letter.text
    else:
        assert "尚不能确定" in letter.text


def test_channels_and_evidence_listed(letter: RenderedLetter) -> None:
    for channel in letter.evaluation.channels:
        assert squeeze(printed(channel)) in letter.text
    for finding in letter.evaluation.findings:
        if finding.outcome != "not_applicable":
            for item in finding.evidence:
                assert squeeze(printed(item)) in letter.text


def test_page_count_and_size(letter: RenderedLetter) -> None:
    assert 3 <= letter.pages <= 10
    assert len(letter.pdf) <= 300 * 1024
    assert letter.footers == [f"第{n}页共{letter.pages}页" for n in range(1, letter.pages + 1)]


HEADING = re.compile(r"^([一二三四五六]、|（[一二三四五六七八九十]+）|法律依据$|平台可能的抗辩及回应$)")


def test_no_page_ends_with_a_heading(letter: RenderedLetter) -> None:
    assert len(letter.page_lines) == letter.pages
    for number, lines in enumerate(letter.page_lines[:-1], start=1):
        last = lines[-1].strip()
        # An article's item （一）…； is a quoted line, not a heading (letter review L1 prints items on lines).
        assert not (HEADING.match(last) and not last.endswith(("；", "。"))), f"page {number} ends with heading {last!r}"


def test_only_the_shipped_fonts_embedded_and_subset(letter: RenderedLetter) -> None:
    listing = subprocess.run(["pdffonts", str(letter.path)], capture_output=True, check=True,
                             text=True).stdout.splitlines()[2:]
    assert listing
    families = set()
    for row in listing:
        name, *_, emb, sub, uni, _obj, _gen = row.split()
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.fullmatch(r"[A-Z]{6}\+.+", name), row  # subset tag
        families.add(name.split("+", 1)[1])
    shipped = {f.family.replace(" ", "-") + ("-Bold" if f.weight == 700 else "") for f in FONT_FACES}
    assert {SERIF.replace(" ", "-"), SANS.replace(" ", "-") + "-Bold"} <= families <= shipped, families


def test_nothing_attached_and_only_fonts_fetched(letter: RenderedLetter) -> None:
    reader = PdfReader(letter.path)
    assert not reader.attachments
    assert b"/EmbeddedFile" not in letter.pdf
    log = default_renderer().fetch_log
    assert log.refused == []
    assert log.served and all(url.startswith((resources_dir() / "fonts").as_uri()) for url in log.served)


def test_not_liable_letter_still_says_what_to_do(letters: dict[str, RenderedLetter]) -> None:
    for key in ("e06", "e08", "e11", "e14"):
        letter = letters[key]
        assert letter.evaluation.platform_liable == "no"
        counterpart = "销售者" if letter.case.client_role == "consumer" else "直接侵权人"
        assert f"向{counterpart}" in letter.text
        assert chinese_date(letter.evaluation.limitation.deadline) in letter.text  # type: ignore[arg-type]
        assert squeeze(letter.evaluation.channels[0]) in letter.text


def test_passed_deadline_is_flagged(letters: dict[str, RenderedLetter]) -> None:
    late, current = letters["e05"], letters["e01"]
    assert late.evaluation.limitation.deadline < current.evaluation.limitation.deadline  # type: ignore[operator]
    assert f"诉讼时效可能已于{chinese_date(late.evaluation.limitation.deadline)}届满" in late.text  # type: ignore[arg-type]
    assert "诉讼时效可能已于" not in current.text


def test_unknown_facts_named_and_missing_facts_in_chinese(letters: dict[str, RenderedLetter]) -> None:
    minimal = letters["e09"]
    assert "尚不清楚" in minimal.text
    assert "【委托人】" in minimal.text
    assert "identification." not in minimal.text and "harm." not in minimal.text
    assert "知道或应当知道权利受损及义务人的日期" in minimal.text


def test_exclusion_clause_rebutted(letters: dict[str, RenderedLetter]) -> None:
    letter = letters["e16"]
    rebuttal = letter.evaluation.exclusion_clause
    assert rebuttal is not None
    assert "关于平台援引的免责格式条款" in letter.text
    for citation in rebuttal.basis:
        assert squeeze(printed(load_catalogue().quote(citation, letter.evaluation.law_date).reference)) in letter.text
    assert squeeze(printed(rebuttal.reasoning)) in letter.text


def test_h3_expanded_loss_not_called_the_only_share_when_the_knowledge_ground_holds(
        letters: dict[str, RenderedLetter]) -> None:
    letter = letters["e13"]  # notice and knowledge grounds both hold
    assert letter.evaluation.damages.expanded_loss is not None
    assert "其中：扩大损失" in letter.text
    assert "仅就此部分" not in letter.text and "不限于此部分" in letter.text
    assert squeeze(format_amount(letter.evaluation.damages.expanded_loss)) in letter.text
