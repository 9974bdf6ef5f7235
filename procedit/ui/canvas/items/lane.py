"""A department lane: a horizontal band across the map, behind the boxes, titled at its left end.

Only its title strip takes clicks (select it to edit its title, department, top and height in
the properties panel); the rest of the band is empty canvas, for rubber bands and new boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from procedit.model import Lane

from ..style import INK, SELECTION, TEXT_LOD, fonts

LANE_FILLS = (QColor("#f3f6fa"), QColor("#f8f6f1"))  # alternating, lighter than every box
LANE_BORDER = QColor("#cfd8dc")
TITLE_HEIGHT = 26.0
TITLE_WIDTH = 260.0
EDGE = 5.0  # how near its bottom edge (scene units) a press resizes a lane
MIN_HEIGHT = 40.0


class LaneItem(QGraphicsItem):
    """``pos()`` is (left end of the band, lane.y); the band is ``span`` wide."""

    Z = -10.0

    def __init__(self, lane: Lane, index: int, left: float, span: float, title: str | None = None):
        super().__init__()
        self.elem_id = lane.id
        self.name = lane.name if title is None else title  # (with the department's head)
        self.index = index
        self._span = span
        self._h = lane.height
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)
        self.setPos(left, lane.y)

    def sync(self, lane: Lane, index: int, left: float, span: float, title: str | None = None) -> None:
        name = lane.name if title is None else title
        if (name, index) != (self.name, self.index):
            self.name, self.index = name, index
            self.update()
        self._place(left, lane.y, span, lane.height)

    def _place(self, left: float, y: float, span: float, height: float) -> None:
        if (height, span) != (self._h, self._span):
            self.prepareGeometryChange()
            self._h, self._span = height, span
        if (left, y) != (self.pos().x(), self.pos().y()):
            self.setPos(left, y)

    def boundingRect(self) -> QRectF:
        return QRectF(0, -1, self._span, self._h + 2)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, min(TITLE_WIDTH, self._span), min(TITLE_HEIGHT, self._h))

    def shape(self) -> QPainterPath:
        """The title strip (select, drag to move) and the bottom edge (drag to resize)."""
        path = QPainterPath()
        path.addRect(self.title_rect())
        path.addRect(QRectF(0, self._h - EDGE, self._span, 2 * EDGE))
        return path

    def edge_at(self, local) -> bool:
        """True over the bottom edge, where a drag changes the height."""
        return local.y() >= self._h - EDGE

    def height(self) -> float:
        return self._h

    def preview(self, y: float, height: float) -> None:
        """Show the lane at ``y`` with ``height`` while a drag is under way (the model follows on release)."""
        self._place(self.pos().x(), y, self._span, height)

    def hoverMoveEvent(self, event) -> None:
        self.setCursor(
            Qt.CursorShape.SizeVerCursor if self.edge_at(event.pos()) else Qt.CursorShape.SizeAllCursor
        )

    def hoverLeaveEvent(self, event) -> None:
        self.unsetCursor()

    def extent(self) -> tuple[float, float, float, float]:
        p = self.pos()
        return (p.x(), p.y(), p.x() + self._span, p.y() + self._h)

    def tooltip_text(self, local) -> str:
        return self.name

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        paint_lane(painter, QRectF(0, 0, self._span, self._h), self.index, self.name, self.isSelected(), lod)


def paint_lane(painter: QPainter, band: QRectF, index: int, name: str, selected: bool, lod: float) -> None:
    """The band, its borders and its title (also drawn by the far-zoomed overview)."""
    painter.fillRect(band, LANE_FILLS[index % 2])
    painter.setPen(QPen(SELECTION if selected else LANE_BORDER, 2.0 if selected else 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(band.topLeft(), band.topRight())
    painter.drawLine(band.bottomLeft(), band.bottomRight())
    if selected:
        painter.drawRect(band)
    if lod >= TEXT_LOD and name:
        f = fonts()
        painter.setPen(SELECTION if selected else INK)
        painter.setFont(f.code)
        title = QRectF(band.x() + 8, band.y() + 4, min(TITLE_WIDTH, band.width()) - 12, TITLE_HEIGHT - 6)
        text = f.code_m.elidedText(name, Qt.TextElideMode.ElideRight, title.width())
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
