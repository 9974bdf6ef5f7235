"""Text drawn as glyph outlines (fontTools): the draft mark is a drawing, not text, so it
never mixes into text copied from the PDF or read by a screen reader."""

from __future__ import annotations

from functools import cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont


class _PathPen(BasePen):
    """Writes a glyph's contours into a reportlab path (quadratic curves become cubic)."""

    def __init__(self, glyphs, path, scale: float, dx: float) -> None:
        super().__init__(glyphs)
        self.path, self.scale, self.dx = path, scale, dx

    def _xy(self, pt) -> tuple[float, float]:
        return self.dx + pt[0] * self.scale, pt[1] * self.scale

    def _moveTo(self, pt) -> None:
        self.path.moveTo(*self._xy(pt))

    def _lineTo(self, pt) -> None:
        self.path.lineTo(*self._xy(pt))

    def _curveToOne(self, p1, p2, p3) -> None:
        self.path.curveTo(*self._xy(p1), *self._xy(p2), *self._xy(p3))

    def _closePath(self) -> None:
        self.path.close()


@cache
def _font(path: str) -> TTFont:
    return TTFont(path, lazy=True)


def outline_path(canvas, text: str, font_file: str, size: float):
    """A reportlab path of ``text`` set at ``size`` points with its baseline at y=0, centred
    on x=0; characters the font lacks are skipped."""
    font = _font(font_file)
    cmap = font.getBestCmap() or {}
    glyphs = font.getGlyphSet()
    hmtx = font["hmtx"]
    scale = size / font["head"].unitsPerEm
    names = [cmap[ord(ch)] for ch in text if ord(ch) in cmap]
    width = sum(hmtx[n][0] for n in names) * scale
    path = canvas.beginPath()
    x = -width / 2
    for name in names:
        glyphs[name].draw(_PathPen(glyphs, path, scale, x))
        x += hmtx[name][0] * scale
    return path
