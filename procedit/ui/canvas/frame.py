"""A view's frame painted in one pass over its items.

Qt paints a scene item by item: for each it saves the painter, sets the item's transform,
calls ``paint()`` from C++ into Python, and the item works out again what every item of the
frame shares (the zoom, which labels' placement applies, the text scales, its selection).
With ``QGraphicsView.OptimizationFlag.IndirectPainting`` the view hands the items it would
paint, in painting order, to ``drawItems`` in one call; ``paint_items`` paints them there,
working out once per frame what they share. The map's own items (links, boxes, notes, lanes)
draw through the same code as their ``paint()`` (which ``QGraphicsScene.render`` — images,
printing — still calls), so a frame shows the same pixels either way; any other item (the
comparison marks, the name editor, a tool's preview) is painted as Qt would paint it.
"""

from __future__ import annotations

import warnings

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from .items import LinkItem, NodeItem, sprites, text
from .items.link import frame_label_key
from .items.text import on_screen
from .style import DIM_OPACITY, LABEL_PX, NAME_PX, TEXT_FLOOR, text_scale

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_LOD = QStyleOptionGraphicsItem.levelOfDetailFromTransform
# drawItems' style options cannot be handed to Python (PySide6 has no copy of them): each
# frame says so with a RuntimeWarning; paint_items makes its own where an item needs one
warnings.filterwarnings(
    "ignore", message=r"CopyCppToPython\(\).*QStyleOptionGraphicsItem", category=RuntimeWarning
)


def paint_items(
    painter: QPainter, items: list[QGraphicsItem], exposed: QRectF, widget: QWidget | None
) -> None:
    """Paint ``items`` (in painting order, as the view found them in ``exposed``, a scene rect)
    with ``painter`` set to the view's transform."""
    if not items:
        return
    view_t = painter.worldTransform()
    screen = on_screen(painter)
    if screen:  # (the texts need not ask the painter each time)
        text.begin_screen_frame()
    sprites.begin_frame(painter)  # (nor the boxes their pixels per unit)
    try:
        _paint(painter, items, exposed, widget, view_t)
    finally:
        sprites.end_frame()
        text.end_screen_frame()
        painter.setWorldTransform(view_t)
        painter.setOpacity(1.0)


def _paint(
    painter: QPainter, items: list[QGraphicsItem], exposed: QRectF, widget: QWidget | None, view_t: QTransform
) -> None:
    scene = items[0].scene()
    lod = _LOD(view_t)
    floor = getattr(scene, "text_floor", TEXT_FLOOR)
    name_k = text_scale(lod, floor, NAME_PX)
    label_k = text_scale(lod, floor, LABEL_PX)
    overview = getattr(scene, "overview_mode", None)
    hidden = bool(overview and overview())  # far zoomed out the map's items carry no contents
    bounds = (exposed.left(), exposed.top(), exposed.right(), exposed.bottom())
    key: tuple | None = None
    key_known = label_k <= 1.0
    # a pure zoom and pan (a rotated or sheared view: each item's own transform as Qt makes it)
    plain = view_t.m12() == 0 and view_t.m21() == 0 and view_t.m13() == 0 and view_t.m23() == 0
    m11, m22, dx, dy = view_t.m11(), view_t.m22(), view_t.dx(), view_t.dy()
    for item in items:
        if isinstance(item, LinkItem):
            if hidden:
                continue
            if not key_known:  # (asked when a label first needs it, as each label would)
                key, key_known = frame_label_key(scene, lod, label_k), True
            label = item.label_in_frame(lod, label_k, key)
            if item._dimmed:
                painter.setOpacity(DIM_OPACITY)
                item.draw(painter, lod, exposed, bounds, label, item.isSelected())
                painter.setOpacity(1.0)
            else:
                item.draw(painter, lod, exposed, bounds, label, item.isSelected())
        elif isinstance(item, NodeItem):
            if hidden:
                continue
            pos = item.pos()
            if plain:  # (as QGraphicsScene makes it: the view's transform translated by the position)
                painter.setWorldTransform(
                    QTransform(m11, 0.0, 0.0, m22, dx + pos.x() * m11, dy + pos.y() * m22)
                )
            else:
                painter.setWorldTransform(item.sceneTransform() * view_t)
            if item.dimmed:
                painter.setOpacity(DIM_OPACITY)
                item.draw(painter, lod, name_k, item.isSelected())
                painter.setOpacity(1.0)
            else:
                item.draw(painter, lod, name_k, item.isSelected())
        else:
            _paint_other(painter, item, view_t, widget)


def _paint_other(painter: QPainter, item: QGraphicsItem, view_t: QTransform, widget: QWidget | None) -> None:
    """An item as ``QGraphicsScene`` paints it: its transform, its opacity, a style option with
    its state, the painter's state kept."""
    if item.flags() & _NO_CONTENTS or not item.isVisible():
        return
    opacity = item.effectiveOpacity()
    if opacity <= 0.0:
        return
    option = QStyleOptionGraphicsItem()
    state = QStyle.StateFlag.State_None
    if item.isSelected():
        state |= QStyle.StateFlag.State_Selected
    if item.isEnabled():
        state |= QStyle.StateFlag.State_Enabled
    if item.hasFocus():
        state |= QStyle.StateFlag.State_HasFocus
    scene = item.scene()
    if scene is not None and scene.mouseGrabberItem() is item:
        state |= QStyle.StateFlag.State_Sunken
    option.state = state
    rect = item.boundingRect()
    option.rect = rect.toRect()
    option.exposedRect = rect
    if widget is not None:
        option.palette = widget.palette()
    painter.save()
    painter.setWorldTransform(item.deviceTransform(view_t))
    painter.setOpacity(opacity)
    item.paint(painter, option, widget)
    painter.restore()
