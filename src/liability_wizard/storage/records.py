"""What the repository hands to the GUI and CLI: small frozen records, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

from liability_wizard.core.evaluation import PlatformLiable

if TYPE_CHECKING:  # listing cases must not need the case model
    from liability_wizard.core.case import Case

#: "title", "client" and "platform" sort by pinyin; "deadline" puts cases without one last either way.
SortKey = Literal["updated", "created", "law_date", "title", "client", "platform", "deadline"]
OUTCOMES: tuple[PlatformLiable, ...] = ("yes", "no", "uncertain", "not_covered")


def aware(moment: datetime) -> datetime:
    """Stored timestamps are naive UTC; records carry them as aware UTC datetimes."""
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    title: str
    reference: str | None
    client: str | None
    platform: str | None
    platform_liable: PlatformLiable | None  # None: the case could not be evaluated when saved
    law_date: date
    created: datetime
    updated: datetime
    deleted: datetime | None  # set when the case is in the trash
    version: int = 1  # pass back as save_draft(expected_version=…): a newer save is then never overwritten
    updated_by: str | None = None  # the database user who saved it last
    limitation_deadline: date | None = None  # the evaluation's 时效届满 when it was last saved

    def to_json_dict(self) -> dict[str, Any]:
        return summary_json(self.id, self.title, self.reference, self.client, self.platform, self.platform_liable,
                            self.law_date.isoformat(), self.created.isoformat(), self.updated.isoformat(),
                            self.deleted.isoformat() if self.deleted else None)


def summary_json(id: int, title: str, reference: str | None, client: str | None, platform: str | None,
                 platform_liable: str | None, law_date: str, created: str, updated: str,
                 deleted: str | None) -> dict[str, Any]:
    """A case list row as JSON (``cases list --json``): dates and times already in ISO form, so that a
    100,000-case listing can be written from database rows without building a record for each."""
    return {"id": id, "title": title, "reference": reference, "client": client, "platform": platform,
            "updated": updated, "platform_liable": platform_liable, "law_date": law_date, "created": created,
            "deleted": deleted}


@dataclass(frozen=True, slots=True)
class StoredCase:
    """A case as loaded: its list row, its facts, and the wizard page the user last had open."""

    summary: CaseSummary
    case: Case
    wizard_page: str | None


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """What the case list shows. ``search`` is free text (any 3+ character fragment of a name, the
    subject or the notes; shorter words are matched too, more slowly). Empty ``outcomes`` means all."""

    search: str = ""
    outcomes: frozenset[PlatformLiable] = frozenset()
    law_date_from: date | None = None
    law_date_to: date | None = None
    in_trash: bool = False
    sort: SortKey = "updated"
    descending: bool = True
    offset: int = 0
    limit: int | None = 50  # None: every matching case


@dataclass(frozen=True, slots=True)
class CasePage:
    items: tuple[CaseSummary, ...]
    total: int  # how many cases match the query, all pages together
    offset: int
    limit: int | None
    # False: ``total`` is the server's estimate (a common word on PostgreSQL: counting every match
    # would take longer than the search); it is always more than the cases listed up to this page.
    total_exact: bool = True


#: The ``letter_sha256`` of a version kept in the history without a letter: the other side of an edit
#: conflict (two lawyers saved the same case), so that neither version is lost.
NO_LETTER = "0" * 64


@dataclass(frozen=True, slots=True)
class EvaluationSnapshot:
    """What one letter said: the evaluation and the facts it was made from, the rules version and
    the SHA-256 of the letter file."""

    id: int
    case_id: int
    created: datetime
    rules_version: str
    letter_sha256: str
    evaluation: dict[str, Any]  # Evaluation.to_json_dict()
    case_facts: dict[str, Any]  # the .lwcase JSON; case_from_json_dict() makes it a Case again

    @property
    def platform_liable(self) -> PlatformLiable | None:
        return self.evaluation.get("platform_liable")
