"""Contract v3's new boundaries, each on the day before and the day it takes effect (Catala style):
1994-01-01, 2014-03-14/15, 2017-09-30/10-01, 2020-12-31/2021-01-01, and an interruption of the
limitation period on its last day and on the day after."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.limitation import add_years


def evaluate(t: date, role: str = "consumer", **parts: Any) -> Evaluation:
    data: dict[str, Any] = {"format": "liability-wizard-case", "version": 3, "title": "边界", "client_role": role,
                            "transaction": {"date": t.isoformat(), "category": "goods", "price": 100.0}}
    for key, value in parts.items():
        data[key] = {**data.get(key, {}), **value} if isinstance(value, dict) else value
    return evaluate_case(case_from_json_dict(data))


DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("t", "head", "cite"),
    [
        (date(1993, 12, 31), None, None),
        (date(1994, 1, 1), "fraud_1993", "CRPL1993:49"),
        (date(2014, 3, 14), "fraud_1993", "CRPL1993:49"),
        (date(2014, 3, 15), "fraud", "CRPL:55.1"),
    ],
)
def test_fraud_heads_across_1994_and_2014(t: date, head: str | None, cite: str | None) -> None:
    damages = evaluate(t, harm={"seller_fraud": True}).damages
    assert [h.head for h in damages.heads] == ([head] if head else [])
    assert (cite in damages.basis) if cite else not damages.basis
    assert damages.punitive == {None: 0.0, "fraud_1993": 100.0, "fraud": 500.0}[head]


@pytest.mark.parametrize(("t", "liable"), [(date(2014, 3, 14), False), (date(2014, 3, 15), True)])
def test_a_complaint_after_the_purchase_counts_from_2014_03_15(t: date, liable: bool) -> None:
    knowledge = {"notice_received": True, "notice_date": (t + 10 * DAY).isoformat(), "measures": "none",
                 "seller_exit_allowed": True}
    evaluation = evaluate(t, knowledge=knowledge)
    assert (evaluation.finding("knowledge").outcome == "liable") is liable
    assert evaluation.damages.joint_scope == ("after_complaint" if liable else None)


@pytest.mark.parametrize(("t", "civil_code"), [(date(2020, 12, 31), False), (date(2021, 1, 1), True)])
def test_civil_code_citations_start_on_2021_01_01(t: date, civil_code: bool) -> None:
    evaluation = evaluate(t, platform={"exclusion_clause": True},
                          promise={"made": True, "more_favorable": True, "performed": False, "kind": "published_rule"},
                          harm={"kinds": ["personal_injury"], "loss": 1000.0, "knowingly_defective": True,
                                "serious_injury": True, "seller_fraud": False})
    assert ("CC:577" in evaluation.finding("platform_promise").basis) is civil_code
    assert ("CC:1207" in evaluation.damages.basis) is civil_code
    assert evaluation.exclusion_clause is not None
    assert ({"CC:496", "CC:497"} <= set(evaluation.exclusion_clause.basis)) is civil_code
    seller = next(p for p in evaluation.other_parties if p.party == "seller")
    assert ("CC:577" in seller.basis) is civil_code


@pytest.mark.parametrize(("until", "barred_remedies"), [(date(2020, 12, 31), False), (date(2021, 1, 1), True)])
def test_not_barred_remedies_from_2021(until: date, barred_remedies: bool) -> None:
    evaluation = evaluate(date(2020, 6, 1), "rights_holder", transaction={"continued_until": until.isoformat(),
                                                                        "category": "content"},
                          harm={"kinds": ["ip"], "ip_right": "copyright", "discovered_date": "2020-06-05"})
    assert (evaluation.limitation.not_barred is not None) is barred_remedies
    assert evaluation.limitation.lookback_years == 3
    infringer = evaluation.other_parties[0]
    assert infringer.basis == (("CC:1194",) if barred_remedies else ("TLL:36.1",))


@pytest.mark.parametrize(("day", "article", "spc"), [(date(2020, 12, 31), "GPCIVIL:140", False),
                                                     (date(2021, 1, 1), "CC:195", True)])
def test_interruption_citations_by_the_interruptions_date(day: date, article: str, spc: bool) -> None:
    limitation = evaluate(date(2019, 1, 1), harm={"discovered_date": "2019-01-02"},
                          limitation={"interruptions": [{"date": day.isoformat(), "kind": "demand",
                                                         "against": "platform"}]}).limitation
    assert article in limitation.basis
    assert ("SPC-LIM:8" in limitation.basis) is spc
    assert limitation.deadline == add_years(day, 3)


@pytest.mark.parametrize("discovered", [date(2016, 2, 29), date(2017, 9, 30), date(2017, 10, 1), date(2019, 6, 15),
                                        date(2020, 12, 31), date(2021, 1, 1), date(2023, 3, 31)])
@pytest.mark.parametrize("injury", [False, True])
def test_an_interruption_on_the_last_day_counts_and_the_day_after_does_not(discovered: date, injury: bool) -> None:
    harm = {"discovered_date": discovered.isoformat(), "kinds": ["personal_injury"] if injury else ["property"]}
    plain = evaluate(date(2015, 1, 1), harm=harm).limitation
    assert plain.deadline is not None
    for day, counts in ((plain.deadline, True), (plain.deadline + DAY, False)):
        entry = {"date": day.isoformat(), "kind": "demand", "against": "platform"}
        limitation = evaluate(date(2015, 1, 1), harm=harm, limitation={"interruptions": [entry]}).limitation
        assert (limitation.interrupted_on == day) is counts, (discovered, day)
        assert (limitation.deadline > plain.deadline) is counts
        catalogue = load_catalogue()
        for citation in limitation.basis:  # every limitation citation resolves
            catalogue.check([citation])


@pytest.mark.parametrize(("discovered", "period"), [(date(2017, 9, 30), "GPCIVIL:135"), (date(2017, 10, 1), "GPCL:188")])
def test_the_2017_boundary_of_the_first_period(discovered: date, period: str) -> None:
    limitation = evaluate(date(2015, 1, 1), harm={"discovered_date": discovered.isoformat()}).limitation
    assert period in limitation.basis
    assert limitation.deadline == add_years(discovered, 3)  # the 2017-09-30 period is extended (SPC-GPCL-LIM:2)
