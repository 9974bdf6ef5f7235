"""An external party (client, supplier): a stadium with a thick left edge and its name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from procedit.geometry.textfit import wrap_words
from procedit.model import ExternalParty, PartyKind

from ..fit import PARTY_KIND_H, PARTY_PAD, fitting_scale, name_measure, party_chrome, party_edge
from ..style import INK, PARTY_COLORS, TEXT_LOD, TEXT_SCALES, fonts, tr
from ..text_room import shared_scale
from .node import NodeItem
from .sprites import draw_body
from .text import Runs, draw_runs, glyph_runs

PAD = PARTY_PAD
_KIND_NAMES = {  # translated where drawn; marked for lupdate
    PartyKind.CUSTOMER: QT_TRANSLATE_NOOP("canvas", "Client"),
    PartyKind.SUPPLIER: QT_TRANSLATE_NOOP("canvas", "Supplier"),
    PartyKind.OTHER: QT_TRANSLATE_NOOP("canvas", "External party"),
}


class PartyItem(NodeItem):
    def __init__(self, party: ExternalParty):
        super().__init__(party.id)
        self.name, self.kind = party.name, party.kind
        self._lines: list[tuple[QPointF, Runs]] | None = None  # laid out at first paint
        self._kind_text: tuple[QPointF, Runs] | None = None
        self._big: dict[float, list] = {}  # semantic zoom: the name at a bigger scale
        self._whole: dict[float, float] = {}  # the biggest scale up to k at which the whole name fits
        self._init_geometry(party.x, party.y, party.width, party.height)

    def sync(self, party: ExternalParty) -> None:
        if (party.name, party.kind) != (self.name, self.kind):
            self.name, self.kind = party.name, party.kind
            self._lines = None
            self.update()
        if (party.width, party.height) != (self._w, self._h):
            self._lines = None
        self._set_geometry(party.x, party.y, party.width, party.height)

    def full_text(self) -> str:
        return f"{self.name or tr('(no name)')}\n{kind_name(self.kind)}"

    def paint_body(self, painter: QPainter, lod: float, k: float = 1.0) -> None:
        kind, w, h = self.kind, self._w, self._h
        draw_body(painter, ("party", kind), w, h, lambda p: render_party(p, kind, w, h))
        if lod < TEXT_LOD:
            return
        lines = self.lines_at(lod, k)
        if k <= 1.0:
            painter.setPen(_colors(kind)[1])
            draw_runs(painter, *self._kind_text)
        painter.setPen(INK)
        for pos, runs in lines:
            draw_runs(painter, pos, runs)

    def lines_at(self, lod: float, k: float) -> list[tuple[QPointF, Runs]]:
        """The name's lines at zoom ``lod`` when the scene asks for texts ``k`` times bigger: the
        name alone, whole at the biggest scale the box holds while that is readable
        (``WHOLE_FLOOR``), else as many whole words as fit, bigger."""
        if k <= 1.0:
            if self._lines is None:
                self.whole_at(lod, k)  # (lays the texts out)
            return self._lines
        whole = self.whole_at(lod, k)
        if whole is None:
            scale = k
        else:  # one size for the names in view (the scene's), which every whole name fits
            shared = shared_scale(self, lod, k)
            scale = whole if shared is None else min(whole, shared)
        lines = self._lines if scale == 1.0 else self._big.get(scale)
        if lines is None:
            fit = fitting_scale(self.name, self._w - party_chrome(self._h)[0], scale)
            lines = self._big[scale] = self._lines if fit == 1.0 else self._layout_big(fit)
        return lines

    def _lay_out_texts(self) -> None:
        self._layout(_edge_x(self._w, self._h))

    def _whole_scale(self, k: float) -> float:
        """The biggest text scale up to ``k`` at which the whole name fits (1.0: none); from
        the smallest up, as a name that does not fit at one scale fits at none bigger."""
        f = fonts()
        text_w = self._w - party_chrome(self._h)[0]
        best = 1.0
        for scale in TEXT_SCALES:
            if scale <= 1.0:
                continue
            if scale > k:
                break
            m = f.scaled(scale).name_m
            max_lines = max(1, 1 + int((self._h - PAD - m.height()) / m.lineSpacing() + 1e-6))
            measure = f.measure(m)
            lines, cut = wrap_words(self.name, measure, text_w, max_lines)
            if cut or not all(measure(line) <= text_w for line in lines):
                break
            best = scale
        return best

    def _layout_big(self, k: float) -> list[tuple[QPointF, Runs]]:
        f, s = fonts(), fonts().scaled(k)
        x = _edge_x(self._w, self._h)
        text_w = self._w - party_chrome(self._h)[0]
        spacing = s.name_m.lineSpacing()
        max_lines = max(1, 1 + int((self._h - PAD - s.name_m.height()) / spacing + 1e-6))
        lines, _ = wrap_words(self.name, f.measure(s.name_m), text_w, max_lines)
        y = max(PAD / 2, (self._h - spacing * len(lines)) / 2)
        placed = []
        for line in lines:
            placed.append((QPointF(x + PAD + (text_w - f.width(s.name_m, line)) / 2, y), glyph_runs(line, s.name)))
            y += spacing
        return placed

    def _layout(self, x: float) -> None:
        """Wrap and centre the name and the kind once, as glyph runs (kept at every zoom)."""
        f = fonts()
        text_w = self._w - party_chrome(self._h)[0]
        max_lines = max(1, int((self._h - 2 * PAD - PARTY_KIND_H) / f.name_m.lineSpacing() + 1e-6))
        lines, _ = wrap_words(self.name, name_measure(), text_w, max_lines)
        kind = kind_name(self.kind)
        kind_y = 5 + (15 - f.small_m.height()) / 2
        self._kind_text = (
            QPointF(x + PAD + (text_w - f.width(f.small_m, kind)) / 2, kind_y),
            glyph_runs(kind, f.small),
        )
        spacing = f.name_m.lineSpacing()
        y = 18 + max(0.0, (self._h - 18 - PAD + 2 - spacing * len(lines)) / 2)
        y += (spacing - f.name_m.height()) / 2
        placed = []
        for line in lines:
            placed.append(
                (QPointF(x + PAD + (text_w - f.width(f.name_m, line)) / 2, y), glyph_runs(line, f.name))
            )
            y += spacing
        self._lines = placed


def _colors(kind: PartyKind):
    return PARTY_COLORS.get(kind, PARTY_COLORS[PartyKind.OTHER])


_edge_x = party_edge


def kind_name(kind: PartyKind) -> str:
    """The party's kind as its box shows it (translated)."""
    return tr(_KIND_NAMES[kind])


def render_party(painter: QPainter, kind: PartyKind, w: float, h: float) -> None:
    """A party's body without its texts: the stadium and its thick edge (sprites, overview)."""
    fill, border = _colors(kind)
    radius = min(h / 2, w / 4)
    x = _edge_x(w, h)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, w, h), radius, radius)
    painter.setPen(QPen(border, 2.0))
    painter.setBrush(fill)
    painter.drawPath(path)
    # the thick edge on the side the party faces the organization from
    painter.setPen(QPen(border, 6.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(x, h * 0.22), QPointF(x, h * 0.78))
