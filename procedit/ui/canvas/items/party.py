"""An external party (client, supplier): a stadium with a thick left edge and its name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from procedit.model import ExternalParty, PartyKind

from ..style import INK, PARTY_COLORS, TEXT_LOD, fonts, tr
from .node import NodeItem, wrap_lines
from .sprites import draw_body

PAD = 10.0
_KIND_NAMES = {  # translated where drawn; marked for lupdate
    PartyKind.CUSTOMER: QT_TRANSLATE_NOOP("canvas", "Client"),
    PartyKind.SUPPLIER: QT_TRANSLATE_NOOP("canvas", "Supplier"),
    PartyKind.OTHER: QT_TRANSLATE_NOOP("canvas", "External party"),
}


class PartyItem(NodeItem):
    def __init__(self, party: ExternalParty):
        super().__init__(party.id)
        self.name, self.kind = party.name, party.kind
        self._lines: list[str] | None = None
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
        return f"{self.name or tr('(no name)')}\n{tr(_KIND_NAMES[self.kind])}"

    def paint_body(self, painter: QPainter, lod: float) -> None:
        fill, border = PARTY_COLORS.get(self.kind, PARTY_COLORS[PartyKind.OTHER])
        box = self.local_box()
        radius = min(self._h / 2, self._w / 4)
        x = radius * 0.45
        h = self._h

        def body(p: QPainter) -> None:
            path = QPainterPath()
            path.addRoundedRect(box, radius, radius)
            p.setPen(QPen(border, 2.0))
            p.setBrush(fill)
            p.drawPath(path)
            # the thick edge on the side the party faces the organization from
            p.setPen(QPen(border, 6.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(x, h * 0.22), QPointF(x, h * 0.78))

        draw_body(painter, ("party", self.kind), self._w, self._h, body)
        if lod < TEXT_LOD:
            return
        f = fonts()
        text_w = self._w - 2 * PAD - x
        if self._lines is None:
            max_lines = max(1, int((self._h - 2 * PAD - 14) // f.name_m.lineSpacing()))
            self._lines, _ = wrap_lines(self.name, f.name_m, text_w, max_lines)
        painter.setPen(border)
        painter.setFont(f.small)
        kind_rect = QRectF(x + PAD, 5, text_w, 15)
        painter.drawText(kind_rect, Qt.AlignmentFlag.AlignCenter, tr(_KIND_NAMES[self.kind]))
        painter.setPen(INK)
        painter.setFont(f.name)
        spacing = f.name_m.lineSpacing()
        y = 18 + max(0.0, (self._h - 18 - PAD + 2 - spacing * len(self._lines)) / 2)
        for line in self._lines:
            painter.drawText(QRectF(x + PAD, y, text_w, spacing), Qt.AlignmentFlag.AlignCenter, line)
            y += spacing
