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
_RASTER_DEVICES = (1, 2, 3)  # QInternal::Widget, Pixmap, Image


class Text(NamedTuple):
    text: str
    font: QFont
    ascent: float
    runs: list[QGlyphRun]


def glyph_runs(text: str, font: QFont) -> Text:
    """``text`` on one line in ``font`` (one run per font used, e.g. fallbacks).

    Short texts are shaped once and shared (never changed once made): owners' names, kinds,
    and the words a box or label is cut down to when zoomed out ("Разработка…") repeat
    across a map, and a presentation's first frame would otherwise shape hundreds of them."""
    if not text:
        return Text("", font, 0.0, [])
    if len(text) > _SHARED_LEN:
        return _shape(text, font)
    key = (text, _font_key(font))
    found = _shared.get(key)
    if found is None:
        if len(_shared) >= _SHARED_MAX:
            _shared.clear()
        found = _shared[key] = _shape(text, font)
    return found


def _font_key(font: QFont) -> str:
    """``font.key()`` (a string built anew on every call, ~3 us: a presentation's first frame
    asks it for every line of every box), remembered per font object. The canvas's fonts are
    made once and never changed (``style.fonts``); the font is kept with its key, so its id
    is not reused while remembered."""
    found = _font_keys.get(id(font))
    if found is None or found[0] is not font:
        if len(_font_keys) >= 256:
            _font_keys.clear()
        found = _font_keys[id(font)] = (font, font.key())
    return found[1]


_font_keys: dict[int, tuple[QFont, str]] = {}


def _shape(text: str, font: QFont) -> Text:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return Text(text, font, QFontMetricsF(font).ascent(), layout.glyphRuns())


_SHARED_LEN = 40
_SHARED_MAX = 20_000
_shared: dict[tuple[str, str], Text] = {}


class _Frame:
    """Set while a view paints a frame in one pass (``canvas.frame``): its painter draws on
    the screen, and the texts need not ask each time."""

    screen = False


def begin_screen_frame() -> None:
    _Frame.screen = True


def end_screen_frame() -> None:
    _Frame.screen = False


def draw_runs(painter: QPainter, top_left: QPointF, text: Text) -> None:
    """Draw ``text`` with its line's top-left at ``top_left`` (in the pen's colour)."""
    if _Frame.screen:
        for run in text.runs:
            painter.drawGlyphRun(top_left, run)
        return
    device = painter.device()
    # (a widget, pixmap or image is painted by the raster engine: asked first, as an int, since
    # the engine's type comes as a Python enum made anew on every call, thousands per frame)
    if (device is None or device.devType() not in _RASTER_DEVICES) and _vector(painter):
        painter.setFont(text.font)
        painter.drawText(QPointF(top_left.x(), top_left.y() + text.ascent), text.text)
        return
    for run in text.runs:
        painter.drawGlyphRun(top_left, run)


def draw_lines(painter: QPainter, x: float, y: float, step: float, lines: list[Text]) -> None:
    """Draw ``lines`` one under the other, ``step`` apart, the first's top-left at (x, y)."""
    device = None if _Frame.screen else painter.device()
    if not _Frame.screen and (device is None or device.devType() not in _RASTER_DEVICES) and _vector(painter):
        for i, text in enumerate(lines):
            draw_runs(painter, QPointF(x, y + i * step), text)
        return
    glyphs = painter.drawGlyphRun
    for i, text in enumerate(lines):
        if text.runs:
            at = QPointF(x, y + i * step)
            for run in text.runs:
                glyphs(at, run)


def on_screen(painter: QPainter) -> bool:
    """Whether ``painter`` draws glyph runs (a screen, pixmap or image), not real text."""
    if _Frame.screen:
        return True
    device = painter.device()
    return (device is not None and device.devType() in _RASTER_DEVICES) or not _vector(painter)


def _vector(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() not in _SCREEN


Runs = Text  # what items keep per line
