"""Which question the wizard asks next, given the facts so far (rules.md, "Which grounds apply").

The interview is data-driven and Qt-free so the branching is tested without a window: the
desktop wizard's pages call :func:`next_page` from ``nextId()``. It reads the case as its JSON
dict (the form the wizard edits), so half-typed answers can be asked about before they form a
valid :class:`~liability_wizard.core.case.Case`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import IntEnum
from typing import Any, Literal


class Page(IntEnum):
    """The wizard's pages, in the order they are asked."""

    PARTIES = 0  # 当事人与平台
    TRANSACTION = 1  # 交易
    HARM = 2  # 损害
    IDENTIFICATION = 3  # 卖家身份
    PROMISE = 4  # 平台承诺
    KNOWLEDGE = 5  # 通知与知情
    FOOD = 6  # 食品平台义务
    QUALIFICATION = 7  # 资质审核与安全保障
    CONCLUSION = 8  # 结论


#: The top-level key or dotted prefix each page asks about; the longest matching prefix wins.
_PAGE_OF_FACT: dict[str, Page] = {
    "title": Page.PARTIES, "reference": Page.PARTIES, "client_role": Page.PARTIES, "client": Page.PARTIES,
    "platform": Page.PARTIES, "seller": Page.PARTIES,
    "transaction": Page.TRANSACTION,
    "harm": Page.HARM,
    "identification": Page.IDENTIFICATION,
    "promise": Page.PROMISE,
    "knowledge": Page.KNOWLEDGE,
    "food": Page.FOOD,
    "qualification_review": Page.QUALIFICATION, "safety_duty_breached": Page.QUALIFICATION,
    "notes": Page.CONCLUSION,
}

_NO_ANSWER = (None, [], "")


def fact(case: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path (``"knowledge.notice_date"``); absent reads as ``None``."""
    value: Any = case
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def page_asking(path: str) -> Page:
    """The page that asks the fact at ``path`` (a missing fact named by the evaluator)."""
    head = path.split(".", 1)[0]
    return _PAGE_OF_FACT.get(head, Page.CONCLUSION)


def _answered(case: Mapping[str, Any], section: str) -> bool:
    """Whether a section already holds any answer (an imported case: never hide what it says)."""
    value = case.get(section)
    if isinstance(value, Mapping):
        return any(v not in _NO_ANSWER for v in value.values())
    return value not in _NO_ANSWER


def _platform_sold_it(case: Mapping[str, Any]) -> bool:
    """A consumer's platform that itself sold the item: the intermediary grounds fall away."""
    return fact(case, "client_role") == "consumer" and fact(case, "platform.self_operated") is True


def is_asked(page: Page, case: Mapping[str, Any]) -> bool:
    """Whether the wizard shows ``page`` for these facts."""
    consumer = fact(case, "client_role") == "consumer"
    category = fact(case, "transaction.category")
    intermediary = not _platform_sold_it(case)
    if page is Page.IDENTIFICATION:
        # A rights holder also needs the infringing seller's identity to sue it; a consumer whose
        # platform sold the item itself does not (the platform answers as the seller).
        return intermediary or _answered(case, "identification")
    if page is Page.KNOWLEDGE:
        return intermediary or _answered(case, "knowledge")
    if page is Page.FOOD:
        return (consumer and category == "food" and intermediary) or _answered(case, "food")
    if page is Page.QUALIFICATION:
        life_health = fact(case, "transaction.life_health") is True or category in ("food", "drug")
        return (consumer and life_health and intermediary) or _answered(case, "qualification_review") \
            or _answered(case, "safety_duty_breached")
    return True


def pages_for(case: Mapping[str, Any]) -> list[Page]:
    """Every page asked for these facts, in order."""
    return [page for page in Page if is_asked(page, case)]


def next_page(current: Page, case: Mapping[str, Any]) -> Page | None:
    """The page after ``current`` for these facts; ``None`` after the conclusion."""
    for page in Page:
        if page > current and is_asked(page, case):
            return page
    return None


def _day(case: Mapping[str, Any], path: str) -> date | None:
    value = fact(case, path)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


#: Dated facts that cannot lie in the future of the consultation.
_DATED = ("transaction.date", "transaction.continued_until", "harm.discovered_date", "knowledge.notice_date",
          "knowledge.measures_date")

Implausibility = Literal["future_date", "measures_before_notice", "continued_before_transaction",
                         "discovered_before_transaction", "notice_date_without_notice",
                         "loss_after_notice_exceeds_loss"]


def implausibilities(case: Mapping[str, Any], today: date) -> list[tuple[str, Implausibility]]:
    """Well-formed facts that are unlikely to be right: warned about by the wizard, never refused
    (case-format.md: only a broken schema makes a case invalid). Each is ``(path, reason)``."""
    found: list[tuple[str, Implausibility]] = [(path, "future_date") for path in _DATED
                                               if (d := _day(case, path)) is not None and d > today]
    notice, measures = _day(case, "knowledge.notice_date"), _day(case, "knowledge.measures_date")
    if notice and measures and measures < notice:
        found.append(("knowledge.measures_date", "measures_before_notice"))
    bought = _day(case, "transaction.date")
    continued = _day(case, "transaction.continued_until")
    if bought and continued and continued < bought:
        found.append(("transaction.continued_until", "continued_before_transaction"))
    discovered = _day(case, "harm.discovered_date")
    if bought and discovered and discovered < bought:
        found.append(("harm.discovered_date", "discovered_before_transaction"))
    if notice and fact(case, "knowledge.notice_received") is not True:
        found.append(("knowledge.notice_date", "notice_date_without_notice"))
    loss, later = fact(case, "harm.loss"), fact(case, "harm.loss_after_notice")
    if isinstance(loss, int | float) and isinstance(later, int | float) and later > loss:
        found.append(("harm.loss_after_notice", "loss_after_notice_exceeds_loss"))
    return found
