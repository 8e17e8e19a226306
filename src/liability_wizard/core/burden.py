"""Burden of proof (rules.md, "Burden of proof"; CPL-INTERP:90, 91 — 谁主张谁举证).

The client proves the facts its claim rests on; the platform proves the facts that defeat, bar or
extinguish it. An uncertain finding is re-judged on a copy of the case in which every unknown fact
of the table is set against its bearer; that gives the finding's ``if_unproven``.
"""

from __future__ import annotations

from typing import Any, Literal

from liability_wizard.core.case import Case, is_blank

Bearer = Literal["client", "platform"]

#: path → (bearer, the value an unproven fact takes against its bearer, what must be proved).
#: ``platform.self_operated`` is handled apart: its bearer depends on who took the payment.
FACTS: dict[str, tuple[Bearer, Any, str]] = {
    "platform.self_operated_label": ("client", False, "涉案商品标记为自营或足以使人误认为自营"),
    "platform.collected_payment": ("client", False, "平台以自己的名义收取了货款"),
    "transaction.life_health": ("client", False, "涉案商品或服务关系消费者生命健康"),
    "identification.provided": ("platform", "none", "平台能够提供销售者的真实名称、地址和有效联系方式"),
    "identification.seller_left_platform": ("platform", False, "销售者已离开平台"),
    "identification.valid_when_registered": ("platform", False, "销售者信息在平台最后一次核验时真实有效"),
    "promise.made": ("client", False, "平台作出了承诺"),
    "promise.more_favorable": ("client", False, "该承诺比法律规定更有利于消费者"),
    "promise.by": ("client", "merchant", "该承诺系平台（而非销售者）作出"),
    "promise.performed": ("platform", False, "平台已经履行承诺"),
    "knowledge.notice_received": ("client", False, "平台收到了投诉或通知"),
    "knowledge.notice_complete": ("client", False, "通知包含法定要素"),
    "knowledge.breach_continuing": ("client", False, "投诉后销售者的违约行为仍在持续"),
    "knowledge.seller_exit_allowed": ("client", False, "投诉后平台允许销售者退出平台或解冻其保证金、货款"),
    "knowledge.measures": ("platform", "none", "平台及时采取了必要措施"),
    "qualification_review": ("platform", False, "平台审核了销售者的资质资格"),
    "safety_duty_breached": ("client", False, "平台违反了安全保障义务"),
    "food.real_name_registered": ("platform", False, "平台对食品经营者进行了实名登记"),
    "food.license_reviewed": ("platform", False, "平台审查了食品经营者的许可证"),
    "food.service_stopped": ("platform", False, "平台发现严重违法行为后停止了服务"),
    "food.serious_violation_known": ("client", False, "平台发现了销售者的严重违法行为"),
}
_SPLIT_FACTS = tuple((path, *path.rpartition(".")[::2], against) for path, (_, against, _) in FACTS.items())
#: Facts without a null value of their own (a date, a list) and the judgement steps: who proves them.
OTHER_FACTS: dict[str, tuple[Bearer, str]] = {
    "platform.self_operated": ("client", "涉案商品由平台自营"),
    "knowledge.notice_date": ("client", "平台收到投诉或通知的日期"),
    "knowledge.indicators": ("client", "平台应当知道的迹象（一项较弱的迹象不足以证明）"),
    "harm.kinds": ("client", "委托人受到了损害"),
}


def bearer_of(path: str) -> Bearer:
    if path in FACTS:
        return FACTS[path][0]
    return OTHER_FACTS.get(path, ("client", ""))[0]


def describe(path: str) -> str:
    if path in FACTS:
        return FACTS[path][2]
    return OTHER_FACTS.get(path, ("client", path))[1]


def platform_bears_self_operation(case: Case) -> bool:
    """CPL-INTERP:91(二): a payee that says it was only an intermediary proves it."""
    return case.platform.collected_payment is True and case.identification.provided != "full"


def seller_known_to_client(case: Case) -> bool:
    """The client holds the seller's name, address and contact (seller_identity 5)."""
    seller = case.seller
    return not (is_blank(seller.name) or is_blank(seller.address) or is_blank(seller.contact))


class Overlay:
    """A read-only view of a case (or one of its parts) with some facts replaced. Re-judging reads the
    case many thousand times a second; copying the case model for it would cost more than the
    judging itself."""

    __slots__ = ("_base", "_replaced")

    def __init__(self, base: Any, replaced: dict[str, Any]) -> None:
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_replaced", replaced)

    def __getattr__(self, name: str) -> Any:
        replaced = object.__getattribute__(self, "_replaced")
        if name in replaced:
            return replaced[name]
        return getattr(object.__getattribute__(self, "_base"), name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("an overlay is read-only")


def case_against_bearers(case: Case, *, judging_self_operation: bool) -> Case:
    """The case with each unknown fact of the table set against its bearer.

    ``platform.self_operated`` is set only when self_operated itself is re-judged: for the other
    grounds null already reads as not true. ``identification.provided`` is not set against the
    platform when the client already holds the seller's details (seller_identity 5).
    """
    parts: dict[str, dict[str, Any]] = {}
    for path, part, key, against in _SPLIT_FACTS:
        holder = getattr(case, part) if part else case
        if getattr(holder, key) is not None:
            continue
        if path == "identification.provided" and seller_known_to_client(case):
            continue
        if path == "promise.by" and case.promise.kind in ("published_rule", "plan"):
            continue  # null is the platform there (platform_promise)
        parts.setdefault(part, {})[key] = against
    if judging_self_operation and case.platform.self_operated is None:
        parts.setdefault("platform", {})["self_operated"] = platform_bears_self_operation(case)
    top = parts.pop("", {})
    replaced = {part: Overlay(getattr(case, part), values) for part, values in parts.items()}
    return Overlay(case, {**replaced, **top})  # type: ignore[return-value]
