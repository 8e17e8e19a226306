"""``liability-wizard`` without arguments (or with one ``.lwcase`` file): the desktop program.

The window is shown first; the database is opened on the first turn of the event loop and
WeasyPrint is warmed up on a worker thread, so the program appears as fast as a bare Qt window.
A case file given on the command line (Windows "%1", Linux ``%f``) or sent by the macOS Finder
(a ``QFileOpenEvent``) is imported as a new case and opened in the wizard.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from liability_wizard.gui.main_window import MainWindow

ORGANIZATION = "liability-wizard"
APPLICATION = "liability-wizard"
#: Set to ``1`` by the packaging smoke test: quit (exit code 0) once the window is up and the
#: database is open.
SMOKE_TEST_VARIABLE = "LIABILITY_WIZARD_SMOKE_TEST"
CASE_FILE_SUFFIX = ".lwcase"  # core.case.FILE_SUFFIX, without importing the case model before the window


def is_case_file(argument: str) -> bool:
    return argument.lower().endswith(CASE_FILE_SUFFIX)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, fonts and translators (tests build theirs the same way)."""
    from liability_wizard.gui.language import install_translators, load_fonts, saved_language

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setStyle("Fusion")  # the same look on every platform, so the screenshots in docs/screens match
    app.setWindowIcon(application_icon())
    load_fonts(app)
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


def _after_first_paint(window: MainWindow) -> None:
    from liability_wizard.gui.background import run_in_background
    from liability_wizard.gui.letter_rendering import warm_up_letter_renderer

    opened = window.open_repository()
    run_in_background(warm_up_letter_renderer, lambda _r: None, lambda _e: None)
    if os.environ.get(SMOKE_TEST_VARIABLE) == "1":
        QTimer.singleShot(0, lambda: _end_smoke_test(window, opened))


def _end_smoke_test(window: MainWindow, opened: bool) -> None:
    window.close()
    QCoreApplication.exit(0 if opened else 1)


def start(arguments: list[str], settings: QSettings | None = None) -> MainWindow:
    """Show the main window; the database, and the case files among ``arguments``, follow once it is up."""
    from liability_wizard.gui.main_window import MainWindow

    window = MainWindow(settings)
    QCoreApplication.instance().installEventFilter(FinderFileOpens(window))
    window.show()
    for argument in arguments:
        if is_case_file(argument):
            window.open_case_file(Path(argument))  # waits for the database
    QTimer.singleShot(0, lambda: _after_first_paint(window))
    return window


def main(argv: list[str] | None = None) -> int:
    """``argv``: the arguments after the program's name (default: the process's own)."""
    app = create_application()
    _window = start(app.arguments()[1:] if argv is None else argv)  # referenced: kept alive until exit
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # not while the warm-up is still importing WeasyPrint
    return code


if __name__ == "__main__":
    sys.exit(main())
