"""Mouse gestures on the canvas: they preview by moving graphics and push one command at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem

from procedit.commands import AddElements, SetFields
from procedit.geometry import Point, arrow_head, border_point
from procedit.model import ExternalParty, Link, Note, Process
from procedit.model.limits import MAX_LANE_HEIGHT, MAX_SIZE

from . import actions
from .fit import minimum_size, owner_name
from .items import LaneItem, NodeItem, NoteItem
from .items.lane import MIN_HEIGHT as MIN_LANE_HEIGHT
from .items.note import MIN_H as NOTE_MIN_H
from .items.note import MIN_W as NOTE_MIN_W
from .style import HANDLE, snap, tr

if TYPE_CHECKING:
    from .scene import MapScene


def _drag_distance() -> float:
    return float(QApplication.startDragDistance()) if QApplication.instance() else 4.0


class PendingPress:
    """A press on an item: a click (selection) or the start of a move / link drag."""

    def __init__(self, scene: MapScene, item: QGraphicsItem, pos: QPointF, mods):
        self.scene, self.item, self.pos, self.mods = scene, item, pos, mods
        self.toggle = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if not self.toggle and not item.isSelected():
            scene.select_ids([item.elem_id])

    def move(self, pos: QPointF, mods):
        if QLineF(pos, self.pos).length() < _drag_distance():
            return None
        if isinstance(self.item, LaneItem):
            gesture = LaneGesture(self.scene, self.item, self.pos)
            gesture.move(pos, mods)
            return gesture
        if not isinstance(self.item, NodeItem):
            return None
        if self.mods & Qt.KeyboardModifier.ShiftModifier and not isinstance(self.item, NoteItem):
            gesture = LinkGesture(self.scene, self.item, self.pos)
        else:
            if self.toggle and not self.item.isSelected():
                self.item.setSelected(True)
            gesture = MoveGesture(self.scene, self.item, self.pos)
        gesture.move(pos, mods)
        return gesture

    def release(self, pos: QPointF, mods) -> None:
        if self.toggle:
            self.item.setSelected(not self.item.isSelected())
        else:
            self.scene.select_ids([self.item.elem_id])

    def cancel(self) -> None:
        pass


class MoveGesture:
    """Drag the selected boxes; their links follow live; one SetFields on release."""

    def __init__(self, scene: MapScene, anchor: NodeItem, pos: QPointF):
        self.scene = scene
        self.anchor = anchor
        self.press = pos
        self.nodes = [i for i in scene.selectedItems() if isinstance(i, NodeItem)]
        if anchor not in self.nodes:
            self.nodes.append(anchor)
        self.start = {n.elem_id: n.pos() for n in self.nodes}
        self.delta = QPointF(0, 0)

    def move(self, pos: QPointF, mods) -> None:
        start = self.start[self.anchor.elem_id]
        target = start + (pos - self.press)
        if not mods & Qt.KeyboardModifier.AltModifier:
            target = QPointF(snap(target.x()), snap(target.y()))
        delta = target - start
        if delta == self.delta:
            return
        self.delta = delta
        for n in self.nodes:
            p = self.start[n.elem_id] + delta
            n.move_to(p.x(), p.y())
        self.scene.reroute_links_of(self.start)
        self.scene.grow_scene_rect(self.anchor.sceneBoundingRect())

    def release(self, pos: QPointF, mods) -> None:
        self.move(pos, mods)
        if self.delta == QPointF(0, 0):
            return
        changes = {}
        for n in self.nodes:
            p = n.pos()
            changes[n.elem_id] = {"x": p.x(), "y": p.y(), **actions.lane_fields(self.scene, n.elem_id, p.y())}
        self.scene.push(SetFields(changes, move_label(self.scene, list(changes))))

    def cancel(self) -> None:
        for n in self.nodes:
            p = self.start[n.elem_id]
            n.move_to(p.x(), p.y())
        self.scene.reroute_links_of(self.start)


class LaneGesture:
    """Drag a lane by its title (up or down) or by its bottom edge (taller, shorter); one SetFields on release."""

    def __init__(self, scene: MapScene, lane: LaneItem, pos: QPointF):
        self.scene, self.lane, self.press = scene, lane, pos
        self.resize = lane.edge_at(lane.mapFromScene(pos))
        self.y0, self.h0 = lane.pos().y(), lane.height()
        self.y, self.h = self.y0, self.h0
        scene.select_ids([lane.elem_id])

    def move(self, pos: QPointF, mods) -> None:
        dy = pos.y() - self.press.y()
        if not mods & Qt.KeyboardModifier.AltModifier:
            dy = snap(dy)
        if self.resize:
            self.h = min(max(MIN_LANE_HEIGHT, self.h0 + dy), MAX_LANE_HEIGHT)
        else:
            self.y = self.y0 + dy
        self.lane.preview(self.y, self.h)
        self.scene.lane_previewed()

    def release(self, pos: QPointF, mods) -> None:
        self.move(pos, mods)
        if (self.y, self.h) == (self.y0, self.h0):
            return
        if self.resize:
            self.scene.push(SetFields({self.lane.elem_id: {"height": self.h}}, tr("Resize lane")))
        else:
            self.scene.push(SetFields({self.lane.elem_id: {"y": self.y}}, tr("Move lane")))

    def cancel(self) -> None:
        self.lane.preview(self.y0, self.h0)
        self.scene.lane_previewed()


class ResizeGesture:
    """Drag a selected box's corner grip: wider, narrower, taller, shorter (snapped, Alt: free),
    never smaller than its texts need; one SetFields on release."""

    def __init__(self, scene: MapScene, node: NodeItem, pos: QPointF):
        self.scene, self.node, self.press = scene, node, pos
        box = node.box()
        self.w0, self.h0 = box.width, box.height
        self.w, self.h = self.w0, self.h0
        element = scene.doc.get(node.elem_id)
        self.element = element if isinstance(element, Process | ExternalParty) else None
        self.owner = owner_name(scene.doc, self.element) if self.element is not None else ""

    def move(self, pos: QPointF, mods) -> None:
        w = self.w0 + pos.x() - self.press.x()
        h = self.h0 + pos.y() - self.press.y()
        if not mods & Qt.KeyboardModifier.AltModifier:
            w, h = snap(w), snap(h)
        if self.element is not None:
            min_w, _ = minimum_size(self.element, self.owner, w)
            w = max(w, min_w)
            h = max(h, minimum_size(self.element, self.owner, w)[1])
        elif isinstance(self.node, NoteItem):
            w, h = max(w, NOTE_MIN_W), max(h, NOTE_MIN_H)
        w, h = min(w, MAX_SIZE), min(h, MAX_SIZE)  # (the model's limit: a bigger box would be refused)
        if (w, h) == (self.w, self.h):
            return
        self.w, self.h = w, h
        self.node.preview_size(w, h)
        self.scene.reroute_links_of([self.node.elem_id])
        self.scene.grow_scene_rect(self.node.sceneBoundingRect())

    def release(self, pos: QPointF, mods) -> None:
        self.move(pos, mods)
        if (self.w, self.h) == (self.w0, self.h0):
            return
        self.scene.push(SetFields({self.node.elem_id: {"width": self.w, "height": self.h}}, tr("Resize")))

    def cancel(self) -> None:
        self.node.preview_size(self.w0, self.h0)
        self.scene.reroute_links_of([self.node.elem_id])


def move_label(scene: MapScene, ids: list[str]) -> str:
    processes = sum(1 for i in ids if isinstance(scene.doc.get(i), Process))
    if processes == len(ids):
        return tr("Move process") if len(ids) == 1 else tr("Move %n processes").replace("%n", str(len(ids)))
    if len(ids) == 1 and isinstance(scene.doc.get(ids[0]), Note):
        return tr("Move note")
    return tr("Move %n items").replace("%n", str(len(ids)))


class LinkGesture:
    """Drag from a box (its handle, or Shift+drag) to another box: a new link.

    Dropped on empty canvas: a new process there, linked, named in place (one undo step).
    """

    def __init__(self, scene: MapScene, source: NodeItem, pos: QPointF):
        self.scene = scene
        self.source = source
        self.target: NodeItem | None = None
        self.start = pos
        self.left_source = False  # the pointer went out of the source box at some point
        self.preview = QGraphicsPathItem()
        pen = QPen(HANDLE, 2.0, Qt.PenStyle.DashLine)
        self.preview.setPen(pen)
        self.preview.setBrush(QColor(HANDLE))
        self.preview.setZValue(50)
        scene.addItem(self.preview)
        self.move(pos, Qt.KeyboardModifier.NoModifier)

    def move(self, pos: QPointF, mods) -> None:
        if not self.left_source and not self.source.local_box().contains(self.source.mapFromScene(pos)):
            self.left_source = QLineF(pos, self.start).length() > 20
        target = self.scene.node_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.hoverLeaveEvent(None)
            self.target = target
            if target is not None:
                target.hoverEnterEvent(None)
        box = self.source.box()
        tip = Point(pos.x(), pos.y())
        if target is not None:
            tip = border_point(target.box(), box.center)
            start = border_point(box, target.box().center)
        else:
            start = border_point(box, tip)
        path = QPainterPath(QPointF(*start))
        path.lineTo(QPointF(*tip))
        if start != tip:
            a, b, c = arrow_head(start, tip)
            path.moveTo(QPointF(*a))
            path.lineTo(QPointF(*b))
            path.lineTo(QPointF(*c))
            path.closeSubpath()
        self.preview.setPath(path)

    def release(self, pos: QPointF, mods) -> None:
        self.move(pos, mods)
        target = self.target
        self.cancel()
        scene = self.scene
        src = self.source.elem_id
        if target is None:
            if scene.node_at(pos) is self.source:  # dropped back on its own box
                if self.left_source:
                    scene.message.emit(link_refusal(scene, src, src))
                return
            if QLineF(pos, self.source.mapToScene(self.source.local_box().center())).length() < 30:
                return
            process = actions.new_process_at(scene, pos)
            actions.preview_new(scene, process, Link(source_id=src, target_id=process.id))
            return
        reason = link_refusal(scene, src, target.elem_id)
        if reason:
            scene.message.emit(reason)
            return
        link = Link(source_id=src, target_id=target.elem_id)
        scene.push(AddElements(scene.map_id, [link], label=tr("Add link")))
        scene.select_ids([link.id])

    def cancel(self) -> None:
        if self.target is not None:
            self.target.hoverLeaveEvent(None)
        if self.preview.scene() is not None:
            self.scene.removeItem(self.preview)


def link_refusal(scene: MapScene, source_id: str, target_id: str) -> str:
    """Why a link from source to target may not be drawn ("" when it may)."""
    if source_id == target_id:
        return tr("A process cannot be linked to itself.")
    for link in scene.doc.links_of(source_id):
        if link.source_id == source_id and link.target_id == target_id:
            return tr("These two are already linked in this direction.")
    return ""


__all__ = [
    "LaneGesture",
    "LinkGesture",
    "MoveGesture",
    "PendingPress",
    "ResizeGesture",
    "link_refusal",
    "move_label",
]
