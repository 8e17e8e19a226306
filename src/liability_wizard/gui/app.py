"""``liability-wizard`` without arguments: the desktop program.

The window is shown first; the database is opened on the first turn of the event loop and
WeasyPrint is warmed up on a worker thread, so the program appears as fast as a bare Qt window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ORGANIZATION = "liability-wizard"
APPLICATION = "liability-wizard"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, fonts and translators (tests build theirs the same way)."""
    from liability_wizard.gui.language import install_translators, load_fonts, saved_language

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    load_fonts(app)
    app._translators = install_translators(app, saved_language(QSettings()))  # type: ignore[attr-defined]
    return app


def _after_first_paint(window) -> None:
    from liability_wizard.gui.background import run_in_background
    from liability_wizard.gui.letter_rendering import warm_up_letter_renderer

    window.open_repository()
    run_in_background(warm_up_letter_renderer, lambda _r: None, lambda _e: None)


def main() -> int:
    app = create_application()
    from liability_wizard.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: _after_first_paint(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
