"""The facts section: every fact path has a Chinese name; unknown facts are said to be unknown."""

from __future__ import annotations

from tests.report.conftest import make_case

from liability_wizard.core.case import Case
from liability_wizard.core.numerals import chinese_date
from liability_wizard.core.strict_model import StrictModel
from liability_wizard.report.facts import FACT_LABELS, fact_paragraphs


def _paths(model: type[StrictModel], prefix: str = "") -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, StrictModel):
            out += _paths(annotation, f"{prefix}{name}.")
        else:
            out.append(prefix + name)
    return out


def test_every_case_field_has_a_chinese_label() -> None:
    paths = [p for p in _paths(Case) if p not in ("format", "version")]
    assert len(paths) > 40
    assert [p for p in paths if p not in FACT_LABELS] == []


def test_unknowns_are_named() -> None:
    # null = the client was asked and does not know (an absent key is a question not asked yet)
    case = make_case(platform={"self_operated": None}, harm={"loss": None}, knowledge={"notice_received": None})
    text = "".join(fact_paragraphs(case))
    assert "该交易是否系平台自营尚不清楚" in text
    assert "实际损失金额尚不清楚" in text
    assert "平台是否收到相关投诉或通知尚不清楚" in text


def test_known_facts_stated() -> None:
    case = make_case(client={"name": "李四"}, platform={"name": "某商城", "self_operated": True},
                     promise={"made": True, "text": "假一赔十", "performed": False},
                     harm={"kinds": ["property"], "loss": 2000.0, "discovered_date": "2024-05-10"})
    text = "".join(fact_paragraphs(case))
    for part in ("委托人李四于2024年5月1日通过某商城购买", "1,299.00元", "该交易系平台自营",
                 "实际损失为2,000.00元", "2024年5月10日", "“假一赔十”", "平台未履行该承诺"):
        assert part in text, part


def test_chinese_date() -> None:
    from datetime import date

    assert chinese_date(date(2027, 5, 10)) == "2027年5月10日"


def test_a_question_nobody_asked_is_not_called_unknown_but_listed_to_establish(tmp_path) -> None:
    """Absent key = not asked yet (the wizard's 未答); null = 不清楚 (issue 11)."""
    import subprocess
    from datetime import date

    from liability_wizard.core.case import case_from_json_dict
    from liability_wizard.core.evaluator import evaluate_case
    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.report.facts import unasked_facts
    from liability_wizard.report.letter import render_letter

    base = {"format": "liability-wizard-case", "version": 3, "title": "未问与不清楚", "client_role": "consumer",
            "transaction": {"date": "2024-05-01", "category": "goods", "price": 100.0}}
    unasked = case_from_json_dict(base)
    unknown = case_from_json_dict({**base, "harm": {"seller_fraud": None, "loss": None},
                                   "platform": {"self_operated": None}})
    assert "经营者是否存在欺诈尚不清楚" not in "".join(fact_paragraphs(unasked))
    assert "经营者是否存在欺诈尚不清楚" in "".join(fact_paragraphs(unknown))
    assert {"harm.seller_fraud", "platform.self_operated", "harm.loss"} <= set(unasked_facts(unasked))
    assert not {"harm.seller_fraud", "platform.self_operated", "harm.loss"} & set(unasked_facts(unknown))
    pdf = tmp_path / "unasked.pdf"
    pdf.write_bytes(render_letter(unasked, evaluate_case(unasked), FirmProfile(), letter_date=date(2026, 11, 30)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    facts_part = text.split("三、")[0]
    assert "是否系平台自营尚不清楚" not in facts_part.replace("\n", "")
    assert "经营者是否存在欺诈行为" in text.replace("\n", "")  # listed among the facts to establish
