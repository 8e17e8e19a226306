"""Keys that must never change a case behind the user's back.

Qt delivers an Alt+letter that no shortcut took (its button is disabled or hidden: Back on the
first page, Finish before the last, Next while the title is empty) to the focused widget as a
key press, and a line edit then inserts the letter. Autosave stored such a letter over a title
(review P2). A mnemonic that cannot act must do nothing, so those key presses are dropped before
any text widget sees them. Shortcuts are matched before the key press is delivered, so a
shortcut that can act still works.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

#: Widgets that turn a key press into typed text (or a type-ahead search).
_TYPING_WIDGETS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView, QComboBox)


def is_unclaimed_mnemonic(event: QKeyEvent) -> bool:
    """Alt+printable key without Ctrl. Ctrl+Alt is AltGr on Windows (it types @, € …), and on macOS
    Option is how accented letters are typed, so both keep typing."""
    modifiers = event.modifiers()
    if sys.platform == "darwin" or not modifiers & Qt.KeyboardModifier.AltModifier:
        return False
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
        return False
    return bool(event.text()) and event.text().isprintable()


#: A window with this property set undoes whole answers (its QUndoStack), not a field's own text.
CASE_UNDO = "caseUndo"


def _case_undo(watched: QObject, event: QKeyEvent) -> str | None:
    """``"undo"``/``"redo"`` for Ctrl+Z / Ctrl+Shift+Z in a text field of a case window, whose
    answers undo as a whole: a line edit would otherwise undo only its own text."""
    if not isinstance(watched, QLineEdit | QPlainTextEdit) or not watched.window().property(CASE_UNDO):
        return None
    if QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z") \
            or event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    return "undo" if event.matches(QKeySequence.StandardKey.Undo) else None


class MnemonicGuard(QObject):
    """Application event filter: drops Alt+letter key presses aimed at a typing widget, and hands
    Ctrl+Z / Ctrl+Shift+Z in a case window to the case's undo stack."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            which = _case_undo(watched, event)  # type: ignore[arg-type]
            if which is not None:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.ignore()  # not claimed by the field: the window's undo action takes it
                else:  # delivered as a key press after all (no active window): undo the answers here
                    stack = watched.window().undo_stack  # type: ignore[attr-defined]
                    stack.redo() if which == "redo" else stack.undo()
                return True
        return event.type() == QEvent.Type.KeyPress and isinstance(watched, _TYPING_WIDGETS) \
            and is_unclaimed_mnemonic(event)  # type: ignore[arg-type]


def guard_mnemonics() -> None:
    """Install the guard once on the running application (each window calls this)."""
    app = QApplication.instance()
    if app is None or getattr(app, "_mnemonic_guard", None) is not None:
        return
    guard = MnemonicGuard(app)
    app.installEventFilter(guard)
    app._mnemonic_guard = guard  # type: ignore[attr-defined]
