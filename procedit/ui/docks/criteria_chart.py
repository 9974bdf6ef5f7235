"""The chart of one criterion: its values per period against the target (and the warning
threshold), drawn with pyqtgraph; each point is coloured by its verdict."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from procedit.control.report import KpiRow
from procedit.model import Comparison

from .criteria_model import STATUS_COLORS


class TrendChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w")
        self.setMinimumHeight(150)
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().setMenuEnabled(False)
        for side in ("left", "bottom"):
            self.getAxis(side).setTextPen("#37474f")
            self.getAxis(side).setPen("#90a4ae")

    def show_row(self, row: KpiRow, lang: str = "ru") -> None:
        self.clear()
        points = row.judgement.points[-24:]
        xs = list(range(len(points)))
        ys = [p.value for p in points]
        self.plot(xs, ys, pen=pg.mkPen("#546e7a", width=2))
        self.plot(
            xs,
            ys,
            pen=None,
            symbol="o",
            symbolSize=8,
            symbolPen=None,
            symbolBrush=[pg.mkBrush(STATUS_COLORS.get(p.result, "#757575")) for p in points],
        )
        self.getAxis("bottom").setTicks([[(i, p.period.text) for i, p in enumerate(points)]])
        t = row.criterion.target
        lines = []
        if (
            t.comparison in (Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL)
            and t.value is not None
        ):
            lines.append((t.value, "#2e7d32", Qt.PenStyle.DashLine))
        elif t.comparison == Comparison.BETWEEN and t.value is not None:
            lines += [
                (t.value, "#2e7d32", Qt.PenStyle.DashLine),
                (t.high or t.value, "#2e7d32", Qt.PenStyle.DashLine),
            ]
        if t.warning is not None and t.comparison in (
            Comparison.AT_LEAST,
            Comparison.AT_MOST,
            Comparison.EQUAL,
        ):
            lines.append((t.warning, "#b26a00", Qt.PenStyle.DotLine))
        for value, color, style in lines:
            self.addItem(pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen(color, width=1.5, style=style)))
        self.getPlotItem().enableAutoRange()
        values = ys + [v for v, _c, _s in lines]
        if values:
            lo, hi = min(values), max(values)
            pad = (hi - lo) * 0.1 or 1.0
            self.setYRange(lo - pad, hi + pad)
        self.setXRange(-0.5, max(len(points) - 0.5, 0.5))
