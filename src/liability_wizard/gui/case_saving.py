"""Saving a case from its wizard: the version the editor started from, what happens when someone else
saved the case meanwhile (:mod:`.case_conflict`), and working on while the firm's server is away.

Every save carries the version the window loaded, so a save over someone else's newer version is
refused by the repository and the user chooses (nothing is overwritten silently). When the server
cannot be reached, the edit is kept in a private file on this computer (:mod:`~liability_wizard.
storage.offline_queue`), the wizard goes on as if saved, the status bar says so, and every few
seconds a worker thread asks whether the server is back; then the kept edits are saved, each still
checked against the version it was made on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from liability_wizard.gui.background import run_in_background
from liability_wizard.storage.errors import CaseChangedError, CaseNotFoundError
from liability_wizard.storage.offline_queue import OfflineQueue, QueuedEdit

if TYPE_CHECKING:
    from liability_wizard.core.case import Case
    from liability_wizard.core.interview import Page
    from liability_wizard.gui.main_window import MainWindow
    from liability_wizard.storage.records import CaseSummary

#: How often the server is asked whether it is back while edits wait on this computer.
RECONNECT_INTERVAL_MS = 5000


def _unreachable(error: BaseException) -> bool:
    from liability_wizard.storage.server import ServerUnavailableError

    return isinstance(error, ServerUnavailableError)


class CaseSaving(QObject):
    """One per main window; ``window.repository`` is whatever database is open now."""

    def __init__(self, window: MainWindow, queue: OfflineQueue | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.queue = queue or OfflineQueue()
        self.versions: dict[int, int] = {}  # case id → the version its open wizard started from
        self.offline = False
        self._resolving = False
        self._probing = False
        self._reconnect = QTimer(self, interval=RECONNECT_INTERVAL_MS, timeout=self._probe)

    @property
    def _address(self) -> str:
        assert self.window.repository is not None
        return str(self.window.repository.path)

    def opened(self, case_id: int, version: int) -> None:
        self.versions[case_id] = version

    # --- saving ------------------------------------------------------------------------------

    def save(self, case_id: int, case: Case, page: Page) -> None:
        """The wizard's ``save``: raises (with a Chinese ``message``) only when the edit is neither
        stored nor kept: a full disk, or a conflict the user closed without choosing."""
        repository = self.window.repository
        assert repository is not None
        expected = self.versions.get(case_id)
        if self.offline:
            self._keep_locally(case_id, case, page, expected)
            return
        try:
            summary = repository.save_draft(case_id, case, expected_version=expected)
        except CaseChangedError as error:
            summary = self._resolve(error, case)
        except Exception as error:
            if not _unreachable(error):
                raise
            self._keep_locally(case_id, case, page, expected)
            return
        self._stored(case_id, summary)
        self.remember_page(case_id, page)

    def remember_page(self, case_id: int, page: Page) -> None:
        """Where the wizard was left: not kept while the server is away (not an edit)."""
        repository = self.window.repository
        assert repository is not None
        if self.offline:
            return
        try:
            repository.set_wizard_page(case_id, page.name)
        except Exception as error:
            if not _unreachable(error):
                raise

    def _stored(self, case_id: int, summary: CaseSummary) -> None:
        self.versions[case_id] = summary.version
        self.queue.remove(self._address, case_id)  # an older kept edit of this case is superseded

    # --- two editors -------------------------------------------------------------------------

    def _resolve(self, error: CaseChangedError, mine: Case) -> CaseSummary:
        """Ask the user; keep the other version in the case's history either way. Returns the case's
        summary after the choice; re-raises ``error`` if the dialog is closed without a choice."""
        from liability_wizard.gui.case_conflict import CaseConflictDialog, Choice

        repository = self.window.repository
        assert repository is not None
        theirs = repository.load(error.case_id)
        wizard = self.window.wizards.get(error.case_id)
        dialog = CaseConflictDialog(error, theirs.case.to_json_dict(), mine.to_json_dict(), wizard or self.window)
        self._resolving = True
        try:
            dialog.exec()
        finally:
            self._resolving = False
        if dialog.choice is Choice.KEEP_MINE:
            self._keep_in_history(error.case_id, theirs.case)
            return repository.save_draft(error.case_id, mine, expected_version=theirs.summary.version)
        if dialog.choice is Choice.TAKE_THEIRS:
            self._keep_in_history(error.case_id, mine)
            if wizard is not None:
                # After this save returns (the wizard then marks mine as saved): one undoable step.
                facts = theirs.case.to_json_dict()
                QTimer.singleShot(0, wizard, lambda: _show_in_wizard(wizard, facts))
            return theirs.summary
        raise error

    def _keep_in_history(self, case_id: int, case: Case) -> None:
        from liability_wizard.core.evaluator import RULES_VERSION, evaluate_case
        from liability_wizard.storage.records import NO_LETTER

        assert self.window.repository is not None
        self.window.repository.add_snapshot(case_id, case, evaluate_case(case), rules_version=RULES_VERSION,
                                            letter_sha256=NO_LETTER)

    # --- the server away ---------------------------------------------------------------------

    def _keep_locally(self, case_id: int, case: Case, page: Page, expected: int | None) -> None:
        self.queue.put(QueuedEdit(self._address, case_id, expected, page.name, case.to_json_dict()))
        self._go_offline()
        self.window.statusBar().showMessage(
            self.tr("与律所服务器的连接已断开：修改已保存在本机，连接恢复后将自动同步。"))

    def noticed_disconnection(self, error: Exception) -> bool:
        """True (and said in the status bar) if ``error`` is the server going away: the window's other
        operations wait for it quietly instead of opening a message box each time."""
        if not _unreachable(error):
            return False
        self._go_offline()
        self.window.statusBar().showMessage(
            self.tr("与律所服务器的连接已断开，本次操作未完成；正在等待恢复连接（修改会先保存在本机）。"))
        return True

    def _go_offline(self) -> None:
        if not self.offline:
            self.offline = True
            self._reconnect.start()

    def sync_soon(self) -> None:
        """Edits kept on this computer (this session or an earlier one) are saved once the server answers."""
        if self.window.repository is not None and self.queue.entries(self._address):
            self.offline = True
            self._probe()
            self._reconnect.start()

    def _probe(self) -> None:
        """Ask the server on a worker thread (a dead host can take the connect timeout to answer)."""
        repository = self.window.repository
        if repository is None or self._probing or self._resolving:
            return
        self._probing = True
        run_in_background(repository.firm_profile, lambda _firm: self._back(),
                          lambda _error: setattr(self, "_probing", False))

    def _back(self) -> None:
        self._probing = False
        if self.sync():
            self.offline = False
            self._reconnect.stop()
            self.window.refresh()  # first: its case count would replace the message below
            self.window.statusBar().showMessage(self.tr("已与律所服务器恢复连接，保存在本机的修改已同步。"), 15000)

    def sync(self) -> bool:
        """Save the kept edits, oldest first; False if the server went away again meanwhile (or a
        conflict was closed without a choice: asked again at the next attempt)."""
        repository = self.window.repository
        assert repository is not None
        for edit in self.queue.entries(self._address):
            try:
                summary = self._save_kept(edit)
            except CaseChangedError:
                return False
            except Exception as error:
                if _unreachable(error):
                    return False
                raise
            self.versions[edit.case_id] = summary.version
            self.queue.remove(edit.address, edit.case_id)
        return True

    def _save_kept(self, edit: QueuedEdit) -> CaseSummary:
        from liability_wizard.core.case import case_from_json_dict

        repository = self.window.repository
        assert repository is not None
        case = case_from_json_dict(edit.facts)
        try:
            return repository.save_draft(edit.case_id, case, expected_version=edit.expected_version)
        except CaseChangedError as error:
            return self._resolve(error, case)
        except CaseNotFoundError:  # emptied from the trash meanwhile: kept as a case of its own
            summary = repository.create(case, wizard_page=edit.page)
            self.window.statusBar().showMessage(
                self.tr("案件 %1 在断线期间被永久删除，本机保存的修改已另存为新案件 %2。")
                .replace("%1", str(edit.case_id)).replace("%2", str(summary.id)))
            return summary


def _show_in_wizard(wizard: Any, facts: dict[str, Any]) -> None:
    wizard.answers.restore(facts)
