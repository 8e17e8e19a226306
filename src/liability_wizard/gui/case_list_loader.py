"""The case database, opened after the window's first frame is on screen and off the GUI thread.

``QTimer.singleShot(0)`` from ``show()`` fires on the first turn of the event loop, which comes
*before* the window is exposed and painted: work done there leaves a mapped but black window. So
the database is opened once the window has handled its first Paint event, on a worker thread.

What is opened first is only what the list needs (:class:`~liability_wizard.storage.case_listing.
CaseListing`: sqlite3, no SQLAlchemy, Alembic or case model). The full repository costs ~0.45 s of
imports and ~50 MB, so :class:`CaseStore` opens it the first time a case is opened, saved or
imported, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from liability_wizard.gui.background import run_in_background

if TYPE_CHECKING:
    from liability_wizard.storage.case_listing import CaseListing
    from liability_wizard.storage.change_watch import ChangeWatch
    from liability_wizard.storage.records import CasePage, CaseQuery
    from liability_wizard.storage.repository import CaseRepository

#: If no Paint event comes (a window started minimised), the database is opened anyway after this.
PAINT_WAIT_MS = 2000


class CaseStore:
    """The main window's ``repository``: the list is read through the light listing; every other
    :class:`CaseRepository` method opens the full repository on its first call and goes to it."""

    def __init__(self, listing: CaseListing) -> None:
        self.listing = listing
        self.path = listing.path
        # Known from the listing's opening, so that showing them does not open the full repository.
        self.notices = listing.notices
        self.read_only = listing.read_only
        self._repository: CaseRepository | None = None

    def list_cases(self, query: CaseQuery) -> CasePage:
        return self.listing.list_cases(query)

    def change_watch(self) -> ChangeWatch:
        return self.listing.change_watch()

    @property
    def repository(self) -> CaseRepository:
        if self._repository is None:
            from liability_wizard.storage.repository import CaseRepository

            # Checked, migrated and backed up already when the listing was opened.
            self._repository = CaseRepository.open(self.path, daily_backup=False)
        return self._repository

    def __getattr__(self, name: str) -> Any:
        return getattr(self.repository, name)

    def close(self) -> None:
        if self._repository is not None:
            self._repository.close()
        self.listing.close()


class _FirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after the widget's first paint (so the frame
    has been flushed to the screen), or after ``PAINT_WAIT_MS`` if it is never painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``widget``'s first frame is on screen (see :class:`_FirstPaint`)."""
    _FirstPaint(widget, then)


def open_in_background(opened: Callable[[CaseStore], None], failed: Callable[[Exception], None],
                       address: str | None = None) -> None:
    """Open the case listing (``address``: a file or a server URL, default ``LIABILITY_WIZARD_DB`` or
    the user data folder) on a worker; ``opened(store)`` or ``failed(storage_error)`` then runs on
    the GUI thread. :func:`.app.start` calls it once the window is on screen."""

    def open_listing() -> CaseListing:
        from liability_wizard.storage.case_listing import CaseListing

        return CaseListing.open(address)

    run_in_background(open_listing, lambda listing: opened(CaseStore(listing)), failed)
