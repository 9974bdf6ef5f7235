"""A process: one item that paints its rounded box, code, kind mark, name and owner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF

from procedit.geometry import CORNER_RADIUS
from procedit.geometry.textfit import wrap_words
from procedit.model import Process, ProcessKind

from ..fit import PROCESS_INSET, fitting_scale, name_measure
from ..style import (
    DETAIL_LOD,
    INK,
    MUTED,
    PROCESS_COLORS,
    TEXT_LOD,
    TEXT_SCALES,
    fonts,
    tr,
)
from ..text_room import shared_scale
from .node import NodeItem
from .sprites import draw_body
from .text import Runs, draw_runs, glyph_runs

PAD = 6.0
_STYLE = {
    kind: (QBrush(fill), QPen(border, 2.5 if kind == ProcessKind.CORE else 2.0), border)
    for kind, (fill, border) in PROCESS_COLORS.items()
}
# the texts' pens, made once (a colour is converted to a pen on every setPen: the same pixels)
_CODE_PENS = {kind: QPen(border) for kind, (_fill, border) in PROCESS_COLORS.items()}
_INK_PEN = QPen(INK)
_MANAGEMENT, _SUPPORT = ProcessKind.MANAGEMENT, ProcessKind.SUPPORT
_NO_PEN = Qt.PenStyle.NoPen


_KIND_NAMES = {  # translated where drawn; marked for lupdate
    ProcessKind.MANAGEMENT: QT_TRANSLATE_NOOP("canvas", "Management process"),
    ProcessKind.CORE: QT_TRANSLATE_NOOP("canvas", "Core process"),
    ProcessKind.SUPPORT: QT_TRANSLATE_NOOP("canvas", "Support process"),
}


class ProcessItem(NodeItem):
    def __init__(self, process: Process, owner: str = ""):
        super().__init__(process.id)
        self.code, self.name, self.kind, self.owner = process.code, process.name, process.kind, owner
        self._lines: list[tuple[QPointF, Runs]] | None = None  # laid out at first paint
        self._code: tuple[QPointF, Runs] | None = None
        self._owner_text: tuple[QPointF, Runs] | None = None
        self._big: dict[float, tuple] = {}  # semantic zoom: the texts at a bigger scale
        self._whole: dict[float, float] = {}  # the biggest scale up to k at which the whole name fits
        self._cut = False
        self.decomposed = bool(process.subprocess_map_id)  # the box opens into a sub-map: a mark shows it
        self._init_geometry(process.x, process.y, process.width, process.height)

    def sync(self, process: Process, owner: str = "") -> None:
        """Re-read the entity (and its owner's name); repaint only if something changed."""
        if bool(process.subprocess_map_id) != self.decomposed:
            self.decomposed = not self.decomposed
            self.update()
        if (process.code, process.name, process.kind, owner) != (self.code, self.name, self.kind, self.owner):
            self.code, self.name, self.kind, self.owner = process.code, process.name, process.kind, owner
            self._lines = None
            self.update()
        if (process.width, process.height) != (self._w, self._h):
            self._lines = None
        self._set_geometry(process.x, process.y, process.width, process.height)

    def full_text(self) -> str:
        parts = [f"{self.code} {self.name}".strip() or tr("(no name)"), tr(_KIND_NAMES[self.kind])]
        if self.owner:
            parts.append(tr("Owner: {0}").format(self.owner))
        if self.decomposed:
            parts.append(tr("Decomposed: click the mark or press Ctrl+Enter to open its map"))
        return "\n".join(parts)

    def mark_rect(self) -> QRectF:
        """Where the decomposed mark is drawn (bottom right corner of the box)."""
        return QRectF(self._w - MARK_W - PAD, self._h - MARK_H - PAD, MARK_W, MARK_H)

    def mark_at(self, local: QPointF) -> bool:
        return self.decomposed and self.mark_rect().adjusted(-4, -4, 4, 4).contains(local)

    def _layout(self) -> None:
        """Wrap and place the texts once, as glyph runs (kept between paints, at every zoom).

        The name breaks at spaces only (``geometry.textfit``, the rule the box was sized by)."""
        f = fonts()
        inset = PROCESS_INSET
        width = self._w - 2 * inset
        small_h = f.small_m.height() if self.owner else 0.0
        top = inset + f.code_m.height()
        bottom = self._h - inset - small_h
        spacing = f.name_m.lineSpacing()
        max_lines = max(1, int((bottom - top) / spacing + 1e-6))
        lines, self._cut = wrap_words(self.name, name_measure(), width, max_lines)
        y = top + max(0.0, (bottom - top - spacing * len(lines)) / 2)
        placed = []
        for line in lines:
            placed.append((QPointF(inset + (width - f.width(f.name_m, line)) / 2, y), glyph_runs(line, f.name)))
            y += spacing
        self._lines = placed
        code = self.code
        if f.width(f.code_m, code) > self._w - 2 * PAD - 34:
            code = f.code_m.elidedText(code, Qt.TextElideMode.ElideRight, self._w - 2 * PAD - 34)
        self._code = (QPointF(PAD + 16, PAD - 2), glyph_runs(code, f.code))
        self._owner_text = None
        if self.owner:
            owner = self.owner
            if f.width(f.small_m, owner) > width:
                owner = f.small_m.elidedText(owner, Qt.TextElideMode.ElideRight, width)
            x = inset + (width - f.width(f.small_m, owner)) / 2
            self._owner_text = (QPointF(x, self._h - inset + 2 - small_h), glyph_runs(owner, f.small))

    def _layout_big(self, k: float) -> tuple[tuple[QPointF, Runs], list[tuple[QPointF, Runs]]]:
        """Semantic zoom: the code and as many whole words of the name as fit, ``k`` times
        bigger than usual (the rest of the name ends in "…"; the owner is left out)."""
        f, s = fonts(), fonts().scaled(k)
        inset = PROCESS_INSET
        width = self._w - 2 * inset
        code = self.code
        if f.width(s.code_m, code) > width - 16:
            code = s.code_m.elidedText(code, Qt.TextElideMode.ElideRight, width - 16)
        code_runs = (QPointF(PAD + 16, PAD - 2 - (s.code_m.height() - f.code_m.height()) / 3), glyph_runs(code, s.code))
        top = PAD - 2 + s.code_m.height()
        spacing = s.name_m.lineSpacing()
        room = self._h - PAD / 2 - top
        max_lines = max(1, 1 + int((room - s.name_m.height()) / spacing + 1e-6))
        lines, _ = wrap_words(self.name, f.measure(s.name_m), width, max_lines)
        y = top + max(0.0, (room - spacing * len(lines)) / 2)
        placed = []
        for line in lines:
            placed.append((QPointF(inset + (width - f.width(s.name_m, line)) / 2, y), glyph_runs(line, s.name)))
            y += spacing
        return code_runs, placed

    def _whole_scale(self, k: float) -> float:
        """The biggest text scale up to ``k`` at which the whole name fits the box (1.0: none).

        Tried from the smallest up: a name that does not fit at one scale fits at none bigger
        (wider words, fewer lines), so most boxes are done after one try."""
        f = fonts()
        width = self._w - 2 * PROCESS_INSET
        best = 1.0
        for scale in TEXT_SCALES:
            if scale <= 1.0:
                continue
            if scale > k:
                break
            s = f.scaled(scale)
            top = PAD - 2 + s.code_m.height()
            room = self._h - PAD / 2 - top
            max_lines = max(1, 1 + int((room - s.name_m.height()) / s.name_m.lineSpacing() + 1e-6))
            measure = f.measure(s.name_m)
            lines, cut = wrap_words(self.name, measure, width, max_lines)
            if cut or not all(measure(line) <= width for line in lines):
                break
            best = scale
        return best

    def _lay_out_texts(self) -> None:
        self._layout()

    def texts_at(self, lod: float, k: float) -> tuple[tuple[QPointF, Runs], list[tuple[QPointF, Runs]]]:
        """The code and the name's lines drawn at zoom ``lod`` when the scene asks for texts
        ``k`` times bigger: the whole name at the scale the names in view share (at most the
        biggest its box holds), unless whole it would be smaller than ``WHOLE_FLOOR`` on
        screen; then the code and as many whole words as fit, ``k`` times bigger, ending in "…"."""
        self._ensure_laid_out()
        if k <= 1.0:
            return self._code, self._lines
        whole = self.whole_at(lod, k)
        if whole is None:
            scale = k
        else:  # one size for the names in view (the scene's), which every whole name fits
            shared = shared_scale(self, lod, k)
            scale = whole if shared is None else min(whole, shared)
        if scale == 1.0:
            return self._code, self._lines
        big = self._big.get(scale)
        if big is None:
            fit = fitting_scale(self.name, self._w - 2 * PROCESS_INSET, scale)
            big = self._big[scale] = (self._code, self._lines) if fit == 1.0 else self._layout_big(fit)
        return big

    def paint_body(self, painter: QPainter, lod: float, k: float = 1.0) -> None:
        kind, w, h = self.kind, self._w, self._h
        draw_body(painter, ("process", kind), w, h, lambda p: render_process(p, kind, w, h))
        if self.decomposed:
            paint_decomposed_mark(painter, self.mark_rect(), _STYLE[kind][2])
        if lod < TEXT_LOD:
            return
        code, lines = self.texts_at(lod, k)
        painter.setPen(_CODE_PENS[kind])
        draw_runs(painter, *code)
        painter.setPen(_INK_PEN)
        for pos, runs in lines:
            draw_runs(painter, pos, runs)
        if k == 1.0 and self._owner_text is not None and lod >= DETAIL_LOD:
            painter.setPen(MUTED)
            draw_runs(painter, *self._owner_text)


def render_process(painter: QPainter, kind: ProcessKind, w: float, h: float) -> None:
    """A process box without its texts: the rounded body and the kind mark (sprites, overview)."""
    fill, pen, mark = _STYLE[kind]
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(0, 0, w, h), CORNER_RADIUS, CORNER_RADIUS)
    _paint_mark(painter, kind, mark)


def _paint_mark(painter: QPainter, kind: ProcessKind, color) -> None:
    """The small kind mark left of the code: ▲ management, ● core, ■ support."""
    painter.setPen(_NO_PEN)
    painter.setBrush(color)
    x, y, s = PAD + 1, PAD + 1, 10.0
    if kind == _MANAGEMENT:
        painter.drawPolygon(QPolygonF([QPointF(x, y + s), QPointF(x + s / 2, y), QPointF(x + s, y + s)]))
    elif kind == _SUPPORT:
        painter.drawRect(QRectF(x, y + 1, s - 1, s - 1))
    else:
        painter.drawEllipse(QRectF(x, y, s, s))


MARK_W, MARK_H = 18.0, 13.0


def paint_decomposed_mark(painter: QPainter, r: QRectF, color) -> None:
    """A small hierarchy (one box over two): the process opens into a map of its own."""
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    top = QRectF(r.x() + r.width() * 0.3, r.y(), r.width() * 0.4, r.height() * 0.36)
    left = QRectF(r.x(), r.bottom() - r.height() * 0.36, r.width() * 0.4, r.height() * 0.36)
    right = QRectF(r.right() - r.width() * 0.4, left.y(), r.width() * 0.4, left.height())
    mid_y = (top.bottom() + left.top()) / 2
    painter.drawRect(top)
    painter.drawRect(left)
    painter.drawRect(right)
    painter.drawLine(QPointF(top.center().x(), top.bottom()), QPointF(top.center().x(), mid_y))
    painter.drawLine(QPointF(left.center().x(), mid_y), QPointF(right.center().x(), mid_y))
    painter.drawLine(QPointF(left.center().x(), mid_y), QPointF(left.center().x(), left.top()))
    painter.drawLine(QPointF(right.center().x(), mid_y), QPointF(right.center().x(), right.top()))
