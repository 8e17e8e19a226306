"""Editors for one fact each: tri-state yes/no/unknown, optional dates, money, choices, checklists, text.

Every editor has the same small surface — ``value()``, ``set_value()`` and a ``changed`` signal —
so a page binds it to a dotted path of the case without knowing what kind it is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

#: Money: digits and at most two decimals; a minus sign or letter can never be typed (refused).
_MONEY = QRegularExpression(r"^\d{0,12}(\.\d{0,2})?$")


class FactEditor(QWidget):
    """Base of the editors that are composite widgets."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TriStateChoice(FactEditor):
    """是 / 否 / 不清楚 — ``True`` / ``False`` / ``None``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value, text in ((True, self.tr("是")), (False, self.tr("否")), (None, self.tr("不清楚"))):
            button = QRadioButton(text, self)
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons[None].setChecked(True)
        self._group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self.setFocusProxy(self.buttons[None])

    def value(self) -> bool | None:
        return next(v for v, b in self.buttons.items() if b.isChecked())

    def set_value(self, value: Any) -> None:
        self.buttons[value if isinstance(value, bool) else None].setChecked(True)


class OptionalDateEdit(FactEditor):
    """A date with a calendar popup, and 不清楚 for no date (``None``)."""

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(1949, 10, 1), QDate(2099, 12, 31))
        self.date_edit.setDate(QDate.currentDate())
        layout.addWidget(self.date_edit)
        self.unknown = QCheckBox(self.tr("不清楚"), self) if optional else None
        if self.unknown is not None:
            layout.addWidget(self.unknown)
            self.unknown.setChecked(True)
            self.date_edit.setEnabled(False)
            self.unknown.toggled.connect(self._unknown_toggled)
        layout.addStretch(1)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.setFocusProxy(self.date_edit)

    def _unknown_toggled(self, unknown: bool) -> None:
        self.date_edit.setEnabled(not unknown)
        self.changed.emit()

    def value(self) -> str | None:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        return self.date_edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        if self.unknown is not None:
            self.unknown.setChecked(value is None)
        if value:
            day = date.fromisoformat(value) if isinstance(value, str) else value
            self.date_edit.setDate(QDate(day.year, day.month, day.day))


class MoneyEdit(QLineEdit):
    """An amount in CNY, ``>= 0``; empty is ``None`` (unknown)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_MONEY, self))
        self.setPlaceholderText(self.tr("元，未知可留空"))
        self.setToolTip(self.tr("金额不能为负数，最多两位小数"))
        self.setMaximumWidth(220)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> float | None:
        text = self.text().strip().rstrip(".")
        return float(text) if text else None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else f"{float(value):g}" if float(value).is_integer()
                     else f"{float(value):.2f}")


class TextLine(QLineEdit):
    """One line of free text; empty is ``None``. HTML in it is ordinary text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str | None:
        return self.text() or None

    def set_value(self, value: Any) -> None:
        self.setText(value or "")


class TextBlock(QPlainTextEdit):
    """Several lines of free text (a promise verbatim, the lawyer's notes)."""

    changed = Signal()

    def __init__(self, empty_value: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_value = empty_value
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the wizard
        self.setMaximumHeight(110)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> str | None:
        return self.toPlainText() or self._empty_value

    def set_value(self, value: Any) -> None:
        if (value or "") != self.toPlainText():
            self.setPlainText(value or "")


class ChoiceBox(QComboBox):
    """One of a fixed set of values; ``None`` is offered as 不清楚 when the fact may be unknown."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        if nullable:
            self.addItem(self.tr("不清楚"), None)
            self.setCurrentIndex(self.count() - 1)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


class RadioChoice(FactEditor):
    """One of a few required values, all visible (the client's role)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, label in choices:
            button = QRadioButton(label, self)
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        next(iter(self.buttons.values())).setChecked(True)
        self._group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self.setFocusProxy(next(iter(self.buttons.values())))

    def value(self) -> str:
        return next(v for v, b in self.buttons.items() if b.isChecked())

    def set_value(self, value: Any) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)


class Checklist(FactEditor):
    """Any of a fixed set of values, as check boxes; the value keeps the order it was set in."""

    def __init__(self, choices: list[tuple[str, str]], columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self._order: list[str] = []
        for i, (value, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[value] = box
            layout.addWidget(box, i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        # A file's own order is kept (a case opened and not edited must not change); new ticks follow.
        checked = [v for v, box in self.boxes.items() if box.isChecked()]
        return [v for v in self._order if v in checked] + [v for v in checked if v not in self._order]

    def set_value(self, value: Any) -> None:
        self._order = list(value or [])
        for v, box in self.boxes.items():
            box.setChecked(v in self._order)
