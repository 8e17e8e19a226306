"""Scenario tests (OpenFisca style): each named legal sentence in scenarios.toml gives the
outcome rules.md prescribes."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.evaluator import evaluate_case
from tests.core.contract import GROUND_LIABILITY

SCENARIOS_FILE = Path(__file__).with_name("scenarios.toml")
SCENARIOS: list[dict[str, Any]] = tomllib.loads(SCENARIOS_FILE.read_text("utf-8"))["scenario"]

GROUND_KEYS = {
    "outcome",
    "liability",
    "cite",
    "not_cite",
    "first",
    "missing",
    "not_missing",
    "judged_on",
    "counterpoint_contains",
    "no_counterpoint_contains",
}
DAMAGES_KEYS = {"compensation", "punitive", "expanded_loss", "cite", "not_cite", "missing", "not_missing"}
LIMITATION_KEYS = {"deadline", "cite", "not_cite", "missing"}

MINIMAL_CASE = {
    "format": "liability-wizard-case",
    "version": 1,
    "title": "情景",
    "client_role": "consumer",
    "transaction": {"date": "2024-05-01", "category": "goods"},
}


def merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        out[key] = (
            merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
        )
    return out


def scenario_case(scenario: dict[str, Any]) -> dict[str, Any]:
    return merged(MINIMAL_CASE, scenario.get("case", {}))


def _params() -> list[Any]:
    params = []
    for scenario in SCENARIOS:
        marks = [pytest.mark.xfail(strict=True, reason=scenario["xfail"])] if "xfail" in scenario else []
        params.append(pytest.param(scenario, id=scenario["name"], marks=marks))
    return params


def check_listed(label: str, got: list[str], want: list[str] | None, absent: list[str] | None) -> list[str]:
    problems = [f"{label} lacks {x}" for x in want or [] if x not in got]
    problems += [f"{label} must not hold {x}" for x in absent or [] if x in got]
    return problems


def ground_problems(ground: str, finding: dict[str, Any], want: dict[str, Any]) -> list[str]:
    problems = []
    if "outcome" in want and finding["outcome"] != want["outcome"]:
        problems.append(f"{ground}.outcome {finding['outcome']!r}, expected {want['outcome']!r}")
    expected_liability = want.get("liability") or (
        GROUND_LIABILITY[ground]
        if want.get("outcome") in ("liable", "uncertain")
        else "none"
        if "outcome" in want
        else finding["liability"]
    )
    if finding["liability"] != expected_liability:
        problems.append(f"{ground}.liability {finding['liability']!r}, expected {expected_liability!r}")
    problems += check_listed(f"{ground}.basis", finding["basis"], want.get("cite"), want.get("not_cite"))
    problems += check_listed(
        f"{ground}.missing_facts", finding["missing_facts"], want.get("missing"), want.get("not_missing")
    )
    if "first" in want and finding["basis"][:1] != [want["first"]]:
        problems.append(f"{ground}.basis {finding['basis']} should start with {want['first']}")
    if "judged_on" in want and finding["judged_on"] != want["judged_on"]:
        problems.append(f"{ground}.judged_on {finding['judged_on']}, expected {want['judged_on']}")
    counterpoints = "\n".join(finding["counterpoints"])
    if "counterpoint_contains" in want and want["counterpoint_contains"] not in counterpoints:
        problems.append(f"{ground}.counterpoints lack {want['counterpoint_contains']!r}")
    if "no_counterpoint_contains" in want and want["no_counterpoint_contains"] in counterpoints:
        problems.append(f"{ground}.counterpoints must not mention {want['no_counterpoint_contains']!r}")
    return problems


def amount_problems(label: str, got: float | None, want: float | str) -> list[str]:
    if want == "null":
        return [] if got is None else [f"{label} {got}, expected null"]
    if got is None or abs(got - float(want)) > 0.005:
        return [f"{label} {got}, expected {want}"]
    return []


def damages_problems(damages: dict[str, Any], want: dict[str, Any]) -> list[str]:
    problems = []
    for key in ("compensation", "punitive", "expanded_loss"):
        if key in want:
            problems += amount_problems(f"damages.{key}", damages[key], want[key])
    problems += check_listed("damages.basis", damages["basis"], want.get("cite"), want.get("not_cite"))
    problems += check_listed(
        "damages.missing_facts", damages["missing_facts"], want.get("missing"), want.get("not_missing")
    )
    return problems


def limitation_problems(limitation: dict[str, Any], want: dict[str, Any]) -> list[str]:
    problems = []
    if "deadline" in want:
        expected = None if want["deadline"] == "null" else want["deadline"]
        if limitation["deadline"] != expected:
            problems.append(f"limitation.deadline {limitation['deadline']}, expected {expected}")
    problems += check_listed("limitation.basis", limitation["basis"], want.get("cite"), want.get("not_cite"))
    problems += check_listed(
        "limitation.missing_facts", limitation["missing_facts"], want.get("missing"), None
    )
    return problems


def scenario_problems(evaluation: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    problems = []
    if "platform_liable" in expect and evaluation["platform_liable"] != expect["platform_liable"]:
        problems.append(
            f"platform_liable {evaluation['platform_liable']!r}, expected {expect['platform_liable']!r}"
        )
    findings = {f["ground"]: f for f in evaluation["findings"]}
    for ground in GROUND_LIABILITY:
        if ground in expect:
            problems += ground_problems(ground, findings[ground], expect[ground])
    if "damages" in expect:
        problems += damages_problems(evaluation["damages"], expect["damages"])
    if "limitation" in expect:
        problems += limitation_problems(evaluation["limitation"], expect["limitation"])
    if "exclusion_clause" in expect:
        rebuttal = evaluation["exclusion_clause"]
        if expect["exclusion_clause"] != (rebuttal is not None):
            wanted = "an object" if expect["exclusion_clause"] else "null"
            problems.append(f"exclusion_clause {rebuttal!r}, expected {wanted}")
        elif rebuttal is not None:
            problems += check_listed(
                "exclusion_clause.basis", rebuttal["basis"], ["CRPL:26", "SPC-NETCON:1"], None
            )
    return problems


@pytest.mark.parametrize("scenario", _params())
def test_scenario(scenario: dict[str, Any]) -> None:
    evaluation = evaluate_case(case_from_json_dict(scenario_case(scenario))).to_json_dict()
    assert scenario_problems(evaluation, scenario.get("expect", {})) == []


def test_scenarios_are_well_formed() -> None:
    names = [s["name"] for s in SCENARIOS]
    assert len(names) == len(set(names)), "scenario names must be unique"
    assert len(SCENARIOS) >= 60
    for scenario in SCENARIOS:
        assert set(scenario) <= {"name", "rule", "case", "expect", "xfail"}, scenario["name"]
        assert scenario.get("expect"), f"{scenario['name']}: expects nothing"
        expect = scenario["expect"]
        for ground in GROUND_LIABILITY:
            assert set(expect.get(ground, {})) <= GROUND_KEYS, scenario["name"]
        assert set(expect.get("damages", {})) <= DAMAGES_KEYS, scenario["name"]
        assert set(expect.get("limitation", {})) <= LIMITATION_KEYS, scenario["name"]
        assert set(expect) <= {
            *GROUND_LIABILITY,
            "platform_liable",
            "damages",
            "limitation",
            "exclusion_clause",
        }
        case_from_json_dict(scenario_case(scenario))  # every scenario is a valid case


def test_every_ground_and_outcome_is_exercised() -> None:
    seen = {
        (g, w["outcome"])
        for s in SCENARIOS
        for g, w in s["expect"].items()
        if g in GROUND_LIABILITY and "outcome" in w
    }
    for ground in GROUND_LIABILITY:
        assert {"liable", "not_liable", "uncertain", "not_applicable"} <= {
            o for g, o in seen if g == ground
        }, ground
    overall = {s["expect"].get("platform_liable") for s in SCENARIOS}
    assert {"yes", "no", "uncertain", "not_covered"} <= overall
