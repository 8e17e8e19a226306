"""``liability-wizard`` without arguments (or with one ``.lwcase`` file): the desktop program.

The window is shown and painted first with only its title and a line saying the cases are being
opened; after that frame its content is built while the case list's database opens on a worker
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

from liability_wizard.gui.case_list_loader import after_first_paint, open_in_background
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
#: Only macOS sends a double-clicked file as a ``QFileOpenEvent``; elsewhere it comes as an argument.
#: The filter that takes it is installed only there: an application event filter in Python sees every
#: event of every object, and PySide6 creates the Python types of them all on the way (~160 enums,
#: more than the rest of the first frame).
FINDER_SENDS_FILES = sys.platform == "darwin"
CASE_FILE_SUFFIX = ".lwcase"  # core.case.FILE_SUFFIX, without importing the case model before the window


def is_case_file(argument: str) -> bool:
    return argument.lower().endswith(CASE_FILE_SUFFIX)


def create_application(argv: list[str] | None = None, *, rest_of_fonts_later: bool = False) -> QApplication:
    """The QApplication with names, fonts and translators (tests build theirs the same way).
    ``rest_of_fonts_later``: only the interface's own font now; :func:`start` adds the others."""
    from liability_wizard.gui.language import install_translators, load_fonts, saved_language

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # Fusion: the same look on every platform, so the screenshots in docs/screens match. Given to a new
    # application as its "-style" option: QApplication.setStyle(name) returns the style, and that first
    # QStyle in Python makes PySide6 create its 11 enums (~570 members, ~25 ms before the first frame).
    app = QApplication.instance()
    if app is None:
        app = QApplication([*(argv if argv is not None else sys.argv), "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
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
    """Show the main window's opening frame; once it is painted, the window is completed while the
    database opens on a worker, and the case files among ``arguments`` open after the database."""
    from liability_wizard.gui.main_window import MainWindow

    window = MainWindow(settings, guard_keys=False, complete=False)
    if FINDER_SENDS_FILES:
        QCoreApplication.instance().installEventFilter(FinderFileOpens(window))
    window.show()
    for argument in arguments:
        if is_case_file(argument):
            window.open_case_file(Path(argument))  # waits for the database
    after_first_paint(window, lambda: _complete(window))
    return window


def _complete(window: MainWindow) -> None:
    """After the opening frame: the listing starts opening on its worker first, so that it runs while
    the window's content is built here; its answer is handled on this thread, after the content."""
    from liability_wizard.gui.keyboard import guard_mnemonics
    from liability_wizard.gui.language import load_fonts

    open_in_background(lambda store: _database_opened(window, store), lambda error: _database_failed(window, error),
                       database_address(window.settings))
    window.complete()
    guard_mnemonics()  # nothing could be typed before the window was on screen
    load_fonts(QApplication.instance())  # the rest of the fonts, while the listing opens


def main(argv: list[str] | None = None) -> int:
    """``argv``: the arguments after the program's name (default: the process's own)."""
    app = create_application(rest_of_fonts_later=True)
    _window = start(app.arguments()[1:] if argv is None else argv)  # referenced: kept alive until exit
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # not while the warm-up is still importing WeasyPrint
    return code


if __name__ == "__main__":
    sys.exit(main())
