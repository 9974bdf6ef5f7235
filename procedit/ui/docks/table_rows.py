"""What the read-only tables of the docks share: a model over a list of rows with
translated column titles, and a filter proxy that re-filters the way every Qt 6 does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)


class RowsModel(QAbstractTableModel):
    """``rows`` shown one per line; the headers are ``columns`` translated in ``context``."""

    context = ""
    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_rows(self, rows: dict[int, Any]) -> None:
        """Put new values in the rows numbered by ``rows``' keys (the views update those lines only)."""
        last = len(self.columns) - 1
        for k, row in rows.items():
            self.rows[k] = row
            self.dataChanged.emit(self.index(k, 0), self.index(k, last))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None


class RowsFilter(QSortFilterProxyModel):
    def refilter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` (new filter settings) and filter again."""
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter() before
        if modern:
            self.beginFilterChange()
        change()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()
