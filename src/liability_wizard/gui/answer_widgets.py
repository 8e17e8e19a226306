"""Editors for one fact each: tri-state yes/no/unknown, dates (to the day or the month), money,
choices, checklists, text, and the list of limitation interruptions.

Every editor has the same small surface — ``value()``, ``set_value()``, ``problem()`` and a
``changed`` signal — so a page binds it to a dotted path of the case without knowing its kind.
Every question starts **unanswered** (``ABSENT``: the key stays out of the case); 不清楚 is an
answer the user chooses (``None``, written as ``null``). ``problem()`` is a plain-Chinese reason
why what is typed cannot be taken (the case then keeps its last good answer).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from liability_wizard.core.interview import ABSENT, date_text, parse_date_text

#: Money as typed: digits, at most two decimals; a minus sign is let in so that it can be explained.
_MONEY = QRegularExpression(r"^-?\d{0,12}(\.\d{0,2})?$")
#: Long enough for any real case name, short enough that a letter's first page stays a letter (P15).
TITLE_MAX = 100


class FactEditor(QWidget):
    """Base of the editors that are composite widgets."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A label's Alt-letter focuses its buddy only if the buddy accepts focus; the focus proxy (the
        # first button, the date's text) then gets it. Tab skips a widget with a proxy, so no extra stop.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None


def _uncheck_all(group: QButtonGroup) -> None:
    """An exclusive group cannot be emptied by unchecking; it must let go for a moment."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class TriStateChoice(FactEditor):
    """是 / 否 / 不清楚 — ``True`` / ``False`` / ``None``; none ticked is unanswered (``ABSENT``)."""

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
        self._group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self.setFocusProxy(self.buttons[True])

    def value(self) -> Any:
        return next((v for v, b in self.buttons.items() if b.isChecked()), ABSENT)

    def set_value(self, value: Any) -> None:
        if value is ABSENT:
            _uncheck_all(self._group)
        else:
            self.buttons[value if isinstance(value, bool) else None].setChecked(True)


class DateField(FactEditor):
    """A date typed as a clerk says it (``2023-05-20``, ``2023年5月``), a calendar, 日期精度 日/月 and,
    when the fact may be unknown, 不清楚. The whole text is selected on arrival, so a typed date
    replaces the whole date (review P5). ``value()`` is the ISO day (the 1st for a month)."""

    def __init__(self, optional: bool = True, allow_month: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("如 2023-05-20，只知年月写 2023-05") if allow_month
                                     else self.tr("如 2023-05-20"))
        self.line.setMaximumWidth(260)
        layout.addWidget(self.line)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("日历"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        layout.addWidget(self.calendar_button)
        self.precision = QComboBox(self)
        self.precision.addItem(self.tr("精确到日"), "day")
        self.precision.addItem(self.tr("只知年月"), "month")
        self.precision.setToolTip(self.tr("日期精度：日/月"))
        self.precision.setVisible(allow_month)
        layout.addWidget(self.precision)
        self.unknown = QCheckBox(self.tr("不清楚"), self) if optional else None
        if self.unknown is not None:
            layout.addWidget(self.unknown)
            self.unknown.toggled.connect(self._unknown_toggled)
        layout.addStretch(1)
        self.line.textEdited.connect(self._typed)
        self.precision.activated.connect(self._precision_chosen)
        self.setFocusProxy(self.line)

    def _picked(self, day: QDate) -> None:
        self.calendar_button.menu().hide()
        self._show(date(day.year(), day.month(), day.day()), self.precision.currentData())
        self.changed.emit()

    def _typed(self, _text: str) -> None:
        parsed = parse_date_text(self.line.text())
        if parsed is not None:
            self.precision.setCurrentIndex(self.precision.findData(parsed[1]))
        if self.unknown is not None and self.line.text():
            self.unknown.setChecked(False)
        self.changed.emit()

    def _precision_chosen(self, _index: int) -> None:
        parsed = parse_date_text(self.line.text())
        if parsed is not None:
            self._show(parsed[0].replace(day=1) if self.precision.currentData() == "month" else parsed[0],
                       self.precision.currentData())
        self.changed.emit()

    def _show(self, day: date, precision: str) -> None:
        self.line.setText(date_text(day, precision))  # type: ignore[arg-type]

    def _unknown_toggled(self, unknown: bool) -> None:
        if unknown:
            self.line.clear()
        self.changed.emit()

    def value(self) -> Any:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        parsed = parse_date_text(self.line.text())
        return ABSENT if parsed is None else parsed[0].isoformat()

    def date_precision(self) -> str:
        parsed = parse_date_text(self.line.text())
        return parsed[1] if parsed is not None and self.precision.isVisible() else "day"

    def problem(self) -> str | None:
        text = self.line.text().strip()
        if text and parse_date_text(text) is None:
            return self.tr("日期看不懂，请写成 2023-05-20 或 2023-05")
        return None

    def set_value(self, value: Any, precision: str = "day") -> None:
        if self.unknown is not None:
            self.unknown.blockSignals(True)
            self.unknown.setChecked(value is None)
            self.unknown.blockSignals(False)
        if isinstance(value, str | date):
            self._show(date.fromisoformat(value) if isinstance(value, str) else value, precision)
            self.precision.setCurrentIndex(self.precision.findData(precision))
        else:
            self.line.clear()


class MoneyEdit(QLineEdit):
    """An amount in CNY, ``>= 0``; empty is unanswered; a minus sign is explained, never dropped (P16)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_MONEY, self))
        self.setPlaceholderText(self.tr("元，未知可留空"))
        self.setMaximumWidth(220)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        text = self.text().strip().rstrip(".")
        if not text or text == "-" or text.startswith("-"):
            return ABSENT
        return float(text)

    def problem(self) -> str | None:
        return self.tr("金额不能为负数") if self.text().strip().startswith("-") else None

    def set_value(self, value: Any) -> None:
        if not isinstance(value, int | float):
            self.setText("")
            return
        self.setText(f"{float(value):g}" if float(value).is_integer() else f"{float(value):.2f}")


class TextLine(QLineEdit):
    """One line of free text; empty is unanswered. HTML in it is ordinary text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, max_length: int | None = None) -> None:
        super().__init__(parent)
        if max_length is not None:
            self.setMaxLength(max_length)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def problem(self) -> str | None:
        return None

    def value(self) -> Any:
        return self.text() or ABSENT

    def set_value(self, value: Any) -> None:
        if (value or "") != self.text():
            self.setText(value or "")


class TextBlock(QPlainTextEdit):
    """Several lines of free text (a promise verbatim, the lawyer's notes); empty is unanswered."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the wizard
        self.setMaximumHeight(110)
        self.textChanged.connect(self.changed.emit)

    def problem(self) -> str | None:
        return None

    def value(self) -> Any:
        return self.toPlainText() or ABSENT

    def set_value(self, value: Any) -> None:
        if (value or "") != self.toPlainText():
            self.setPlainText(value or "")


class ChoiceBox(QComboBox):
    """One of a fixed set of values; unanswered shows 请选择; 不清楚 is offered when the fact may be unknown."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("（未回答）"))
        for value, label in choices:
            self.addItem(label, value)
        if nullable:
            self.addItem(self.tr("不清楚"), None)
        self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def problem(self) -> str | None:
        return None

    def value(self) -> Any:
        return ABSENT if self.currentIndex() < 0 else self.currentData()

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(-1 if value is ABSENT else self.findData(value))


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
        self._group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self.setFocusProxy(next(iter(self.buttons.values())))

    def value(self) -> Any:
        return next((v for v, b in self.buttons.items() if b.isChecked()), ABSENT)

    def set_value(self, value: Any) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)
        else:
            _uncheck_all(self._group)


class Checklist(FactEditor):
    """Any of a fixed set of values as check boxes, plus 不清楚 for the list as a whole. Three states like
    every question: unanswered (absent), 不清楚 (``null``), or the ticked values (``[]`` = none applies).
    The contract keeps a list of values, so one item cannot be 不清楚 on its own."""

    def __init__(self, choices: list[tuple[str, str]], columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (value, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.toggled.connect(self._ticked)
            self.boxes[value] = box
            layout.addWidget(box, i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
        rows = (len(choices) + columns - 1) // columns
        self.none_apply = QCheckBox(self.tr("以上都没有"), self)
        self.unknown = QCheckBox(self.tr("不清楚"), self)
        layout.addWidget(self.none_apply, rows, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.unknown, rows, 1, Qt.AlignmentFlag.AlignLeft)
        self.none_apply.toggled.connect(lambda on: self._exclusive(self.none_apply, on))
        self.unknown.toggled.connect(lambda on: self._exclusive(self.unknown, on))
        self._setting = False
        self._order: list[str] = []
        self.setFocusProxy(next(iter(self.boxes.values())))

    def _ticked(self, on: bool) -> None:
        if self._setting:
            return
        if on:
            self._quietly(lambda: (self.none_apply.setChecked(False), self.unknown.setChecked(False)))
        self.changed.emit()

    def _exclusive(self, chosen: QCheckBox, on: bool) -> None:
        if self._setting:
            return
        if on:
            others = [b for b in (*self.boxes.values(), self.none_apply, self.unknown) if b is not chosen]
            self._quietly(lambda: [b.setChecked(False) for b in others])
        self.changed.emit()

    def _quietly(self, work) -> None:
        self._setting = True
        try:
            work()
        finally:
            self._setting = False

    def value(self) -> Any:
        # A file's own order is kept (a case opened and not edited must not change); new ticks follow.
        checked = [v for v, box in self.boxes.items() if box.isChecked()]
        ticked = [v for v in self._order if v in checked] + [v for v in checked if v not in self._order]
        if ticked or self.none_apply.isChecked():
            return ticked
        return None if self.unknown.isChecked() else ABSENT

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self._order = list(value or [])

        def show() -> None:
            for v, box in self.boxes.items():
                box.setChecked(v in chosen)
            self.none_apply.setChecked(isinstance(value, list) and not value)
            self.unknown.setChecked(value is None)

        self._quietly(show)


class InterruptionList(FactEditor):
    """``limitation.interruptions``: each act that interrupted the limitation period (民法典第一百九十五条):
    date, kind, against whom, and for a procedure the day it ended."""

    KINDS = ("demand", "complaint", "mediation", "lawsuit", "acknowledgement")
    AGAINST = ("platform", "seller")
    PROCEDURES = ("complaint", "mediation", "lawsuit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_names = {"demand": self.tr("书面催告（含通过平台客服主张）"), "complaint": self.tr("投诉（12315、消协、监管部门）"),
                           "mediation": self.tr("调解"), "lawsuit": self.tr("起诉"), "acknowledgement": self.tr("对方同意履行")}
        self.against_names = {"platform": self.tr("平台"), "seller": self.tr("卖家（直接侵权人）")}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("方式"), self.tr("针对"), self.tr("程序终结日")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(130)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加中断事由"), self)
        self.remove_button = QPushButton(self.tr("删除选中的一行"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._loading = False
        self._rows: list[tuple[QLineEdit, QComboBox, QComboBox, QLineEdit]] = []

    def add_row(self, entry: dict[str, Any] | None = None) -> None:
        entry = entry if isinstance(entry, dict) else {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = QLineEdit(entry.get("date") or "", self.table)
        day.setPlaceholderText("2025-04-01")
        kind, against = QComboBox(self.table), QComboBox(self.table)
        for value in self.KINDS:
            kind.addItem(self.kind_names[value], value)
        for value in self.AGAINST:
            against.addItem(self.against_names[value], value)
        kind.setCurrentIndex(max(0, kind.findData(entry.get("kind"))))
        against.setCurrentIndex(max(0, against.findData(entry.get("against"))))
        ended = QLineEdit(entry.get("ended") or "", self.table)
        ended.setPlaceholderText(self.tr("未终结可留空"))
        for column, widget in enumerate((day, kind, against, ended)):
            self.table.setCellWidget(row, column, widget)
        self._rows.append((day, kind, against, ended))
        day.textEdited.connect(lambda _t: self.changed.emit())
        ended.textEdited.connect(lambda _t: self.changed.emit())
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        against.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if not self._loading:
            day.setFocus()
            self.changed.emit()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.table.removeRow(row)
            del self._rows[row]
            self.changed.emit()

    def _entries(self) -> list[dict[str, Any]] | None:
        entries = []
        for day, kind, against, ended in self._rows:
            parsed = parse_date_text(day.text())
            if parsed is None or parsed[1] != "day":
                return None
            entry: dict[str, Any] = {"date": parsed[0].isoformat(), "kind": kind.currentData(),
                                     "against": against.currentData(), "ended": None}
            if ended.text().strip():
                end = parse_date_text(ended.text())
                if end is None or end[1] != "day" or kind.currentData() not in self.PROCEDURES or end[0] < parsed[0]:
                    return None
                entry["ended"] = end[0].isoformat()
            entries.append(entry)
        return entries

    def value(self) -> Any:
        entries = self._entries()
        return ABSENT if entries is None or (not self._rows and not self._had_list) else entries

    def problem(self) -> str | None:
        for day, kind, _against, ended in self._rows:
            parsed = parse_date_text(day.text())
            if parsed is None or parsed[1] != "day":
                return self.tr("每一行都要写明日期（到日），如 2025-04-01")
            if ended.text().strip():
                end = parse_date_text(ended.text())
                if end is None or end[1] != "day":
                    return self.tr("程序终结日看不懂，请写成 2025-06-30")
                if kind.currentData() not in self.PROCEDURES:
                    return self.tr("只有投诉、调解和起诉有程序终结日")
                if end[0] < parsed[0]:
                    return self.tr("程序终结日早于该事由的日期，请核对")
        return None

    _had_list = False

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            self._rows = []
            self._had_list = isinstance(value, list) or value is None
            for entry in value or []:
                self.add_row(entry)
        finally:
            self._loading = False
