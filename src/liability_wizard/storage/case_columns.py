"""What is stored of a case beside its id: its facts as ``.lwcase`` JSON, and the columns the case
list shows, sorts and filters by, copied from the facts and the evaluation. The repository and the
SQLite import (:mod:`.case_import`) both write them from here, so the two cannot store a case
differently; no SQLAlchemy is needed for it."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any

from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.storage.outcome import Outcome, outcome
from liability_wizard.storage.records import CaseSummary, aware
from liability_wizard.storage.sort_keys import pinyin_sort_key


def now() -> datetime:
    """Stored timestamps are naive UTC (SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_user() -> str | None:
    """Who saves into a local database: the computer's login name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment nor the password database
        return None


def facts_json(case: Case, *, checked: bool = True) -> str:
    """The case's facts as stored. ``checked``: validated again on the way in, since a Case changed
    attribute by attribute is not re-checked by the model; a case just read from a file (validated by
    ``read_case_file``, changed by nobody since) need not be."""
    data = case.to_json_dict()
    if checked:
        case_from_json_dict(data)
    return json.dumps(data, ensure_ascii=False)


def listed_columns(case: Case, evaluated: Outcome | None = None) -> dict[str, Any]:
    """What the list shows, sorts and filters by, copied from the case's facts and its evaluation
    (``evaluated``, when the caller has just evaluated the case)."""
    evaluated = evaluated or outcome(case)
    return {"title": case.title, "reference": case.reference, "client_name": case.client.name,
            "platform_name": case.platform.name, "law_date": case.transaction.date,
            "platform_liable": evaluated.platform_liable, "limitation_deadline": evaluated.limitation_deadline,
            "title_sort_key": pinyin_sort_key(case.title), "client_sort_key": pinyin_sort_key(case.client.name),
            "platform_sort_key": pinyin_sort_key(case.platform.name)}


def new_case_columns(case: Case, evaluated: Outcome | None, *, created: datetime, user: str | None,
                     wizard_page: str | None = None) -> dict[str, Any]:
    """Every column of a new case's row but its id."""
    return {**listed_columns(case, evaluated), "created_at": created, "updated_at": created,
            "wizard_page": wizard_page, "version": 1, "updated_by": user, "deleted_at": None}


def stored_summary(row: Any) -> CaseSummary:
    """A list row from a case's stored columns, read as attributes: a database row, a ``CaseRow``, or
    ``SimpleNamespace(id=…, **new_case_columns(…))`` for a case just written."""
    return CaseSummary(id=row.id, title=row.title, reference=row.reference, client=row.client_name,
                       platform=row.platform_name, platform_liable=row.platform_liable, law_date=row.law_date,
                       created=aware(row.created_at), updated=aware(row.updated_at),
                       deleted=aware(row.deleted_at) if row.deleted_at else None,
                       version=row.version, updated_by=row.updated_by,
                       limitation_deadline=row.limitation_deadline)
