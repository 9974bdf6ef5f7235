"""The rows of the Criteria dock: a table model, its filter and the sparkline of each row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from procedit.control import Status, status_title
from procedit.control.report import KpiRow
from procedit.control.status import STATUS_RANK

from .table_rows import RowsFilter, RowsModel

CONTEXT = "CriteriaPanel"
COLUMNS = (  # English source strings; translated when shown
    QT_TRANSLATE_NOOP("CriteriaPanel", "Process"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Criterion"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Target"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Last actual"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Status"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Trend"),
    QT_TRANSLATE_NOOP("CriteriaPanel", "Owner"),
)
COL_PROCESS, COL_CRITERION, COL_TARGET, COL_LAST, COL_STATUS, COL_TREND, COL_OWNER = range(len(COLUMNS))
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLORS = {
    Status.MET: "#2e7d32",
    Status.WARNING: "#b26a00",
    Status.MISSED: "#c62828",
    Status.STALE: "#6d4c41",
    Status.NO_DATA: "#757575",
    Status.NO_TARGET: "#757575",
}
STATUS_MARKS = {
    Status.MET: "✓",
    Status.WARNING: "▲",
    Status.MISSED: "✗",
    Status.STALE: "⌛",
    Status.NO_DATA: "·",
    Status.NO_TARGET: "?",
}


class CriteriaModel(RowsModel):
    context = CONTEXT
    columns = COLUMNS

    def __init__(self, parent: QWidget, lang: str):
        super().__init__(parent)
        self.lang = lang
        self.rows: list[KpiRow] = []

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col, lang = index.column(), self.lang
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_PROCESS:
                return r.process_title
            if col == COL_CRITERION:
                return r.criterion.name or "—"
            if col == COL_TARGET:
                return r.target_text(lang) or "—"
            if col == COL_LAST:
                return f"{r.last_text(lang)} ({r.last_period})" if r.last_period else "—"
            if col == COL_STATUS:
                return f"{STATUS_MARKS[r.status]} {status_title(r.status, lang)}"
            if col == COL_TREND:
                return r.trend
            return r.owner
        if role == SORT_ROLE:
            if col == COL_STATUS:
                return STATUS_RANK[r.status]
            if col == COL_LAST:
                last = r.judgement.last
                return last.value if last is not None else float("-inf")
            if col == COL_TREND:
                return {"up": 2, "flat": 1, "down": 0}.get(r.judgement.trend or "", -1)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLORS[r.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            values = "; ".join(f"{p.period.text}: {p.value:g}" for p in r.judgement.points[-12:])
            return f"{r.process_title} — {r.criterion.name}\n{values}" if values else r.criterion.name
        return None


class CriteriaFilter(RowsFilter):
    """Keeps the rows of the chosen statuses and owner that contain the search text."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.statuses: frozenset[Status] | None = None
        self.owner: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, statuses: frozenset[Status] | None, owner: str | None, text: str) -> None:
        def change() -> None:
            self.statuses, self.owner, self.text = statuses, owner, text.strip().casefold()

        self.refilter(change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CriteriaModel)
        r = model.rows[row]
        if self.statuses is not None and r.status not in self.statuses:
            return False
        if self.owner is not None and r.process.owner_id != self.owner:
            return False
        if self.text:
            return self.text in f"{r.process_title}\n{r.criterion.name}\n{r.owner}".casefold()
        return True


class SparklineDelegate(QStyledItemDelegate):
    """The trend column: the last twelve values as a line, each point coloured by its verdict,
    beside the arrow of the last step (no axes: the chart below the table has them)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        r = index.data(ROW_ROLE)
        super().paint(painter, option, index)
        if r is None or len(r.judgement.points) < 2:
            return
        points = r.judgement.points[-12:]
        values = [p.value for p in points]
        lo, hi = min(values), max(values)
        span = hi - lo or 1.0
        rect = option.rect.adjusted(18, 4, -4, -4)
        step = rect.width() / max(len(points) - 1, 1)
        poly = QPolygonF(
            [
                QPointF(rect.left() + i * step, rect.bottom() - (v - lo) / span * rect.height())
                for i, v in enumerate(values)
            ]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#546e7a"), 1.2))
        painter.drawPolyline(poly)
        painter.setPen(Qt.PenStyle.NoPen)
        for pt, p in zip(poly, points, strict=True):
            painter.setBrush(QColor(STATUS_COLORS.get(p.result, "#757575")))
            painter.drawEllipse(pt, 2.2, 2.2)
        painter.restore()
