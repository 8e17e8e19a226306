"""Fill the wizard the way a lawyer does: clicks, keys and (for Chinese) input-method commits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget, QWizard

from liability_wizard.core.interview import fact
from liability_wizard.gui.answer_widgets import (
    Checklist,
    ChoiceBox,
    MoneyEdit,
    OptionalDateEdit,
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


def type_date(qtbot, editor: OptionalDateEdit, iso: str | None) -> None:
    if editor.unknown is not None and editor.unknown.isChecked() != (iso is None):
        qtbot.mouseClick(editor.unknown, Qt.MouseButton.LeftButton)
    if iso is None:
        return
    year, month, day = iso.split("-")
    edit = editor.date_edit
    edit.setFocus()
    for section, digits in ((QDateTimeEdit.Section.YearSection, year), (QDateTimeEdit.Section.MonthSection, month),
                            (QDateTimeEdit.Section.DaySection, day)):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, digits)


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
    elif isinstance(editor, OptionalDateEdit):
        type_date(qtbot, editor, value)
    elif isinstance(editor, ChoiceBox):
        choose(qtbot, editor, value)
    elif isinstance(editor, MoneyEdit):
        type_text(qtbot, editor, "" if value is None else f"{value:.2f}".rstrip("0").rstrip("."))
    elif isinstance(editor, TextLine | TextBlock):
        type_text(qtbot, editor, value or "")
    else:
        raise TypeError(editor)


def fill_page(qtbot, wizard: CaseWizard, facts: dict[str, Any]) -> None:
    page = wizard.pages[wizard.current_page()]
    for path, editor in page.editors.items():
        wanted = fact(facts, path)
        if path == "notes":
            wanted = wanted or ""
        if editor.value() != wanted and not (wanted is None and editor.value() in ("", None)):
            answer(qtbot, editor, wanted)
        assert editor.value() == wanted or (wanted is None and editor.value() in ("", None, [])), path


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
