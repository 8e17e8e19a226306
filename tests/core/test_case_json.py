"""Untrusted case-file JSON (core/case_json.py): what the checks find, whichever path finds it."""

from __future__ import annotations

import json

import pytest

from liability_wizard.core.case_json import MAX_DEPTH, CaseJsonError, load_case_json


def _problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(CaseJsonError) as info:
        load_case_json(text)
    return info.value.problems


def test_nesting_up_to_the_limit_is_json_and_one_level_more_is_refused_with_its_place() -> None:
    assert load_case_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    (problem,) = _problems('{"a":\n' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}")
    assert problem[0] == "" and "第 2 行第 32 列" in problem[1] and f"嵌套超过 {MAX_DEPTH} 层" in problem[1]


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"notes": "[{" * 100, "title": "（[括号]）"}, ensure_ascii=False)
    assert load_case_json(text)["notes"] == "[{" * 100


@pytest.mark.parametrize(("text", "field", "why"), [
    ('{"title": "a", "title": "b"}', "title", "出现两次"),
    ('{"harm": {"loss": NaN}}', "harm.loss", "NaN 不是 JSON 允许的数字"),
    ('{"transaction": {"price": 1' + "0" * 400 + "}}", "transaction.price", "数字过大"),
    ('{"title": "x\\uD83D"}', "title", "孤立的代理项 U+D83D"),
    ('{"seller": {"\\udc00": 1}}', "seller", "孤立的代理项"),
])
def test_each_kind_of_forbidden_value_is_named_with_its_field(text: str, field: str, why: str) -> None:
    problems = _problems(text)
    assert [p for p, _ in problems] == [field] and why in problems[0][1]


def test_a_lone_surrogate_already_in_the_text_is_found() -> None:
    assert [p for p, _ in _problems('{"title": "\ud800"}')] == ["title"]


def test_an_escaped_backslash_before_u_d800_is_plain_text() -> None:
    assert load_case_json('{"notes": "C:\\\\ud800"}') == {"notes": "C:\\ud800"}
    assert load_case_json('{"title": "\\ud83d\\ude00"}') == {"title": "😀"}  # a pair is a character
