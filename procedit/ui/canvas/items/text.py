"""Text laid out once as glyph runs, drawn at any zoom without laying it out again.

``QPainter.drawStaticText`` re-shapes its text whenever the painter's scale changes (every
zoom step, for every visible box); a ``QGlyphRun`` keeps glyph ids and positions in item
units, and the paint engine only scales them: a zoom step costs what a pan costs.
Vector output (SVG, PDF, printing) gets real text instead (``drawText``): glyph runs would
become outlines there, and the names could no longer be searched or copied.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QGlyphRun, QPaintEngine, QPainter, QTextLayout

_SCREEN = {QPaintEngine.Type.Raster, QPaintEngine.Type.OpenGL2, QPaintEngine.Type.OpenGL}


class Text(NamedTuple):
    text: str
    font: QFont
    ascent: float
    runs: list[QGlyphRun]


def glyph_runs(text: str, font: QFont) -> Text:
    """``text`` on one line in ``font``, shaped now (one run per font used, e.g. fallbacks)."""
    if not text:
        return Text("", font, 0.0, [])
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return Text(text, font, QFontMetricsF(font).ascent(), layout.glyphRuns())


def draw_runs(painter: QPainter, top_left: QPointF, text: Text) -> None:
    """Draw ``text`` with its line's top-left at ``top_left`` (in the pen's colour)."""
    engine = painter.paintEngine()
    if engine is not None and engine.type() not in _SCREEN:
        painter.setFont(text.font)
        painter.drawText(QPointF(top_left.x(), top_left.y() + text.ascent), text.text)
        return
    for run in text.runs:
        painter.drawGlyphRun(top_left, run)


Runs = Text  # what items keep per line
