"""赔偿 — compensation, the platform's share of a later loss, the punitive heads and a promised sum.

Punitive heads (consumer only), each ``fixed``, ``ceiling`` or ``undetermined`` (its trigger or its
base unknown — never shown as 0); the largest fixed or ceiling head wins, on a tie the first listed:
FSL:148.2 + SPC-PUNITIVE:1 (food; 知假买假 capped at the reasonable quantity, SPC-PUNITIVE:12),
DAL:144.3 + SPC-PUNITIVE:10 (drugs), CRPL:55.1 (fraud, except a label-only flaw under CRPL-REG:49;
CRPL1993:49 one times the price before 2014-03-15), CRPL:55.2 and CC:1207 (a ceiling: 二倍以下, death
or serious damage to health). No fraud head for a buyer who knew the goods were fake or defective.
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Context, Decimal

from liability_wizard.core.damages_note import damages_note
from liability_wizard.core.evaluation import Damages, DamagesHead, Finding, JointScope
from liability_wizard.core.grounds.context import GroundContext

FOOD_MINIMUM = Decimal(1000)
FRAUD_MINIMUM = Decimal(500)


def money(value: Decimal | float) -> float:
    """Round half up to two decimals. Implausible amounts are accepted (a case file is not refused
    for them): rounding gets the precision it needs, and a figure beyond what a float holds (ten
    times 1e308) is given as the largest one, never as infinity, which JSON cannot carry."""
    exact = Decimal(str(value))
    rounded = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP,
                             context=Context(prec=max(28, exact.adjusted() + 4)))
    return min(float(rounded), sys.float_info.max)


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _head(name: str, trigger: bool | None, figure: Decimal | None, basis: tuple[str, ...],
          kind: str = "fixed") -> DamagesHead:
    if trigger is None or figure is None:
        return DamagesHead(name, "undetermined", None, basis)  # type: ignore[arg-type]
    return DamagesHead(name, kind, money(figure), basis)  # type: ignore[arg-type]


def _food(ctx: GroundContext, price: Decimal | None, loss: Decimal) -> DamagesHead | None:
    harm, tx = ctx.case.harm, ctx.case.transaction
    if not (ctx.category == "food" and ctx.in_force("FSL") and harm.label_defect_only is not True
            and harm.seller_knew_unsafe is not False and harm.unsafe_food is not False):
        return None
    basis: tuple[str, ...] = ("FSL:148.2", "SPC-PUNITIVE:1")
    base = price
    if harm.bought_knowing_defect is True:  # 知假买假: only the reasonable quantity (SPC-PUNITIVE:12)
        basis += ("SPC-PUNITIVE:12",)
        capped = _decimal(tx.reasonable_quantity_price)
        base = None if capped is None else capped if price is None else min(price, capped)
    figure = None if base is None else max(10 * base, 3 * loss, FOOD_MINIMUM)
    return _head("food", harm.unsafe_food, figure, basis)


def _drug(ctx: GroundContext, price: Decimal | None, loss: Decimal) -> DamagesHead | None:
    harm = ctx.case.harm
    if not (ctx.category == "drug" and ctx.in_force("DAL") and harm.seller_knew_unsafe is not False
            and harm.fake_or_substandard_drug is not False):
        return None
    figure = None if price is None else max(10 * price, 3 * loss, FOOD_MINIMUM)
    return _head("drug", harm.fake_or_substandard_drug, figure, ("DAL:144.3", "SPC-PUNITIVE:10"))


def _fraud(ctx: GroundContext, price: Decimal | None) -> DamagesHead | None:
    harm = ctx.case.harm
    if harm.bought_knowing_defect is True or harm.seller_fraud is False:  # a knowing buyer was not misled
        return None
    if ctx.in_force("CRPL"):
        if harm.label_defect_only is True and ctx.in_force("CRPL-REG"):
            return None
        figure = None if price is None else max(3 * price, FRAUD_MINIMUM)
        return _head("fraud", harm.seller_fraud, figure, ("CRPL:55.1",))
    if ctx.in_force("CRPL1993"):
        return _head("fraud_1993", harm.seller_fraud, price, ("CRPL1993:49",))
    return None


def _known_defect(ctx: GroundContext) -> DamagesHead | None:
    harm = ctx.case.harm
    if not (ctx.in_force("CRPL") and "personal_injury" in harm.kinds and harm.serious_injury is not False
            and harm.knowingly_defective is not False):
        return None
    basis = ("CRPL:55.2", "CC:1207") if ctx.in_force("CC") else ("CRPL:55.2",)
    figure = None if harm.loss is None else 2 * Decimal(str(harm.loss))
    return _head("known_defect", harm.knowingly_defective, figure, basis, kind="ceiling")


def punitive_heads(ctx: GroundContext) -> list[DamagesHead]:
    if not ctx.consumer:
        return []
    tx = ctx.case.transaction
    price = _decimal(tx.price)
    loss = Decimal(str(ctx.case.harm.loss or 0))
    heads = [_food(ctx, price, loss), _drug(ctx, price, loss), _fraud(ctx, price), _known_defect(ctx)]
    return [h for h in heads if h is not None]


def _missing(ctx: GroundContext, heads: list[DamagesHead], expanded_wanted: bool) -> list[str]:
    harm, tx, missing = ctx.case.harm, ctx.case.transaction, []
    named = {h.head for h in heads}
    triggered = {"food": harm.unsafe_food, "drug": harm.fake_or_substandard_drug}
    if harm.seller_knew_unsafe is None and any(triggered.get(n) is True for n in named):
        missing.append("harm.seller_knew_unsafe")
    if ctx.consumer:
        if harm.seller_fraud is None and ctx.t >= ctx.starts("CRPL1993"):
            missing.append("harm.seller_fraud")
        if harm.unsafe_food is None and ctx.category == "food":
            missing.append("harm.unsafe_food")
        if harm.fake_or_substandard_drug is None and ctx.category == "drug":
            missing.append("harm.fake_or_substandard_drug")
    if "known_defect" in named and harm.knowingly_defective is True:
        if harm.serious_injury is None:
            missing.append("harm.serious_injury")
        if harm.loss is None:
            missing.append("harm.loss")
    if tx.price is None and named & {"food", "drug", "fraud", "fraud_1993"}:
        missing.append("transaction.price")
    if ("food" in named and harm.unsafe_food is True and harm.bought_knowing_defect is True
            and tx.reasonable_quantity_price is None):
        missing.append("transaction.reasonable_quantity_price")
    if expanded_wanted and harm.loss_after_notice is None:
        missing.append("harm.loss_after_notice")
    return missing


def joint_scope(findings: dict[str, Finding]) -> JointScope | None:
    knowledge = findings["knowledge"]
    if knowledge.outcome == "liable":
        return "after_complaint" if knowledge.step == "1b" else "after_knowledge"
    return "expanded_only" if findings["notice_takedown"].outcome == "liable" else None


def promised_sum(ctx: GroundContext, findings: dict[str, Finding]) -> float | None:
    """The sum the platform promised (假一赔五 → 5 × the price), when platform_promise is liable."""
    if findings["platform_promise"].outcome != "liable":
        return None
    promise, price = ctx.case.promise, ctx.case.transaction.price
    if promise.amount is not None:
        return money(promise.amount)
    if promise.multiple is not None and price is not None:
        return money(Decimal(str(promise.multiple)) * Decimal(str(price)))
    return None


def assess_damages(ctx: GroundContext, findings: dict[str, Finding]) -> Damages:
    harm = ctx.case.harm
    compensation = harm.loss if harm.loss is not None else (ctx.case.transaction.price or 0.0)
    scope = joint_scope(findings)
    expanded_wanted = findings["notice_takedown"].outcome == "liable" or scope == "after_complaint"
    expanded = harm.loss_after_notice if expanded_wanted else None
    heads = punitive_heads(ctx)
    figured = [h for h in heads if h.amount is not None]
    best = max(figured, key=lambda h: h.amount or 0.0) if figured else None  # max keeps the first on a tie
    promised = promised_sum(ctx, findings)
    basis = best.basis if best else ()
    if promised is not None and ctx.in_force("CRPL-REG"):
        basis += ("CRPL-REG:12",)
    return Damages(
        compensation=money(compensation),
        expanded_loss=money(expanded) if expanded is not None else None,
        punitive=best.amount if best and best.amount is not None else 0.0,
        basis=basis,
        missing_facts=tuple(_missing(ctx, heads, expanded_wanted)),
        note=damages_note(ctx, heads, best, findings, promised),
        punitive_kind=best.kind if best else None,
        heads=tuple(heads),
        promised=promised,
        joint_scope=scope,
    )
