"""The case model's own object layer (core/strict_model.py): what the program relied on pydantic for."""

from __future__ import annotations

import json

from liability_wizard.core.case import Case, CaseFormatError, case_from_json_dict, dump_case
from tests.core.test_case_model import REQUIRED_ONLY, full_case


def _problems(data: dict) -> list[tuple[str, str]]:
    try:
        case_from_json_dict(data)
    except CaseFormatError as exc:
        return exc.problems
    raise AssertionError("accepted")


def test_every_error_is_reported_in_field_order_then_unknown_keys() -> None:
    data = full_case() | {"zzz": 1, "title": 5}
    data["platform"] = {**data["platform"], "self_operated": "yes"}
    data["transaction"] = {"category": "car"}
    assert [path for path, _ in _problems(data)] == [
        "title", "platform.self_operated", "transaction.date", "transaction.category", "zzz"]


def test_messages_name_the_allowed_values_and_the_kind_of_value() -> None:
    data = dict(REQUIRED_ONLY, client_role="seller", harm={"kinds": ["property", 3], "loss": "12"})
    assert _problems(data) == [
        ("client_role", "取值 “seller” 不在允许范围内（允许：'consumer'、'rights_holder'）"),
        ("harm.kinds.1", "取值 3 不在允许范围内（允许：'property', 'personal_injury', 'ip', 'reputation'、'other'）"),
        ("harm.loss", "金额应为数字"),
    ]


def test_a_version_integer_beyond_any_machine_word_is_refused_as_a_version() -> None:
    assert _problems(dict(REQUIRED_ONLY, version=10**30)) == [("version", "本程序只读取第 1、2、3 版案件文件")]


def test_copy_assignment_and_equality_behave_as_the_program_expects() -> None:
    case = case_from_json_dict(json.loads(json.dumps(REQUIRED_ONLY)))
    assert case.harm.model_fields_set == set() and "harm" not in case.model_fields_set
    edited = case.model_copy(update={"harm": case.harm.model_copy(update={"loss": 10})})
    assert "harm" in edited.model_fields_set and edited.harm.model_fields_set == {"loss"}
    assert json.loads(dump_case(edited))["harm"] == {"loss": 10}
    assert case.harm.loss is None and edited != case
    assert edited.model_copy(update={"harm": case.harm}) == case  # the file's key order is kept by copies
    case.notes = "新备注"  # like pydantic: not validated, but counted as set
    assert json.loads(dump_case(case))["notes"] == "新备注"
    reordered = case_from_json_dict(dict(reversed(list(json.loads(dump_case(case)).items()))))
    assert reordered.to_full_json_dict() == case.to_full_json_dict() and reordered != case  # order differs


def test_field_declarations_are_introspectable() -> None:
    assert Case.model_fields["transaction"].required and not Case.model_fields["harm"].required
    assert Case.model_fields["notes"].default == ""
