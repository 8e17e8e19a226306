"""Temporal coverage (Catala style): representative cases moved to every month from 2009 to 2027.

On each date: no crash; every statute cited is in force on the date its ground judges (interpretations and
case-format.md's exceptions aside); every citation resolves; and no gaps where rules.md says a rule applies.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.evaluator import evaluate_case

DATES = [date(year, month, day) for year in range(2009, 2028) for month in range(1, 13) for day in (1, 15)]
CONTINUED_UNTIL = date(2022, 6, 1)

CRPL_FROM = date(2014, 3, 15)
TLL_FROM = date(2010, 7, 1)
CC_FROM = date(2021, 1, 1)
FSL_FROM = date(2015, 10, 1)
ECL_FROM = date(2019, 1, 1)
GPCL_FROM = date(2017, 10, 1)

#: name → (facts merged onto the case, with the dates filled in per date by ``case_on``)
PROFILES: dict[str, dict[str, Any]] = {
    "consumer-goods-life-health": {
        "client_role": "consumer",
        "category": "goods",
        "life_health": True,
        "platform": {"exclusion_clause": True},
        "harm": {
            "kinds": ["personal_injury"],
            "seller_fraud": True,
            "knowingly_defective": True,
            "loss": 900.0,
        },
        "identification": {"provided": "none"},
        "promise": {"made": True, "more_favorable": True, "performed": False},
    },
    "consumer-food": {
        "client_role": "consumer",
        "category": "food",
        "harm": {"kinds": ["property"], "unsafe_food": True, "label_defect_only": True, "seller_fraud": True},
        "food": {"real_name_registered": False},
        "qualification_review": False,
    },
    "consumer-drug": {
        "client_role": "consumer",
        "category": "drug",
        "harm": {"kinds": ["personal_injury"], "fake_or_substandard_drug": True, "loss": 50.0},
        "identification": {"provided": "false", "seller_left_platform": True},
    },
    "consumer-live-stream": {
        "client_role": "consumer",
        "category": "food",
        "platform": {"live_streaming": True, "food_delivery": True, "self_operated_label": True},
        "knowledge": {"indicators": ["platform_promoted"], "measures": "none"},
    },
    "consumer-self-operated": {
        "client_role": "consumer",
        "category": "food",
        "platform": {"self_operated": True, "self_operated_label": True, "live_streaming": True},
        "harm": {"unsafe_food": True},
    },
    "rights-holder-ip-goods": {
        "client_role": "rights_holder",
        "category": "goods",
        "harm": {"kinds": ["ip"], "loss_after_notice": 100.0},
        "knowledge": {
            "notice_complete": True,
            "measures": "insufficient",
            "indicators": ["obvious_infringement"],
        },
    },
    "rights-holder-ip-goods-continuing": {
        "client_role": "rights_holder",
        "category": "goods",
        "continued": True,
        "harm": {"kinds": ["ip"]},
        "knowledge": {"notice_complete": True, "measures": "none", "indicators": ["prior_penalty"]},
    },
    "rights-holder-reputation": {
        "client_role": "rights_holder",
        "category": "content",
        "harm": {"kinds": ["reputation"]},
        "knowledge": {"notice_complete": True, "measures": "timely"},
    },
    "rights-holder-reputation-continuing": {
        "client_role": "rights_holder",
        "category": "content",
        "continued": True,
        "harm": {"kinds": ["reputation"]},
        "knowledge": {"notice_complete": False},
    },
}


def notice_date(profile: dict[str, Any], t: date) -> date:
    """Consumers complain before buying (so the platform knew); rights holders notify after the act."""
    return t - timedelta(days=10) if profile["client_role"] == "consumer" else t + timedelta(days=20)


def case_on(profile: dict[str, Any], t: date) -> dict[str, Any]:
    transaction: dict[str, Any] = {"date": t.isoformat(), "category": profile["category"], "price": 120.0}
    if "life_health" in profile:
        transaction["life_health"] = profile["life_health"]
    if profile.get("continued"):
        transaction["continued_until"] = CONTINUED_UNTIL.isoformat()
    knowledge = {
        "notice_received": True,
        "notice_date": notice_date(profile, t).isoformat(),
        **profile.get("knowledge", {}),
    }
    harm = {"discovered_date": (t + timedelta(days=10)).isoformat(), **profile.get("harm", {})}
    data = {
        "format": "liability-wizard-case",
        "version": 1,
        "title": "时间覆盖",
        "client_role": profile["client_role"],
        "transaction": transaction,
        "harm": harm,
        "knowledge": knowledge,
    }
    for key in ("platform", "identification", "promise", "food", "qualification_review"):
        if key in profile:
            data[key] = profile[key]
    return data


def citation_problems(
    where: str, basis: tuple[str, ...], on: date, continued_until: date | None
) -> list[str]:
    """Every citation resolves; a statute is in force on ``on``.

    The continuing-act citations CC:1197/CC:1195 beside SPC-CC-TIME:1 are judged on ``continued_until``.
    """
    catalogue = load_catalogue()
    problems = []
    for citation in basis:
        catalogue.article(citation)  # raises CatalogueError when it does not resolve
        code = citation.split(":")[0]
        law = catalogue.law(code)
        if law.kind == "spc":
            continue
        article = citation.split(".")[0]
        if article in ("CC:1197", "CC:1195") and "SPC-CC-TIME:1" in basis and continued_until is not None:
            if not law.in_force(continued_until):
                problems.append(f"{where}: {citation} not in force on continued_until {continued_until}")
        elif not law.in_force(on):
            problems.append(f"{where}: {citation} not in force on {on}")
    return problems


def limitation_problems(evaluation: Evaluation, discovered: date) -> list[str]:
    limitation = evaluation.limitation
    problems = (
        [] if limitation.deadline is not None else ["limitation: no deadline although discovered_date given"]
    )
    basis = limitation.basis
    transitional = {"GPCL:188", "SPC-GPCL-LIM:2"} <= set(basis)
    if transitional:
        # The one exception to dating by d: the extension applies to periods still running on 2017-10-01.
        basis = tuple(c for c in basis if c != "GPCL:188")
        problems += citation_problems("limitation", ("GPCL:188",), GPCL_FROM, None)
    return problems + citation_problems("limitation", basis, discovered, None)


def finding_dates_problems(evaluation: Evaluation, t: date, n: date, continued: date | None = None) -> list[str]:
    problems = []
    for finding in evaluation.findings:
        expected = n if finding.ground == "notice_takedown" else t
        if finding.ground == "knowledge" and "SPC-CC-TIME:1" in finding.basis:  # v3: judged on continued_until
            expected = continued  # type: ignore[assignment]
        if finding.judged_on != expected:
            problems.append(f"{finding.ground}: judged_on {finding.judged_on}, expected {expected}")
    return problems


def applicable(evaluation: Evaluation, ground: str) -> bool:
    return evaluation.finding(ground).outcome != "not_applicable"  # type: ignore[arg-type]


def consumer_gap_problems(evaluation: Evaluation, profile: dict[str, Any], t: date) -> list[str]:
    """rules.md, "Which grounds apply" and each ground's dates, for a consumer."""
    self_operated = profile.get("platform", {}).get("self_operated") is True
    category = profile["category"]
    life_health = profile.get("life_health") is True or category in ("food", "drug")
    want = {
        "self_operated": t >= CRPL_FROM,
        "platform_promise": t >= CRPL_FROM,
        "seller_identity": t >= CRPL_FROM and not self_operated,
        "knowledge": t >= TLL_FROM and not self_operated,
        "notice_takedown": False,
        "qualification_review": t >= ECL_FROM and life_health and not self_operated,
        "food_platform_duties": t >= FSL_FROM and category == "food" and not self_operated,
    }
    problems = [
        f"{g}: applicable={applicable(evaluation, g)}, expected {w}"
        for g, w in want.items()
        if applicable(evaluation, g) != w
    ]
    knowledge = evaluation.finding("knowledge").basis
    if want["knowledge"]:
        expected_article = "CRPL:44.2" if t >= CRPL_FROM else "TLL:36.3"
        if expected_article not in knowledge:
            problems.append(f"knowledge: {expected_article} missing from {knowledge}")
    if want["seller_identity"] and "CRPL:44.1" not in evaluation.finding("seller_identity").basis:
        problems.append("seller_identity: CRPL:44.1 missing")
    if want["food_platform_duties"] and "FSL:131.1" not in evaluation.finding("food_platform_duties").basis:
        problems.append("food_platform_duties: FSL:131.1 missing")
    if want["qualification_review"] and "ECL:38.2" not in evaluation.finding("qualification_review").basis:
        problems.append("qualification_review: ECL:38.2 missing")
    pleads_exclusion = profile.get("platform", {}).get("exclusion_clause") is True and t >= CRPL_FROM
    if (evaluation.exclusion_clause is not None) != pleads_exclusion:
        problems.append(
            f"exclusion_clause {evaluation.exclusion_clause}, expected present={pleads_exclusion}"
        )
    return problems


def rights_holder_gap_problems(
    evaluation: Evaluation, profile: dict[str, Any], t: date, n: date
) -> list[str]:
    continued = CONTINUED_UNTIL if profile.get("continued") else None
    into_civil_code = continued is not None and continued >= CC_FROM
    want = {
        g: False
        for g in (
            "self_operated",
            "seller_identity",
            "platform_promise",
            "qualification_review",
            "food_platform_duties",
        )
    }
    want["knowledge"] = t >= TLL_FROM or into_civil_code
    want["notice_takedown"] = n >= TLL_FROM
    problems = [
        f"{g}: applicable={applicable(evaluation, g)}, expected {w}"
        for g, w in want.items()
        if applicable(evaluation, g) != w
    ]
    knowledge = evaluation.finding("knowledge").basis
    if want["knowledge"]:
        if t >= CC_FROM:
            expected = {"CC:1197"}
        elif into_civil_code:
            expected = {"CC:1197", "SPC-CC-TIME:1"}
        else:
            expected = {"TLL:36.3"}
        if not expected <= set(knowledge):
            problems.append(f"knowledge: {sorted(expected)} not all in {knowledge}")
        if into_civil_code and "TLL:36.3" in knowledge:
            problems.append(
                "knowledge: TLL:36.3 cited although the act continued into 2021 (CC:1197 instead)"
            )
    notice = evaluation.finding("notice_takedown").basis
    if want["notice_takedown"]:
        expected = (
            {"CC:1195"}
            if n >= CC_FROM
            else {"TLL:36.2"} | ({"CC:1195", "SPC-CC-TIME:1"} if into_civil_code else set())
        )
        if not expected <= set(notice):
            problems.append(f"notice_takedown: {sorted(expected)} not all in {notice}")
    if evaluation.damages.punitive != 0:
        problems.append(f"punitive {evaluation.damages.punitive} for a rights holder")
    return problems


@pytest.mark.parametrize("name", list(PROFILES))
def test_every_month_2009_to_2027(name: str) -> None:
    profile = PROFILES[name]
    problems: list[str] = []
    for t in DATES:
        case = case_from_json_dict(case_on(profile, t))
        evaluation = evaluate_case(case)
        n = notice_date(profile, t)
        continued = case.transaction.continued_until
        found: list[str] = finding_dates_problems(evaluation, t, n, continued)
        for finding in evaluation.findings:
            found += citation_problems(finding.ground, finding.basis, finding.judged_on, continued)
            if (finding.outcome == "not_applicable") != (not finding.basis):
                found.append(f"{finding.ground}: basis {finding.basis} with outcome {finding.outcome}")
        found += citation_problems("damages", evaluation.damages.basis, t, None)
        found += limitation_problems(evaluation, t + timedelta(days=10))
        if evaluation.exclusion_clause is not None:
            found += citation_problems("exclusion_clause", evaluation.exclusion_clause.basis, t, None)
        if profile["client_role"] == "consumer":
            found += consumer_gap_problems(evaluation, profile, t)
        else:
            found += rights_holder_gap_problems(evaluation, profile, t, n)
        all_not_applicable = all(f.outcome == "not_applicable" for f in evaluation.findings)
        if (evaluation.platform_liable == "not_covered") != all_not_applicable:
            found.append(
                f"platform_liable {evaluation.platform_liable} with all_not_applicable={all_not_applicable}"
            )
        problems += [f"{t}: {p}" for p in found]
    assert problems == []


def test_dates_cover_the_law_changes() -> None:
    """The grid hits every effective date rules.md names (all are the 1st or the 15th of a month)."""
    changes = [
        TLL_FROM,
        CRPL_FROM,
        FSL_FROM,
        GPCL_FROM,
        ECL_FROM,
        date(2019, 12, 1),
        CC_FROM,
        date(2024, 7, 1),
    ]
    assert set(changes) <= set(DATES)
    assert len(DATES) == 19 * 24
