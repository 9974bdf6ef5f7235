"""What the texts of a map view share when semantic zoom draws them bigger.

- One name size for the boxes in view: each box could hold its whole name at its own biggest
  scale, but a map whose names come in four sizes reads worse on a projector than one size.
  The scale used is the smallest of those "whole and readable" scales among the boxes in view
  (every whole name fits at it); boxes whose whole name would be unreadable anyway keep their
  shortened, bigger text.
- Where boxes and labels are, so that a link label drawn bigger is placed clear of every box
  (not only of its own ends: placed as if at its usual size, it ran under its neighbours) and
  of the labels placed before it.

Both are remembered until something moves, changes or the view shows another part of the map.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from procedit.geometry import Rect

if TYPE_CHECKING:
    from .scene import MapScene

_BY_BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect


class TextRoom:
    def __init__(self, scene: MapScene):
        self._scene = scene
        self.generation = 0  # bumped whenever a box moves, resizes, comes, goes or is renamed
        self._key: tuple | None = None
        self._scale: float | None = None
        # labels placed, per label_key, by grid cell (for the boxes' generation below)
        self._labels: dict[tuple, dict[tuple[int, int], list[Rect]]] = {}
        self._labels_generation = 0
        self._counts: dict[tuple, int] = {}  # labels placed per label_key
        self._frame: QRectF | None = None  # the view's rect while a view paints (begin_frame)
        self._frame_key: tuple = ()
        # within a frame, the last question and its answer (every box and label asks it)
        self._asked: tuple[float, float, float | None] | None = None

    def forget(self) -> None:
        self.generation += 1
        self._asked = None

    def begin_frame(self, rect: QRectF) -> None:
        """A view paints ``rect`` (the scene rect it shows): every item asks for the name scale,
        and working the view's rect out once per item cost more than the question."""
        self._frame, self._frame_key = rect, rect.getRect()
        self._asked = None

    def end_frame(self) -> None:
        self._frame = None
        self._asked = None

    def _view_rect(self) -> QRectF | None:
        views = self._scene.views()
        if not views:
            return None
        view = views[0]
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def name_scale(self, lod: float, k: float) -> float | None:
        """The one scale for the names in view at zoom ``lod`` (texts asked ``k`` times bigger):
        the smallest whole-and-readable scale of the boxes in view; None: no box in view has one."""
        asked = self._asked
        if asked is not None and asked[0] == lod and asked[1] == k:
            return asked[2]
        raw = lod
        # (the zoom each item finds differs in the last digits with its position: the boxes in
        # view were looked through again for one item in six)
        lod = round(lod, 6)
        rect = self._frame
        if rect is not None:
            key = (lod, k, self._frame_key, self.generation)
        else:
            rect = self._view_rect()
            if rect is None:
                return None
            key = (lod, k, rect.getRect(), self.generation)
        if key != self._key:
            best: float | None = None
            for item in self._scene.items(rect, _BY_BOUNDS):
                whole_at = getattr(item, "whole_at", None)
                if whole_at is None:
                    continue
                scale = whole_at(lod, k)
                if scale is not None and (best is None or scale < best):
                    best = scale
            self._key, self._scale = key, best
        if self._frame is not None:
            self._asked = (raw, k, self._scale)
        return self._scale

    def label_key(self, key: tuple) -> tuple:
        """Labels drawn bigger are placed once per ``key`` (their scale bucket: zooming back and
        forth between two buckets places nothing again) until something moves or changes."""
        if self._labels_generation != self.generation:
            self._labels_generation = self.generation
            self._labels = {}
            self._counts = {}
        return (key, self.generation)

    def placed(self, key: tuple) -> int:
        """How many labels were placed for ``key``."""
        return self._counts.get(key, 0)

    def add_label(self, key: tuple, rect: QRectF) -> None:
        """A label was placed here: the labels placed after it keep clear of it."""
        self._counts[key] = self._counts.get(key, 0) + 1
        r = Rect(rect.x(), rect.y(), rect.width(), rect.height())
        grid = self._labels.setdefault(key, {})
        for cell in _cells(r):
            grid.setdefault(cell, []).append(r)

    def obstacles(self, key: tuple, rect: QRectF) -> list[Rect]:
        """What a label placed within ``rect`` keeps clear of: the boxes (processes and parties)
        that reach into it and the labels placed before it (for ``key``) near it."""
        found = [item.box() for item in self._scene.items(rect, _BY_BOUNDS) if hasattr(item, "whole_at")]
        r = Rect(rect.x(), rect.y(), rect.width(), rect.height())
        seen: set[int] = set()
        grid = self._labels.get(key, {})
        for cell in _cells(r):
            for label in grid.get(cell, ()):
                if id(label) not in seen:
                    seen.add(id(label))
                    found.append(label)
        return found


_CELL = 256.0


def _cells(r: Rect) -> list[tuple[int, int]]:
    x0, y0 = math.floor(r.x / _CELL), math.floor(r.y / _CELL)
    x1, y1 = math.floor((r.x + r.width) / _CELL), math.floor((r.y + r.height) / _CELL)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def shared_scale(item: QGraphicsItem, lod: float, k: float) -> float | None:
    """The name scale the boxes in the item's view share (None: no scene or view to share with)."""
    room = getattr(item.scene(), "text_room", None)
    return None if room is None else room.name_scale(lod, k)


def covers(r: Rect, boxes: list[Rect]) -> bool:
    """Whether ``r`` overlaps any of ``boxes`` (touching is not overlapping)."""
    # (the fields, not Rect's properties: a small map's first frame tests ~45,000 spots)
    left, top = r.x, r.y
    right, bottom = left + r.width, top + r.height
    for o in boxes:
        ox, oy = o.x, o.y
        if min(right, ox + o.width) - max(left, ox) > 0.5 and min(bottom, oy + o.height) - max(top, oy) > 0.5:
            return True
    return False
