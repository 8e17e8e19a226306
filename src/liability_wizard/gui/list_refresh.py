"""The case list follows changes made elsewhere (another lawyer on the firm's server, a second
window or ``liability-wizard cases import`` on the same file) within a few seconds, keeping the
selected case selected and the scroll position where it was.

A worker thread asks the database's change watch (:mod:`liability_wizard.storage.change_watch`:
SQLite's ``data_version``, PostgreSQL's ``LISTEN``/``NOTIFY``) every ``POLL_SECONDS``; only when it
says yes does the GUI thread reload the rows it already shows. The watch has its own connection,
made and used on the worker alone, so the list's connection is never shared between threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableView

from liability_wizard.gui.case_list import CaseTableModel

if TYPE_CHECKING:
    from liability_wizard.storage.change_watch import ChangeWatch

POLL_SECONDS = 2.0
_log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread: the worker's signal is delivered there (queued)."""

    changed = Signal(int)  # the generation of the watch that saw it


class ListRefresh(QObject):
    def __init__(self, table: QTableView, model: CaseTableModel, poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._poll_seconds = poll_seconds
        self._relay = _Relay(self)
        self._relay.changed.connect(self._reload)
        self._generation = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, make_watch: Callable[[], ChangeWatch]) -> None:
        """Watch the database ``make_watch`` opens a watch on (called on the worker thread)."""
        self.stop()
        self._generation += 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(make_watch, self._stop, self._generation),
                                        name="case-list-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and close the watch's connection (before the database file is moved or closed)."""
        self._stop.set()
        self._generation += 1  # a change already on its way to the GUI thread is ignored
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _watch(self, make_watch: Callable[[], ChangeWatch], stop: threading.Event, generation: int) -> None:
        watch: ChangeWatch | None = None
        first = True
        while not stop.wait(0 if first else self._poll_seconds):
            try:
                if watch is None:
                    watch = make_watch()
                    if not first:  # back after the database could not be reached: changes may have been missed
                        self._relay.changed.emit(generation)
                elif watch.changed():
                    self._relay.changed.emit(generation)
            except Exception as error:  # the server went away: try again at the next poll, quietly
                _log.info("case list watch: %s", type(error).__name__)
                if watch is not None:
                    self._close(watch)
                watch = None
            first = False
        if watch is not None:
            self._close(watch)

    @staticmethod
    def _close(watch: ChangeWatch) -> None:
        try:
            watch.close()
        except Exception as error:  # a connection already broken cannot be closed cleanly
            _log.info("case list watch close: %s", type(error).__name__)

    def _reload(self, generation: int) -> None:
        if generation != self._generation:
            return
        from liability_wizard.storage.errors import StorageError

        selection = self._table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        selected = self._model.summary(rows[0].row()).id if rows else None
        scroll = self._table.verticalScrollBar().value()
        try:
            self._model.reload()
        except StorageError as error:  # the list stays as it was; the next action says what is wrong
            _log.info("case list reload: %s", error.message)
            return
        if selected is not None:
            row = self._model.row_of(selected)
            if row is not None:
                self._table.selectRow(row)
        self._table.verticalScrollBar().setValue(scroll)
