"""A process: one item that paints its rounded box, code, kind mark, name and owner."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from procedit.geometry import CORNER_RADIUS
from procedit.model import Process, ProcessKind

from ..style import INK, MUTED, PROCESS_COLORS, fonts, tr
from .node import NodeItem, wrap_lines

PAD = 6.0
_KIND_NAMES = {
    ProcessKind.MANAGEMENT: "Management process",
    ProcessKind.CORE: "Core process",
    ProcessKind.SUPPORT: "Support process",
}


class ProcessItem(NodeItem):
    def __init__(self, process: Process, owner: str = ""):
        super().__init__(process.id)
        self.code = ""
        self.name = ""
        self.kind = ProcessKind.CORE
        self.owner = ""
        self._lines: list[str] | None = None
        self._cut = False
        self._owner_text = ""
        self.sync(process, owner)

    def sync(self, process: Process, owner: str = "") -> None:
        """Re-read the entity (and its owner's name); repaint only if something changed."""
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
        return "\n".join(parts)

    def _layout(self) -> None:
        f = fonts()
        width = self._w - 2 * PAD
        top = PAD + f.code_m.height()
        bottom = PAD + (f.small_m.height() if self.owner else 0)
        max_lines = max(1, int((self._h - top - bottom) // f.name_m.lineSpacing()))
        self._lines, self._cut = wrap_lines(self.name, f.name_m, width, max_lines)
        self._owner_text = f.small_m.elidedText(self.owner, Qt.TextElideMode.ElideRight, width)

    def paint_body(self, painter: QPainter, with_text: bool) -> None:
        fill, border = PROCESS_COLORS.get(self.kind, PROCESS_COLORS[ProcessKind.CORE])
        painter.setPen(QPen(border, 2.0 if self.kind != ProcessKind.CORE else 2.5))
        painter.setBrush(fill)
        box = self.local_box()
        painter.drawRoundedRect(box, CORNER_RADIUS, CORNER_RADIUS)
        if not with_text:
            return
        if self._lines is None:
            self._layout()
        f = fonts()
        # kind mark + code on the first line
        self._paint_mark(painter, border)
        painter.setPen(border)
        painter.setFont(f.code)
        code_rect = QRectF(PAD + 16, PAD - 2, self._w - 2 * PAD - 34, f.code_m.height())
        painter.drawText(code_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.code)
        # the name, centred in the space left
        lines = self._lines or []
        top = PAD + f.code_m.height()
        bottom = self._h - PAD - (f.small_m.height() if self.owner else 0)
        spacing = f.name_m.lineSpacing()
        y = top + max(0.0, (bottom - top - spacing * len(lines)) / 2)
        painter.setPen(INK)
        painter.setFont(f.name)
        for line in lines:
            painter.drawText(QRectF(PAD, y, self._w - 2 * PAD, spacing), Qt.AlignmentFlag.AlignCenter, line)
            y += spacing
        if self.owner:
            painter.setPen(MUTED)
            painter.setFont(f.small)
            r = QRectF(PAD, self._h - PAD - f.small_m.height(), self._w - 2 * PAD, f.small_m.height())
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self._owner_text)

    def _paint_mark(self, painter: QPainter, color) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        x, y, s = PAD + 1, PAD + 1, 10.0
        if self.kind == ProcessKind.MANAGEMENT:
            painter.drawPolygon(QPolygonF([QPointF(x, y + s), QPointF(x + s / 2, y), QPointF(x + s, y + s)]))
        elif self.kind == ProcessKind.SUPPORT:
            painter.drawRect(QRectF(x, y + 1, s - 1, s - 1))
        else:
            painter.drawEllipse(QRectF(x, y, s, s))
