"""What the evaluator decides (case-format.md, "Evaluation"): one finding per ground, damages,
limitation, the exclusion-clause rebuttal and the channels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Ground = Literal["self_operated", "seller_identity", "platform_promise", "knowledge",
                 "notice_takedown", "qualification_review", "food_platform_duties"]
GROUNDS: tuple[Ground, ...] = ("self_operated", "seller_identity", "platform_promise", "knowledge",
                               "notice_takedown", "qualification_review", "food_platform_duties")
Outcome = Literal["liable", "not_liable", "uncertain", "not_applicable"]
Liability = Literal["none", "seller", "advance_compensation", "promise_performance", "joint",
                    "joint_expanded", "corresponding"]
PlatformLiable = Literal["yes", "no", "uncertain", "not_covered"]

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


@dataclass(frozen=True, slots=True)
class Finding:
    ground: Ground
    outcome: Outcome
    judged_on: date
    basis: tuple[str, ...] = ()
    reasoning: str = ""
    counterpoints: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def liability(self) -> Liability:
        return GROUND_LIABILITY[self.ground] if self.outcome in ("liable", "uncertain") else "none"

    def to_json_dict(self) -> dict[str, Any]:
        return {"ground": self.ground, "outcome": self.outcome, "liability": self.liability,
                "judged_on": self.judged_on.isoformat(), "basis": list(self.basis),
                "reasoning": self.reasoning, "counterpoints": list(self.counterpoints),
                "missing_facts": list(self.missing_facts), "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Damages:
    compensation: float
    expanded_loss: float | None
    punitive: float
    basis: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    note: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {"compensation": self.compensation, "expanded_loss": self.expanded_loss,
                "punitive": self.punitive, "basis": list(self.basis),
                "missing_facts": list(self.missing_facts), "note": self.note}


@dataclass(frozen=True, slots=True)
class Limitation:
    deadline: date | None
    basis: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    note: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {"deadline": self.deadline.isoformat() if self.deadline else None, "basis": list(self.basis),
                "missing_facts": list(self.missing_facts), "note": self.note}


@dataclass(frozen=True, slots=True)
class ExclusionClauseRebuttal:
    basis: tuple[str, ...]
    reasoning: str

    def to_json_dict(self) -> dict[str, Any]:
        return {"basis": list(self.basis), "reasoning": self.reasoning}


@dataclass(frozen=True, slots=True)
class Evaluation:
    platform_liable: PlatformLiable
    law_date: date
    findings: tuple[Finding, ...]
    damages: Damages
    limitation: Limitation
    exclusion_clause: ExclusionClauseRebuttal | None = None
    channels: tuple[str, ...] = field(default=())

    def finding(self, ground: Ground) -> Finding:
        return next(f for f in self.findings if f.ground == ground)

    def to_json_dict(self) -> dict[str, Any]:
        return {"platform_liable": self.platform_liable, "law_date": self.law_date.isoformat(),
                "findings": [f.to_json_dict() for f in self.findings],
                "damages": self.damages.to_json_dict(), "limitation": self.limitation.to_json_dict(),
                "exclusion_clause": self.exclusion_clause.to_json_dict() if self.exclusion_clause else None,
                "channels": list(self.channels)}


def overall(findings: tuple[Finding, ...]) -> PlatformLiable:
    """rules.md, "Outcome words": yes if any liable; else uncertain; else no; else not_covered."""
    outcomes = {f.outcome for f in findings}
    if "liable" in outcomes:
        return "yes"
    if "uncertain" in outcomes:
        return "uncertain"
    if "not_liable" in outcomes:
        return "no"
    return "not_covered"
