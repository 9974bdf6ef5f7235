"""What processes and external parties share: a box at (x, y), handles, badge, dimming."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from procedit.geometry import Rect

from ..style import DIM_OPACITY, HANDLE, HANDLE_HIT, HANDLE_RADIUS, MARGIN, SELECTION, TEXT_LOD, fonts
from .badge import BADGE_RADIUS, Badge, badge_tooltip, paint_badge

_HANDLE_PEN = QPen(QColor("white"), 1.5)
_SELECT_PEN = QPen(SELECTION, 2.5, Qt.PenStyle.DashLine)


class NodeItem(QGraphicsItem):
    """A box the size of its entity; ``pos()`` is the entity's top-left (x, y)."""

    Z = 1.0

    def __init__(self, elem_id: str):
        super().__init__()
        self.elem_id = elem_id
        self._w = 0.0
        self._h = 0.0
        self._bounds = QRectF()
        self._rect = Rect(0.0, 0.0, 0.0, 0.0)
        self._hover = False
        self._badge: Badge | None = None
        self._badge_visible = True
        self._dimmed = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)

    # ------------------------------------------------------------ geometry
    def _init_geometry(self, x: float, y: float, w: float, h: float) -> None:
        """First placement, before the item is in a scene (nothing to invalidate yet)."""
        self._w, self._h = w, h
        self._bounds = QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN)
        self.setPos(x, y)
        self._rect = Rect(x, y, w, h)

    def _set_geometry(self, x: float, y: float, w: float, h: float) -> None:
        if w != self._w or h != self._h:
            self.prepareGeometryChange()
            self._w, self._h = w, h
            self._bounds = QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN)
        if (x, y) != (self._rect.x, self._rect.y) or w != self._rect.width or h != self._rect.height:
            self.move_to(x, y)

    def move_to(self, x: float, y: float) -> None:
        """Place the box's top-left at (x, y) (a sync or a drag preview)."""
        self.setPos(x, y)
        self._rect = Rect(x, y, self._w, self._h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The box and, always, a disc around each link handle that reaches a few pixels outside
        it: the pointer finds a handle from outside the box (it used to hover the handles only
        from inside, so a drag begun 1 px outside drew a rubber band instead of a link)."""
        path = QPainterPath()
        r = self.local_box()
        if self._hover or self.isSelected():  # the handles stick out a little
            r = r.adjusted(-HANDLE_HIT, -HANDLE_HIT, HANDLE_HIT, HANDLE_HIT)
        path.addRect(r)
        for p in self.handles():
            path.addEllipse(p, HANDLE_HIT, HANDLE_HIT)
        path.setFillRule(Qt.FillRule.WindingFill)
        return path

    def box(self) -> Rect:
        """The box where it is drawn now (a drag preview may have moved it)."""
        return self._rect

    def extent(self) -> tuple[float, float, float, float]:
        """The scene bounding rect as (left, top, right, bottom), from the box's numbers."""
        r = self._rect
        return (r.x - MARGIN, r.y - MARGIN, r.x + r.width + MARGIN, r.y + r.height + MARGIN)

    def local_box(self) -> QRectF:
        return QRectF(0, 0, self._w, self._h)

    def handles(self) -> list[QPointF]:
        """Link handles (local coordinates): the middles of the four sides."""
        w, h = self._w, self._h
        return [QPointF(w, h / 2), QPointF(w / 2, h), QPointF(0, h / 2), QPointF(w / 2, 0)]

    def handle_at(self, local: QPointF) -> bool:
        if not (self._hover or self.isSelected()):
            return False
        return any(math.hypot(local.x() - p.x(), local.y() - p.y()) <= HANDLE_HIT for p in self.handles())

    # ------------------------------------------------------------ state from the scene
    def set_badge(self, badge: Badge | None) -> None:
        if badge != self._badge:
            self._badge = badge
            self.update()

    def set_badge_visible(self, visible: bool) -> None:
        if visible != self._badge_visible:
            self._badge_visible = visible
            if self._badge is not None:
                self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.setOpacity(DIM_OPACITY if dimmed else 1.0)

    @property
    def dimmed(self) -> bool:
        return self._dimmed

    def tooltip_text(self, local: QPointF) -> str:
        if self._badge is not None and self._badge_visible and self._in_badge(local):
            return badge_tooltip(self._badge)
        text = self.full_text()
        if self._badge is not None and self._badge_visible:
            text += "\n\n" + badge_tooltip(self._badge)
        return text

    def full_text(self) -> str:
        return ""

    def _badge_center(self) -> QPointF:
        return QPointF(self._w - 2, 2)

    def _in_badge(self, local: QPointF) -> bool:
        c = self._badge_center()
        return math.hypot(local.x() - c.x(), local.y() - c.y()) <= BADGE_RADIUS + 2

    # ------------------------------------------------------------ hover
    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    # ------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        self.paint_body(painter, lod)
        if self.isSelected():
            painter.setPen(_SELECT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(-5, -5, self._w + 10, self._h + 10))
        if (self._hover or self.isSelected()) and lod >= TEXT_LOD:
            painter.setPen(_HANDLE_PEN)
            painter.setBrush(QBrush(HANDLE))
            for p in self.handles():
                painter.drawEllipse(p, HANDLE_RADIUS, HANDLE_RADIUS)
        if self._badge is not None and self._badge_visible:
            paint_badge(painter, self._badge_center(), self._badge)

    def paint_body(self, painter: QPainter, lod: float) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> tuple[list[str], bool]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; True if it had to be cut."""
    measure = fonts().width
    if measure(metrics, text) <= width:
        return ([text] if text else []), False
    words = text.split()
    lines: list[str] = []
    current = ""
    cut = False
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if measure(metrics, candidate) <= width:
            current = candidate
            i += 1
            continue
        if not current:  # one word wider than the box: break it with a hyphen
            n = len(word) - 2  # at least two letters go to the next line
            while n > 2 and measure(metrics, word[:n] + "-") > width:
                n -= 1
            current, words[i] = word[:n] + "-", word[n:]
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            cut = True
            break
    if not cut and current:
        lines.append(current)
    if cut or len(lines) > max_lines:
        rest = " ".join([lines[-1], *words[i:]]) if lines else " ".join(words[i:])
        lines = lines[:max_lines]
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        cut = True
    return lines, cut
