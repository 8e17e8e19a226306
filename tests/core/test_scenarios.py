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

#: scenarios.toml holds the v2.1 rules as v3 reads them; scenarios_v3.toml one or more per line of
#: rules.md's "Changes in v3".
SCENARIO_FILES = [Path(__file__).with_name(n) for n in ("scenarios.toml", "scenarios_v3.toml")]
SCENARIOS: list[dict[str, Any]] = [s for f in SCENARIO_FILES for s in tomllib.loads(f.read_text("utf-8"))["scenario"]]

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
    "if_unproven",
    "if_unproven_facts",
    "standard",
    "reasoning_contains",
    "no_reasoning_contains",
}
DAMAGES_KEYS = {"compensation", "punitive", "expanded_loss", "cite", "not_cite", "missing", "not_missing",
                "punitive_kind", "joint_scope", "promised", "heads", "note_contains", "no_note_contains"}
LIMITATION_KEYS = {"deadline", "cite", "not_cite", "missing", "interrupted_on", "earliest_possible",
                   "lookback_years", "not_barred", "note_contains", "no_note_contains"}
TOP_KEYS = {"platform_liable", "platform_liable_if_unproven", "damages", "limitation", "exclusion_clause",
            "exclusion_missing", "other_parties", "other_party_cite", "approximate_dates"}


def _null(value: Any) -> Any:
    return None if value == "null" else value


def text_problems(label: str, text: str, want: dict[str, Any], key: str) -> list[str]:
    problems = []
    if f"{key}_contains" in want and want[f"{key}_contains"] not in text:
        problems.append(f"{label} lacks {want[f'{key}_contains']!r}")
    if f"no_{key}_contains" in want and want[f"no_{key}_contains"] in text:
        problems.append(f"{label} must not mention {want[f'no_{key}_contains']!r}")
    return problems

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
    problems += text_problems(f"{ground}.reasoning", finding["reasoning"], want, "reasoning")
    if "standard" in want and finding["standard"] != _null(want["standard"]):
        problems.append(f"{ground}.standard {finding['standard']!r}, expected {want['standard']!r}")
    if "if_unproven" in want:
        got = finding["if_unproven"]
        got_outcome = got["outcome"] if got else "null"
        if got_outcome != want["if_unproven"]:
            problems.append(f"{ground}.if_unproven {got_outcome!r}, expected {want['if_unproven']!r}")
        elif got:
            problems += check_listed(f"{ground}.if_unproven.facts", got["facts"], want.get("if_unproven_facts"), None)
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
    for key in ("punitive_kind", "joint_scope"):
        if key in want and damages[key] != _null(want[key]):
            problems.append(f"damages.{key} {damages[key]!r}, expected {want[key]!r}")
    if "promised" in want:
        problems += amount_problems("damages.promised", damages["promised"], want["promised"])
    if "heads" in want:
        got = sorted(f"{h['head']}:{h['kind']}" + ("" if h["amount"] is None else f":{h['amount']:g}")
                     for h in damages["heads"])
        if got != sorted(want["heads"]):
            problems.append(f"damages.heads {got}, expected {sorted(want['heads'])}")
    problems += text_problems("damages.note", damages["note"], want, "note")
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
    for key in ("interrupted_on", "earliest_possible", "lookback_years"):
        if key in want and limitation[key] != _null(want[key]):
            problems.append(f"limitation.{key} {limitation[key]!r}, expected {want[key]!r}")
    if "not_barred" in want:
        got = limitation["not_barred"]["remedies"] if limitation["not_barred"] else "null"
        if got != want["not_barred"]:
            problems.append(f"limitation.not_barred {got!r}, expected {want['not_barred']!r}")
    problems += text_problems("limitation.note", limitation["note"], want, "note")
    return problems


def scenario_problems(evaluation: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    problems = []
    for key in ("platform_liable", "platform_liable_if_unproven"):
        if key in expect and evaluation[key] != expect[key]:
            problems.append(f"{key} {evaluation[key]!r}, expected {expect[key]!r}")
    parties = {p["party"]: p for p in evaluation["other_parties"]}
    if "other_parties" in expect and list(parties) != expect["other_parties"]:
        problems.append(f"other_parties {list(parties)}, expected {expect['other_parties']}")
    for party, cites in expect.get("other_party_cite", {}).items():
        problems += check_listed(f"other_parties.{party}.basis", parties.get(party, {}).get("basis", []), cites, None)
    if "approximate_dates" in expect:
        got = [{"path": a["path"], "boundaries": a["boundaries"], "decides": a["decides"]}
               for a in evaluation["approximate_dates"]]
        if got != expect["approximate_dates"]:
            problems.append(f"approximate_dates {got}, expected {expect['approximate_dates']}")
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
    if "exclusion_missing" in expect:
        got = (evaluation["exclusion_clause"] or {}).get("missing_facts", [])
        if got != expect["exclusion_missing"]:
            problems.append(f"exclusion_clause.missing_facts {got}, expected {expect['exclusion_missing']}")
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
        assert set(expect) <= {*GROUND_LIABILITY, *TOP_KEYS}, scenario["name"]
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
