"""The case model (case-format.md): lossless round trip, files with only the required keys,
and a CaseFormatError naming the field for every kind of broken file."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from liability_wizard.core.case import (
    CaseFormatError,
    case_from_json_dict,
    dump_case,
    parse_case_text,
    read_case_file,
    write_case_file,
)
from liability_wizard.core.evaluator import evaluate_case
from tests.conftest import EXAMPLE_CASES, EXAMPLES, example_id

FULL_EXAMPLE = EXAMPLES / "e01-unidentified-seller.lwcase"
REQUIRED_ONLY = {
    "format": "liability-wizard-case",
    "version": 1,
    "title": "仅有必填项",
    "client_role": "rights_holder",
    "transaction": {"date": "2021-06-01", "category": "content"},
}


def full_case() -> dict[str, Any]:
    data = json.loads(FULL_EXAMPLE.read_text("utf-8"))
    for key in ("platform", "harm", "knowledge", "transaction", "identification", "food"):
        assert key in data, f"{FULL_EXAMPLE.name} should hold every object ({key})"
    return data


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_examples_write_back_byte_identical(path: Path, tmp_path: Path) -> None:
    case = read_case_file(path)
    assert dump_case(case) == path.read_text("utf-8")
    copy_path = tmp_path / path.name
    write_case_file(case, copy_path)
    assert copy_path.read_bytes() == path.read_bytes()
    assert not list(tmp_path.glob("*.tmp")), "the atomic write leaves no temporary file"


def test_only_required_keys_are_accepted_and_defaults_apply(tmp_path: Path) -> None:
    path = tmp_path / "minimal.lwcase"
    path.write_text(json.dumps(REQUIRED_ONLY, ensure_ascii=False), "utf-8")
    case = read_case_file(path)
    assert case.platform.self_operated is None and case.identification.provided is None
    assert case.harm.kinds == [] and case.knowledge.indicators == [] and case.notes == ""
    assert case.transaction.price is None and case.qualification_review is None
    assert case.to_json_dict() == REQUIRED_ONLY  # absent keys are not invented on write
    assert set(case.to_full_json_dict()) >= {"platform", "harm", "food", "notes", "safety_duty_breached"}
    evaluate_case(case)


@pytest.mark.parametrize(
    "field",
    ["format", "version", "title", "client_role", "transaction", "transaction.date", "transaction.category"],
)
def test_missing_required_key_is_named(field: str) -> None:
    data = copy.deepcopy(REQUIRED_ONLY)
    *parents, leaf = field.split(".")
    target = data
    for key in parents:
        target = target[key]
    del target[leaf]
    with pytest.raises(CaseFormatError) as info:
        case_from_json_dict(data)
    assert field in [path for path, _ in info.value.problems]


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, leaf = path.split(".")
        target = data
        for key in parents:
            target = target.setdefault(key, {})
        target[leaf] = value

    return mutate


#: (label, how to break the full example, the field the error must name)
INVALID: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("bool as string", _set("platform.self_operated", "true"), "platform.self_operated"),
    ("bool as number", _set("transaction.life_health", 1), "transaction.life_health"),
    ("title as number", _set("title", 17), "title"),
    ("object as list", _set("platform", []), "platform"),
    ("list as string", _set("harm.kinds", "property"), "harm.kinds"),
    ("string as object", _set("seller.name", {"x": 1}), "seller.name"),
    ("amount as string", _set("transaction.price", "1299"), "transaction.price"),
    ("amount as bool", _set("harm.loss", True), "harm.loss"),
    ("notes null", _set("notes", None), "notes"),
    ("unknown top-level key", _set("client_email", "a@b.c"), "client_email"),
    ("unknown nested key", _set("platform.rating", 5), "platform.rating"),
    ("unknown deeper nested key", _set("knowledge.notice", {"date": "2024-01-01"}), "knowledge.notice"),
    ("unknown role", _set("client_role", "seller"), "client_role"),
    ("unknown category", _set("transaction.category", "car"), "transaction.category"),
    ("unknown harm kind", _set("harm.kinds", ["property", "emotional"]), "harm.kinds.1"),
    ("unknown provided", _set("identification.provided", "some"), "identification.provided"),
    ("unknown measures", _set("knowledge.measures", "ignored"), "knowledge.measures"),
    ("unknown indicator", _set("knowledge.indicators", ["rumour"]), "knowledge.indicators.0"),
    ("February 30", _set("transaction.date", "2023-02-30"), "transaction.date"),
    ("February 29 in a common year", _set("harm.discovered_date", "2023-02-29"), "harm.discovered_date"),
    ("month 13", _set("knowledge.notice_date", "2023-13-01"), "knowledge.notice_date"),
    ("slashes", _set("transaction.date", "2023/05/01"), "transaction.date"),
    ("Chinese date", _set("transaction.date", "2023年5月1日"), "transaction.date"),
    ("no padding", _set("transaction.date", "2023-5-1"), "transaction.date"),
    ("timestamp", _set("transaction.date", "2023-05-01T00:00:00"), "transaction.date"),
    ("compact", _set("transaction.continued_until", "20230501"), "transaction.continued_until"),
    ("date as number", _set("knowledge.measures_date", 20230501), "knowledge.measures_date"),
    ("negative price", _set("transaction.price", -1), "transaction.price"),
    ("negative loss", _set("harm.loss_after_notice", -0.01), "harm.loss_after_notice"),
    ("NaN", _set("harm.loss", float("nan")), "harm.loss"),
    ("Infinity", _set("transaction.price", float("inf")), "transaction.price"),
    ("-Infinity", _set("harm.loss", float("-inf")), "harm.loss"),
    ("empty title", _set("title", ""), "title"),
    ("wrong format", _set("format", "liability-wizard"), "format"),
    ("wrong version", _set("version", 4), "version"),
    ("version as string", _set("version", "1"), "version"),
    ("version as bool", _set("version", True), "version"),
    ("version as float", _set("version", 1.0), "version"),
]


@pytest.mark.parametrize(
    ("label", "mutate", "field"),
    INVALID,
    ids=[p.values[0] if hasattr(p, "values") else p[0] for p in INVALID],
)
def test_invalid_file_names_the_field(
    label: str, mutate: Callable[[dict[str, Any]], None], field: str, tmp_path: Path
) -> None:
    data = full_case()
    mutate(data)
    path = tmp_path / "bad.lwcase"
    path.write_text(
        json.dumps(data, ensure_ascii=False), "utf-8"
    )  # NaN/Infinity as JSON's extension literals
    with pytest.raises(CaseFormatError) as info:
        read_case_file(path)
    error = info.value
    assert field in [p for p, _ in error.problems], (label, error.problems)
    assert all(why for _, why in error.problems)
    assert field in error.message and str(path) in error.message


@pytest.mark.parametrize(
    ("label", "content"),
    [
        ("not JSON", b'{"format": '),
        ("plain text", "这不是案件文件".encode()),
        ("empty file", b""),
        ("a list", b"[]"),
        ("a string", b'"liability-wizard-case"'),
        ("a number", b"1"),
        ("null", b"null"),
        (
            "not UTF-8",
            json.dumps({"format": "liability-wizard-case", "title": "张某"}, ensure_ascii=False).encode(
                "gbk"
            ),
        ),
    ],
)
def test_unusable_file_content_is_a_case_format_error(label: str, content: bytes, tmp_path: Path) -> None:
    path = tmp_path / f"{label}.lwcase"
    path.write_bytes(content)
    with pytest.raises(CaseFormatError) as info:
        read_case_file(path)
    assert info.value.problems and info.value.problems[0][1], label
    assert info.value.source == str(path) and str(path) in info.value.message


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_unreadable_file_is_a_case_format_error(make: str, tmp_path: Path) -> None:
    path = tmp_path / "case.lwcase"
    if make == "directory":
        path.mkdir()
    with pytest.raises(CaseFormatError) as info:
        read_case_file(path)
    assert str(path) in info.value.message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.lwcase"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(REQUIRED_ONLY, ensure_ascii=False).encode())
    assert read_case_file(path).title == REQUIRED_ONLY["title"]


LITERAL_TEXTS = [
    "<script>alert('x')</script>",
    "{{ case.title }}",
    "{% include 'x' %}",
    "${HOME} $(rm -rf /)",
    "<b>张某</b> &amp; 李某",
    "https://example.com/?a=1&b=<2>",
    '\\n 反斜杠 "引号"',
    " 前后空格 ",
]


@pytest.mark.parametrize("text", LITERAL_TEXTS)
def test_markup_in_text_fields_round_trips_literally(text: str, tmp_path: Path) -> None:
    data = full_case()
    data["title"] = text
    data["notes"] = text
    data["seller"]["name"] = text
    data["client"]["contact"] = text
    path = tmp_path / "markup.lwcase"
    write_case_file(case_from_json_dict(data), path)
    back = json.loads(path.read_text("utf-8"))
    assert back["title"] == back["notes"] == back["seller"]["name"] == back["client"]["contact"] == text
    assert read_case_file(path) == case_from_json_dict(data)


def test_implausible_but_valid_facts_are_accepted_and_round_trip(tmp_path: Path) -> None:
    data = full_case()
    data["transaction"]["date"] = "2099-12-31"  # the future
    data["transaction"]["continued_until"] = "2001-01-01"  # before the act
    data["knowledge"]["notice_received"] = False
    data["knowledge"]["notice_date"] = "1990-01-01"  # notice without receipt, long before the purchase
    data["harm"]["discovered_date"] = "2100-02-28"
    data["harm"]["kinds"] = []
    data["harm"]["loss"] = 0
    data["transaction"]["price"] = 1e15
    data["notes"] = "备注" * 500_000 + "\u0000\u202e"  # 1 MB of notes, control characters included
    path = tmp_path / "odd.lwcase"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    case = read_case_file(path)
    assert case.notes == data["notes"]
    write_case_file(case, path)
    assert read_case_file(path) == case
    evaluation = evaluate_case(case)
    assert evaluation.law_date.isoformat() == "2099-12-31"


def test_rights_holder_with_property_harm_is_accepted() -> None:
    data = copy.deepcopy(REQUIRED_ONLY)
    data["harm"] = {"kinds": ["property"], "seller_fraud": True}
    data["food"] = {"real_name_registered": False}
    assert case_from_json_dict(data).harm.kinds == ["property"]


def test_parse_case_text_names_the_source() -> None:
    with pytest.raises(CaseFormatError) as info:
        parse_case_text("{}", source="客户甲.lwcase")
    assert "客户甲.lwcase" in info.value.message
    assert {"format", "version", "title", "client_role", "transaction"} <= {p for p, _ in info.value.problems}
