"""诉讼时效 — until when the client can sue.

Periods: CC:188 (three years, from 2021), GPCL:188 (three years, 2017-10-01 to 2020-12-31),
GPCIVIL:135/136 (two years / one year before 2017-10-01), extended to three years by GPCL:188 with
SPC-GPCL-LIM:2 for a period still running on 2017-10-01; CC:202 for how a period ends.
Interruptions restart the period: CC:195 with SPC-LIM:8/10/12/14/15 from 2021, GPCIVIL:140 before;
against the seller only where the platform is jointly liable (SPC-LIM:15). Rights holders:
remedies no period bars (CC:196, CC:995) and the three-year look-back of a continuing
infringement (SPC-TM:18, SPC-COPYRIGHT:27, SPC-PATENT:17).
"""

# No ``from __future__ import annotations``: the NamedTuple records below would compile their
# annotations (``core/evaluation.py`` says why that is slow).
from datetime import date
from typing import NamedTuple

from liability_wizard.core.case import PROCEDURES, Interruption
from liability_wizard.core.evaluation import Finding, Limitation, NotBarred
from liability_wizard.core.grounds.context import GroundContext
from liability_wizard.core.limitation_note import limitation_note

KIND_ORDER = {"demand": 0, "acknowledgement": 1, "complaint": 2, "mediation": 3, "lawsuit": 4}
AGAINST_ORDER = {"platform": 0, "seller": 1}
INTERRUPTION_ARTICLE = {"demand": "SPC-LIM:8", "complaint": "SPC-LIM:12", "mediation": "SPC-LIM:12",
                        "lawsuit": "SPC-LIM:10", "acknowledgement": "SPC-LIM:14"}
LOOKBACK_BASIS = {"trademark": "SPC-TM:18", "copyright": "SPC-COPYRIGHT:27", "patent": "SPC-PATENT:17"}
REMEDIES = ("停止侵害", "排除妨碍", "消除危险")
REPUTATION_REMEDIES = ("消除影响", "恢复名誉", "赔礼道歉")


def add_years(start: date, years: int) -> date | None:
    """Same month and day N years on; no such day → the last day of that month (CC:202).
    ``None`` past the calendar's last year (a discovery date in 9999 is accepted, not computed)."""
    year = start.year + years
    if year > date.max.year:
        return None
    try:
        return start.replace(year=year)
    except ValueError:  # 29 February, in a common year: its last day is the 28th
        return date(year, 2, 28)


class Period(NamedTuple):
    """One limitation period from its start ``s``."""

    start: date
    end: date | None
    basis: tuple[str, ...]
    extended_from: date | None = None  # the 民法通则 end it replaced (SPC-GPCL-LIM:2)


def one_year_claim(ctx: GroundContext) -> bool:
    harm = ctx.case.harm
    return ("personal_injury" in harm.kinds or harm.unsafe_food is True or harm.knowingly_defective is True
            or harm.fake_or_substandard_drug is True)


def period_from(ctx: GroundContext, s: date) -> Period:
    if s >= ctx.starts("CC"):
        return Period(s, add_years(s, 3), ("CC:188", "CC:202"))
    if s >= ctx.starts("GPCL"):
        return Period(s, add_years(s, 3), ("GPCL:188",))
    one_year = one_year_claim(ctx)
    old_article = "GPCIVIL:136" if one_year else "GPCIVIL:135"
    end = add_years(s, 1 if one_year else 2)
    if end is not None and end >= ctx.starts("GPCL"):
        return Period(s, add_years(s, 3), ("GPCL:188", "SPC-GPCL-LIM:2", old_article), extended_from=end)
    return Period(s, end, (old_article,))


def jointly_liable(findings: dict[str, Finding]) -> bool:
    """A status of the case, not a date test: an interruption against one joint debtor reaches all."""
    return any(f.outcome == "liable" and f.liability in ("joint", "joint_expanded") for f in findings.values())


def in_order(interruptions: list[Interruption]) -> list[Interruption]:
    """By (date, ended) — a null ``ended`` as its date — then kind, then platform before seller."""
    return sorted(interruptions, key=lambda i: (i.date, i.ended or i.date, KIND_ORDER[i.kind],
                                                AGAINST_ORDER[i.against]))


def interruption_basis(ctx: GroundContext, entry: Interruption) -> tuple[str, ...]:
    if entry.date < ctx.starts("CC"):  # 民法通则 art. 140; the SPC-LIM text catalogued interprets CC:195
        return ("GPCIVIL:140",)
    basis = ("CC:195", INTERRUPTION_ARTICLE[entry.kind])
    return (*basis, "SPC-LIM:15") if entry.against == "seller" else basis


class Running(NamedTuple):
    """The period in force after the interruptions counted so far."""

    period: Period
    basis: tuple[str, ...]
    interrupted_on: date | None = None
    last: Interruption | None = None


def run_interruptions(ctx: GroundContext, d: date, findings: dict[str, Finding]) -> Running:
    running = Running(first := period_from(ctx, d), first.basis)
    joint = jointly_liable(findings)
    for entry in in_order(list(ctx.case.limitation.interruptions)):
        if entry.against == "seller" and not joint:
            continue
        r, period = entry.date, running.period
        inside = period.end is not None and period.start <= r <= period.end
        same_day = running.interrupted_on == r  # same-day entries all count; the later ``ended`` decides
        if not (inside or same_day):
            continue
        s = entry.ended or r
        restarted = period_from(ctx, s)
        basis = _merge(running.basis, interruption_basis(ctx, entry), restarted.basis)
        running = Running(restarted, basis, r, entry)
    return running


def _merge(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for group in groups for c in group))


def not_barred(ctx: GroundContext) -> NotBarred | None:
    if ctx.consumer:
        return None
    until = ctx.case.transaction.continued_until
    act = max(ctx.t, until) if until else ctx.t
    if act < ctx.starts("CC"):
        return None
    if "reputation" in ctx.case.harm.kinds:
        return NotBarred(REMEDIES + REPUTATION_REMEDIES, ("CC:196", "CC:995"))
    return NotBarred(REMEDIES, ("CC:196",))


def lookback(ctx: GroundContext) -> tuple[int | None, tuple[str, ...], tuple[str, ...]]:
    """(years, basis, missing) of the look-back for a continuing IP infringement."""
    harm, until = ctx.case.harm, ctx.case.transaction.continued_until
    if ctx.consumer or "ip" not in harm.kinds or until is None or until <= ctx.t:
        return None, (), ()
    if harm.ip_right is None:
        return None, (), ("harm.ip_right",)
    return 3, (LOOKBACK_BASIS[harm.ip_right],), ()


def assess_limitation(ctx: GroundContext, findings: dict[str, Finding]) -> Limitation:
    years, lookback_basis, lookback_missing = lookback(ctx)
    barred_not = not_barred(ctx)
    d = ctx.case.harm.discovered_date
    if d is None:
        return Limitation(None, lookback_basis, ("harm.discovered_date", *lookback_missing),
                          limitation_note(ctx, None, None), not_barred=barred_not, lookback_years=years)
    running = run_interruptions(ctx, d, findings)
    last = running.last
    # The deadline is the earliest possible when its period counts from a month-only discovery date
    # or from a procedure whose end is not known yet.
    from_month = last is None and ctx.case.precision("harm.discovered_date") == "month"
    from_open_procedure = last is not None and last.kind in PROCEDURES and last.ended is None
    earliest = (from_month or from_open_procedure) and running.period.end is not None
    return Limitation(running.period.end, _merge(running.basis, lookback_basis), lookback_missing,
                      limitation_note(ctx, running, earliest), interrupted_on=running.interrupted_on,
                      not_barred=barred_not, lookback_years=years, earliest_possible=earliest)
