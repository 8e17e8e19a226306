"""What the evaluator decides (case-format.md, "Evaluation"): one finding per ground, damages,
limitation, the exclusion-clause rebuttal, the other parties, dates known only to the month and
the channels.

The records are ``NamedTuple``s: immutable and compared by value like frozen dataclasses, but cheap to
define. A dataclass ``exec``s its generated methods when its module is imported (about 1 ms a class)
and ``dataclasses`` imports ``inspect``; ``liability-wizard evaluate`` is mostly importing. The modules
that declare ``NamedTuple`` records do without ``from __future__ import annotations``: ``NamedTuple``
turns an annotation written as text into a ``typing.ForwardRef``, which ``compile``s it, and the first
``compile`` of a process builds Python's AST types (~4 ms).
"""

from datetime import date
from typing import Any, Literal, NamedTuple

Ground = Literal["self_operated", "seller_identity", "platform_promise", "knowledge",
                 "notice_takedown", "qualification_review", "food_platform_duties"]
GROUNDS: tuple[Ground, ...] = ("self_operated", "seller_identity", "platform_promise", "knowledge",
                               "notice_takedown", "qualification_review", "food_platform_duties")
Outcome = Literal["liable", "not_liable", "uncertain", "not_applicable"]
Liability = Literal["none", "seller", "advance_compensation", "promise_performance", "joint",
                    "joint_expanded", "corresponding"]
PlatformLiable = Literal["yes", "no", "uncertain", "not_covered"]
Standard = Literal["knew", "knew_or_should_have_known"]
HeadName = Literal["food", "drug", "fraud", "fraud_1993", "known_defect"]
HeadKind = Literal["fixed", "ceiling", "undetermined"]
JointScope = Literal["after_knowledge", "after_complaint", "expanded_only"]
Party = Literal["seller", "producer", "live_stream_operator", "direct_infringer"]

#: The liability a ground gives when it is ``liable`` or ``uncertain`` (case-format.md).
GROUND_LIABILITY: dict[Ground, Liability] = {
    "self_operated": "seller",
    "seller_identity": "advance_compensation",
    "platform_promise": "promise_performance",
    "knowledge": "joint",
    "notice_takedown": "joint_expanded",
    "qualification_review": "corresponding",
    "food_platform_duties": "joint",
}


class IfUnproven(NamedTuple):
    """An uncertain finding re-judged with its unknown facts set against their bearer (rules.md,
    "Burden of proof"): never ``uncertain``."""

    outcome: Literal["liable", "not_liable"]
    liability: Liability
    facts: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "liability": self.liability, "facts": list(self.facts)}


class Finding(NamedTuple):
    ground: Ground
    outcome: Outcome
    judged_on: date
    basis: tuple[str, ...] = ()
    reasoning: str = ""
    counterpoints: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    if_unproven: IfUnproven | None = None
    standard: Standard | None = None
    #: knowledge only: the step that decided (``"1"``, ``"1b"``, ``"2"``), for damages.joint_scope
    step: str | None = None

    @property
    def liability(self) -> Liability:
        return GROUND_LIABILITY[self.ground] if self.outcome in ("liable", "uncertain") else "none"

    def to_json_dict(self) -> dict[str, Any]:
        return {"ground": self.ground, "outcome": self.outcome, "liability": self.liability,
                "judged_on": self.judged_on.isoformat(), "basis": list(self.basis),
                "reasoning": self.reasoning, "counterpoints": list(self.counterpoints),
                "missing_facts": list(self.missing_facts),
                "if_unproven": self.if_unproven.to_json_dict() if self.if_unproven else None,
                "standard": self.standard, "evidence": list(self.evidence)}


class DamagesHead(NamedTuple):
    head: HeadName
    kind: HeadKind
    amount: float | None
    basis: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {"head": self.head, "kind": self.kind, "amount": self.amount, "basis": list(self.basis)}


class Damages(NamedTuple):
    compensation: float
    expanded_loss: float | None
    punitive: float
    basis: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    note: str = ""
    punitive_kind: HeadKind | None = None
    heads: tuple[DamagesHead, ...] = ()
    promised: float | None = None
    joint_scope: JointScope | None = None

    def to_json_dict(self) -> dict[str, Any]:
        return {"compensation": self.compensation, "expanded_loss": self.expanded_loss,
                "punitive": self.punitive, "punitive_kind": self.punitive_kind,
                "heads": [h.to_json_dict() for h in self.heads], "promised": self.promised,
                "joint_scope": self.joint_scope, "basis": list(self.basis),
                "missing_facts": list(self.missing_facts), "note": self.note}


class NotBarred(NamedTuple):
    """Remedies that no limitation period bars (CC:196, CC:995)."""

    remedies: tuple[str, ...]
    basis: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {"remedies": list(self.remedies), "basis": list(self.basis)}


class Limitation(NamedTuple):
    deadline: date | None
    basis: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    note: str = ""
    interrupted_on: date | None = None
    not_barred: NotBarred | None = None
    lookback_years: int | None = None
    earliest_possible: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {"deadline": self.deadline.isoformat() if self.deadline else None, "basis": list(self.basis),
                "missing_facts": list(self.missing_facts), "note": self.note,
                "interrupted_on": self.interrupted_on.isoformat() if self.interrupted_on else None,
                "not_barred": self.not_barred.to_json_dict() if self.not_barred else None,
                "lookback_years": self.lookback_years, "earliest_possible": self.earliest_possible}


class ExclusionClauseRebuttal(NamedTuple):
    basis: tuple[str, ...]
    reasoning: str
    missing_facts: tuple[str, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        return {"basis": list(self.basis), "missing_facts": list(self.missing_facts),
                "reasoning": self.reasoning}


class OtherParty(NamedTuple):
    """Someone else the client can claim against (rules.md, "Other parties")."""

    party: Party
    basis: tuple[str, ...]
    reasoning: str

    def to_json_dict(self) -> dict[str, Any]:
        return {"party": self.party, "basis": list(self.basis), "reasoning": self.reasoning}


class ApproximateDate(NamedTuple):
    """A date known only to the month: the statute boundaries inside it, and what turns on the day."""

    path: str
    month: str
    boundaries: tuple[date, ...]
    decides: tuple[str, ...]

    def to_json_dict(self) -> dict[str, Any]:
        return {"path": self.path, "month": self.month, "boundaries": [d.isoformat() for d in self.boundaries],
                "decides": list(self.decides)}


class Evaluation(NamedTuple):
    platform_liable: PlatformLiable
    law_date: date
    findings: tuple[Finding, ...]
    damages: Damages
    limitation: Limitation
    exclusion_clause: ExclusionClauseRebuttal | None = None
    channels: tuple[str, ...] = ()
    platform_liable_if_unproven: PlatformLiable = "not_covered"
    other_parties: tuple[OtherParty, ...] = ()
    approximate_dates: tuple[ApproximateDate, ...] = ()

    def finding(self, ground: Ground) -> Finding:
        return next(f for f in self.findings if f.ground == ground)

    def to_json_dict(self) -> dict[str, Any]:
        return {"platform_liable": self.platform_liable,
                "platform_liable_if_unproven": self.platform_liable_if_unproven,
                "law_date": self.law_date.isoformat(),
                "findings": [f.to_json_dict() for f in self.findings],
                "damages": self.damages.to_json_dict(), "limitation": self.limitation.to_json_dict(),
                "approximate_dates": [a.to_json_dict() for a in self.approximate_dates],
                "exclusion_clause": self.exclusion_clause.to_json_dict() if self.exclusion_clause else None,
                "other_parties": [p.to_json_dict() for p in self.other_parties],
                "channels": list(self.channels)}


def overall(findings: tuple[Finding, ...]) -> PlatformLiable:
    """rules.md, "Outcome words": yes if any liable; else uncertain; else no; else not_covered."""
    return overall_of(tuple(f.outcome for f in findings))


def overall_if_unproven(findings: tuple[Finding, ...]) -> PlatformLiable:
    """The same with every uncertain finding replaced by its ``if_unproven`` outcome."""
    return overall_of(tuple(f.if_unproven.outcome if f.if_unproven else f.outcome for f in findings))


def overall_of(outcomes_in_order: tuple[str, ...]) -> PlatformLiable:
    outcomes = set(outcomes_in_order)
    if "liable" in outcomes:
        return "yes"
    if "uncertain" in outcomes:
        return "uncertain"
    if "not_liable" in outcomes:
        return "no"
    return "not_covered"
