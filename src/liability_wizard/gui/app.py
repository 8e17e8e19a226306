"""``liability-wizard`` without arguments (or with one ``.lwcase`` file): the desktop program.

The window is shown and painted first; the case list's database is opened after that on a worker
thread (:mod:`.case_list_loader`), and WeasyPrint is warmed up only when a case wizard opens, so
the program appears as fast as a bare Qt window and stays small while no letter is made.
A case file given on the command line (Windows "%1", Linux ``%f``) or sent by the macOS Finder
(a ``QFileOpenEvent``) is imported as a new case and opened in the wizard.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from liability_wizard.gui.case_list_loader import after_first_paint, load_after_first_paint
from liability_wizard.gui.database_choice import database_address

if TYPE_CHECKING:
    from liability_wizard.gui.case_list_loader import CaseStore
    from liability_wizard.gui.main_window import MainWindow
    from liability_wizard.storage.repository import CaseRepository

ORGANIZATION = "liability-wizard"
APPLICATION = "liability-wizard"
#: Set to ``1`` by the packaging smoke test: quit (exit code 0) once the window is up and the
#: database is open.
SMOKE_TEST_VARIABLE = "LIABILITY_WIZARD_SMOKE_TEST"
CASE_FILE_SUFFIX = ".lwcase"  # core.case.FILE_SUFFIX, without importing the case model before the window


def is_case_file(argument: str) -> bool:
    return argument.lower().endswith(CASE_FILE_SUFFIX)


def create_application(argv: list[str] | None = None, *, rest_of_fonts_later: bool = False) -> QApplication:
    """The QApplication with names, fonts and translators (tests build theirs the same way).
    ``rest_of_fonts_later``: only the interface's own font now; :func:`start` adds the others."""
    from liability_wizard.gui.language import install_translators, load_fonts, saved_language

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setStyle("Fusion")  # the same look on every platform, so the screenshots in docs/screens match
    app.setWindowIcon(application_icon())
    _protect_settings(Path(QSettings().fileName()))
    load_fonts(app, interface_only=rest_of_fonts_later)
    app._translators = install_translators(app, saved_language(QSettings()))  # type: ignore[attr-defined]
    return app


def application_icon():
    """The icon of every window and the taskbar: PNGs rendered from resources/icons/liability-wizard.svg
    by scripts/render_icons.py (no SVG module on the way to the first window)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from liability_wizard.paths import resources_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"liability-wizard-{size}.png"), QSize(size, size))
    return icon


def _protect_settings(settings_file: Path) -> None:
    """The settings hold recent case titles: the program's own folder 0700 (Linux), else the file 0600
    (macOS keeps it among every program's preferences)."""
    from liability_wizard.private_files import make_private_file, make_private_folder

    if settings_file.parent.name == ORGANIZATION:
        make_private_folder(settings_file.parent)
    elif settings_file.exists():
        make_private_file(settings_file)


class FinderFileOpens(QObject):
    """macOS delivers a double-clicked ``.lwcase`` to the running program as a ``QFileOpenEvent``
    on the application; this filter hands it to the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # removed with the window
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file() and is_case_file(event.file()):
            self.window.open_case_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def _database_failed(window: MainWindow, error: Exception) -> None:
    from liability_wizard.storage.errors import StorageError

    if not isinstance(error, StorageError):
        raise error
    if os.environ.get(SMOKE_TEST_VARIABLE) == "1":  # no one is there to close a message box
        print(error.message, file=sys.stderr)
        QCoreApplication.exit(1)
        return
    window.repository_failed(error)


def _database_opened(window: MainWindow, store: CaseStore) -> None:
    window.repository_opened(cast("CaseRepository", store))  # a CaseStore answers every repository call
    if os.environ.get(SMOKE_TEST_VARIABLE) == "1":
        QTimer.singleShot(0, lambda: _end_smoke_test(window))


def _end_smoke_test(window: MainWindow) -> None:
    window.close()
    QCoreApplication.exit(0)


def start(arguments: list[str], settings: QSettings | None = None) -> MainWindow:
    """Show the main window; the database, and the case files among ``arguments``, follow once it is up."""
    from liability_wizard.gui.keyboard import guard_mnemonics
    from liability_wizard.gui.language import load_fonts
    from liability_wizard.gui.main_window import MainWindow

    window = MainWindow(settings, guard_keys=False)
    QCoreApplication.instance().installEventFilter(FinderFileOpens(window))
    window.show()
    after_first_paint(window, guard_mnemonics)  # nothing can be typed before the window is on screen
    for argument in arguments:
        if is_case_file(argument):
            window.open_case_file(Path(argument))  # waits for the database
    load_after_first_paint(window, lambda store: _database_opened(window, store),
                           lambda error: _database_failed(window, error), database_address(window.settings))
    after_first_paint(window, lambda: load_fonts(QApplication.instance()))  # while the listing opens
    return window


def main(argv: list[str] | None = None) -> int:
    """``argv``: the arguments after the program's name (default: the process's own)."""
    app = create_application(rest_of_fonts_later=True)
    _window = start(app.arguments()[1:] if argv is None else argv)  # referenced: kept alive until exit
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # not while the warm-up is still importing WeasyPrint
    return code


if __name__ == "__main__":
    sys.exit(main())
