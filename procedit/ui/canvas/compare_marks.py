"""Differences marked on the canvas while a map is compared with another one.

Added elements get a green outline, changed ones an amber outline, and what the other map has
and this one no longer has is drawn as a ghost: a dashed grey box (or a dashed line for a
hand-off) where it stood. Marks are plain graphics items above (outlines) or below (ghosts)
the map's own items; they never touch the model and take no mouse events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from procedit.model import ExternalParty, Link, Process

if TYPE_CHECKING:
    from procedit.compare import MapDiff

    from .scene import MapScene

COLORS = {"added": QColor("#2e7d32"), "changed": QColor("#ef8f00"), "removed": QColor("#c62828")}
GHOST = QColor("#78909c")
SIGNS = {"added": "+", "changed": "~", "removed": "−"}
Z_MARK = 5.0  # above boxes (1) and links (0)
Z_GHOST = -5.0  # under the map, above the lanes (-10)
PAD = 6.0


def _inert(item: QGraphicsItem, z: float) -> QGraphicsItem:
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setZValue(z)
    return item


class CompareMarks:
    """The marks of one difference on one scene; ``clear()`` removes them all."""

    def __init__(self, scene: MapScene):
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.marked: dict[str, str] = {}  # element id → "added" / "changed" / "removed"
        self.ghosts: dict[str, QGraphicsItem] = {}  # element id of the other map → its ghost

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items.clear()
        self.marked.clear()
        self.ghosts.clear()

    def show(self, diff: MapDiff, reference: bool = False) -> None:
        """Mark ``diff`` on the scene, seen from the map the scene shows (either side).

        Against a ``reference`` model every process differs in detail and the model's layout is
        not the map's: only what the map lacks is drawn, as ghosts in a column beside the map.
        """
        self.clear()
        map_id = self.scene.map_id
        status = diff.status()
        if map_id == diff.new.id:
            mine = {e.id for e in (*diff.new.processes, *diff.new.parties, *diff.new.links)}
            for elem_id, state in status.items():
                if elem_id in mine and state in ("added", "changed") and not reference:
                    self._outline(elem_id, state)
            self._ghosts(diff, {elem_id for elem_id, s in status.items() if s == "removed"}, reference)
        elif map_id == diff.old.id:
            mine = {e.id for e in (*diff.old.processes, *diff.old.parties, *diff.old.links)}
            for d in diff.items:
                if d.old_id in mine and d.status in ("removed", "changed"):
                    self._outline(d.old_id, d.status)

    # ------------------------------------------------------------ pieces
    def _outline(self, elem_id: str, state: str) -> None:
        if elem_id in self.marked:
            return
        item = self.scene.item_for(elem_id)
        if item is None:
            return
        color = COLORS[state]
        self.marked[elem_id] = state
        if hasattr(item, "points"):  # a link: a broad translucent stroke along it
            pts = [item.mapToScene(QPointF(p[0], p[1])) for p in item.points()]
            if len(pts) < 2:
                return
            path = QPainterPath(pts[0])
            for p in pts[1:]:
                path.lineTo(p)
            mark = QGraphicsPathItem(path)
            pen = QPen(QColor(color.red(), color.green(), color.blue(), 110), 7)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            mark.setPen(pen)
            self._add(mark, Z_MARK - 1)
            return
        rect = item.sceneBoundingRect().adjusted(-PAD, -PAD, PAD, PAD)
        box = QGraphicsRectItem(rect)
        box.setPen(QPen(color, 3))
        box.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self._add(box, Z_MARK)
        self._sign(rect.topLeft(), state)

    def _sign(self, at: QPointF, state: str) -> None:
        sign = QGraphicsSimpleTextItem(SIGNS[state])
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(14)
        sign.setFont(font)
        sign.setBrush(COLORS[state])
        sign.setPos(at + QPointF(-4, -24))
        self._add(sign, Z_MARK)

    def _ghosts(self, diff: MapDiff, removed: set[str], beside: bool = False) -> None:
        new_of = diff.matching.old_to_new()
        centres: dict[str, QPointF] = {}
        bounds = self.scene.model_bounds() if beside else None
        x = (bounds.right() if bounds is not None else 0.0) + 120.0
        y = bounds.top() if bounds is not None else 0.0
        for e in (*diff.old.processes, *diff.old.parties):
            if e.id in removed:
                if beside:  # a column to the right of the map, in the reference's order
                    e = e.model_copy(update={"x": x, "y": y})
                    y += e.height + 30.0
                centres[e.id] = self._ghost_box(e)
        for lk in diff.old.links:
            if lk.id in removed:
                self._ghost_link(lk, new_of, centres)

    def _ghost_box(self, e: Process | ExternalParty) -> QPointF:
        rect = QRectF(e.x, e.y, e.width, e.height)
        box = QGraphicsRectItem(rect)
        pen = QPen(GHOST, 2, Qt.PenStyle.DashLine)
        box.setPen(pen)
        box.setBrush(QBrush(QColor(236, 239, 241, 160)))
        box.setToolTip(getattr(e, "name", ""))
        self._add(box, Z_GHOST)
        label = QGraphicsSimpleTextItem(_ghost_text(e), box)
        label.setBrush(GHOST)
        label.setPos(rect.left() + 8, rect.top() + 8)
        self.ghosts[e.id] = box
        self.marked[e.id] = "removed"
        self.scene.grow_scene_rect(rect.adjusted(-60, -60, 60, 60))  # so that it can be scrolled to
        self._sign(rect.topLeft(), "removed")
        return rect.center()

    def _ghost_link(self, lk: Link, new_of: dict[str, str], centres: dict[str, QPointF]) -> None:
        ends = []
        for end in (lk.source_id, lk.target_id):
            if end in centres:
                ends.append(centres[end])
                continue
            item = self.scene.item_for(new_of.get(end, ""))
            if item is None:
                return
            ends.append(item.sceneBoundingRect().center())
        path = QPainterPath(ends[0])
        path.lineTo(ends[1])
        line = QGraphicsPathItem(path)
        line.setPen(QPen(COLORS["removed"], 2, Qt.PenStyle.DashLine))
        line.setToolTip(lk.label)
        self._add(line, Z_MARK - 1)
        self.ghosts[lk.id] = line
        self.marked[lk.id] = "removed"

    def _add(self, item: QGraphicsItem, z: float) -> None:
        self.scene.addItem(_inert(item, z))
        self.items.append(item)


def _ghost_text(e: Process | ExternalParty) -> str:
    code = getattr(e, "code", "")
    text = f"{code} {e.name}".strip() if code else e.name
    return text if len(text) <= 40 else text[:39] + "…"
