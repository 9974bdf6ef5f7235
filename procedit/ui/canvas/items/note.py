"""A note on the canvas: a sticky note of free text a workshop drops beside the boxes.

It moves, resizes, copies and deletes with the boxes (it is a ``NodeItem``), but takes no
links (no handles), no badges (it is never checked) and no department lane. Its text keeps
its line breaks and wraps at words; zoomed out, it is drawn in bigger type like the names
(semantic zoom), as many words as fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from procedit.geometry.textfit import wrap_words
from procedit.model import Note, NoteColor

from ..style import INK, NAME_PX, TEXT_LOD, TEXT_SCALES, WHOLE_FLOOR, fonts
from .node import NodeItem
from .sprites import draw_body
from .text import Runs, draw_runs, glyph_runs

PAD = 10.0
FOLD = 14.0  # the folded corner at the bottom right
# paper, edge
NOTE_COLORS: dict[NoteColor, tuple[QColor, QColor]] = {
    NoteColor.YELLOW: (QColor("#fff5b1"), QColor("#d4b106")),
    NoteColor.GREEN: (QColor("#d9f7be"), QColor("#52a41a")),
    NoteColor.BLUE: (QColor("#d6ecff"), QColor("#2f80d1")),
    NoteColor.PINK: (QColor("#ffd6e7"), QColor("#d4457f")),
}
MIN_W, MIN_H = 60.0, 40.0  # a resize leaves at least this much paper


class NoteItem(NodeItem):
    Z = -1.0  # over the lanes, under links and boxes: a note never hides the map

    def __init__(self, note: Note):
        super().__init__(note.id)
        self.text, self.color = note.text, note.color
        self._lines: list[tuple[QPointF, Runs]] | None = None
        self._cut = False
        self._big: dict[float, tuple[list[tuple[QPointF, Runs]], bool]] = {}
        self._init_geometry(note.x, note.y, note.width, note.height)

    @property
    def name(self) -> str:
        """What the in-place editor starts from."""
        return self.text

    def sync(self, note: Note) -> None:
        if (note.text, note.color) != (self.text, self.color) or (note.width, note.height) != (
            self._w,
            self._h,
        ):
            self.text, self.color = note.text, note.color
            self.relayout()
        self._set_geometry(note.x, note.y, note.width, note.height)

    def relayout(self) -> None:
        self._big.clear()
        super().relayout()

    # no link handles: a note is not part of the process chain
    def handles(self) -> list[QPointF]:
        return []

    def full_text(self) -> str:
        return self.text

    def paint_body(self, painter: QPainter, lod: float, k: float = 1.0) -> None:
        color, w, h = self.color, self._w, self._h
        draw_body(painter, ("note", color), w, h, lambda p: render_note(p, color, w, h))
        if lod < TEXT_LOD or not self.text.strip():
            return
        lines = self.lines_at(lod, k)
        painter.setPen(INK)
        for pos, runs in lines:
            draw_runs(painter, pos, runs)

    def lines_at(self, lod: float, k: float) -> list[tuple[QPointF, Runs]]:
        """The text as drawn at zoom ``lod`` when the scene asks for texts ``k`` times bigger:
        whole at the biggest scale up to ``k`` that the note holds while that is readable
        (``WHOLE_FLOOR``), else as much as fits ``k`` times bigger, ending in "…"."""
        if self._lines is None:
            self._lines, self._cut = self._layout(1.0)
        if k <= 1.0:
            return self._lines
        for scale in reversed(TEXT_SCALES):
            if scale > k or scale * NAME_PX * lod < WHOLE_FLOOR - 0.05:
                continue
            if scale == 1.0:
                return self._lines
            laid = self._big.get(scale)
            if laid is None:
                laid = self._big[scale] = self._layout(scale)
            if not laid[1]:
                return laid[0]
        laid = self._big.get(k)
        if laid is None:
            laid = self._big[k] = self._layout(k)
        return laid[0]

    def _layout(self, k: float) -> tuple[list[tuple[QPointF, Runs]], bool]:
        """The text wrapped at words inside the paper, its own line breaks kept; what does
        not fit ends in "…" (the whole text is in the tooltip and the properties panel)."""
        f = fonts()
        metrics, font_ = (f.name_m, f.name) if k == 1.0 else (f.scaled(k).name_m, f.scaled(k).name)
        spacing = metrics.lineSpacing()
        width = max(10.0, self._w - 2 * PAD)
        room = max(1, int((self._h - 2 * PAD + 1e-6) // spacing) or 1)
        lines: list[str] = []
        cut = False
        paragraphs = self.text.split("\n")
        for i, paragraph in enumerate(paragraphs):
            left = room - len(lines)
            if left <= 0:
                break
            wrapped, clipped = wrap_words(paragraph, lambda t: f.width(metrics, t), width, left)
            lines += wrapped or [""]
            more = clipped or (len(lines) >= room and any(p.strip() for p in paragraphs[i + 1 :]))
            if more:
                cut = True
                if not lines[-1].endswith("…"):
                    lines[-1] = wrap_words(lines[-1] + " …", lambda t: f.width(metrics, t), width, 1)[0][0]
                break
        placed = []
        y = PAD
        for line in lines[:room]:
            placed.append((QPointF(PAD, y), glyph_runs(line, font_)))
            y += spacing
        return placed, cut


def render_note(painter: QPainter, color: NoteColor, w: float, h: float) -> None:
    """A note's paper without its text: a square sheet with a folded corner (sprites, overview)."""
    paper, edge = NOTE_COLORS.get(color, NOTE_COLORS[NoteColor.YELLOW])
    fold = min(FOLD, w / 3, h / 3)
    path = QPainterPath()
    path.moveTo(0, 0)
    path.lineTo(w, 0)
    path.lineTo(w, h - fold)
    path.lineTo(w - fold, h)
    path.lineTo(0, h)
    path.closeSubpath()
    painter.setPen(QPen(edge, 1.2))
    painter.setBrush(paper)
    painter.drawPath(path)
    corner = QPainterPath()
    corner.moveTo(w, h - fold)
    corner.lineTo(w - fold, h - fold)
    corner.lineTo(w - fold, h)
    corner.closeSubpath()
    painter.setBrush(edge.lighter(150))
    painter.drawPath(corner)
    painter.setPen(Qt.PenStyle.NoPen)
