"""The criteria's charts of the document tree (``procedit.document.Chart``, grouped as small
multiples in a ``ChartGroup``) drawn with reportlab's chart module: a process's charts side by
side, each with the values per period (dots coloured by their result: met, warning, missed),
the target (green, dashed) and the warning threshold (amber, dotted) as flat lines, the value
axis in the round steps the DOCX's native chart uses (``value_scale``).

A thousand-process regulation draws three thousand charts, so the drawing is lean:
``HorizontalLineChart`` lays out each chart (axes, ticks, grid lines, the lines and dots as
shapes) with its labels off, and the shapes are written straight into the page as PDF path
operators (``_Emitter``; reportlab's general renderer spent ~0.5 ms a chart on its state
machinery, its label widgets ~2 ms on measuring and encoding). The tick and category labels
are set by the regulation's text writer (``fasttext``), the period labels thinned to what fits
under a narrow chart (the latest period always labelled). A shape the emitter does not know
is drawn by reportlab's renderer, so what the chart module draws is always drawn.
"""

from __future__ import annotations

import math
import threading

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from procedit.control.targets import format_number
from procedit.document import Chart, ChartGroup

from .fasttext import TextWriter
from .fonts import BOLD, REGULAR, clean, register_fonts, text_width, wrap_text

TARGET, WARNING, INK = colors.HexColor("#2e7d32"), colors.HexColor("#b26a00"), colors.HexColor("#37474f")
RESULT_COLORS = {
    "met": colors.HexColor("#2e7d32"),
    "warning": colors.HexColor("#f0a800"),
    "missed": colors.HexColor("#c62828"),
}
AXIS, GRID, LABEL = colors.HexColor("#90a4ae"), colors.HexColor("#cfd8dc"), colors.HexColor("#546e7a")

PANEL_H = 118.0  # one chart of a row: title (two lines), plot, period labels
CHART_H = PANEL_H  # the height the DOCX gives a chart of a group
GAP = 12.0  # between the charts of a row
ROW_GAP = 8.0  # between the rows of a group
TITLE_SIZE, TITLE_LEAD = 7.0, 8.4
LABEL_SIZE = 6.0
GROUP_SIZE, GROUP_H = 8.5, 15.0  # the group's title (the process) above its first row
PLOT_LEFT, PLOT_RIGHT, PLOT_BOTTOM = 28.0, 5.0, 13.0
DOT_R = 1.9


def value_range(chart: Chart) -> tuple[float, float]:
    """The values and lines of ``chart`` with an eighth of room above and below."""
    every = [*chart.values, *chart.targets, *(() if chart.warning is None else (chart.warning,))]
    lo, hi = min(every), max(every)
    pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
    return lo - pad, hi + pad


def value_scale(chart: Chart) -> tuple[float, float, float]:
    """(minimum, maximum, step) of the value axis: ``value_range`` in three to ten round steps
    (1, 2 or 5 times a power of ten). The PDF and the DOCX chart use the same."""
    lo, hi = value_range(chart)
    raw = (hi - lo) / 5 or 1.0
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    low, high = math.floor(lo / step) * step, math.ceil(hi / step) * step
    return _round(low), _round(high), _round(step)


def _round(x: float) -> float:
    """``x`` to 12 significant digits (no 0.30000000000000004 on the axis)."""
    return float(f"{x:.12g}")


# --- the flowables ---------------------------------------------------------------------------
class ChartRow(Flowable):
    """One row of a chart group: up to ``columns`` charts of equal width side by side, the
    group's title above them when it is the group's first row."""

    def __init__(self, charts: list[Chart], columns: int, title: str, lang: str) -> None:
        super().__init__()
        self.charts, self.columns, self.title, self.lang = charts, max(1, columns), title, lang
        self.height = PANEL_H + ROW_GAP + (GROUP_H if title else 0.0)

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        if self.title:
            top -= GROUP_H
            lines = wrap_text(clean(self.title), BOLD, GROUP_SIZE, self.width, 1)
            c._code.append(f"{fp_str(*INK.rgb())} rg")
            tw = TextWriter(c)
            tw.set_font(BOLD, GROUP_SIZE)
            tw.line(0, top + 4, lines[0] if lines else "")
            tw.finish()
        w = (self.width - GAP * (self.columns - 1)) / self.columns
        for i, chart in enumerate(self.charts):
            draw_chart(c, chart, i * (w + GAP), top - PANEL_H, w, PANEL_H, self.lang)


def group_rows(group: ChartGroup, lang: str) -> list[ChartRow]:
    """The rows of ``group``: its title over the first (never left alone at a page's foot)."""
    n = max(1, group.columns)
    return [
        ChartRow(group.charts[i : i + n], n, group.title if i == 0 else "", lang)
        for i in range(0, len(group.charts), n)
    ]


# --- one chart -------------------------------------------------------------------------------
_LOCAL = threading.local()  # the templates of a thread (an export in a worker thread has its own)


def _template(w: float, h: float) -> HorizontalLineChart:
    """reportlab's line chart configured once per panel size (axes, grid, colours): a chart
    takes only its data, its value scale and its lines' styles."""
    templates: dict[tuple[float, float], HorizontalLineChart] | None = getattr(_LOCAL, "templates", None)
    if templates is None or len(templates) > 16:
        templates = _LOCAL.templates = {}
    lc = templates.get((w, h))
    if lc is not None:
        return lc
    lc = templates[(w, h)] = HorizontalLineChart()
    lc.x, lc.y = PLOT_LEFT, PLOT_BOTTOM
    lc.width, lc.height = w - PLOT_LEFT - PLOT_RIGHT, h - PLOT_BOTTOM
    ca, va = lc.categoryAxis, lc.valueAxis
    ca.joinAxisMode = "bottom"  # along the foot even where zero is in the range
    ca.visibleLabels = va.visibleLabels = 0  # set apart (draw_chart)
    ca.visibleTicks = va.visibleTicks = 0  # the grid and the labels say it
    ca.strokeColor = va.strokeColor = AXIS
    ca.strokeWidth = va.strokeWidth = 0.6
    va.visibleGrid = 1
    va.gridStrokeColor = GRID
    va.gridStrokeWidth = 0.3
    return lc


def line_chart(chart: Chart, w: float, h: float, left: float = PLOT_LEFT) -> HorizontalLineChart:
    """reportlab's line chart of ``chart`` in a ``w`` × ``h`` panel (its labels are set apart,
    ``left`` the room for the value labels): the values, the target line(s) and the warning
    threshold, on the shared value scale."""
    lc = _template(w, h)
    lc.x, lc.width = left, w - left - PLOT_RIGHT
    n = len(chart.values)
    data = [list(chart.values)]
    styles: list[tuple[object, object, float]] = [(INK, None, 1.2)]
    for t in chart.targets:
        data.append([t] * n)
        styles.append((TARGET, (3, 2), 0.9))
    if chart.warning is not None:
        data.append([chart.warning] * n)
        styles.append((WARNING, (1, 1.5), 0.9))
    lc.data = data
    for i, (color, dash, width) in enumerate(styles):
        style = lc.lines[i]
        style.strokeColor, style.strokeWidth, style.strokeDashArray = color, width, dash
    lc.categoryAxis.categoryNames = [""] * n
    lc.valueAxis.valueMin, lc.valueAxis.valueMax, lc.valueAxis.valueStep = value_scale(chart)
    return lc


def draw_chart(c, chart: Chart, x: float, y: float, w: float, h: float, lang: str) -> None:
    """``chart`` in the ``w`` × ``h`` panel at (``x``, ``y``) of canvas ``c``: its title (two
    lines at most) above the plot, the tick labels left of it, the periods under it."""
    register_fonts()
    title = wrap_text(clean(chart.title), REGULAR, TITLE_SIZE, w, 2)
    plot_h = h - 2 * TITLE_LEAD - 6
    lo, hi, step = value_scale(chart)
    widest = max(text_width(format_number(v, lang), REGULAR, LABEL_SIZE) for v in (lo, hi))
    lc = line_chart(chart, w, plot_h, max(PLOT_LEFT, widest + 6.0))  # room for "1 500 000"
    shapes = lc.draw()
    em = _Emitter(c, x, y)
    em.emit(shapes)
    if len(chart.values) == 1:  # a line of one point is none: the target and threshold across the plot
        va0 = lc.valueAxis
        for level, (color, dash, width) in zip(
            [*chart.targets, *(() if chart.warning is None else (chart.warning,))],
            [*((TARGET, (3, 2), 0.9) for _ in chart.targets), (WARNING, (1, 1.5), 0.9)],
            strict=False,
        ):
            ly = va0.scale(level)
            em.emit(
                Line(
                    lc.x, ly, lc.x + lc.width, ly, strokeColor=color, strokeDashArray=dash, strokeWidth=width
                )
            )
    by_result: dict[str, list[tuple[float, float]]] = {}
    for (px, py), result in zip(lc._positions[0], chart.results, strict=False):
        by_result.setdefault(result, []).append((px, py))
    for result, points in by_result.items():  # a dot per value in its result's colour
        em.dots(points, RESULT_COLORS.get(result, INK))
    em.close()
    va, ca = lc.valueAxis, lc.categoryAxis
    code = c._code
    code.append(f"q 1 0 0 1 {fp_str(x)} {fp_str(y)} cm {fp_str(*INK.rgb())} rg")
    tw = TextWriter(c)
    tw.set_font(REGULAR, TITLE_SIZE)
    for i, line in enumerate(title):
        tw.line(0, h - TITLE_LEAD * (i + 1) + 1.5, line)
    tw.finish()
    code.append(f"{fp_str(*LABEL.rgb())} rg")
    tw = TextWriter(c)
    tw.set_font(REGULAR, LABEL_SIZE)
    for v in va._tickValues:
        text = format_number(_round(v), lang)
        tw.line(lc.x - 3.5 - text_width(text, REGULAR, LABEL_SIZE), va.scale(v) - 2.0, text)
    n = len(chart.periods)
    if n:
        cat_w = lc.width / n
        widest = max(text_width(p, REGULAR, LABEL_SIZE) for p in chart.periods)
        step = max(1, math.ceil((widest + 4) / cat_w))
        for i in range(n - 1, -1, -step):  # the latest period always labelled
            text = clean(chart.periods[i])
            left, band = ca.scale(i)
            tw.line(left + band / 2 - text_width(text, REGULAR, LABEL_SIZE) / 2, lc.y - 9, text)
    tw.finish()
    code.append("Q")


class _Emitter:
    """Writes the plain shapes of a chart (groups, lines, polylines, rectangles, circles) as
    PDF operators into canvas ``c``'s page at (``x``, ``y``), keeping the stroke and fill state
    it set so that a run of grid lines or ticks costs one line each; any other shape is drawn
    by reportlab's renderer."""

    _K = 0.5522847498  # the Bézier handle of a quarter circle

    def __init__(self, c, x: float, y: float) -> None:
        self.c = c
        self.out: list[str] = ["q", f"1 0 0 1 {fp_str(x)} {fp_str(y)} cm"]
        self.state: dict[str, object] = {}
        self.last_stroke: tuple | None = None

    def close(self) -> None:
        self.out.append("Q")
        self.c._code.append("\n".join(self.out))

    def _set(self, key: str, value: object, op: str) -> None:
        if self.state.get(key, _UNSET) != value:
            self.state[key] = value
            self.out.append(op)

    def _stroke(self, s) -> bool:
        color, width = getattr(s, "strokeColor", None), getattr(s, "strokeWidth", 1)
        if color is None or not width:
            return False
        style = (
            color,
            width,
            getattr(s, "strokeDashArray", None),
            getattr(s, "strokeLineCap", 0),
            getattr(s, "strokeLineJoin", 0),
        )
        if style == self.last_stroke:
            return True
        self.last_stroke = style
        self._set("RG", color, f"{fp_str(*color.rgb())} RG")
        self._set("w", width, f"{fp_str(width)} w")
        dash = getattr(s, "strokeDashArray", None) or ()
        phase = 0
        if len(dash) == 2 and isinstance(dash[1], (list, tuple)):
            phase, dash = dash  # reportlab's (phase, [on, off…])
        dash = tuple(dash)
        self._set("d", dash, f"[{fp_str(*dash) if dash else ''}] {fp_str(phase)} d")
        cap = getattr(s, "strokeLineCap", 0) or 0
        self._set("J", cap, f"{cap} J")
        join = getattr(s, "strokeLineJoin", 0) or 0
        self._set("j", join, f"{join} j")
        return True

    def _fill(self, s) -> bool:
        color = getattr(s, "fillColor", None)
        if color is None:
            return False
        self._set("rg", color, f"{fp_str(*color.rgb())} rg")
        return True

    def dots(self, points: list[tuple[float, float]], color) -> None:
        """Filled dots of radius ``DOT_R`` at ``points``, in one path."""
        self._set("rg", color, f"{fp_str(*color.rgb())} rg")
        r = DOT_R
        k = r * self._K
        path = []
        for cx, cy in points:
            path.append(
                f"{fp_str(cx + r, cy)} m "
                f"{fp_str(cx + r, cy + k, cx + k, cy + r, cx, cy + r)} c "
                f"{fp_str(cx - k, cy + r, cx - r, cy + k, cx - r, cy)} c "
                f"{fp_str(cx - r, cy - k, cx - k, cy - r, cx, cy - r)} c "
                f"{fp_str(cx + k, cy - r, cx + r, cy - k, cx + r, cy)} c"
            )
        if path:
            self.out.append(" ".join(path) + " f")

    def emit(self, node) -> None:
        if node is None:
            return
        if hasattr(node, "provideNode"):  # a widget (an axis): its shapes
            node = node.provideNode()
        kind = type(node)
        if kind is Group:
            t = tuple(node.transform)
            moved = t != (1, 0, 0, 1, 0, 0)
            if moved:
                saved = dict(self.state)
                self.out.append(f"q {fp_str(*t)} cm")
            for child in node.contents:
                self.emit(child)
            if moved:
                self.out.append("Q")
                self.state, self.last_stroke = saved, None
        elif kind is Line:
            if self._stroke(node):
                self.out.append(f"{fp_str(node.x1, node.y1)} m {fp_str(node.x2, node.y2)} l S")
        elif kind is PolyLine:
            p = node.points
            if len(p) >= 4 and self._stroke(node):
                path = [f"{fp_str(p[0], p[1])} m"]
                path += [f"{fp_str(p[i], p[i + 1])} l" for i in range(2, len(p) - 1, 2)]
                self.out.append(" ".join(path) + " S")
        elif kind is Circle and not getattr(node, "strokeColor", None):
            if self._fill(node):
                cx, cy, r = node.cx, node.cy, node.r
                k = r * self._K
                self.out.append(
                    f"{fp_str(cx + r, cy)} m "
                    f"{fp_str(cx + r, cy + k, cx + k, cy + r, cx, cy + r)} c "
                    f"{fp_str(cx - k, cy + r, cx - r, cy + k, cx - r, cy)} c "
                    f"{fp_str(cx - r, cy - k, cx - k, cy - r, cx, cy - r)} c "
                    f"{fp_str(cx + k, cy - r, cx + r, cy - k, cx + r, cy)} c f"
                )
        elif kind is Rect and not getattr(node, "rx", 0) and not getattr(node, "ry", 0):
            fill, stroke = self._fill(node), self._stroke(node)
            if fill or stroke:
                op = "B" if fill and stroke else ("f" if fill else "S")
                self.out.append(f"{fp_str(node.x, node.y, node.width, node.height)} re {op}")
        else:  # anything else as reportlab draws it (in the place and transform reached here)
            self.c._code.append("\n".join(self.out))
            self.out = []
            d = Drawing(1, 1)
            d.add(node)
            renderPDF.draw(d, self.c, 0, 0)
            self.state, self.last_stroke = {}, None


_UNSET = object()
