"""The main window: the case list with search and outcome filter, the trash, and the case actions."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QPushButton, QWidget

from liability_wizard.gui.screen_fit import fit_to_screen

# The opening frame needs only what is imported above. The case list's widgets, the ``Qt`` namespace
# (PySide6 creates its 94 Python enums on the first access, ~40 ms) and the list's modules are
# imported where the content is built, after that frame in the program (:meth:`MainWindow.complete`).

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from liability_wizard.core.case import Case
    from liability_wizard.core.evaluation import Evaluation
    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.core.interview import Page
    from liability_wizard.gui.wizard import CaseWizard
    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.repository import CaseRepository

RECENT_KEY = "recent_cases"
RECENT_COUNT = 8
FIRM_PROMPT_KEY = "firm_details_prompted"


class MainWindow(QMainWindow):
    """Shown at once; :meth:`open_repository` attaches the database once the window is up."""

    def __init__(self, settings: QSettings | None = None, *, guard_keys: bool = True,
                 complete: bool = True) -> None:
        """``guard_keys=False``: the caller installs the mnemonic guard later (after the first paint:
        an application event filter in Python costs every event, ~20 ms of building this window).
        ``complete=False``: only the opening frame (title, size, a line saying the cases are being
        opened); the caller calls :meth:`complete` after it is painted (what :func:`.app.start` does)."""
        super().__init__()
        if guard_keys:
            from liability_wizard.gui.keyboard import guard_mnemonics

            guard_mnemonics()
        self.settings = settings or QSettings()
        self.repository: CaseRepository | None = None
        self.wizards: dict[int, CaseWizard] = {}
        self._files_to_open: list[Path] = []  # case files given before the database was open
        self.completed = False
        self._typed_before_completion = ""  # for the search field, once it exists
        self.setWindowTitle(self.tr("网络交易平台责任评估向导"))
        opening = QLabel(self.tr("正在打开案件…"), self)
        opening.setObjectName("opening_message")
        # Where the list comes, in the empty list's look (see _show_empty_message); aligned by the style
        # sheet, not by ``Qt``.
        opening.setStyleSheet("color: #666; font-size: 12pt; qproperty-alignment: AlignCenter;"
                              "background: white; border: 1px solid #b8b8b8; margin: 9px;")
        self.setCentralWidget(opening)
        self.statusBar().showMessage(self.tr("正在打开案件数据库…"))
        self.resize(1100, 680)
        if complete:
            self.complete()

    def complete(self) -> None:
        """Build the case list, its search and filter, the menus and the toolbar in place of the opening
        frame's line. Keys typed meanwhile wait in the event queue and go to the search field."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QComboBox,
            QFrame,
            QHBoxLayout,
            QHeaderView,
            QLineEdit,
            QTableView,
            QVBoxLayout,
        )

        from liability_wizard.gui.case_list import CaseTableModel, RememberedSort
        from liability_wizard.gui.case_saving import CaseSaving
        from liability_wizard.gui.list_refresh import ListRefresh
        from liability_wizard.gui.outcome_labels import PLATFORM_LIABLE_NAMES, name

        self.saving = CaseSaving(self)  # versions, edit conflicts, edits kept while the server is away
        self.model = CaseTableModel()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索案件名称、当事人、标的、备注…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        search_label = QLabel(self.tr("搜索(&S)："), self)
        search_label.setBuddy(self.search)

        self.outcome_filter = QComboBox(self)
        self.outcome_filter.addItem(self.tr("全部结论"), None)
        for outcome in PLATFORM_LIABLE_NAMES:
            self.outcome_filter.addItem(name(PLATFORM_LIABLE_NAMES, outcome), outcome)
        self.outcome_filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("结论(&R)："), self)
        filter_label.setBuddy(self.outcome_filter)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sort_order = RememberedSort(self.table, self.settings)  # review P20
        self.list_refresh = ListRefresh(self.table, self.model)  # another user's change (issue 14)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty_message = QLabel(self.table.viewport())
        self.empty_message.setObjectName("empty_message")
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_message.setStyleSheet("color: #666; font-size: 12pt;")
        self.empty_message.hide()
        self.model.modelReset.connect(self._show_empty_message)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_case(self.model.summary(index.row()).id))
        self.trash_banner = QFrame(self)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setStyleSheet("#trashBanner { background: #fff4d6; }")
        self.trash_banner.hide()
        banner = QHBoxLayout(self.trash_banner)
        banner.setContentsMargins(6, 2, 6, 2)
        banner.addWidget(QLabel(self.tr("回收站：选中案件后可“还原”或“永久删除”。"), self.trash_banner), 1)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(filter_label)
        top.addWidget(self.outcome_filter)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self._build_actions()
        for action in (self.restore_action, self.purge_action):  # in the banner too (review P21)
            banner.addWidget(_button_for(action, self.trash_banner))
        self.completed = True
        if self.isActiveWindow() and self.focusWidget() is None:  # as the complete window gets it on showing
            self.search.setFocus()
        if self._typed_before_completion:
            self.search.insert(self._typed_before_completion)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typed on the opening frame (nothing there takes keys): kept for the search field. Keys typed
        while :meth:`complete` runs wait in the event queue and reach the search field themselves."""
        if not self.completed and event.text().isprintable() and event.text().strip():
            from PySide6.QtCore import Qt

            commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
                | Qt.KeyboardModifier.MetaModifier
            if not event.modifiers() & commands:  # an Alt+letter is not the letter (review P2)
                self._typed_before_completion += event.text()
                event.accept()
                return
        super().keyPressEvent(event)

    # --- actions ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt

        from liability_wizard.gui.icons import action_icon

        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("新建案件(&N)"), self.new_case, std.New)
        self.open_action = self._action(self.tr("打开(&O)"), self.open_selected, std.Open)
        self.duplicate_action = self._action(self.tr("复制为新案件(&U)"), self.duplicate_selected, "Ctrl+D")
        self.delete_action = self._action(self.tr("删除到回收站(&D)"), self.delete_selected, std.Delete)
        self.import_action = self._action(self.tr("导入案件文件(&I)…"), self.import_with_dialog, "Ctrl+I")
        self.export_action = self._action(self.tr("导出案件文件(&E)…"), self.export_selected, "Ctrl+E")
        self.trash_action = self._action(self.tr("显示回收站(&T)"), self.toggle_trash)
        self.trash_action.setCheckable(True)
        self.restore_action = self._action(self.tr("还原(&R)"), self.restore_selected)
        self.purge_action = self._action(self.tr("永久删除(&P)…"), self.purge_selected)
        self.settings_action = self._action(self.tr("律所信息与语言(&S)…"), self.show_settings)
        self.database_action = self._action(self.tr("案件数据库(&D)…"), self.show_database_settings)
        self.about_action = self._action(self.tr("关于(&A)"), self.show_about)
        self.restore_backup_action = self._action(self.tr("从备份恢复(&B)…"), self.restore_from_backup)
        quit_action = self._action(self.tr("退出(&X)"), self.close, std.Quit)

        cases = self.menuBar().addMenu(self.tr("案件(&C)"))
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            cases.addAction(action)
        cases.addSeparator()
        cases.addAction(self.import_action)
        cases.addAction(self.export_action)
        self.recent_menu = QMenu(self.tr("最近的案件(&M)"), self)
        self.recent_menu.aboutToShow.connect(self._refresh_recent_titles)
        cases.addMenu(self.recent_menu)
        cases.addSeparator()
        cases.addAction(self.restore_backup_action)
        cases.addSeparator()
        cases.addAction(quit_action)
        trash = self.menuBar().addMenu(self.tr("回收站(&B)"))
        for action in (self.trash_action, self.restore_action, self.purge_action):
            trash.addAction(action)
        tools = self.menuBar().addMenu(self.tr("设置(&G)"))
        tools.addAction(self.settings_action)
        tools.addAction(self.database_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        # The contract's example cases: each opens as a new case of its own, the shipped file unchanged.
        self.samples_menu = QMenu(self.tr("示例案件(&E)"), self)
        self.samples_menu.aboutToShow.connect(self._fill_sample_cases)
        help_menu.addMenu(self.samples_menu)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("案件"))
        toolbar.setObjectName("case_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, icon in ((self.new_action, "file-plus"), (self.open_action, "folder-open"),
                             (self.duplicate_action, "copy"), (self.delete_action, "trash"),
                             (self.import_action, "file-import"), (self.export_action, "file-export"),
                             (self.trash_action, "trash"), (self.restore_action, "restore"),
                             (self.restore_backup_action, "history"), (self.settings_action, "settings"),
                             (self.about_action, "info-circle")):
            action.setIcon(action_icon(icon))
            # A toolbar button has no mnemonic: show its words without the menu's "(N)" or "&".
            action.setIconText(re.sub(r"[(（]&\w[)）]", "", action.text()).replace("&", "").rstrip("…"))
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action,
                       self.import_action, self.export_action, self.trash_action):
            toolbar.addAction(action)
        self._update_trash_actions()
        self._fill_recent()

    def _update_trash_actions(self) -> None:
        in_trash = self.trash_action.isChecked()
        self.restore_action.setEnabled(in_trash)
        self.purge_action.setEnabled(in_trash)
        # Del deletes to the trash, and in the trash deletes for good (asking first); one action at a time
        # holds the key, so it is never ambiguous.
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcut(QKeySequence() if in_trash else delete)
        self.purge_action.setShortcut(delete if in_trash else QKeySequence())
        for action in (self.open_action, self.duplicate_action, self.delete_action, self.export_action):
            action.setEnabled(not in_trash)

    # --- the database -------------------------------------------------------------------------

    def open_repository(self, path: Path | None = None) -> bool:
        """Open the case database; a corrupt or unwritable one gives a Chinese message, not a crash."""
        from liability_wizard.gui.open_failures import show_unexpected_failure
        from liability_wizard.storage.errors import StorageError
        from liability_wizard.storage.repository import CaseRepository

        try:
            repository = CaseRepository.open(path)
        except StorageError as exc:
            self.repository_failed(exc)
            return False
        except Exception as exc:  # never a silent failure (no console on Windows)
            show_unexpected_failure(self, self.tr("打开案件数据库"), exc)
            return False
        self.repository_opened(repository)
        return True

    def repository_opened(self, repository: CaseRepository) -> None:
        """The database is open (here or on the start-up worker): the welcome case, then the list."""
        from liability_wizard.gui.welcome_case import add_welcome_case

        for notice in repository.notices:  # opened read-only, or the daily backup failed
            QMessageBox.warning(self, self.tr("案件数据库"), notice)
        if not repository.read_only:
            self._guard(add_welcome_case, repository, self.settings)
        self.attach_repository(repository)

    def repository_failed(self, error: StorageError) -> None:
        self.statusBar().showMessage(self.tr("案件数据库无法打开"))
        QMessageBox.critical(self, self.tr("无法打开案件数据库"), error.message)

    def attach_repository(self, repository: CaseRepository) -> None:
        self.repository = repository
        self.model.attach(repository)
        self.refresh()
        self.list_refresh.start(repository.change_watch)
        self.statusBar().showMessage(self.tr("案件数据库：%1").replace("%1", str(repository.path)))
        waiting, self._files_to_open = self._files_to_open, []
        for path in waiting:
            self.open_case_file(path)
        self.saving.sync_soon()  # edits kept on this computer while the server was away

    def refresh(self) -> None:
        # While the server is away the list keeps what it showed; it is refreshed when the server is back.
        if not self.saving.offline and self._guard(self.model.refresh):
            counted = self.tr("共 %n 件案件", "", self.model.total) if self.model.total_exact else \
                self.tr("约 %n 件案件", "", self.model.total)
            self.statusBar().showMessage(counted, 5000)

    def _guard(self, work, *args, **kwargs):
        """Run a repository call; a storage failure becomes a Chinese message box."""
        from liability_wizard.storage.errors import StorageError

        try:
            return work(*args, **kwargs)
        except StorageError as exc:
            if not self.saving.noticed_disconnection(exc):  # else said in the status bar, not in a box
                QMessageBox.critical(self, self.tr("操作未完成"), exc.message)
            return None
        except Exception as exc:
            # Imported only now: listing cases never needs the case model.
            from liability_wizard.core.case import CaseFormatError

            if not isinstance(exc, CaseFormatError):
                raise
            QMessageBox.critical(self, self.tr("案件数据有误"), exc.message)
            return None

    def _show_empty_message(self) -> None:
        """A search or filter that finds nothing says so, instead of a bare table."""
        search = self.search.text().strip()
        if self.model.rowCount() or self.repository is None:
            self.empty_message.hide()
            return
        if self.trash_action.isChecked():
            text = self.tr("回收站是空的。")
        elif search:
            text = self.tr("没有找到与“%1”相符的案件。").replace("%1", search)
        elif self.outcome_filter.currentData():
            text = self.tr("没有这一结论的案件。")
        else:
            text = self.tr("还没有案件。按 Ctrl+N 新建一件。")
        self.empty_message.setText(text)
        self.empty_message.setGeometry(self.table.viewport().rect())
        self.empty_message.show()

    def _context_menu(self, position) -> None:
        """Right-click on a case: the actions that apply to it here (the list or the trash, P21)."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        if self.trash_action.isChecked():
            menu.addActions([self.restore_action, self.purge_action])
        else:
            menu.addActions([self.open_action, self.duplicate_action, self.export_action])
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(position))
        self.context_menu = menu

    def _apply_search(self) -> None:
        self._guard(lambda: self.model.set_query(search=self.search.text().strip()))

    def _apply_filter(self) -> None:
        outcome = self.outcome_filter.currentData()
        self._guard(lambda: self.model.set_query(outcomes=frozenset({outcome}) if outcome else frozenset()))

    def toggle_trash(self) -> None:
        in_trash = self.trash_action.isChecked()
        self.trash_banner.setVisible(in_trash)
        self._update_trash_actions()
        self._guard(lambda: self.model.set_query(in_trash=in_trash))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            index = self.table.currentIndex()
            return self.model.summary(index.row()).id if index.isValid() else None
        return self.model.summary(rows[0].row()).id

    def select_case(self, case_id: int) -> None:
        for row, summary in enumerate(self.model.rows):
            if summary.id == case_id:
                self.table.selectRow(row)
                return

    # --- case actions -------------------------------------------------------------------------

    def new_case(self) -> CaseWizard | None:
        """Open the wizard on a case that is not stored yet: it becomes a row at its first save that
        succeeds (it needs a transaction date, which starts empty), so a new case closed untouched
        leaves nothing behind (review P18, P4)."""
        from liability_wizard.core.case import FORMAT, VERSION
        from liability_wizard.gui.case_list import warm_up_sort_keys_soon
        from liability_wizard.gui.wizard import CaseWizard

        if self.repository is None:
            return None
        draft = {"format": FORMAT, "version": VERSION,
                 "title": self.tr("新案件 %1").replace("%1", date.today().isoformat()),
                 "client_role": "consumer", "transaction": {"category": "goods"}}
        # Until its first save the wizard is listed under a temporary negative key (closing the main
        # window still closes it); then under the case's id.
        key = min([0, *self.wizards]) - 1
        new_id: list[int] = []

        def save(case: Case, page: Page) -> None:
            assert self.repository is not None
            if new_id:
                self._save_case(new_id[0], case, page)
                return
            summary = self.repository.create(case, wizard_page=page.name)
            new_id.append(summary.id)
            self.saving.opened(summary.id, summary.version)
            self.wizards[summary.id] = self.wizards.pop(key)
            self.refresh()
            self.select_case(summary.id)

        def remember(page: Page) -> None:
            if new_id and self.repository is not None:
                self.saving.remember_page(new_id[0], page)

        wizard = CaseWizard(draft, save, remember)
        _delete_on_close(wizard)
        wizard.letterRequested.connect(lambda case, evaluation: new_id and self.preview_letter(new_id[0], case,
                                                                                                  evaluation))
        wizard.saved.connect(lambda case: new_id and self._remember_recent(new_id[0], case.title))
        wizard.finished.connect(lambda _r: self._wizard_closed(new_id[0] if new_id else key))
        self.wizards[key] = wizard
        warm_up_sort_keys_soon()
        wizard.show()
        return wizard

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseWizard | None:
        from liability_wizard.core.interview import Page
        from liability_wizard.gui.case_list import warm_up_sort_keys_soon
        from liability_wizard.gui.letter_rendering import warm_up_letter_renderer_soon
        from liability_wizard.gui.wizard import CaseWizard

        if case_id in self.wizards:
            self.wizards[case_id].raise_()
            self.wizards[case_id].activateWindow()
            return self.wizards[case_id]
        if self.repository is None:
            return None
        stored = self._guard(self.repository.load, case_id)
        if stored is None:
            return None
        start = Page[stored.wizard_page] if stored.wizard_page in Page.__members__ else Page.PARTIES
        try:
            wizard = CaseWizard(stored.case, lambda case, page: self._save_case(case_id, case, page),
                                lambda page: self.saving.remember_page(case_id, page), start,
                                history=lambda: self.repository.snapshots(case_id))
        except Exception as exc:  # a case stored before the evaluator failed on it: say so, never silently
            from liability_wizard.gui.open_failures import show_unexpected_failure

            show_unexpected_failure(self, self.tr("打开案件 %1").replace("%1", str(case_id)), exc)
            return None
        _delete_on_close(wizard)
        wizard.letterRequested.connect(lambda case, evaluation: self.preview_letter(case_id, case, evaluation))
        wizard.finished.connect(lambda _r: self._wizard_closed(case_id))
        wizard.saved.connect(lambda case: self._remember_recent(case_id, case.title, reorder=False))
        self.wizards[case_id] = wizard
        self.saving.opened(case_id, stored.summary.version)
        self._remember_recent(case_id, stored.case.title)
        wizard.show()
        warm_up_letter_renderer_soon()  # a letter may be previewed from here: not loaded at start
        warm_up_sort_keys_soon()
        return wizard

    def _save_case(self, case_id: int, case: Case, page: Page) -> None:
        self.saving.save(case_id, case, page)

    def _wizard_closed(self, case_id: int) -> None:
        self.wizards.pop(case_id, None)
        self.refresh()
        if case_id > 0:
            self.select_case(case_id)

    def duplicate_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None and self.repository is not None:
            summary = self._guard(self.repository.duplicate, case_id)
            if summary is not None:
                self.refresh()
                self.select_case(summary.id)

    def delete_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is None or self.repository is None:
            return
        if case_id in self.wizards:
            self.wizards[case_id].close()
        if self._guard(self.repository.delete, case_id) is not None:
            self.refresh()
            self.statusBar().showMessage(self.tr("案件已移到回收站，可在“回收站”中还原。"), 8000)

    def restore_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None and self.repository is not None \
                and self._guard(self.repository.restore, case_id) is not None:
            self.refresh()
            self.statusBar().showMessage(self.tr("案件已还原。"), 5000)

    def purge_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is None or self.repository is None:
            return
        answer = QMessageBox.warning(self, self.tr("永久删除"), self.tr("永久删除后无法恢复。确定删除这件案件吗？"),
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._guard(self.repository.purge, case_id)
            self.refresh()

    def import_with_dialog(self) -> None:
        from liability_wizard.core.case import FILE_SUFFIX
        from liability_wizard.gui.folders import in_documents, open_file_names

        paths = open_file_names(self, self.tr("导入案件文件"), in_documents(),
                                 self.tr("案件文件 (*%1)").replace("%1", FILE_SUFFIX))
        for path in paths:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> int | None:
        """Import one ``.lwcase``; any failure is a message box naming the file (and the field)."""
        from liability_wizard.gui.open_failures import (
            CaseFileRefused,
            read_case_for_import,
            show_import_refused,
        )

        if self.repository is None:
            return None
        try:
            case = read_case_for_import(path)  # validated and evaluated first: nothing half-imported
        except CaseFileRefused as refusal:
            show_import_refused(self, refusal)
            return None
        summary = self._guard(self.repository.create, case)
        if summary is None:
            return None
        self.refresh()
        self.select_case(summary.id)
        self.statusBar().showMessage(self.tr("已导入：%1").replace("%1", case.title), 5000)
        return summary.id

    def _fill_sample_cases(self) -> None:
        from liability_wizard.core.sample_cases import sample_cases

        if not self.samples_menu.isEmpty():
            return
        for sample in sample_cases():
            action = self.samples_menu.addAction(f"{sample.name[:3]}　{sample.title}")
            action.triggered.connect(lambda _c=False, p=sample.path: self.open_case_file(p))

    def open_case_file(self, path: Path) -> CaseWizard | None:
        """A case file the program was started with (or the Finder sent): import it and open it in
        the wizard; before the database is open it waits for it."""
        if self.repository is None:
            self._files_to_open.append(path)
            return None
        case_id = self.import_file(path)
        return None if case_id is None else self.open_case(case_id)

    def export_selected(self) -> None:
        from liability_wizard.core.case import FILE_SUFFIX
        from liability_wizard.gui.folders import in_documents, save_file_name

        case_id = self.selected_id()
        if case_id is None or self.repository is None:
            return
        stored = self._guard(self.repository.load, case_id)
        if stored is None:
            return
        path = save_file_name(self, self.tr("导出案件文件"), in_documents(stored.case.title + FILE_SUFFIX),
                              self.tr("案件文件 (*%1)").replace("%1", FILE_SUFFIX))
        if path:
            self.export_case(case_id, Path(path))

    def export_case(self, case_id: int, path: Path) -> bool:
        from liability_wizard.core.case import write_case_file

        assert self.repository is not None
        stored = self._guard(self.repository.load, case_id)
        if stored is None:
            return False
        try:
            write_case_file(stored.case, path)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("无法导出"), self.tr("无法写入文件 %1：%2")
                                 .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.statusBar().showMessage(self.tr("已导出到 %1").replace("%1", str(path)), 5000)
        return True

    # --- recent cases -------------------------------------------------------------------------

    def _remember_recent(self, case_id: int, title: str, reorder: bool = True) -> None:
        """Opening puts a case first; saving keeps its place but shows its current title (P19)."""
        recent = self._recent()
        place = next((i for i, entry in enumerate(recent) if entry[0] == case_id), None)
        if place is not None and not reorder:
            recent[place] = (case_id, title)
        else:
            recent = [entry for entry in recent if entry[0] != case_id]
            recent.insert(0, (case_id, title))
        self.settings.setValue(RECENT_KEY, [f"{i}\t{t}" for i, t in recent[:RECENT_COUNT]])
        self._fill_recent()

    def _recent(self) -> list[tuple[int, str]]:
        raw = self.settings.value(RECENT_KEY, []) or []
        entries = []
        for item in raw if isinstance(raw, list) else [raw]:
            case_id, _, title = str(item).partition("\t")
            if case_id.isdigit():
                entries.append((int(case_id), title))
        return entries

    def _refresh_recent_titles(self) -> None:
        """Titles as they are now in the database, not as they were when each case was opened (P19)."""
        if self.repository is None:
            return
        from liability_wizard.storage.errors import StorageError

        current = []
        for case_id, title in self._recent():
            try:
                current.append((case_id, self.repository.load(case_id).case.title))
            except (StorageError, ValueError):
                current.append((case_id, title))
        self.settings.setValue(RECENT_KEY, [f"{i}\t{t}" for i, t in current])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, (case_id, title) in enumerate(self._recent(), start=1):
            action = self.recent_menu.addAction(f"&{number} {title}")
            action.triggered.connect(lambda _c=False, i=case_id: self.open_case(i))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # --- letter, settings, about --------------------------------------------------------------

    def preview_letter(self, case_id: int, case: Case, evaluation: Evaluation) -> None:
        from liability_wizard.gui.letter_preview import LetterPreview
        from liability_wizard.gui.letter_rendering import letter_renderer
        from liability_wizard.gui.review import doubtful_answers

        assert self.repository is not None
        firm = self._guard(self.repository.firm_profile)
        if firm is None:
            return
        if not firm.name and not self.settings.value(FIRM_PROMPT_KEY, False, bool):
            self._ask_for_firm_details()
        preview = LetterPreview(case.title, letter_renderer(case, evaluation, firm), case.title + ".pdf",
                                self.wizards.get(case_id, self),
                                render_word=letter_renderer(case, evaluation, firm, word=True),
                                doubtful=doubtful_answers(case.to_json_dict(), date.today()))
        preview.produced.connect(lambda pdf, _draft: self._store_snapshot(case_id, case, evaluation, pdf))
        _delete_on_close(preview)
        preview.show()

    def _ask_for_firm_details(self) -> None:
        """Once: a letter without the firm's details prints placeholders (review P23). Asked beside the
        preview (not blocking it); the next rendering uses what is filled in."""
        self.settings.setValue(FIRM_PROMPT_KEY, True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("律所信息"), self.tr("尚未填写律所信息，是否现在填写？"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("firm_prompt")
        _delete_on_close(box)
        box.accepted.connect(self.show_settings)
        box.open()

    def _store_snapshot(self, case_id: int, case: Case, evaluation: Evaluation, pdf: bytes) -> None:
        import hashlib  # loads OpenSSL: not before the window is painted

        from liability_wizard.core.evaluator import RULES_VERSION

        assert self.repository is not None
        self._guard(lambda: self.repository.add_snapshot(case_id, case, evaluation, rules_version=RULES_VERSION,
                                                         letter_sha256=hashlib.sha256(pdf).hexdigest()))

    def show_settings(self) -> None:
        from liability_wizard.gui.settings_dialog import SettingsDialog

        if self.repository is None:
            return
        firm = self._guard(self.repository.firm_profile)
        if firm is None:
            return
        dialog = SettingsDialog(firm, self.settings, self)
        if dialog.exec():
            self.save_firm_profile(dialog.firm_profile())

    def show_database_settings(self) -> None:
        """本机 or the firm's server; applied now if no case is open, else at the next start."""
        from liability_wizard.gui.database_choice import database_address
        from liability_wizard.gui.database_settings import DatabaseSettingsDialog

        if not DatabaseSettingsDialog(self.settings, self).exec():
            return
        if self.wizards:
            self.statusBar().showMessage(self.tr("新的案件数据库设置将在下次启动时生效。"))
            return
        if self.repository is not None:
            self.repository.close()
            self.repository = None
        self.open_repository(database_address(self.settings))

    def save_firm_profile(self, firm: FirmProfile) -> None:
        """Into the database, and into the settings file that ``liability-wizard render`` reads,
        so a letter looks the same from the window and from the command line."""
        from liability_wizard.report.firm_settings import save_firm_profile

        assert self.repository is not None
        self._guard(self.repository.set_firm_profile, firm)
        try:
            save_firm_profile(firm)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("设置未写入文件"),
                                self.tr("律师事务所信息已保存在案件数据库中，但无法写入设置文件：%1")
                                .replace("%1", str(exc.strerror or exc)))

    def restore_from_backup(self) -> None:
        from liability_wizard.gui.restore_backup import choose_and_restore

        choose_and_restore(self)

    def show_about(self) -> None:
        from liability_wizard.gui.about import show_about

        show_about(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        for wizard in list(self.wizards.values()):
            if not wizard.close():
                event.ignore()
                return
        if self.completed:  # closed before the content was built: nothing is watched yet
            self.list_refresh.stop()
        if self.repository is not None:
            self.repository.close()
        event.accept()


def _delete_on_close(window: QWidget) -> None:
    from PySide6.QtCore import Qt  # not at the top: see the note under the imports

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _button_for(action: QAction, parent: QWidget) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state, without the action's
    mnemonic (the menu already has it; the window's mnemonics stay unique)."""
    button = QPushButton(action.icon(), re.sub(r"\(&\w\)|&(?=\w)", "", action.text()).rstrip("…"), parent)
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button
