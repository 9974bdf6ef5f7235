"""Mouse and keyboard on the map scene: presses start gestures, keys become commands.

``MapScene`` derives from this; the gestures themselves live in ``tools.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent, QToolTip

from . import actions
from .items import LaneItem, LinkItem, NodeItem, NoteItem, ProcessItem
from .style import BIG_NUDGE, NUDGE
from .tools import LinkGesture, PendingPress, ResizeGesture


class InteractiveScene(QGraphicsScene):
    """Event handling only; state (``_items``, ``_gesture``, ``editor``...) belongs to MapScene."""

    def top_item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()
        ):
            if isinstance(item, NodeItem | LinkItem | LaneItem) and item.elem_id in self._items:
                return item
        return None

    def node_at(self, pos: QPointF, exclude: QGraphicsItem | None = None) -> NodeItem | None:
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()
        ):
            if (
                isinstance(item, NodeItem)
                and not isinstance(item, NoteItem)  # (a note takes no links)
                and item is not exclude
                and item.local_box().contains(item.mapFromScene(pos))
            ):
                if item.elem_id in self._items:
                    return item
        return None

    def cancel_gesture(self) -> None:
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.editor is not None:
            super().mousePressEvent(event)  # a click outside the editor commits it (focus out)
            if event.isAccepted() and self.editor is not None:
                return
            self.close_editor()
        if event.button() != Qt.MouseButton.LeftButton or self._map_id is None:
            event.ignore()
            return
        pos = event.scenePos()
        item = self.top_item_at(pos)
        mods = event.modifiers()
        if isinstance(item, ProcessItem) and item.mark_at(item.mapFromScene(pos)):
            self.select_ids([item.elem_id])  # the decomposed mark opens the sub-map (after this event)
            QTimer.singleShot(0, self, lambda pid=item.elem_id: self.subMapRequested.emit(pid))
        elif isinstance(item, NodeItem) and item.resize_grip_at(item.mapFromScene(pos)):
            self._gesture = ResizeGesture(self, item, pos)
        elif isinstance(item, NodeItem) and item.handle_at(item.mapFromScene(pos)):
            self._gesture = LinkGesture(self, item, pos)
        elif item is None:
            event.ignore()  # the view draws a rubber band
            return
        else:
            self._gesture = PendingPress(self, item, pos, mods)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gesture is None:
            super().mouseMoveEvent(event)
            return
        nxt = self._gesture.move(event.scenePos(), event.modifiers())
        if nxt is not None and nxt is not self._gesture:
            self._gesture = nxt
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gesture is None:
            super().mouseReleaseEvent(event)
            return
        gesture, self._gesture = self._gesture, None
        gesture.release(event.scenePos(), event.modifiers())
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._map_id is None:
            super().mouseDoubleClickEvent(event)
            return
        self.cancel_gesture()
        item = self.top_item_at(event.scenePos())
        if item is None:
            self.add_process_at(event.scenePos())
        else:
            self.select_ids([item.elem_id])
            self.edit_text(item)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
        arrows = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in arrows and self.selected_ids():
            actions.nudge(self, *arrows[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_selection()
        elif key == Qt.Key.Key_F2:
            self.rename_selection()
        elif key == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self.cancel_gesture()
            else:
                self.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def helpEvent(self, event) -> None:
        pos = event.scenePos()
        item = self.top_item_at(pos)
        text = item.tooltip_text(item.mapFromScene(pos)) if item is not None else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
        else:
            QToolTip.hideText()
        event.accept()
