"""A criterion's chart of the document tree (``procedit.document.Chart``) drawn with
reportlab's chart module: the values per period, the target (green, dashed) and the warning
threshold (amber, dotted) as flat lines. The PDF takes the drawing as it is; the DOCX gets
it rasterised at 300 dpi (like the map figures): ``charts_pdf`` draws a batch of charts for
``raster``."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from procedit.document import Chart

from .fonts import REGULAR, clean, one_face, register_fonts, shorten

CHART_H = 150.0
_GREEN, _AMBER, _INK = colors.HexColor("#2e7d32"), colors.HexColor("#b26a00"), colors.HexColor("#37474f")


def chart_drawing(chart: Chart, width: float) -> Drawing:
    register_fonts()
    d = Drawing(width, CHART_H + 22)
    title = clean(shorten(chart.title, 140))
    d.add(String(0, CHART_H + 8, title, fontName=one_face(title, REGULAR), fontSize=9, fillColor=_INK))
    lc = HorizontalLineChart()
    lc.x, lc.y = 36, 24
    lc.width, lc.height = width - 50, CHART_H - 34
    n = len(chart.values)
    data = [list(chart.values)]
    styles: list[tuple[object, tuple[float, float] | None, float]] = [(_INK, None, 1.6)]
    for t in chart.targets:
        data.append([t] * n)
        styles.append((_GREEN, (4, 3), 1.0))
    if chart.warning is not None:
        data.append([chart.warning] * n)
        styles.append((_AMBER, (1, 2), 1.0))
    lc.data = data
    for i, (color, dash, line_width) in enumerate(styles):
        lc.lines[i].strokeColor = color
        lc.lines[i].strokeWidth = line_width
        if dash is not None:
            lc.lines[i].strokeDashArray = dash
    lc.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=_INK, strokeColor=_INK)
    lc.categoryAxis.categoryNames = list(chart.periods)
    many = n > 8
    lc.categoryAxis.labels.fontName = lc.valueAxis.labels.fontName = REGULAR
    lc.categoryAxis.labels.fontSize = lc.valueAxis.labels.fontSize = 7
    lc.categoryAxis.labels.angle = 30 if many else 0
    lc.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    every = [v for series in data for v in series]
    lo, hi = min(every), max(every)
    pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
    lc.valueAxis.valueMin, lc.valueAxis.valueMax = lo - pad, hi + pad
    lc.valueAxis.visibleGrid = True
    lc.valueAxis.gridStrokeColor = colors.HexColor("#cfd8dc")
    lc.valueAxis.gridStrokeWidth = 0.3
    d.add(lc)
    return d


def charts_pdf(charts: list[Chart], width: float) -> bytes:
    """The charts drawn by ``chart_drawing``, one page each (a page the size of its drawing,
    as ``renderPDF.drawToString`` makes it): one PDF for a batch of charts, so the fonts are
    embedded and the file is parsed once, not per chart."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.renderbase import STATE_DEFAULTS
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, initialFontName=STATE_DEFAULTS["fontName"], initialFontSize=STATE_DEFAULTS["fontSize"])
    checking = rl_config.shapeChecking
    rl_config.shapeChecking = (
        0  # (the attribute checks of reportlab's shapes: a development aid, 15 % of the time)
    )
    try:
        for chart in charts:
            d = chart_drawing(chart, width)
            c.setPageSize((d.width, d.height))
            renderPDF.draw(d, c, 0, 0)
            c.showPage()
    finally:
        rl_config.shapeChecking = checking
    c.save()
    return buf.getvalue()
