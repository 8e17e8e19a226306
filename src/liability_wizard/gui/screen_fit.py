"""Windows fit the screen they open on: at 125 % or 150 % on a 1366×768 laptop the default sizes run
off the screen (review P12), hiding the status bar or the preview's lower half."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` (frame included) into its screen's available area, and move it there if it
    had to shrink. Call from ``showEvent``."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.size()
    width = min(window.width(), screen.width() - frame.width())
    height = min(window.height(), screen.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(screen.topLeft())
