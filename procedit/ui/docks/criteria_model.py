"""The rows of the Criteria dock: a table model that sorts and filters them, and the sparkline of each row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
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

from .table_rows import RowsModel

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
STATUS_OF = attrgetter("judgement.status")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TREND_RANK = {"up": 2, "flat": 1, "down": 0}  # the trend column's order (no trend: -1)
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


def _text_key(text: str) -> bytes:
    """A text column's sort key: case-folded, in UTF-16 code unit order (as Qt compares strings)."""
    return text.casefold().encode("utf-16-be")


class CriteriaModel(RowsModel):
    """Every criterion of the map (``rows``, in map order), shown sorted and filtered.

    The sorting and filtering are done here in Python on the rows themselves, each key made
    once per row (a QSortFilterProxyModel asked ``data()`` for both sides of every comparison:
    some 360,000 calls at 15,000 rows). The order is Qt's: a stable sort of the order shown
    before (rows of equal keys keep their places, ascending or descending); the filters keep
    the rows of the chosen statuses and owner that contain the search text, in that order.
    """

    context = CONTEXT
    columns = COLUMNS

    def __init__(self, parent: QWidget, lang: str):
        super().__init__(parent)
        self.lang = lang
        self.rows: list[KpiRow] = []
        self.order: list[int] = []  # every row, sorted
        self.shown: list[int] = []  # the rows the filters keep, in that order
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.statuses: frozenset[Status] | None = None
        self.owner: str | None = None
        self.text = ""
        self._keys: dict[int, list[Any]] = {}  # column -> the sort key of every row
        self._haystacks: list[str] | None = None  # what the search text is looked for in, per row

    # ------------------------------------------------------------ rows
    def set_rows(self, rows: Sequence[KpiRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._keys.clear()
        self._haystacks = None
        self.order = self._sorted(range(len(self.rows)))
        self.shown = self._filtered()
        self.endResetModel()

    def replace_rows(self, rows: dict[int, KpiRow]) -> None:
        """New values for the rows numbered by ``rows``' keys: they move to their places."""
        for k, row in rows.items():
            self.rows[k] = row
            for col, keys in self._keys.items():
                keys[k] = self._key(row, col)
            if self._haystacks is not None:
                self._haystacks[k] = self._haystack(row)

        def change() -> None:
            self.order = self._sorted(self.order)
            self.shown = self._filtered()

        self._relayout(change)
        last = len(self.columns) - 1
        for pos, k in enumerate(self.shown):
            if k in rows:
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, last))

    def row_at(self, pos: int) -> KpiRow:
        return self.rows[self.shown[pos]]

    def position_of(self, key: tuple[str, str]) -> int | None:
        """Where the row of (process id, criterion id) is shown, or None."""
        for pos, k in enumerate(self.shown):
            r = self.rows[k]
            if (r.process.id, r.criterion.id) == key:
                return pos
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    # ------------------------------------------------------------ sorting and filtering
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def change() -> None:
            self.sort_column, self.sort_order = column, order
            self.order = self._sorted(self.order)
            self.shown = self._filtered()

        self._relayout(change)

    def set_filter(self, statuses: frozenset[Status] | None, owner: str | None, text: str) -> None:
        def change() -> None:
            self.statuses, self.owner, self.text = statuses, owner, text.strip().casefold()
            self.shown = self._filtered()

        self._relayout(change)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the shown rows; the selection and the current row follow their rows."""
        self.layoutAboutToBeChanged.emit()
        before = self.shown
        kept = self.persistentIndexList()
        change()
        if kept:
            wanted = {before[p.row()] for p in kept if 0 <= p.row() < len(before)}
            at = {k: pos for pos, k in enumerate(self.shown) if k in wanted}
            moved = []
            for p in kept:
                pos = at.get(before[p.row()]) if 0 <= p.row() < len(before) else None
                moved.append(self.index(pos, p.column()) if pos is not None else QModelIndex())
            self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: Iterable[int]) -> list[int]:
        col = self.sort_column
        if col < 0 or col >= len(self.columns):
            return sorted(rows)  # no column: the map's order
        keys = self._keys.get(col)
        if keys is None:
            if col == COL_STATUS:  # (the first sort: worst first; 15,000 rows at N = 5,000)
                keys = [STATUS_RANK[s] for s in map(STATUS_OF, self.rows)]
            else:
                keys = [self._key(r, col) for r in self.rows]
            self._keys[col] = keys
        return sorted(rows, key=keys.__getitem__, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _key(self, r: KpiRow, col: int) -> Any:
        if col == COL_STATUS:
            return STATUS_RANK[r.status]
        if col == COL_LAST:
            last = r.judgement.last
            return last.value if last is not None else float("-inf")
        if col == COL_TREND:
            return TREND_RANK.get(r.judgement.trend or "", -1)
        return _text_key(self._text(r, col))

    def _filtered(self) -> list[int]:
        statuses, owner, text, rows = self.statuses, self.owner, self.text, self.rows
        if statuses is None and owner is None and not text:
            return list(self.order)
        if text and self._haystacks is None:
            self._haystacks = [self._haystack(r) for r in rows]
        hay = self._haystacks
        return [
            k
            for k in self.order
            if (statuses is None or rows[k].status in statuses)
            and (owner is None or rows[k].process.owner_id == owner)
            and (not text or text in hay[k])  # type: ignore[index]
        ]

    @staticmethod
    def _haystack(r: KpiRow) -> str:
        return f"{r.process_title}\n{r.criterion.name}\n{r.owner}".casefold()

    # ------------------------------------------------------------ what a cell shows
    def _text(self, r: KpiRow, col: int) -> str:
        lang = self.lang
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

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[self.shown[index.row()]]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLORS[r.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            values = "; ".join(f"{p.period.text}: {p.value:g}" for p in r.judgement.points[-12:])
            return f"{r.process_title} — {r.criterion.name}\n{values}" if values else r.criterion.name
        return None


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
