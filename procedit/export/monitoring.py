"""A criterion's chart of the document tree (``procedit.document.Chart``) drawn with
reportlab's chart module: the values per period, the target (green, dashed) and the warning
threshold (amber, dotted) as flat lines. The PDF takes the drawing as it is; the DOCX draws
the same chart as a native Word chart (``docx.charts``) with these colours and this value
range."""

from __future__ import annotations

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from procedit.document import Chart

from .fonts import REGULAR, clean, one_face, register_fonts, shorten

CHART_H = 150.0
TARGET, WARNING, INK = colors.HexColor("#2e7d32"), colors.HexColor("#b26a00"), colors.HexColor("#37474f")


def value_range(chart: Chart) -> tuple[float, float]:
    """The value axis's (minimum, maximum): every value and line, with an eighth of room."""
    every = [*chart.values, *chart.targets, *(() if chart.warning is None else (chart.warning,))]
    lo, hi = min(every), max(every)
    pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
    return lo - pad, hi + pad


def chart_drawing(chart: Chart, width: float) -> Drawing:
    register_fonts()
    d = Drawing(width, CHART_H + 22)
    title = clean(shorten(chart.title, 140))
    d.add(String(0, CHART_H + 8, title, fontName=one_face(title, REGULAR), fontSize=9, fillColor=INK))
    lc = HorizontalLineChart()
    lc.x, lc.y = 36, 24
    lc.width, lc.height = width - 50, CHART_H - 34
    n = len(chart.values)
    data = [list(chart.values)]
    styles: list[tuple[object, tuple[float, float] | None, float]] = [(INK, None, 1.6)]
    for t in chart.targets:
        data.append([t] * n)
        styles.append((TARGET, (4, 3), 1.0))
    if chart.warning is not None:
        data.append([chart.warning] * n)
        styles.append((WARNING, (1, 2), 1.0))
    lc.data = data
    for i, (color, dash, line_width) in enumerate(styles):
        lc.lines[i].strokeColor = color
        lc.lines[i].strokeWidth = line_width
        if dash is not None:
            lc.lines[i].strokeDashArray = dash
    lc.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=INK, strokeColor=INK)
    lc.categoryAxis.categoryNames = list(chart.periods)
    many = n > 8
    lc.categoryAxis.labels.fontName = lc.valueAxis.labels.fontName = REGULAR
    lc.categoryAxis.labels.fontSize = lc.valueAxis.labels.fontSize = 7
    lc.categoryAxis.labels.angle = 30 if many else 0
    lc.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    lc.valueAxis.valueMin, lc.valueAxis.valueMax = value_range(chart)
    lc.valueAxis.visibleGrid = True
    lc.valueAxis.gridStrokeColor = colors.HexColor("#cfd8dc")
    lc.valueAxis.gridStrokeWidth = 0.3
    d.add(lc)
    return d
