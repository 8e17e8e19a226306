"""Fill the wizard the way a lawyer does: clicks, keys and (for Chinese) input-method commits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from liability_wizard.core.interview import ABSENT, fact
from liability_wizard.gui.answer_widgets import (
    Checklist,
    ChoiceBox,
    DateField,
    InterruptionList,
    MoneyEdit,
    RadioChoice,
    TextBlock,
    TextLine,
    TriStateChoice,
)
from liability_wizard.gui.wizard import CaseWizard


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Replace the widget's text. ASCII goes through key clicks; Chinese through an input-method
    commit, as a Pinyin IME delivers it (QTest.keyClicks cannot type non-ASCII)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def type_date(qtbot, editor: DateField, text: str | None) -> None:
    """Type a date as a clerk does (``2023-05-20`` or ``2023-05``); ``None`` ticks 不清楚."""
    if text is None:
        if editor.unknown is not None and not editor.unknown.isChecked():
            qtbot.mouseClick(editor.unknown, Qt.MouseButton.LeftButton)
        return
    type_text(qtbot, editor.line, text)


def choose(qtbot, box: ChoiceBox, value: Any) -> None:
    """Arrow keys through the list, as a keyboard user does."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.findData(value)):
        qtbot.keyClick(box, Qt.Key.Key_Down)


def answer(qtbot, editor: QWidget, value: Any) -> None:
    click = Qt.MouseButton.LeftButton
    if isinstance(editor, TriStateChoice | RadioChoice):
        qtbot.mouseClick(editor.buttons[value], click)
    elif isinstance(editor, Checklist):
        for option, box in editor.boxes.items():
            if box.isChecked() != (option in (value or [])):
                qtbot.mouseClick(box, click)
    elif isinstance(editor, DateField):
        type_date(qtbot, editor, value)
    elif isinstance(editor, InterruptionList):
        for entry in value:
            qtbot.mouseClick(editor.add_button, click)
            day, kind, against, ended = editor._rows[-1]
            type_text(qtbot, day, entry["date"])
            choose(qtbot, kind, entry["kind"])
            choose(qtbot, against, entry["against"])
            if entry.get("ended"):
                type_text(qtbot, ended, entry["ended"])
    elif isinstance(editor, ChoiceBox):
        choose(qtbot, editor, value)
    elif isinstance(editor, MoneyEdit):
        type_text(qtbot, editor, "" if value is None else f"{value:.2f}".rstrip("0").rstrip("."))
    elif isinstance(editor, TextLine | TextBlock):
        type_text(qtbot, editor, value or "")
    else:
        raise TypeError(editor)


def fill_page(qtbot, wizard: CaseWizard, facts: dict[str, Any]) -> None:
    """Answer what ``facts`` know; a fact they leave unknown stays unanswered, as in a consultation."""
    page = wizard.pages[wizard.current_page()]
    for path, editor in page.editors.items():
        wanted = fact(facts, path)
        if wanted in (None, [], "") and editor.value() in (ABSENT, None, [], ""):
            continue
        if not editor.isVisibleTo(page):
            continue  # show-if: the question does not apply to these facts (the file may still answer it)
        if isinstance(editor, DateField) and wanted is not None:
            if (facts.get("date_precision") or {}).get(path) == "month":
                wanted = wanted[:7]
            if editor.line.text() != wanted:
                type_date(qtbot, editor, wanted)
            continue
        if editor.value() != wanted:
            answer(qtbot, editor, wanted)
        assert editor.value() == wanted, path


def walk(qtbot, wizard: CaseWizard, facts: dict[str, Any], use_enter: bool = True) -> list[int]:
    """Answer every page the wizard asks, then stop on the last; returns the page ids visited."""
    visited = [wizard.currentId()]
    while True:
        fill_page(qtbot, wizard, facts)
        if wizard.nextId() == -1:
            return visited
        if use_enter:
            # Enter advances (the Next button is the default); send it to the wizard itself so a
            # multi-line editor with focus does not swallow it.
            qtbot.keyClick(wizard, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() != visited[-1], "Next did not advance"
        visited.append(wizard.currentId())
