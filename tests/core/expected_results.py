"""Compare an evaluation with an example's ``NAME.expected.json`` by the rules of
``resources/examples/README.md`` (contract v3.0), restated here so the tests need nothing beside the project.

:func:`differences` returns one line per rule broken; an empty list means the example matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TOLERANCE = 0.01  # amounts are "equal within 0.01"


class Comparison:
    """Collects the differences between what the evaluation says and what the example expects."""

    def __init__(self) -> None:
        self.differences: list[str] = []

    def equal(self, where: str, got: Any, expected: Any) -> None:
        if got != expected:
            self.differences.append(f"{where}: {got!r} != expected {expected!r}")

    def close(self, where: str, got: float | None, expected: float | None) -> None:
        """Both null, or both numbers within 0.01."""
        if got is None or expected is None:
            self.equal(where, got, expected)
        elif abs(float(got) - float(expected)) > TOLERANCE:
            self.differences.append(f"{where}: {got!r} != expected {expected!r} (±{TOLERANCE})")

    def includes(self, where: str, got: Iterable[Any] | None, expected: Iterable[Any]) -> None:
        lacking = [item for item in expected if item not in (got or [])]
        if lacking:
            self.differences.append(f"{where} lacks {lacking} (has {list(got or [])})")

    def excludes(self, where: str, got: Iterable[Any] | None, forbidden: Iterable[Any]) -> None:
        present = [item for item in forbidden if item in (got or [])]
        if present:
            self.differences.append(f"{where} must not hold {present}")

    def both_or_neither(self, where: str, got: dict | None, expected: dict | None) -> bool:
        """Null exactly when the other is null; True when both are given (compare further)."""
        if (got is None) != (expected is None):
            self.differences.append(f"{where}: {'null' if got is None else 'given'}, expected "
                                    f"{'null' if expected is None else 'given'}")
        return got is not None and expected is not None


def differences(expected: dict, evaluation: dict) -> list[str]:
    c = Comparison()
    c.equal("platform_liable", evaluation.get("platform_liable"), expected["platform_liable"])
    c.equal("platform_liable_if_unproven", evaluation.get("platform_liable_if_unproven"),
            expected["platform_liable_if_unproven"])
    findings = {f["ground"]: f for f in evaluation.get("findings", [])}
    for ground, want in expected["findings"].items():
        if ground not in findings:
            c.differences.append(f"{ground}: no finding")
            continue
        _compare_finding(c, ground, findings[ground], want)
    _compare_damages(c, evaluation.get("damages") or {}, expected["damages"])
    _compare_limitation(c, evaluation.get("limitation") or {}, expected["limitation"])
    got_clause, want_clause = evaluation.get("exclusion_clause"), expected["exclusion_clause"]
    if c.both_or_neither("exclusion_clause", got_clause, want_clause):
        c.includes("exclusion_clause.basis", got_clause.get("basis"), want_clause["must_cite"])
        c.includes("exclusion_clause.missing_facts", got_clause.get("missing_facts"), want_clause.get("missing", []))
    parties = {p["party"]: p for p in evaluation.get("other_parties") or []}
    c.equal("other_parties", sorted(parties), sorted(p["party"] for p in expected["other_parties"]))
    for party in expected["other_parties"]:
        if party["party"] in parties:
            c.includes(f"other_parties.{party['party']}.basis", parties[party["party"]].get("basis"),
                       party["must_cite"])
    c.equal("approximate_dates", [_approximate_date(a) for a in evaluation.get("approximate_dates") or []],
            expected.get("approximate_dates", []))
    return c.differences


def _compare_finding(c: Comparison, ground: str, got: dict, want: dict) -> None:
    c.equal(f"{ground}.outcome", got.get("outcome"), want["outcome"])
    c.equal(f"{ground}.liability", got.get("liability"), want["liability"])
    c.equal(f"{ground}.judged_on", got.get("judged_on"), want["judged_on"])
    c.includes(f"{ground}.basis", got.get("basis"), want["must_cite"])
    c.excludes(f"{ground}.basis", got.get("basis"), want.get("must_not_cite", []))
    c.includes(f"{ground}.missing_facts", got.get("missing_facts"), want["missing"])
    if "standard" in want:  # an absent key in the evaluation reads as null
        c.equal(f"{ground}.standard", got.get("standard"), want["standard"])
    got_unproven, want_unproven = got.get("if_unproven"), want["if_unproven"]
    if c.both_or_neither(f"{ground}.if_unproven", got_unproven, want_unproven):
        c.equal(f"{ground}.if_unproven.outcome", got_unproven.get("outcome"), want_unproven["outcome"])
        c.equal(f"{ground}.if_unproven.liability", got_unproven.get("liability"), want_unproven["liability"])
        c.includes(f"{ground}.if_unproven.facts", got_unproven.get("facts"), want_unproven["facts"])


def _compare_damages(c: Comparison, got: dict, want: dict) -> None:
    for amount in ("compensation", "punitive", "expanded_loss", "promised"):
        c.close(f"damages.{amount}", got.get(amount), want[amount])
    for word in ("punitive_kind", "joint_scope"):
        c.equal(f"damages.{word}", got.get(word), want[word])
    heads = {h["head"]: h for h in got.get("heads") or []}
    c.equal("damages.heads", sorted(heads), sorted(h["head"] for h in want["heads"]))
    for head in want["heads"]:
        if head["head"] in heads:
            c.equal(f"damages.heads.{head['head']}.kind", heads[head["head"]].get("kind"), head["kind"])
            c.close(f"damages.heads.{head['head']}.amount", heads[head["head"]].get("amount"), head["amount"])
    c.includes("damages.basis", got.get("basis"), want["must_cite"])
    c.includes("damages.missing_facts", got.get("missing_facts"), want["missing"])


def _compare_limitation(c: Comparison, got: dict, want: dict) -> None:
    for word in ("deadline", "interrupted_on", "lookback_years"):
        c.equal(f"limitation.{word}", got.get(word), want[word])
    c.equal("limitation.earliest_possible", bool(got.get("earliest_possible")), want.get("earliest_possible", False))
    c.includes("limitation.basis", got.get("basis"), want["must_cite"])
    c.includes("limitation.missing_facts", got.get("missing_facts"), want["missing"])
    got_not_barred, want_not_barred = got.get("not_barred"), want["not_barred"]
    if c.both_or_neither("limitation.not_barred", got_not_barred, want_not_barred):
        c.includes("limitation.not_barred.remedies", got_not_barred.get("remedies"), want_not_barred["remedies"])
        c.includes("limitation.not_barred.basis", got_not_barred.get("basis"), want_not_barred["must_cite"])


def _approximate_date(entry: dict) -> dict:
    """The four keys the README compares, an absent list read as empty."""
    return {"path": entry.get("path"), "month": entry.get("month"),
            "boundaries": entry.get("boundaries") or [], "decides": entry.get("decides") or []}
