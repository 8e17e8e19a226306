"""Every example case produces its expected evaluation (resources/examples/README.md's comparison rules),
and the project's copy of the examples is the contract's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liability_wizard.core.case import read_case_file
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluator import evaluate_case
from tests.conftest import EXAMPLE_CASES, EXAMPLES, example_id
from tests.core.expected_results import differences


def expected_for(path: Path) -> dict:
    return json.loads(path.with_name(path.name.replace(".lwcase", ".expected.json")).read_text("utf-8"))


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_example_matches_expected(path: Path) -> None:
    evaluation = evaluate_case(read_case_file(path)).to_json_dict()
    found = differences(expected_for(path), evaluation)
    assert not found, "\n".join(found)


def test_there_are_forty_examples_each_with_its_expected_result() -> None:
    assert [example_id(p) for p in EXAMPLE_CASES] == [f"e{n:02}" for n in range(1, 41)]
    assert sorted(EXAMPLES.glob("*.expected.json")) == [
        p.with_name(p.name.replace(".lwcase", ".expected.json")) for p in EXAMPLE_CASES]


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_every_expected_citation_resolves_in_the_catalogue(path: Path) -> None:
    expected = expected_for(path)
    sections = [*expected["findings"].values(), expected["damages"], expected["limitation"],
                expected["limitation"]["not_barred"] or {}, expected["exclusion_clause"] or {},
                *expected["other_parties"]]
    load_catalogue().check([c for s in sections for c in (*s.get("must_cite", ()), *s.get("must_not_cite", ()))])


def test_the_examples_are_the_contracts_byte_for_byte(shared: Path) -> None:
    contract = shared / "examples"
    ours = sorted(p.name for p in EXAMPLES.iterdir())
    assert ours == sorted(p.name for p in contract.iterdir())
    assert [name for name in ours if (EXAMPLES / name).read_bytes() != (contract / name).read_bytes()] == []


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
