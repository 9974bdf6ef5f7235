"""Text laid out once as glyph runs, drawn at any zoom without laying it out again.

``QPainter.drawStaticText`` re-shapes its text whenever the painter's scale changes (every
zoom step, for every visible box); a ``QGlyphRun`` keeps glyph ids and positions in item
units, and the paint engine only scales them: a zoom step costs what a pan costs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QGlyphRun, QPainter, QTextLayout

Runs = list[QGlyphRun]


def glyph_runs(text: str, font: QFont) -> Runs:
    """``text`` on one line in ``font``: the glyph runs (one per font used, e.g. fallbacks)."""
    if not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()


def draw_runs(painter: QPainter, top_left: QPointF, runs: Runs) -> None:
    """Draw runs made by ``glyph_runs`` with their line's top-left at ``top_left`` (the pen's colour)."""
    for run in runs:
        painter.drawGlyphRun(top_left, run)
