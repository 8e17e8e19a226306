"""Implausible but well-formed facts are accepted and evaluated (never a traceback): amounts near
the largest float, dates in the year 9999."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.evaluator import evaluate_case


def _case(**parts: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "liability-wizard-case", "version": 3, "title": "极端", "client_role": "consumer",
                            "transaction": {"date": "2024-05-01", "category": "food"}}
    for key, value in parts.items():
        data[key] = {**data.get(key, {}), **value}
    return data


@pytest.mark.parametrize("amount", [1e16, 1e26, 1e300, sys.float_info.max, 10**40])
def test_huge_amounts_give_finite_json(amount: float) -> None:
    data = _case(transaction={"price": amount}, harm={"loss": amount, "unsafe_food": True, "seller_fraud": True})
    evaluation = evaluate_case(case_from_json_dict(data))
    text = json.dumps(evaluation.to_json_dict(), allow_nan=False)  # raises on inf / nan
    assert evaluation.damages.punitive >= min(amount, sys.float_info.max) * 0.999
    assert "Infinity" not in text


@pytest.mark.parametrize("discovered", ["9997-01-01", "9998-12-31", "9999-12-31"])
def test_a_deadline_past_the_calendar_is_not_computed_but_explained(discovered: str) -> None:
    data = _case(harm={"discovered_date": discovered},
                 limitation={"interruptions": [{"date": "9999-06-01", "kind": "demand", "against": "platform"}]})
    limitation = evaluate_case(case_from_json_dict(data)).limitation
    assert limitation.deadline is None
    assert "超出可计算的日期范围" in limitation.note
    assert not limitation.earliest_possible and limitation.missing_facts == ()
