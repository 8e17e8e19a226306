"""The facts section: every fact path has a Chinese name; unknown facts are said to be unknown."""

from __future__ import annotations

from pydantic import BaseModel
from tests.report.conftest import make_case

from liability_wizard.core.case import Case
from liability_wizard.core.numerals import chinese_date
from liability_wizard.report.facts import FACT_LABELS, fact_paragraphs


def _paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out += _paths(annotation, f"{prefix}{name}.")
        else:
            out.append(prefix + name)
    return out


def test_every_case_field_has_a_chinese_label() -> None:
    paths = [p for p in _paths(Case) if p not in ("format", "version")]
    assert len(paths) > 40
    assert [p for p in paths if p not in FACT_LABELS] == []


def test_unknowns_are_named() -> None:
    text = "".join(fact_paragraphs(make_case()))
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
