"""On the first run, one example case shows a new user what a case looks like.

Storage cannot tell a database it has just created from an emptied one, so a user setting
remembers that the welcome case was offered: deleting it, even for good, never brings it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from liability_wizard.paths import resources_dir

if TYPE_CHECKING:
    from liability_wizard.storage.records import CaseSummary
    from liability_wizard.storage.repository import CaseRepository

WELCOME_KEY = "welcome_case_added"
WELCOME_FILE = "welcome.lwcase"


def _holds_cases(repository: CaseRepository) -> bool:
    from liability_wizard.storage.records import CaseQuery

    return any(repository.list_cases(CaseQuery(in_trash=in_trash, limit=1)).total
               for in_trash in (False, True))


def add_welcome_case(repository: CaseRepository, settings: QSettings) -> CaseSummary | None:
    """Add the welcome case to a database without any case (trash included), once per user.
    Storage and case-file errors propagate (the window shows them in Chinese)."""
    if settings.value(WELCOME_KEY, False, type=bool):
        return None
    from liability_wizard.core.case import read_case_file  # only on the first run
    summary = None
    if not _holds_cases(repository):  # a user's existing cases are not joined by an example
        summary = repository.create(read_case_file(resources_dir() / WELCOME_FILE))
    settings.setValue(WELCOME_KEY, True)
    return summary
