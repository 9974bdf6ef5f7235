"""Fast emission of many short lines of text in one PDF text object.

reportlab encodes every drawn string for a TrueType font with a per-character Python
loop (``TTFont.splitString``). A regulation has a few hundred distinct characters, so
after the first use of each character its code is known: this writer keeps that map
and encodes a line with one ``str.translate``; only a line with a character not seen
yet goes through reportlab's own encoder (which assigns the character its code).
The output is the same PDF operators reportlab writes (``Tf``, ``Tm``, ``Tj``).
Italic lines that need a synthetic oblique (see ``fonts.face``) get a skewed ``Tm``.
A line with characters its face lacks is drawn run by run (``fonts.runs``): each run in
the face that has its characters, placed after the one before.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import covers, face, is_italic, runs, text_width


class _FontCodes:
    """For one font in one document: characters already assigned to subset 0."""

    def __init__(self) -> None:
        self.table: dict[int, str] = {}
        self.chars: frozenset[str] = frozenset()
        self.shown: dict[str, str] = {}  # text -> its "(...) Tj" (codes never change once given)


class TextWriter:
    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.code: list[str] = ["BT"]
        self.font = None
        self.name = ""
        self.wanted = ""  # the font asked for (an italic may be drawn in another face)
        self.size = 0.0
        self.subset = -1
        cache = getattr(self.doc, "_procedit_codes", None)
        if cache is None:
            cache = self.doc._procedit_codes = {}
        self._cache: dict[str, _FontCodes] = cache

    def set_font(self, name: str, size: float) -> None:
        self.wanted = name
        self._italic = is_italic(name)
        self._use(name, size)

    def _use(self, name: str, size: float) -> None:
        self.font = getFont(name)
        self.name = name
        self.size = size
        self.subset = -1
        self._codes = self._cache.setdefault(name, _FontCodes())

    def line(self, x: float, y: float, text: str) -> None:
        if not text:
            return
        skew = 0.0
        name = self.wanted
        if self._italic:
            name, skew = face(self.wanted, text)
        if name != self.name:
            self._use(name, self.size)
        if text not in self._codes.shown and not covers(name, text):
            for run_face, piece in runs(text, self.wanted):  # a fallback face draws a part
                if run_face != self.name:
                    self._use(run_face, self.size)
                self._show(x, y, piece, skew)
                x += stringWidth(piece, run_face, self.size)
            return
        self._show(x, y, text, skew)

    def _show(self, x: float, y: float, text: str, skew: float) -> None:
        codes = self._codes
        R = self.code.append
        tm = f"1 0 {skew:.3f} 1 {x:.2f} {y:.2f} Tm" if skew else f"1 0 0 1 {x:.2f} {y:.2f} Tm"
        tj = codes.shown.get(text)
        if tj is None and codes.chars.issuperset(text):
            tj = f"({self.canv._escape(text.translate(codes.table).encode('latin-1'))}) Tj"
            if len(codes.shown) > 200_000:
                codes.shown.clear()
            codes.shown[text] = tj
        if tj is not None:  # every character already has its code in subset 0
            if self.subset != 0:
                R(f"{self.font.getSubsetInternalName(0, self.doc)} {fp_str(self.size)} Tf")
                self.subset = 0
            R(f"{tm} {tj}")
            return
        chunks = self.font.splitString(text, self.doc)
        self._learn(codes)
        R(tm)
        escape = self.canv._escape
        for subset, data in chunks:
            if subset != self.subset:
                R(f"{self.font.getSubsetInternalName(subset, self.doc)} {fp_str(self.size)} Tf")
                self.subset = subset
            R(f"({escape(data)}) Tj")

    def _learn(self, codes: _FontCodes) -> None:
        state = self.font.state[self.doc]
        table = {code: chr(n) for code, n in state.assignments.items() if n < 256}
        table[0xA0] = table.get(32, " ")
        codes.table = table
        codes.chars = frozenset(chr(c) for c in table)

    def finish(self) -> None:
        self.code.append("ET")
        self.canv._code.append("\n".join(self.code))


def draw_text(
    canv: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "left"
) -> None:
    """``canv.drawString`` (``anchor`` "left", "centre" or "right") that draws an italic
    as ``fonts.face`` says (a real italic face, or the upright one slanted)."""
    if not text:
        return
    if anchor != "left":
        w = text_width(text, font, size)
        x -= w / 2 if anchor == "centre" else w
    tw = TextWriter(canv)
    tw.set_font(font, size)
    tw.line(x, y, text)
    tw.finish()
