"""What processes and external parties share: a box at (x, y), handles, badge, dimming."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from procedit.geometry import Rect

from ..style import (
    DIM_OPACITY,
    HANDLE,
    HANDLE_HIT,
    HANDLE_RADIUS,
    MARGIN,
    NAME_PX,
    RESIZE_GRIP,
    SELECTION,
    TEXT_FLOOR,
    TEXT_LOD,
    WHOLE_FLOOR,
    text_scale,
)
from .badge import BADGE_RADIUS, Badge, badge_tooltip, paint_badge
from .kpi_mark import paint_kpi_mark

_HANDLE_PEN = QPen(QColor("white"), 1.5)
_SELECT_PEN = QPen(SELECTION, 2.5, Qt.PenStyle.DashLine)
_NO_PEN = QPen(Qt.PenStyle.NoPen)  # (the rect item's: its bounds are its rect, exactly)


class NodeItem(QGraphicsRectItem):
    """A box the size of its entity; ``pos()`` is the entity's top-left (x, y).

    A rect item whose rect is its bounds (box, handles, badge) and which has no pen: Qt reads
    the bounds in C++ (a frame's index lookup asks each item in and around the view several
    times, and a Python ``boundingRect`` was a call into Python each time); ``paint`` draws."""

    Z = 1.0
    _lines: object = None  # the texts as laid out for painting (None: lay out at the next paint)

    def __init__(self, elem_id: str):
        super().__init__()
        self.setPen(_NO_PEN)
        self.elem_id = elem_id
        self._w = 0.0
        self._h = 0.0
        self._rect = Rect(0.0, 0.0, 0.0, 0.0)
        self._hover = False
        self._badge: Badge | None = None
        self._badge_visible = True
        self._kpi = 0  # how badly the criteria miss (kpi_mark)
        self._kpi_visible = True
        self._dimmed = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)

    # ------------------------------------------------------------ geometry
    def _init_geometry(self, x: float, y: float, w: float, h: float) -> None:
        """First placement, before the item is in a scene (nothing to invalidate yet)."""
        self._w, self._h = w, h
        self.setRect(QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN))
        self.setPos(x, y)
        self._rect = Rect(x, y, w, h)

    def _set_geometry(self, x: float, y: float, w: float, h: float) -> None:
        if w != self._w or h != self._h:
            self._w, self._h = w, h
            self.setRect(QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN))  # (prepares the change)
        if (x, y) != (self._rect.x, self._rect.y) or w != self._rect.width or h != self._rect.height:
            self.move_to(x, y)

    def move_to(self, x: float, y: float) -> None:
        """Place the box's top-left at (x, y) (a sync or a drag preview)."""
        self.setPos(x, y)
        self._rect = Rect(x, y, self._w, self._h)
        forget = getattr(self.scene(), "forget_map_rect", None)
        if forget is not None:
            forget()

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

    def resize_grip(self) -> QRectF:
        """The square at the bottom-right corner that resizes a selected box (local)."""
        s = RESIZE_GRIP
        return QRectF(self._w - s / 2, self._h - s / 2, s, s)

    def resize_grip_at(self, local: QPointF) -> bool:
        if not self.isSelected():
            return False
        g = self.resize_grip().adjusted(-4, -4, 4, 4)
        return g.contains(local)

    def preview_size(self, w: float, h: float) -> None:
        """Draw the box at another size while a resize only previews (the model is unchanged)."""
        x, y = self._rect.x, self._rect.y
        self._set_geometry(x, y, w, h)
        self.relayout()

    # ------------------------------------------------------------ the name at bigger scales
    def _lay_out_texts(self) -> None:  # pragma: no cover - abstract
        """Lays the texts out at the usual size into ``_lines``."""
        raise NotImplementedError

    def _whole_scale(self, k: float) -> float:  # pragma: no cover - abstract
        """The biggest text scale up to ``k`` at which the whole name fits (1.0: none)."""
        raise NotImplementedError

    def _ensure_laid_out(self) -> None:
        """The texts laid out (after a change: again, and the bigger copies dropped)."""
        if self._lines is None:
            self._lay_out_texts()
            self._big.clear()
            self._whole.clear()

    def whole_at(self, lod: float, k: float) -> float | None:
        """The biggest scale up to ``k`` at which the whole name fits the box, or None when
        that is smaller than ``WHOLE_FLOOR`` on screen at zoom ``lod``."""
        self._ensure_laid_out()
        whole = self._whole.get(k)
        if whole is None:
            whole = self._whole[k] = self._whole_scale(k)
        return whole if whole * NAME_PX * lod >= WHOLE_FLOOR - 0.05 else None

    def relayout(self) -> None:
        """The texts are laid out again at the next paint (the size changed)."""
        self._lines = None
        self.update()

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

    def set_kpi(self, state: int) -> None:
        if state != self._kpi:
            self._kpi = state
            self.update()

    def set_kpi_visible(self, visible: bool) -> None:
        if visible != self._kpi_visible:
            self._kpi_visible = visible
            if self._kpi:
                self.update()

    @property
    def kpi(self) -> int:
        """What the criteria mark shows (0: none), whether or not marks are switched on."""
        return self._kpi

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
        k = text_scale(lod, getattr(self.scene(), "text_floor", TEXT_FLOOR))
        self.draw(painter, lod, k, self.isSelected())

    def draw(self, painter: QPainter, lod: float, k: float, selected: bool) -> None:
        """Paint the box at zoom ``lod`` with texts ``k`` times bigger (``paint``, and a view's
        frame painted in one pass: ``canvas.frame``, which works ``lod`` and ``k`` out once)."""
        self.paint_body(painter, lod, k)
        if selected:
            painter.setPen(_SELECT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(-5, -5, self._w + 10, self._h + 10))
        if (self._hover or selected) and lod >= TEXT_LOD:
            painter.setPen(_HANDLE_PEN)
            painter.setBrush(QBrush(HANDLE))
            for p in self.handles():
                painter.drawEllipse(p, HANDLE_RADIUS, HANDLE_RADIUS)
            if selected:
                painter.drawRect(self.resize_grip())
        self.paint_marks(painter, lod)

    def paint_marks(self, painter: QPainter, lod: float) -> None:
        """Everything drawn on top of a box to mark its state, in one place: the problem
        badge today; marks of other features (decomposition, missed criteria, differences)
        belong here too, each switched by the scene like the badge."""
        if self._badge is not None and self._badge_visible:
            paint_badge(painter, self._badge_center(), self._badge)
        if self._kpi and self._kpi_visible:
            paint_kpi_mark(painter, self._h, self._kpi)

    def paint_body(self, painter: QPainter, lod: float, k: float = 1.0) -> None:  # pragma: no cover - abstract
        """The box and its texts; ``k`` > 1: semantic zoom, fewer words in bigger type."""
        raise NotImplementedError
