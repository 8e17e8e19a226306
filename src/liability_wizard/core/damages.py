"""赔偿 — compensation, the platform's share of an expanded loss, and the punitive heads.

Punitive heads (consumer only), the largest wins, on a tie the first listed:
FSL:148.2 + SPC-PUNITIVE:1 (food), DAL:144.3 + SPC-PUNITIVE:10 (drugs), CRPL:55.1 (fraud,
except a label-only flaw under CRPL-REG:49), CRPL:55.2 (known defect, personal injury).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from liability_wizard.core.evaluation import Damages, Finding
from liability_wizard.core.grounds.context import GroundContext


@dataclass(frozen=True, slots=True)
class PunitiveHead:
    name: str
    figure: Decimal
    basis: tuple[str, ...]


def money(value: Decimal | float) -> float:
    """Round half up to two decimals."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _heads(ctx: GroundContext) -> list[PunitiveHead]:
    harm = ctx.case.harm
    price = Decimal(str(ctx.case.transaction.price or 0))
    loss = Decimal(str(harm.loss or 0))
    heads = []
    knew_not_denied = harm.seller_knew_unsafe is not False
    tenfold = max(10 * price, 3 * loss, Decimal(1000))
    if (ctx.category == "food" and harm.unsafe_food is True and harm.label_defect_only is not True
            and knew_not_denied and ctx.in_force("FSL")):
        heads.append(PunitiveHead("food", tenfold, ("FSL:148.2", "SPC-PUNITIVE:1")))
    if ctx.category == "drug" and harm.fake_or_substandard_drug is True and knew_not_denied and ctx.in_force("DAL"):
        heads.append(PunitiveHead("drug", tenfold, ("DAL:144.3", "SPC-PUNITIVE:10")))
    if (harm.seller_fraud is True and ctx.in_force("CRPL")
            and not (harm.label_defect_only is True and ctx.in_force("CRPL-REG"))):
        heads.append(PunitiveHead("fraud", max(3 * price, Decimal(500)), ("CRPL:55.1",)))
    if harm.knowingly_defective is True and "personal_injury" in harm.kinds and ctx.in_force("CRPL"):
        heads.append(PunitiveHead("known_defect", 2 * loss, ("CRPL:55.2",)))
    return heads


def _missing(ctx: GroundContext, heads: list[PunitiveHead], takedown: Finding) -> list[str]:
    harm, missing = ctx.case.harm, []
    if harm.seller_knew_unsafe is None and any(h.name in ("food", "drug") for h in heads):
        missing.append("harm.seller_knew_unsafe")
    if harm.seller_fraud is None and ctx.consumer and ctx.in_force("CRPL"):
        missing.append("harm.seller_fraud")
    if harm.unsafe_food is None and ctx.category == "food":
        missing.append("harm.unsafe_food")
    if harm.fake_or_substandard_drug is None and ctx.category == "drug":
        missing.append("harm.fake_or_substandard_drug")
    if takedown.outcome == "liable" and harm.loss_after_notice is None:
        missing.append("harm.loss_after_notice")
    return missing


def _note(ctx: GroundContext, best: PunitiveHead | None, findings: dict[str, Finding]) -> str:
    harm = ctx.case.harm
    parts = []
    if best is None:
        parts.append("本案未见可适用的惩罚性赔偿。")
    else:
        conditional = ("；该数额以经营者“明知”为前提，明知尚待证明" if best.name in ("food", "drug")
                       and harm.seller_knew_unsafe is None else "")
        parts.append(f"惩罚性赔偿按可适用的最高一项计算{conditional}。")
        liable = {g for g, f in findings.items() if f.outcome == "liable"}
        if "self_operated" in liable:
            food = "（食品依《最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）》第二条）" \
                if ctx.category == "food" else ""
            parts.append(f"平台作为销售者，在与任何经营者相同的条件下，自行承担惩罚性赔偿{food}。")
        elif liable & {"knowledge", "food_platform_duties", "notice_takedown"}:
            parts.append("平台承担连带责任时，消费者也可以向平台主张惩罚性赔偿，但因该赔偿以销售者自身的欺诈或明知为基础，"
                         "各地法院做法不一。")
        elif liable & {"seller_identity", "qualification_review", "platform_promise"}:
            parts.append("在先行赔偿或相应的责任下，能否向平台主张惩罚性赔偿，法院做法不一，向销售者主张更为稳妥。")
        else:
            parts.append("惩罚性赔偿只能向销售者或生产者主张。")
    if harm.seller_knew_unsafe is False and (ctx.category in ("food", "drug")):
        parts.append("销售者不明知的，不能向其主张惩罚性赔偿；生产者不以明知为要件，仍可向生产者主张。")
    return "".join(parts)


def assess_damages(ctx: GroundContext, findings: dict[str, Finding]) -> Damages:
    harm = ctx.case.harm
    compensation = harm.loss if harm.loss is not None else (ctx.case.transaction.price or 0.0)
    takedown = findings["notice_takedown"]
    expanded = harm.loss_after_notice if takedown.outcome == "liable" else None
    heads = _heads(ctx) if ctx.consumer else []
    best = max(heads, key=lambda h: h.figure) if heads else None  # max keeps the first on a tie
    return Damages(
        compensation=money(compensation),
        expanded_loss=money(expanded) if expanded is not None else None,
        punitive=money(best.figure) if best else 0.0,
        basis=best.basis if best else (),
        missing_facts=tuple(_missing(ctx, heads, takedown)),
        note=_note(ctx, best, findings),
    )
