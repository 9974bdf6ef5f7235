"""A link: an arrow between the borders of two boxes, with its label halfway along."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from procedit.geometry import ARROW_SIZE, Point, Rect, arrow_head, polyline_midpoint, route
from procedit.model import Link

from ..style import DIM_OPACITY, LINK_COLOR, LINK_STYLE, SELECTION, TEXT_LOD, fonts

_PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
_LABEL_BORDER = QPen(QColor("#cfd8dc"), 1)
_LABEL_FILL = QColor(255, 255, 255, 235)
LABEL_MAX_WIDTH = 220.0
LABEL_HEIGHT = 20.0
HIT_WIDTH = 8.0
_CHAR_WIDTH = 9.5  # generous per-character width of the label font: bounds before measuring


class LinkItem(QGraphicsItem):
    """Keeps only numbers from ``geometry.route``; Qt polygons are made when first painted."""

    Z = 0.0

    def __init__(self, link: Link):
        super().__init__()
        self.elem_id = link.id
        self.source_id = link.source_id
        self.target_id = link.target_id
        self.label = link.label
        self.kind = link.kind
        self.routing = link.routing
        self._points: list[Point] = []
        self._bounds = QRectF()
        self._mid = Point(0.0, 0.0)
        self._length = 0.0
        self._poly: QPolygonF | None = None
        self._head: QPolygonF | None = None
        self._label: tuple[str, QRectF] | None = None  # elided text and its box, measured lazily
        self._shape: QPainterPath | None = None
        self._dimmed = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(self.Z)

    def sync(self, link: Link, source: Rect, target: Rect) -> None:
        """Re-read the entity and follow the ends' boxes."""
        self.source_id, self.target_id = link.source_id, link.target_id
        if (link.label, link.kind, link.routing) != (self.label, self.kind, self.routing):
            self.label, self.kind, self.routing = link.label, link.kind, link.routing
            self._points = []  # the label changes the bounds: re-route
            self.update()
        self.reroute(source, target)

    def reroute(self, source: Rect, target: Rect) -> None:
        """Follow the ends' boxes (also during a drag preview)."""
        points = route(source, target, self.routing)
        if points == self._points:
            return
        self.prepareGeometryChange()
        self._points = points
        self._poly = self._head = self._shape = None
        self._label = None
        xs = [p.x for p in points]
        ys = [p.y for p in points]
        m = ARROW_SIZE + 2
        left, top, right, bottom = min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m
        self._length = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
        if self.label:
            if len(points) == 2:  # the same point polyline_midpoint gives, without the loop
                (ax, ay), (bx, by) = points
                self._mid = mid = Point((ax + bx) / 2, (ay + by) / 2)
            else:
                self._mid = mid = polyline_midpoint(points)
            half_w = min(len(self.label) * _CHAR_WIDTH, LABEL_MAX_WIDTH) / 2 + 6
            half_h = LABEL_HEIGHT / 2 + 2
            left, right = min(left, mid.x - half_w), max(right, mid.x + half_w)
            top, bottom = min(top, mid.y - half_h), max(bottom, mid.y + half_h)
        self._bounds = QRectF(left, top, right - left, bottom - top)

    def _label_box(self) -> tuple[str, QRectF]:
        if self._label is None:
            m = fonts().label_m
            text = self.label
            # no wider than the visible stretch of the link, else the boxes hide it
            room = min(LABEL_MAX_WIDTH, self._length - 16)
            w = m.horizontalAdvance(text)
            if w > room:
                text = m.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
                w = m.horizontalAdvance(text) if text else 0
            w = w + 10 if text else 0
            self._label = (text, QRectF(self._mid.x - w / 2, self._mid.y - LABEL_HEIGHT / 2, w, LABEL_HEIGHT))
        return self._label

    def _polygons(self) -> tuple[QPolygonF, QPolygonF]:
        if self._poly is None or self._head is None:
            pts = self._points
            self._poly = QPolygonF([QPointF(x, y) for x, y in pts])
            self._head = QPolygonF([QPointF(x, y) for x, y in arrow_head(pts[-2], pts[-1])])
        return self._poly, self._head

    def points(self) -> list[Point]:
        return list(self._points)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A stroke a few px wide (not the bounding box), so long links stay cheap to hit-test."""
        if self._shape is None:
            if not self._points:
                return QPainterPath()
            poly, head = self._polygons()
            path = QPainterPath()
            path.addPolygon(poly)
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            shape = stroker.createStroke(path)
            shape.addPolygon(head)
            if self.label and self._label_box()[0]:
                shape.addRect(self._label_box()[1])
            self._shape = shape
        return self._shape

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.setOpacity(DIM_OPACITY if dimmed else 1.0)

    def tooltip_text(self, local: QPointF) -> str:
        return self.label

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not self._points:
            return
        poly, head = self._polygons()
        selected = self.isSelected()
        color = SELECTION if selected else LINK_COLOR
        pen = QPen(color, 2.6 if selected else 1.6)
        pen.setStyle(_PEN_STYLES[LINK_STYLE.get(self.kind, "solid")])
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(poly)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(head)
        if not self.label:
            return
        if QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_LOD:
            return
        text, rect = self._label_box()
        if not text:
            return
        painter.setPen(_LABEL_BORDER)
        painter.setBrush(_LABEL_FILL)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(color)
        painter.setFont(fonts().label)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
