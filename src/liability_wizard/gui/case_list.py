"""The case list: a table model over the repository's paged, searchable case query."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from liability_wizard.gui.outcome_labels import COLOURS, PLATFORM_LIABLE_NAMES, name

if TYPE_CHECKING:  # the records pull in the case model (pydantic): not before the window shows
    from liability_wizard.storage.records import CasePage, CaseQuery, CaseSummary, SortKey

PAGE_SIZE = 100

Index = QModelIndex | QPersistentModelIndex


class CaseLister(Protocol):
    def list_cases(self, query: CaseQuery) -> CasePage: ...


class CaseTableModel(QAbstractTableModel):
    """Rows are :class:`CaseSummary` records, fetched a page at a time as the view scrolls."""

    COLUMNS = ("title", "client", "platform", "law_date", "updated", "platform_liable")
    _SORT_KEYS: ClassVar[dict[str, SortKey]] = {"title": "title", "law_date": "law_date", "updated": "updated"}

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
        return (self.tr("案件名称"), self.tr("委托人"), self.tr("平台"), self.tr("交易日期"), self.tr("修改时间"),
                self.tr("结论"))

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
                case "updated":
                    return summary.updated.astimezone().strftime("%Y-%m-%d %H:%M")
                case "platform_liable":
                    outcome = summary.platform_liable
                    return name(PLATFORM_LIABLE_NAMES, outcome) if outcome else self.tr("无法评估")
        if column == "platform_liable" and summary.platform_liable:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(COLOURS[summary.platform_liable])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white")
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS.get(self.COLUMNS[column])
        if key is not None:
            self._pending_sort = (key, order == Qt.SortOrder.DescendingOrder)
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
