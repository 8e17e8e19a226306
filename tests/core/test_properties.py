"""Property tests (hypothesis) over any valid case: the evaluator is total, pure and consistent
with rules.md (outcome words, liabilities, unknown facts never settled against the client)."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluator import evaluate_case
from tests.core.contract import GROUND_LIABILITY, INDICATORS

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


tri = st.none() | st.booleans()
iso_date = st.dates(date(2005, 1, 1), date(2030, 12, 31)).map(date.isoformat)
amount = (
    st.none()
    | st.sampled_from([0, 0.0, 0.005, 1e15])
    | st.integers(0, 10**9)
    | st.floats(0, 1e12, allow_nan=False, allow_infinity=False)
)
text = st.none() | st.text(max_size=12)


def part(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """An object whose every key may be absent."""
    return st.fixed_dictionaries({}, optional=fields)


cases = st.fixed_dictionaries(
    {
        "format": st.just("liability-wizard-case"),
        "version": st.just(1),
        "title": st.text(min_size=1, max_size=12),
        "client_role": st.sampled_from(["consumer", "rights_holder"]),
        "transaction": st.fixed_dictionaries(
            {"date": iso_date, "category": st.sampled_from(["goods", "food", "drug", "service", "content"])},
            optional={
                "continued_until": st.none() | iso_date,
                "subject": text,
                "price": amount,
                "life_health": tri,
            },
        ),
    },
    optional={
        "reference": text,
        "client": part(name=text, contact=text),
        "platform": part(
            name=text,
            self_operated=tri,
            self_operated_label=tri,
            live_streaming=tri,
            food_delivery=tri,
            exclusion_clause=tri,
        ),
        "seller": part(name=text, address=text, contact=text),
        "harm": part(
            kinds=st.lists(
                st.sampled_from(["property", "personal_injury", "ip", "reputation", "other"]),
                max_size=3,
                unique=True,
            ),
            loss=amount,
            loss_after_notice=amount,
            discovered_date=st.none() | iso_date,
            seller_fraud=tri,
            knowingly_defective=tri,
            unsafe_food=tri,
            fake_or_substandard_drug=tri,
            seller_knew_unsafe=tri,
            label_defect_only=tri,
        ),
        "identification": part(
            requested=tri,
            provided=st.none() | st.sampled_from(["full", "partial", "none", "false"]),
            seller_left_platform=tri,
            valid_when_registered=tri,
        ),
        "promise": part(made=tri, text=text, more_favorable=tri, performed=tri),
        "knowledge": part(
            notice_received=tri,
            notice_date=st.none() | iso_date,
            notice_complete=tri,
            forwarded=tri,
            measures=st.none() | st.sampled_from(["none", "timely", "late", "insufficient"]),
            measures_date=st.none() | iso_date,
            indicators=st.lists(
                st.sampled_from(INDICATORS),
                max_size=3,
                unique=True,
            ),
        ),
        "food": part(
            real_name_registered=tri, license_reviewed=tri, serious_violation_known=tri, service_stopped=tri
        ),
        "qualification_review": tri,
        "safety_duty_breached": tri,
        "notes": st.text(max_size=20),
    },
)


def evaluate(data: dict[str, Any]) -> dict[str, Any]:
    return evaluate_case(case_from_json_dict(data)).to_json_dict()


def with_null(data: dict[str, Any], path: str) -> dict[str, Any]:
    out = copy.deepcopy(data)
    *parents, leaf = path.split(".")
    target = out
    for key in parents:
        target = target.setdefault(key, {})
    target[leaf] = None
    return out


def outcomes(evaluation: dict[str, Any]) -> dict[str, str]:
    return {f["ground"]: f["outcome"] for f in evaluation["findings"]}


@PROPERTY_SETTINGS
@given(cases)
def test_any_valid_case_evaluates_deterministically_to_json(data: dict[str, Any]) -> None:
    first = evaluate(data)
    again = evaluate(copy.deepcopy(data))
    assert json.dumps(first, ensure_ascii=False, allow_nan=False) == json.dumps(
        again, ensure_ascii=False, allow_nan=False
    )
    assert [f["ground"] for f in first["findings"]] == list(GROUND_LIABILITY)
    assert first["law_date"] == data["transaction"]["date"]


@PROPERTY_SETTINGS
@given(cases)
def test_outcome_words_are_consistent(data: dict[str, Any]) -> None:
    evaluation = evaluate(data)
    found = set(outcomes(evaluation).values())
    expected = (
        "yes"
        if "liable" in found
        else "uncertain"
        if "uncertain" in found
        else "no"
        if "not_liable" in found
        else "not_covered"
    )
    assert evaluation["platform_liable"] == expected
    for finding in evaluation["findings"]:
        settled = finding["outcome"] in ("not_liable", "not_applicable")
        assert (finding["liability"] == "none") == settled, finding
        if not settled:
            assert finding["liability"] == GROUND_LIABILITY[finding["ground"]]
        assert bool(finding["basis"]) == (finding["outcome"] != "not_applicable"), finding
        assert finding["reasoning"]
    damages = evaluation["damages"]
    assert damages["punitive"] >= 0 and damages["compensation"] >= 0
    if data["client_role"] == "rights_holder":
        assert damages["punitive"] == 0
    if outcomes(evaluation)["notice_takedown"] != "liable":
        assert damages["expanded_loss"] is None
    if evaluation["exclusion_clause"] is not None:
        assert data["client_role"] == "consumer"


@PROPERTY_SETTINGS
@given(cases)
def test_every_citation_resolves(data: dict[str, Any]) -> None:
    evaluation = evaluate(data)
    citations = [c for f in evaluation["findings"] for c in f["basis"]]
    citations += evaluation["damages"]["basis"] + evaluation["limitation"]["basis"]
    if evaluation["exclusion_clause"]:
        citations += evaluation["exclusion_clause"]["basis"]
    load_catalogue().check(citations)


@PROPERTY_SETTINGS
@given(cases)
def test_case_json_round_trip(data: dict[str, Any]) -> None:
    case = case_from_json_dict(data)
    again = case_from_json_dict(json.loads(json.dumps(case.to_json_dict(), ensure_ascii=False)))
    assert again == case
    assert again.to_json_dict() == case.to_json_dict()


@PROPERTY_SETTINGS
@given(cases)
def test_unknown_facts_never_read_as_not_liable(data: dict[str, Any]) -> None:
    """Where rules.md says a null deciding fact makes a ground ``uncertain``, it is never ``not_liable``."""
    evaluation = outcomes(evaluate(data))
    case = case_from_json_dict(data)
    consumer = case.client_role == "consumer"
    if case.identification.provided is None:
        assert evaluation["seller_identity"] != "not_liable"
    if case.promise.made is None:
        assert evaluation["platform_promise"] != "not_liable"
    if case.platform.self_operated is None and case.platform.self_operated_label is None:
        assert evaluation["self_operated"] != "not_liable"
    if consumer and case.qualification_review is None and case.safety_duty_breached is None:
        assert evaluation["qualification_review"] != "not_liable"
    food = case.food
    if consumer and all(
        v is None for v in (food.real_name_registered, food.license_reviewed, food.serious_violation_known)
    ):
        assert evaluation["food_platform_duties"] != "not_liable"
    knowledge = case.knowledge
    if not consumer and knowledge.notice_received is None:
        assert evaluation["notice_takedown"] != "not_liable"
    if (
        not consumer
        and knowledge.notice_received is True
        and knowledge.notice_complete is None
        and knowledge.measures != "timely"
    ):
        assert evaluation["notice_takedown"] != "not_liable"
    if (
        consumer
        and knowledge.notice_received is None
        and knowledge.notice_date is None
        and knowledge.measures != "timely"
    ):
        assert evaluation["knowledge"] != "not_liable"


#: Tri-state facts that rules.md reads as unknown (not as "not true"), and the grounds to compare
#: (None: all). Nulling one may settle nothing new: each outcome stays or becomes ``uncertain``.
UNKNOWN_READ_FACTS: dict[str, tuple[str, ...] | None] = {
    "platform.self_operated": ("self_operated",),  # elsewhere null reads as not true
    "platform.self_operated_label": None,
    "identification.requested": None,
    "identification.provided": None,
    "identification.valid_when_registered": None,
    "promise.made": None,
    "promise.more_favorable": None,
    "promise.performed": None,
    "knowledge.notice_received": None,
    "knowledge.notice_complete": None,
    "knowledge.forwarded": None,
    "knowledge.measures": None,
    "food.real_name_registered": None,
    "food.license_reviewed": None,
    "food.serious_violation_known": None,
    "food.service_stopped": None,
    "qualification_review": None,
    "safety_duty_breached": None,
}


@PROPERTY_SETTINGS
@given(cases)
def test_forgetting_a_fact_only_makes_findings_uncertain(data: dict[str, Any]) -> None:
    before = outcomes(evaluate(data))
    facts = dict(UNKNOWN_READ_FACTS)
    if data["client_role"] == "consumer":
        facts["knowledge.notice_date"] = None  # for rights holders it picks the law (the judged date)
    for path, grounds in facts.items():
        after = outcomes(evaluate(with_null(data, path)))
        for ground in grounds or GROUND_LIABILITY:
            if before[ground] == "not_applicable":
                assert after[ground] == "not_applicable", (path, ground)
            else:
                assert after[ground] in (before[ground], "uncertain"), (
                    path,
                    ground,
                    before[ground],
                    after[ground],
                )
