"""Dates known only to the month (rules.md, "Dates known only to the month").

A ``"month"`` date is read as the first day of its month. For each such date the evaluation names
the statute boundaries inside the month and, in ``decides``, what would differ were the date the
last day of the month — so that the lawyer knows whether to ask the client for the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from liability_wizard.core.case import DATE_PATHS, Case
from liability_wizard.core.catalogue import StatuteCatalogue
from liability_wizard.core.evaluation import GROUNDS, ApproximateDate, Evaluation


@cache
def statute_boundaries(catalogue: StatuteCatalogue) -> tuple[date, ...]:
    """Every day on which a statute of the catalogue starts, stops (the day after its last day) or
    changes a catalogued article's text. Interpretations are never boundaries."""
    days: set[date] = set()
    for law in catalogue.laws.values():
        if law.kind != "statute":
            continue
        days.add(law.effective_from)
        if law.effective_until is not None:
            days.add(law.effective_until + timedelta(days=1))
        for article in law.articles.values():
            days.update(v.effective_from for v in article.versions[1:])
    return tuple(sorted(days))


def last_day_of_month(day: date) -> date:
    import calendar  # only a date known to the month needs it, and it imports locale (~3 ms)

    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _differences(first: Evaluation, last: Evaluation) -> tuple[str, ...]:
    decides: list[str] = [g for g in GROUNDS
                          if (first.finding(g).outcome, first.finding(g).liability)
                          != (last.finding(g).outcome, last.finding(g).liability)]
    a, b = first.damages, last.damages
    if (a.joint_scope, a.expanded_loss) != (b.joint_scope, b.expanded_loss):
        decides.append("damages")
    la, lb = first.limitation, last.limitation
    if (la.deadline, la.lookback_years, la.not_barred) != (lb.deadline, lb.lookback_years, lb.not_barred):
        decides.append("limitation")
    return tuple(decides)


def _with_date(case: Case, path: str, day: date) -> Case:
    part, key = path.split(".")
    return case.model_copy(update={part: getattr(case, part).model_copy(update={key: day})})


def approximate_dates(case: Case, catalogue: StatuteCatalogue, evaluation: Evaluation,
                      evaluate: Callable[[Case], Evaluation]) -> tuple[ApproximateDate, ...]:
    entries = []
    for path in DATE_PATHS:
        first = case.date_at(path)
        if first is None or case.precision(path) != "month":
            continue
        last = last_day_of_month(first)
        boundaries = tuple(d for d in statute_boundaries(catalogue) if first < d <= last)
        decides = _differences(evaluation, evaluate(_with_date(case, path, last)))
        entries.append(ApproximateDate(path, f"{first:%Y-%m}", boundaries, decides))
    return tuple(entries)
