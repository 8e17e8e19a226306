"""The shipped JSON Schema is the case model's own, and accepts the examples."""

from __future__ import annotations

import json

from liability_wizard.core.case import case_json_schema
from liability_wizard.paths import resources_dir


def test_shipped_schema_is_current() -> None:
    shipped = json.loads((resources_dir() / "case.schema.json").read_text(encoding="utf-8"))
    assert shipped == case_json_schema(), "run scripts/write_case_schema.py"


def test_schema_forbids_unknown_keys_and_requires_the_contracts_keys() -> None:
    schema = case_json_schema()
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "version", "title", "client_role", "transaction"}
    assert set(schema["$defs"]["Transaction"]["required"]) == {"date", "category"}
