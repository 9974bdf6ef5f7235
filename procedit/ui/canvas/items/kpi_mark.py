"""The criteria mark of a process box: a small tag with a falling line in the bottom-left
corner when the process's criteria miss (amber: missed in the last period, red: missed
several periods running). It is not a findings badge (those are circles top right) and is
switched on and off on its own (View ▸ Criteria Marks)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

MISSED, MISSED_RUNNING = 1, 2
KPI_RULES = {"criterion_missed": MISSED, "criterion_missed_running": MISSED_RUNNING}
_COLORS = {MISSED: QColor("#ef6c00"), MISSED_RUNNING: QColor("#c62828")}
MARK_W, MARK_H = 24.0, 14.0


def kpi_state(findings: Iterable[Any]) -> int:
    """0, or how badly the box's criteria miss (from the control findings of the process)."""
    state = 0
    for f in findings:
        state = max(state, KPI_RULES.get(getattr(f, "rule", ""), 0))
    return state


def mark_rect(height: float) -> QRectF:
    return QRectF(-4, height - MARK_H + 4, MARK_W, MARK_H)


def paint_kpi_mark(painter: QPainter, height: float, state: int) -> None:
    r = mark_rect(height)
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.setBrush(_COLORS.get(state, _COLORS[MISSED]))
    painter.drawRoundedRect(r, 3, 3)
    # a falling trend line with an arrow head
    x0, y0, x1, y1 = r.left() + 4, r.top() + 3.5, r.right() - 5, r.bottom() - 3.5
    line = QPolygonF(
        [
            QPointF(x0, y0),
            QPointF(x0 + (x1 - x0) * 0.4, y0 + (y1 - y0) * 0.55),
            QPointF(x0 + (x1 - x0) * 0.6, y0 + (y1 - y0) * 0.35),
            QPointF(x1, y1),
        ]
    )
    pen = QPen(QColor("white"), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(line)
    painter.drawLine(QPointF(x1, y1), QPointF(x1 - 3.5, y1))
    painter.drawLine(QPointF(x1, y1), QPointF(x1, y1 - 3.5))
