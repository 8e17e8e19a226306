"""The wizard's branching (core/interview.py), without Qt: which pages a case is asked."""

from __future__ import annotations

from datetime import date

import pytest

from liability_wizard.core.case import read_case_file
from liability_wizard.core.interview import Page, implausibilities, next_page, page_asking, pages_for
from tests.conftest import EXAMPLE_CASES, EXAMPLES, example_id

P = Page


def facts(**changes: object) -> dict:
    base = {"client_role": "consumer", "transaction": {"date": "2024-05-01", "category": "goods"}}
    for path, value in changes.items():
        *parents, key = path.split("__")
        node = base
        for part in parents:
            node = node.setdefault(part, {})
        node[key] = value
    return base


@pytest.mark.parametrize(("case", "expected"), [
    (facts(), [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.LIMITATION, P.CONCLUSION]),
    (facts(transaction__category="food"),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.FOOD, P.QUALIFICATION,
      P.LIMITATION, P.CONCLUSION]),
    (facts(transaction__category="drug"),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.QUALIFICATION, P.LIMITATION, P.CONCLUSION]),
    (facts(transaction__life_health=True),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.QUALIFICATION, P.LIMITATION, P.CONCLUSION]),
    (facts(platform__self_operated=True, transaction__category="food"),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.PROMISE, P.LIMITATION, P.CONCLUSION]),
    (facts(client_role="rights_holder", transaction__category="food"),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.LIMITATION, P.CONCLUSION]),
    (facts(client_role="rights_holder", platform__self_operated=True),
     [P.PARTIES, P.TRANSACTION, P.HARM, P.IDENTIFICATION, P.PROMISE, P.KNOWLEDGE, P.LIMITATION, P.CONCLUSION]),
], ids=["consumer goods", "consumer food", "drug", "life and health", "platform sold it itself",
        "rights holder: no food duties", "rights holder: self-operation not read"])
def test_pages_asked_follow_role_category_and_self_operation(case: dict, expected: list[Page]) -> None:
    assert pages_for(case) == expected
    walked, page = [P.PARTIES], P.PARTIES
    while (page := next_page(page, case)) is not None:
        walked.append(page)
    assert walked == expected


@pytest.mark.parametrize("path", EXAMPLE_CASES, ids=example_id)
def test_no_answer_an_example_holds_is_on_a_page_that_is_skipped(path) -> None:
    case = read_case_file(path).to_json_dict()
    asked = set(pages_for(case))
    for section, value in case.items():
        if value not in (None, [], "", {}) and not (isinstance(value, dict) and all(
                v in (None, [], "") for v in value.values())):
            assert page_asking(section) in asked, section


def test_missing_facts_point_to_the_page_that_asks_them() -> None:
    assert page_asking("identification.provided") is P.IDENTIFICATION
    assert page_asking("qualification_review") is P.QUALIFICATION
    assert page_asking("knowledge.measures") is P.KNOWLEDGE
    assert page_asking("harm.kinds") is P.HARM
    assert page_asking("transaction.continued_until") is P.TRANSACTION


def test_implausible_facts_are_named_with_their_field() -> None:
    case = facts(knowledge__notice_date="2024-06-10", knowledge__measures_date="2024-06-01",
                 harm__discovered_date="2030-01-01", harm__loss=100.0, harm__loss_after_notice=200.0)
    found = implausibilities(case, today=date(2025, 1, 1))
    assert ("harm.discovered_date", "future_date") in found
    assert ("knowledge.measures_date", "measures_before_notice") in found
    assert ("knowledge.notice_date", "notice_date_without_notice") in found
    assert ("harm.loss_after_notice", "loss_after_notice_exceeds_loss") in found
    assert implausibilities(read_case_file(EXAMPLES / "e01-unidentified-seller.lwcase").to_json_dict(),
                            today=date(2025, 1, 1)) == []


# --- show-if, open questions and typed dates (no Qt) ------------------------------------------

from liability_wizard.core.interview import (  # noqa: E402
    ABSENT,
    answer_at,
    is_shown,
    open_questions,
    parse_date_text,
    required_missing,
)


def test_follow_up_questions_appear_only_when_they_apply() -> None:
    consumer = facts()
    assert not is_shown("promise.text", consumer)
    assert is_shown("promise.text", facts(promise__made=True))
    assert not is_shown("harm.unsafe_food", consumer) and is_shown("harm.unsafe_food", facts(transaction__category="food"))
    assert not is_shown("harm.fake_or_substandard_drug", consumer)
    assert is_shown("harm.fake_or_substandard_drug", facts(transaction__category="drug"))
    assert not is_shown("transaction.continued_until", consumer)
    assert is_shown("transaction.continued_until", facts(client_role="rights_holder"))
    assert not is_shown("knowledge.measures_date", facts(knowledge__notice_received=True))
    assert is_shown("knowledge.measures_date", facts(knowledge__notice_received=True, knowledge__measures="late"))
    assert not is_shown("live_stream.operator_knew_unsafe", consumer)
    assert is_shown("live_stream.operator_knew_unsafe", facts(platform__live_streaming=True))


def test_an_answered_question_is_never_hidden() -> None:
    assert is_shown("promise.text", facts(promise__made=False, promise__text="假一赔十"))


def test_unanswered_is_absent_and_unknown_is_null() -> None:
    case = facts(promise__made=None)
    assert answer_at(case, "promise.made") is None
    assert answer_at(case, "promise.performed") is ABSENT
    assert "promise.made" not in open_questions(Page.PROMISE, case)  # 不清楚 is an answer
    assert "promise.made" in open_questions(Page.PROMISE, facts())
    assert open_questions(Page.PROMISE, facts(promise__made=False)) == []  # the follow-ups do not apply


def test_required_facts() -> None:
    assert required_missing(Page.TRANSACTION, {"client_role": "consumer", "transaction": {"category": "goods"}}) \
        == ["transaction.date"]
    assert required_missing(Page.PARTIES, {"title": "  ", "client_role": "consumer"}) == ["title"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-05-20", (date(2023, 5, 20), "day")), ("2023/5/20", (date(2023, 5, 20), "day")),
    ("20230520", (date(2023, 5, 20), "day")), ("2023年5月20日", (date(2023, 5, 20), "day")),
    ("2023-05", (date(2023, 5, 1), "month")), ("2023年5月", (date(2023, 5, 1), "month")),
    ("2023-02-30", None), ("5月", None), ("", None), ("2023-13", None),
])
def test_dates_as_a_clerk_types_them(text: str, expected: object) -> None:
    assert parse_date_text(text) == expected


def test_a_seller_said_to_be_identified_in_full_but_unknown_is_warned_about() -> None:
    case = facts(identification__provided="full")
    assert ("identification.provided", "provided_but_seller_unknown") in implausibilities(case, date(2026, 1, 1))
    known = facts(identification__provided="full", seller__name="某数码专营店")
    assert ("identification.provided", "provided_but_seller_unknown") not in implausibilities(known, date(2026, 1, 1))
