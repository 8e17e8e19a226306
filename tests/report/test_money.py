"""Amounts in figures (1,299.00 元) and in capital numerals (大写)."""

from __future__ import annotations

import pytest

from liability_wizard.report.money import amount_in_words, format_amount


@pytest.mark.parametrize(("amount", "figures"), [
    (1299, "1,299.00元"), (0, "0.00元"), (0.005, "0.01元"),
    (1234567.891, "1,234,567.89元"),
])
def test_figures(amount: float, figures: str) -> None:
    assert format_amount(amount) == figures


@pytest.mark.parametrize(("amount", "words"), [
    (1299, "人民币壹仟贰佰玖拾玖元整"),
    (0, "人民币零元整"),
    (0.5, "人民币伍角整"),
    (1.05, "人民币壹元零伍分"),
    (1010, "人民币壹仟零壹拾元整"),
    (10500, "人民币壹万零伍佰元整"),
    (100000, "人民币壹拾万元整"),
    (1000001, "人民币壹佰万零壹元整"),
    (120000, "人民币壹拾贰万元整"),
    (12345678.9, "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整"),
])
def test_words(amount: float, words: str) -> None:
    assert amount_in_words(amount) == words
