"""Answer the modal message boxes the program opens, reading their text (real dialogs, no mocks)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class MessageBoxAnswerer:
    """Clicks ``button`` on each message box that opens, recording its title and text."""

    def __init__(self, button: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> None:
        self.button = button
        self.seen: list[tuple[str, str]] = []
        self._timer = QTimer(interval=20, timeout=self._answer)
        self._timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append((box.windowTitle(), box.text()))
            target = box.button(self.button)
            (target or box.buttons()[0]).click()

    def stop(self) -> None:
        self._timer.stop()
