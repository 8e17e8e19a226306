"""Every example case produces its expected evaluation (shared/examples/README.md's comparison rules)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from tests.conftest import EXAMPLE_CASES, SHARED, example_id

sys.path.insert(0, str(SHARED / "tools"))
from check_examples import differences


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_example_matches_expected(path: Path) -> None:
    expected = json.loads(path.with_name(path.name.replace(".lwcase", ".expected.json")).read_text("utf-8"))
    evaluation = evaluate_case(read_case_file(path)).to_json_dict()
    assert differences(expected, evaluation) == []


def test_there_are_sixteen_examples() -> None:
    assert len(EXAMPLE_CASES) >= 16


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_every_finding_is_complete(path: Path) -> None:
    evaluation = evaluate_case(read_case_file(path)).to_json_dict()
    grounds = [f["ground"] for f in evaluation["findings"]]
    assert grounds == ["self_operated", "seller_identity", "platform_promise", "knowledge", "notice_takedown",
                       "qualification_review", "food_platform_duties"]
    for finding in evaluation["findings"]:
        assert finding["reasoning"], finding["ground"]
        assert bool(finding["basis"]) == (finding["outcome"] != "not_applicable"), finding["ground"]
        if finding["outcome"] in ("not_liable", "not_applicable"):
            assert finding["liability"] == "none"
