"""The Criteria dock's trend column: each row with actuals draws its values as a small line
with points coloured by verdict; a row without actuals draws nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from procedit.control import target_of
from procedit.control.report import kpi_rows
from procedit.model import Criterion, Measurement, Process, ProcessMap, Project
from procedit.ui.docks.criteria_model import COL_TREND, CriteriaModel, SparklineDelegate

TODAY = dt.date(2026, 12, 20)
W, H = 180, 32
PLOT = QRect(18, 4, W - 18 - 4, H - 8)  # the delegate's plot area inside the cell
BACKGROUND = QColor("white")


def _project() -> Project:
    def crit(cid: str, target: str, *values: float) -> Criterion:
        actuals = tuple(Measurement(period=f"2026-{6 + i:02d}", value=v) for i, v in enumerate(values))
        return Criterion(id=cid, name=cid, target=target_of(target), period="месяц", actuals=actuals)

    rising = crit("rising", "≥ 100", 40, 50, 60, 70, 80, 90)  # every month missed
    met = crit("met", "≥ 100", 120, 130, 110, 125, 140, 150)
    empty = crit("empty", "≥ 100")
    proc = Process(id="proc_1", code="П-1", name="Продажи", criteria=(rising, met, empty))
    return Project(maps=(ProcessMap(id="map_1", name="Карта", processes=(proc,)),))


def _paint(qtbot, name: str) -> QImage:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = CriteriaModel(parent, "ru")
    model.set_rows(kpi_rows(_project(), "map_1", TODAY))
    [row] = [k for k, r in enumerate(model.rows) if r.criterion.id == name]
    image = QImage(W, H, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, W, H)
    painter = QPainter(image)
    SparklineDelegate(parent).paint(painter, option, model.index(row, COL_TREND))
    painter.end()
    return image


def _inked(image: QImage) -> list[tuple[int, int, QColor]]:
    """The pixels of the plot area that are not background."""
    out = []
    for x in range(PLOT.left(), PLOT.right() + 1):
        for y in range(PLOT.top(), PLOT.bottom() + 1):
            c = image.pixelColor(x, y)
            if c != BACKGROUND:
                out.append((x, y, c))
    return out


def _near(c: QColor, hex_: str, tolerance: int = 60) -> bool:
    ref = QColor(hex_)
    return abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue()) < tolerance


def test_a_row_with_actuals_draws_its_line_across_the_cell(qtbot):
    inked = _inked(_paint(qtbot, "rising"))
    assert len(inked) > 60  # a line, not a speck
    xs = {x for x, _, _ in inked}
    assert min(xs) <= PLOT.left() + 3 and max(xs) >= PLOT.right() - 3  # first to last period
    # rising values: the line starts low on the left and ends high on the right
    third = PLOT.width() // 3
    left = [y for x, y, _ in inked if x < PLOT.left() + third]
    right = [y for x, y, _ in inked if x > PLOT.right() - third]
    assert sum(left) / len(left) > sum(right) / len(right) + PLOT.height() / 3
    assert sum(_near(c, "#546e7a") for _, _, c in inked) > 40  # the line between the points
    # the points carry the verdict: every month missed is red, none green
    assert any(_near(c, "#c62828") for _, _, c in inked)
    assert not any(_near(c, "#2e7d32") for _, _, c in inked)


def test_points_of_met_values_are_green(qtbot):
    inked = _inked(_paint(qtbot, "met"))
    assert any(_near(c, "#2e7d32") for _, _, c in inked)
    assert not any(_near(c, "#c62828") for _, _, c in inked)


def test_a_row_without_actuals_draws_nothing(qtbot):
    assert _inked(_paint(qtbot, "empty")) == []


def test_the_dock_draws_the_trend_of_each_row_in_its_table(open_window):
    from test_criteria_ui import control_project

    from procedit.ui.docks.criteria_model import ROW_ROLE

    w = open_window(control_project())
    w.control.dock.show()
    w.control.dock.raise_()
    panel = w.panels.criteria
    panel.refresh()
    QApplication.processEvents()
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, COL_TREND)
        assert index.data(ROW_ROLE).criterion.actuals
        panel.table.scrollTo(index)
        QApplication.processEvents()
        shot = panel.table.viewport().grab().toImage()
        cell = panel.table.visualRect(index)
        assert shot.rect().contains(cell)
        assert cell.width() > 30 and cell.height() > 10
        line = [
            (x, y)
            for x in range(cell.left() + 18, cell.right() - 3)
            for y in range(cell.top() + 4, cell.bottom() - 3)
            if _near(shot.pixelColor(x, y), "#546e7a")
        ]
        assert len(line) > 10, f"no trend line in row {row}"
