"""What the letter says, before layout: quotations dated by the finding, summary, warnings."""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import EXAMPLES

from liability_wizard.core.case import case_from_json_dict, read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.letter_content import PLACEHOLDER_FIRM, letter_content


def _food_case(purchase: str):
    data = json.loads((EXAMPLES / "e04-food-unlicensed.lwcase").read_text(encoding="utf-8"))
    data["transaction"]["date"] = purchase
    data["harm"]["discovered_date"] = purchase
    return case_from_json_dict(data)


def _quoted(purchase: str, reference_part: str) -> str:
    case = _food_case(purchase)
    content = letter_content(case, evaluate_case(case), FirmProfile(), letter_date=date(2025, 6, 1))
    return "".join(p for f in content.findings for q in f.quotations if reference_part in q.reference
                   for p in q.paragraphs)


def test_article_quoted_as_it_read_on_the_judged_date() -> None:
    # FSL:62 named 食品药品监督管理部门 until the 2018-12-29 amendment (statutes.md, FSL).
    before, after = _quoted("2017-06-01", "第六十二条"), _quoted("2022-11-11", "第六十二条")
    assert "食品药品监督管理部门" in before and "食品安全监督管理部门" not in before
    assert "食品安全监督管理部门" in after and "食品药品监督管理部门" not in after


def test_not_applicable_grounds_skipped_and_sections_numbered() -> None:
    case = _food_case("2022-11-11")
    evaluation = evaluate_case(case)
    content = letter_content(case, evaluation, FirmProfile(), letter_date=date(2025, 6, 1))
    open_grounds = [f for f in evaluation.findings if f.outcome in ("liable", "uncertain")]
    failed = any(f.outcome == "not_liable" for f in evaluation.findings)
    assert len(content.findings) == len(open_grounds) + failed  # the failed grounds share one section
    applicable = content.findings
    assert content.findings[0].heading.startswith("（一）") and content.findings[-1].heading.startswith(
        f"（{'一二三四五六七'[len(applicable) - 1]}）")
    assert content.letterhead.firm == PLACEHOLDER_FIRM


def test_deadline_warnings() -> None:
    case = _food_case("2022-11-11")
    evaluation = evaluate_case(case)
    deadline = evaluation.limitation.deadline
    assert deadline is not None
    passed = letter_content(case, evaluation, FirmProfile(), letter_date=date(deadline.year + 1, 1, 1))
    near = letter_content(case, evaluation, FirmProfile(), letter_date=date(deadline.year, deadline.month, 1))
    far = letter_content(case, evaluation, FirmProfile(), letter_date=date(deadline.year - 2, 1, 1))
    assert "已于" in passed.deadline_warning and "届满" in passed.deadline_warning
    assert "仅余" in near.deadline_warning
    assert far.deadline_warning == ""


def test_an_article_quoted_in_an_earlier_section_is_named_not_repeated() -> None:
    case = read_case_file(EXAMPLES / "e09-minimal-required-keys.lwcase")  # 44.1 under two uncertain grounds
    content = letter_content(case, evaluate_case(case), FirmProfile(), letter_date=date(2026, 1, 1), draft=False,
                             logo_url="")
    quotes = [q for f in content.findings for q in f.quotations if q.reference.endswith("第四十四条第一款")]
    assert len(quotes) == 2
    assert quotes[0].paragraphs and not quotes[1].paragraphs
