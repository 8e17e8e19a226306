"""Contract v3's case-file rules (case-format.md, "Changes in v3"): versions 1–3, blank titles,
interruptions, date precision, ``null`` containers, and absent ≠ ``null`` through a round trip."""

from __future__ import annotations

import json
from typing import Any

import pytest

from liability_wizard.core.case import VERSION, CaseFormatError, case_from_json_dict, dump_case, is_blank

BASE: dict[str, Any] = {
    "format": "liability-wizard-case",
    "version": 3,
    "title": "v3 案件",
    "client_role": "consumer",
    "transaction": {"date": "2023-05-01", "category": "goods"},
}


def _case(**extra: Any) -> dict[str, Any]:
    return json.loads(json.dumps({**BASE, **extra}))


def _field_of(data: dict[str, Any]) -> str:
    with pytest.raises(CaseFormatError) as info:
        case_from_json_dict(data, "x.lwcase")
    assert "x.lwcase" in info.value.message
    return info.value.field


@pytest.mark.parametrize("version", [1, 2, 3])
def test_versions_one_to_three_are_read_and_kept(version: int) -> None:
    case = case_from_json_dict(_case(version=version))
    assert case.to_json_dict()["version"] == version
    assert VERSION == 3


@pytest.mark.parametrize("title", ["", "   ", "\\t\\n", "\\u3000", "\\u200b", "\\ufeff \\u200b"])
def test_blank_titles_are_invalid(title: str) -> None:
    assert _field_of(_case(title=json.loads(f'"{title}"'))) == "title"


def test_is_blank_follows_the_contracts_whitespace() -> None:
    assert is_blank(None) and is_blank("") and is_blank("\u3000\u200b\ufeff")
    assert not is_blank("张") and not is_blank(" a ")


def test_a_version_one_file_gaining_a_v3_key_is_written_as_three() -> None:
    old = case_from_json_dict(_case(version=1))
    assert old.with_current_version().version == 1
    edited = old.model_copy(update={"promise": old.promise.model_copy(update={"kind": "plan"})})
    edited.promise.model_fields_set.add("kind")
    assert edited.with_current_version().version == 3


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ({"kind": "demand", "against": "platform"}, "date"),
        ({"date": "2024-01-01", "against": "platform"}, "kind"),
        ({"date": "2024-01-01", "kind": "demand"}, "against"),
        ({"date": "2024-01-01", "kind": "letter", "against": "platform"}, "kind"),
        ({"date": "2024-01-01", "kind": "demand", "against": "producer"}, "against"),
        ({"date": "2024-02-30", "kind": "demand", "against": "platform"}, "date"),
        ({"date": "2024-01-01", "kind": "demand", "against": "platform", "ended": "2024-02-01"}, ""),
        ({"date": "2024-01-01", "kind": "acknowledgement", "against": "seller", "ended": "2024-02-01"}, ""),
        ({"date": "2024-01-01", "kind": "lawsuit", "against": "seller", "ended": "2023-12-31"}, ""),
        ({"date": "2024-01-01", "kind": "lawsuit", "against": "seller", "ended": "2024-13-01"}, "ended"),
    ],
)
def test_malformed_interruptions_are_invalid_and_named(entry: dict[str, Any], why: str) -> None:
    field = _field_of(_case(limitation={"interruptions": [entry]}))
    assert field.startswith("limitation.interruptions.0")
    assert field.endswith(why)


def test_a_procedure_may_end_on_its_own_day_or_later() -> None:
    case = case_from_json_dict(_case(limitation={"interruptions": [
        {"date": "2024-01-01", "kind": "complaint", "against": "platform", "ended": "2024-01-01"},
        {"date": "2024-02-01", "kind": "mediation", "against": "seller", "ended": None}]}))
    assert [i.kind for i in case.limitation.interruptions] == ["complaint", "mediation"]


@pytest.mark.parametrize(
    ("precision", "field"),
    [
        ({"transaction.date": "week"}, "date_precision.transaction.date"),
        ({"client.name": "month"}, "date_precision.client.name"),
        ({"harm.discovered_date": "month"}, "harm.discovered_date"),
    ],
)
def test_date_precision_rules(precision: dict[str, str], field: str) -> None:
    data = _case(date_precision=precision, harm={"discovered_date": "2023-05-20"})
    assert _field_of(data) == field


def test_month_dates_and_null_precision() -> None:
    case = case_from_json_dict(_case(date_precision={"transaction.date": "month", "knowledge.notice_date": None,
                                                     "harm.discovered_date": "month"}))
    assert case.precision("transaction.date") == "month"
    assert case.precision("knowledge.notice_date") == "day"
    assert case.precision("harm.discovered_date") == "month"  # no date set: nothing to check
    assert case.precision("knowledge.measures_date") == "day"


@pytest.mark.parametrize("multiple", [-1, "5", True])
def test_promise_multiple_must_be_a_non_negative_number(multiple: Any) -> None:
    assert _field_of(_case(promise={"multiple": multiple})) == "promise.multiple"


def test_null_containers_read_as_absent_and_write_back_as_null() -> None:
    data = _case(client=None, live_stream=None, limitation=None, date_precision=None,
                 harm={"kinds": None, "loss": 1}, knowledge={"indicators": None},
                 promise={"multiple": 5, "amount": 10.5})
    case = case_from_json_dict(data)
    assert case.harm.kinds == [] and case.knowledge.indicators == [] and case.limitation.interruptions == []
    assert case.live_stream.operator_knew_unsafe is None and case.precision("transaction.date") == "day"
    assert json.loads(dump_case(case)) == data
    assert dump_case(case).count(": null") == 6
    assert '"multiple": 5,' in dump_case(case), "an integer is written back as an integer"


def test_absent_and_null_stay_different_through_a_round_trip() -> None:
    data = _case(knowledge={"notice_received": None}, harm={"seller_fraud": False})
    text = dump_case(case_from_json_dict(data))
    again = json.loads(dump_case(case_from_json_dict(json.loads(text))))
    assert again["knowledge"] == {"notice_received": None}
    assert "measures" not in again["knowledge"] and "serious_injury" not in again["harm"]


def test_key_order_of_the_file_is_kept() -> None:
    text = json.dumps({**BASE, "notes": "n", "limitation": {"interruptions": []}, "title": "t"},
                      ensure_ascii=False, indent=2) + "\n"
    assert dump_case(case_from_json_dict(json.loads(text))) == text
