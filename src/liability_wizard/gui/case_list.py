"""The case list: a table model over the repository's paged, searchable case query, and the sort
order the user chose last time (QSettings)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from liability_wizard.gui.headline import deadline_colour, deadline_state
from liability_wizard.gui.outcome_labels import COLOURS, PLATFORM_LIABLE_NAMES, name

if TYPE_CHECKING:  # the records pull in the case model: not before the window shows
    from liability_wizard.storage.records import CasePage, CaseQuery, CaseSummary, SortKey

PAGE_SIZE = 100

Index = QModelIndex | QPersistentModelIndex


class CaseLister(Protocol):
    def list_cases(self, query: CaseQuery) -> CasePage: ...


class CaseTableModel(QAbstractTableModel):
    """Rows are :class:`CaseSummary` records, fetched a page at a time as the view scrolls."""

    COLUMNS = ("title", "client", "platform", "law_date", "deadline", "updated", "updated_by", "platform_liable")
    # Names sort by pinyin, the deadline with cases that have none last (both in SQL, storage/sort_keys.py).
    SORT_KEYS: ClassVar[dict[str, SortKey]] = {"title": "title", "client": "client", "platform": "platform",
                                               "law_date": "law_date", "deadline": "deadline", "updated": "updated"}

    def __init__(self) -> None:
        super().__init__()
        self.repository: CaseLister | None = None
        self.query: CaseQuery | None = None
        self.rows: list[CaseSummary] = []
        self.total = 0
        self.total_exact = True  # False: the server's estimate for a common word (CasePage.total_exact)
        self._pending_sort: tuple[SortKey, bool] = ("updated", True)

    def attach(self, repository: CaseLister) -> None:
        from liability_wizard.storage.records import CaseQuery

        self.repository = repository
        if self.query is None:
            self.query = CaseQuery(limit=PAGE_SIZE, sort=self._pending_sort[0], descending=self._pending_sort[1])

    def headers(self) -> tuple[str, ...]:
        return (self.tr("案件名称"), self.tr("委托人"), self.tr("平台"), self.tr("交易日期"), self.tr("时效届满"),
                self.tr("修改时间"), self.tr("修改人"), self.tr("结论"))

    def set_query(self, **changes: Any) -> None:
        if self.query is None:  # before the database is open: nothing to query yet
            return
        self.query = dataclasses.replace(self.query, offset=0, **changes)
        self.refresh()

    def refresh(self) -> bool:
        """Re-read the first page; True once done (the window then shows the count)."""
        self.beginResetModel()
        self.rows, self.total = [], 0
        if self.repository is not None and self.query is not None:
            page = self.repository.list_cases(dataclasses.replace(self.query, offset=0))
            self.rows, self.total, self.total_exact = list(page.items), page.total, page.total_exact
        self.endResetModel()
        return True

    def reload(self) -> None:
        """The rows again, as many as are shown now (a refresh after another user's change must not
        take away the rows the user scrolled to)."""
        if self.repository is None or self.query is None:
            return
        limit = None if self.query.limit is None else max(self.query.limit, len(self.rows))
        page = self.repository.list_cases(dataclasses.replace(self.query, offset=0, limit=limit))
        self.beginResetModel()
        self.rows, self.total = list(page.items), page.total
        self.endResetModel()

    def row_of(self, case_id: int) -> int | None:
        return next((row for row, summary in enumerate(self.rows) if summary.id == case_id), None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if self.repository is None or self.query is None or parent.isValid():
            return
        page = self.repository.list_cases(dataclasses.replace(self.query, offset=len(self.rows)))
        if page.items:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.items) - 1)
            self.rows.extend(page.items)
            self.endInsertRows()
        self.total = page.total if page.items else len(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def summary(self, row: int) -> CaseSummary:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case "title":
                    return summary.title
                case "client":
                    return summary.client or ""
                case "platform":
                    return summary.platform or ""
                case "law_date":
                    return summary.law_date.isoformat()
                case "deadline":
                    return summary.limitation_deadline.isoformat() if summary.limitation_deadline else ""
                case "updated":
                    return summary.updated.astimezone().strftime("%Y-%m-%d %H:%M")
                case "updated_by":
                    return summary.updated_by or ""
                case "platform_liable":
                    outcome = summary.platform_liable
                    return name(PLATFORM_LIABLE_NAMES, outcome) if outcome else self.tr("无法评估")
        if column == "platform_liable" and summary.platform_liable:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(COLOURS[summary.platform_liable])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white")
        if column == "deadline" and summary.limitation_deadline:
            return self._deadline_data(summary.limitation_deadline, role)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def _deadline_data(self, deadline: date, role: int) -> Any:
        """Red once expired, amber within 90 days: the colours of the review page's headline."""
        today = date.today()
        colour = deadline_colour(deadline, today)
        if colour is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colour)
        if colour is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("white")
        if role == Qt.ItemDataRole.ToolTipRole:
            state = deadline_state(deadline, today)
            if state == "expired":
                return self.tr("诉讼时效可能已届满")
            if state == "near":
                return self.tr("诉讼时效将于 %1 日后届满").replace("%1", str((deadline - today).days))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.COLUMNS[column])
        if key is not None:
            self._pending_sort = (key, order == Qt.SortOrder.DescendingOrder)
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)


_warming: list[bool] = []  # one warm-up per process


def warm_up_sort_keys_soon() -> None:
    """Load the pinyin readings on a worker when a case wizard opens (~0.1 s, ~3 MB: not at start), so
    the first save, which stores the case's pinyin sort keys, does not wait for them on the GUI thread."""
    from liability_wizard.gui.background import run_in_background
    from liability_wizard.storage.sort_keys import pinyin_sort_key

    if not _warming:
        _warming.append(True)
        run_in_background(lambda: pinyin_sort_key("案件"), lambda _result: None, lambda _error: None)


SORT_COLUMN_KEY = "case_list/sort_column"
SORT_DESCENDING_KEY = "case_list/sort_descending"


class RememberedSort:
    """The list's sort column and direction kept in QSettings (by column name, so a new column does
    not shift them); a click on a column the list cannot sort by leaves the sort as it was."""

    def __init__(self, table: QTableView, settings: QSettings) -> None:
        self._table = table
        self._settings = settings
        self._column, self._order = self._saved()
        table.setSortingEnabled(True)
        table.sortByColumn(self._column, self._order)
        table.horizontalHeader().sortIndicatorChanged.connect(self._changed)

    def _saved(self) -> tuple[int, Qt.SortOrder]:
        columns = CaseTableModel.COLUMNS
        saved = str(self._settings.value(SORT_COLUMN_KEY, "updated"))
        # An older version stored the column's number: its columns were title, client, platform, law_date.
        column = saved if saved in CaseTableModel.SORT_KEYS else {"0": "title", "3": "law_date"}.get(saved, "updated")
        descending = str(self._settings.value(SORT_DESCENDING_KEY, "true")).lower() == "true"
        return columns.index(column), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def _changed(self, column: int, order: Qt.SortOrder) -> None:
        name = CaseTableModel.COLUMNS[column]
        if name not in CaseTableModel.SORT_KEYS:
            self._table.horizontalHeader().setSortIndicator(self._column, self._order)  # back: not sortable
            return
        self._column, self._order = column, order
        self._settings.setValue(SORT_COLUMN_KEY, name)
        self._settings.setValue(SORT_DESCENDING_KEY, order == Qt.SortOrder.DescendingOrder)
