"""Which question the wizard asks next, given the facts so far (rules.md, "Which grounds apply").

The interview is data-driven and Qt-free so the branching is tested without a window: the
desktop wizard's pages call :func:`next_page` from ``nextId()``. It reads the case as its JSON
dict (the form the wizard edits), so half-typed answers can be asked about before they form a
valid :class:`~liability_wizard.core.case.Case`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import IntEnum
from typing import Any, Final, Literal


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
    LIMITATION = 8  # 诉讼时效（中断事由）
    CONCLUSION = 9  # 复核 (the review page; the member keeps its name: stored cases remember pages by name)


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
    "live_stream": Page.PARTIES,
    "limitation": Page.LIMITATION,
    "notes": Page.CONCLUSION,
}

_NO_ANSWER = (None, [], "")


class _Absent:
    """A question nobody answered yet: the key is absent from the case (``None`` is 不清楚)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __copy__(self) -> _Absent:
        return self

    def __deepcopy__(self, _memo: object) -> _Absent:
        return self

    def __reduce__(self) -> str:
        return "ABSENT"

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Final = _Absent()


def answer_at(case: Mapping[str, Any], path: str) -> Any:
    """The answer at a dotted path: :data:`ABSENT` when nobody answered, ``None`` for 不清楚."""
    value: Any = case
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return ABSENT
        value = value[key]
    return value


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


# --- questions inside a page ----------------------------------------------------------------

#: Every fact each page asks, in the order asked (the GUI's ``questions.py`` gives their wording).
PAGE_FACTS: dict[Page, tuple[str, ...]] = {
    Page.PARTIES: ("title", "reference", "client_role", "client.name", "client.contact", "platform.name",
                   "platform.self_operated", "platform.self_operated_label", "platform.collected_payment",
                   "platform.live_streaming", "live_stream.operator_disclosed_not_seller",
                   "live_stream.operator_knew_unsafe", "platform.food_delivery", "platform.exclusion_clause",
                   "platform.exclusion_clause_text", "seller.name", "seller.address", "seller.contact"),
    Page.TRANSACTION: ("transaction.date", "transaction.continued_until", "transaction.category",
                       "transaction.subject", "transaction.price", "transaction.life_health"),
    Page.HARM: ("harm.kinds", "harm.ip_right", "harm.loss", "harm.loss_after_notice", "harm.discovered_date",
                "harm.seller_fraud", "harm.bought_knowing_defect", "transaction.reasonable_quantity_price",
                "harm.knowingly_defective", "harm.serious_injury", "harm.unsafe_food",
                "harm.fake_or_substandard_drug", "harm.seller_knew_unsafe", "harm.label_defect_only"),
    Page.IDENTIFICATION: ("identification.requested", "identification.provided",
                          "identification.seller_left_platform", "identification.valid_when_registered"),
    Page.PROMISE: ("promise.made", "promise.by", "promise.kind", "promise.text", "promise.amount",
                   "promise.multiple", "promise.more_favorable", "promise.performed"),
    Page.KNOWLEDGE: ("knowledge.notice_received", "knowledge.notice_date", "knowledge.notice_complete",
                     "knowledge.forwarded", "knowledge.measures", "knowledge.measures_date",
                     "knowledge.breach_continuing", "knowledge.seller_exit_allowed", "knowledge.indicators"),
    Page.FOOD: ("food.real_name_registered", "food.license_reviewed", "food.serious_violation_known",
                "food.service_stopped"),
    Page.QUALIFICATION: ("qualification_review", "safety_duty_breached"),
    Page.LIMITATION: ("limitation.interruptions",),
    Page.CONCLUSION: ("notes",),
}
#: Free text: written down when known, never counted as an open question.
FREE_TEXT = frozenset({"title", "reference", "client.name", "client.contact", "platform.name",
                       "platform.exclusion_clause_text", "seller.name", "seller.address", "seller.contact",
                       "transaction.subject", "promise.text", "notes", "limitation.interruptions"})


def _role(role: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda case: fact(case, "client_role") == role


def _is(path: str, *values: Any) -> Callable[[Mapping[str, Any]], bool]:
    return lambda case: fact(case, path) in values


def _category(*categories: str) -> Callable[[Mapping[str, Any]], bool]:
    return _is("transaction.category", *categories)


def _both(*tests: Callable[[Mapping[str, Any]], bool]) -> Callable[[Mapping[str, Any]], bool]:
    return lambda case: all(test(case) for test in tests)


_CONSUMER = _role("consumer")
_NOTICE = _is("knowledge.notice_received", True)
_PROMISE = _is("promise.made", True)
_LIVE = _is("platform.live_streaming", True)

#: Show-if: a follow-up question appears only when it applies (rules.md says which facts each rule reads).
SHOW_IF: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "platform.self_operated_label": lambda case: fact(case, "platform.self_operated") is not True,
    "platform.collected_payment": _both(_CONSUMER, lambda case: fact(case, "platform.self_operated") is not True),
    "live_stream.operator_disclosed_not_seller": _LIVE,
    "live_stream.operator_knew_unsafe": _LIVE,
    "platform.exclusion_clause_text": _is("platform.exclusion_clause", True),
    "transaction.continued_until": _role("rights_holder"),
    "transaction.life_health": _CONSUMER,
    "harm.ip_right": lambda case: fact(case, "client_role") == "rights_holder" or "ip" in (fact(case, "harm.kinds")
                                                                                          or []),
    "harm.seller_fraud": _CONSUMER,
    "harm.bought_knowing_defect": _CONSUMER,
    "transaction.reasonable_quantity_price": _both(_category("food"), _is("harm.bought_knowing_defect", True)),
    "harm.knowingly_defective": _both(_CONSUMER, _category("goods", "food", "drug")),
    "harm.serious_injury": _both(_CONSUMER, lambda case: "personal_injury" in (fact(case, "harm.kinds") or [])),
    "harm.unsafe_food": _category("food"),
    "harm.fake_or_substandard_drug": _category("drug"),
    "harm.seller_knew_unsafe": _category("food", "drug"),
    "harm.label_defect_only": _category("food"),
    "promise.by": _PROMISE, "promise.kind": _PROMISE, "promise.text": _PROMISE, "promise.amount": _PROMISE,
    "promise.multiple": _PROMISE, "promise.more_favorable": _PROMISE, "promise.performed": _PROMISE,
    "knowledge.notice_date": _NOTICE, "knowledge.notice_complete": _NOTICE, "knowledge.forwarded": _NOTICE,
    "knowledge.measures": _NOTICE,
    "knowledge.measures_date": _is("knowledge.measures", "timely", "late", "insufficient"),
    "knowledge.breach_continuing": _both(_CONSUMER, _NOTICE),
    "knowledge.seller_exit_allowed": _both(_CONSUMER, _NOTICE),
    "food.service_stopped": _is("food.serious_violation_known", True),
}


def is_shown(path: str, case: Mapping[str, Any]) -> bool:
    """Whether the page shows the question at ``path``. A question that already holds an answer is
    never hidden (an imported case, or a condition changed later): what the case says stays visible."""
    test = SHOW_IF.get(path)
    return test is None or test(case) or fact(case, path) not in _NO_ANSWER


def open_questions(page: Page, case: Mapping[str, Any]) -> list[str]:
    """The shown, countable questions of ``page`` that nobody answered yet (absent keys)."""
    return [path for path in PAGE_FACTS[page]
            if path not in FREE_TEXT and is_shown(path, case) and answer_at(case, path) is ABSENT]


def is_complete(page: Page, case: Mapping[str, Any]) -> bool:
    """A page is ticked in the step list once it has no open question and its required facts are in."""
    return not open_questions(page, case) and not required_missing(page, case)


#: The facts a case cannot be saved or reviewed without.
REQUIRED = {"title": Page.PARTIES, "client_role": Page.PARTIES, "transaction.date": Page.TRANSACTION,
            "transaction.category": Page.TRANSACTION}


def required_missing(page: Page, case: Mapping[str, Any]) -> list[str]:
    return [path for path, on in REQUIRED.items()
            if on is page and (answer_at(case, path) in (ABSENT, None) or not str(answer_at(case, path)).strip())]


# --- dates as typed -------------------------------------------------------------------------

Precision = Literal["day", "month"]
_DAY_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT_DAY = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTH_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


def parse_date_text(text: str) -> tuple[date, Precision] | None:
    """A date as a clerk types it: ``2023-05-20``, ``2023/5/20``, ``20230520``, ``2023年5月20日``, or only the
    month (``2023-05``, ``2023年5月``: precision ``month``, the first day, case-format.md v3). ``None`` if
    it is not a real date."""
    for pattern, precision in ((_DAY_TEXT, "day"), (_COMPACT_DAY, "day"), (_MONTH_TEXT, "month")):
        match = pattern.match(text)
        if match:
            year, month = int(match[1]), int(match[2])
            day = int(match[3]) if precision == "day" else 1
            try:
                return date(year, month, day), precision  # type: ignore[return-value]
            except ValueError:
                return None
    return None


def date_text(value: date | str, precision: Precision) -> str:
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day:%Y-%m}" if precision == "month" else day.isoformat()


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
                         "loss_after_notice_exceeds_loss", "provided_but_seller_unknown"]


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
    seller = [fact(case, f"seller.{key}") for key in ("name", "address", "contact")]
    if fact(case, "identification.provided") == "full" and not any(isinstance(v, str) and v.strip() for v in seller):
        found.append(("identification.provided", "provided_but_seller_unknown"))  # review P27
    loss, later = fact(case, "harm.loss"), fact(case, "harm.loss_after_notice")
    if isinstance(loss, int | float) and isinstance(later, int | float) and later > loss:
        found.append(("harm.loss_after_notice", "loss_after_notice_exceeds_loss"))
    return found
