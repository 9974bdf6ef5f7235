"""The whole map far zoomed out, drawn in one pass instead of one ``paint()`` per item.

Below ``OVERVIEW_LOD`` a box shows no text, only its body, and a link only its line (and its
head down to ``ARROW_LOD``). Asking thousands of Python items to paint that costs ~10 µs of
call overhead each (~0.3 s for a 5,000-process map in view); here the scene keeps the
geometry as plain numbers and the view paints it under the items, which meanwhile carry
``ItemHasNoContents``. The picture is the same: the same body sprites, pens, selection
outlines and badges (as dots: their counts would be under 4 px).

The numbers come from the items where they exist (so drag previews show) and from the
model for those not built yet (a big map's items are made in idle time after the first
frame). Selection, dimming and findings are read when painting, so they need only a repaint.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from procedit.geometry import ARROW_SIZE, Point, Rect, link_offsets, route
from procedit.model import ExternalParty, Link, Note, Process, Routing

from .items import LaneItem, LinkItem, NodeItem
from .items.badge import BADGE_RADIUS, worst_severity
from .items.lane import paint_lane
from .items.link import ARROW_LOD, LINK_PENS
from .items.note import render_note
from .items.party import render_party
from .items.process import render_process
from .items.sprites import PAD, sprite
from .style import BADGE_COLORS, DIM_OPACITY, LINK_COLOR, MARGIN, SELECTION, TEXT_LOD

if TYPE_CHECKING:
    from .scene import MapScene

OVERVIEW_LOD = TEXT_LOD  # below this zoom the view paints the overview, not the items

_SELECT_PEN = QPen(SELECTION, 2.5, Qt.PenStyle.DashLine)
_BADGE_PEN = QPen(QColor("white"), 1.5)
_BADGE_BRUSHES = {severity: QBrush(color) for severity, color in BADGE_COLORS.items()}
_OTHER_BADGE = QBrush(QColor("#757575"))
_NO_PEN = Qt.PenStyle.NoPen

# a node: (left, top, width, height, look)
_Node = tuple[float, float, float, float, tuple[str, Any]]
# a link's route, or while only its centre line is known: (source centre x, y, target node)
_CentreLine = tuple[float, float, _Node]
# a link: (route or centre line, kind, extent, segments)
_Link = tuple[list[Point] | _CentreLine, Any, tuple[float, float, float, float], list[QLineF]]


class Overview:
    """The map as numbers for the far-zoomed picture, refreshed per element as it changes."""

    def __init__(self, scene: MapScene):
        self._scene = scene
        self._nodes: dict[str, _Node] | None = None  # None: to be read again on the next paint
        self._links: dict[str, _Link] = {}
        self._heads: dict[str, QPolygonF] = {}
        self._by_kind: dict[Any, list[QLineF]] | None = None  # every link's segments by kind
        self._all_heads: list[QPolygonF] | None = None  # every link's head

    # ------------------------------------------------------------ keeping up
    def reset(self) -> None:
        """Everything is read again when next painted (another map, a structural change)."""
        self._nodes = None
        self._links = {}
        self._heads = {}
        self._by_kind = self._all_heads = None

    def refresh(self, ids: Iterable[str]) -> QRectF:
        """Read these elements (and the links of these nodes) again; the area to repaint."""
        if self._nodes is None:
            return QRectF()
        self._by_kind = self._all_heads = None
        scene, doc = self._scene, self._scene.doc
        built = scene.built_items()
        dirty = _Bounds()
        link_ids: set[str] = set()
        for elem_id in ids:
            old = self._nodes.pop(elem_id, None)
            if old is not None:
                dirty.add_node(old)
            element = doc.get(elem_id)
            in_map = element is not None and doc.map_of(elem_id) == scene.map_id
            if isinstance(element, Process | ExternalParty | Note) and in_map:
                node = self._node(element, built)
                self._nodes[elem_id] = node
                dirty.add_node(node)
                link_ids.update(link.id for link in doc.links_of(elem_id))
            elif isinstance(element, Link) and in_map:
                link_ids.add(elem_id)
            elif elem_id in self._links:
                dirty.add(self._links[elem_id][2])
                self._drop_link(elem_id)
        for link_id in link_ids:
            old_link = self._links.get(link_id)
            if old_link is not None:
                dirty.add(old_link[2])
            self._drop_link(link_id)
            link = doc.get(link_id)
            if isinstance(link, Link):
                entry = self._link(link, 0.0, built)
                if entry is not None:
                    self._links[link_id] = entry
                    dirty.add(entry[2])
        return dirty.rect()

    def area(self, ids: Iterable[str]) -> QRectF:
        """Where these boxes and links are drawn (to repaint their badges or highlights)."""
        bounds = _Bounds()
        nodes = self._nodes or {}
        for elem_id in ids:
            node = nodes.get(elem_id)
            if node is not None:
                bounds.add_node(node)
            elif elem_id in self._links:
                bounds.add(self._links[elem_id][2])
        return bounds.rect()

    def _drop_link(self, link_id: str) -> None:
        self._links.pop(link_id, None)
        self._heads.pop(link_id, None)

    def _read_all(self) -> dict[str, _Node]:
        """Every box and link of the map (it runs before a big map's first frame)."""
        scene, doc, map_id = self._scene, self._scene.doc, self._scene.map_id
        nodes: dict[str, _Node] = {}
        links: dict[str, _Link] = {}
        self._nodes, self._links, self._heads = nodes, links, {}
        self._by_kind = self._all_heads = None
        if map_id is None:
            return nodes
        built = scene.built_items()
        for node in (*doc.elements(map_id, "notes"), *doc.processes(map_id), *doc.parties(map_id)):
            nodes[node.id] = self._node(node, built)
        all_links = list(doc.links(map_id))
        # the fan-out of links sharing two boxes, for those whose items are not made yet
        offsets = link_offsets(all_links) if any(link.id not in built for link in all_links) else {}
        for link in all_links:
            entry = self._link(link, offsets.get(link.id, 0.0), built)
            if entry is not None:
                links[link.id] = entry
        return nodes

    def _node(self, element: Process | ExternalParty | Note, built: dict[str, Any]) -> _Node:
        item = built.get(element.id)
        if isinstance(item, NodeItem):  # where it is drawn now: a drag may be previewing
            box = item.box()
            return (box.x, box.y, box.width, box.height, _look(element))
        return (element.x, element.y, element.width, element.height, _look(element))

    def _link(self, link: Link, offset: float, built: dict[str, Any]) -> _Link | None:
        item = built.get(link.id)
        if isinstance(item, LinkItem) and item.points():
            points: list[Point] | _CentreLine = item.points()
            ends = points
        else:
            nodes = self._nodes or {}
            a, b = nodes.get(link.source_id), nodes.get(link.target_id)
            if a is None or b is None:
                return None
            if link.routing == Routing.STRAIGHT and not offset:
                # centre to centre: the opaque boxes drawn over it hide the rest, so it looks
                # the same; the exact ends are worked out only if a head is drawn
                ax, ay, bx, by = a[0] + a[2] / 2, a[1] + a[3] / 2, b[0] + b[2] / 2, b[1] + b[3] / 2
                # (comparisons, not min/max: this runs for every link before the first frame)
                extent = (ax, ay, bx, by) if ax < bx else (bx, ay, ax, by)
                if ay > by:
                    extent = (extent[0], by, extent[2], ay)
                return ((ax, ay, b), link.kind, extent, [QLineF(ax, ay, bx, by)])
            points = ends = list(route(Rect(*a[:4]), Rect(*b[:4]), link.routing, offset))
        lines = [QLineF(p.x, p.y, q.x, q.y) for p, q in itertools.pairwise(ends)]
        xs = [p.x for p in ends]
        ys = [p.y for p in ends]
        return (points, link.kind, (min(xs), min(ys), max(xs), max(ys)), lines)

    def _head(self, link_id: str, points: list[Point] | _CentreLine) -> QPolygonF:
        head = self._heads.get(link_id)
        if head is None:
            head = self._heads[link_id] = _head_polygon(points)
        return head

    # ------------------------------------------------------------ painting
    def paint(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        nodes = self._nodes if self._nodes is not None else self._read_all()
        scene = self._scene
        selected = {i.elem_id for i in scene.selectedItems() if hasattr(i, "elem_id")}
        dimmed = scene.dimmed_ids()
        left, top = rect.left() - MARGIN, rect.top() - MARGIN
        right, bottom = rect.right() + MARGIN, rect.bottom() + MARGIN
        map_id = scene.map_id
        lanes = list(scene.doc.elements(map_id, "lanes")) if map_id is not None else []
        if lanes:  # behind everything, as the lane items are
            built = scene.built_items()
            span = None
            for index, lane in enumerate(lanes):
                item = built.get(lane.id)
                if isinstance(item, LaneItem):  # where it is drawn now: a drag may be previewing
                    x0, y0, x1, y1 = item.extent()
                    band = QRectF(x0, y0, x1 - x0, y1 - y0)
                else:  # (not made yet) across the boxes of the model, as it will be
                    span = span or scene.lane_span()
                    band = QRectF(span[0], lane.y, span[1], lane.height)
                paint_lane(painter, band, index, scene.lane_title(lane), lane.id in selected, lod)

        if dimmed:
            self._paint_links_dimmed(painter, lod, selected, (left, top, right, bottom))
        else:
            # every link in one drawLines per kind and every head in one path (cached between
            # frames; the painter clips), then the selected ones again over them
            by_kind = self._lines_by_kind()
            for kind, group in by_kind.items():
                painter.setPen(LINK_PENS[(kind, False)])
                painter.drawLines(group)
            arrows = lod >= ARROW_LOD
            if arrows:
                painter.setPen(_NO_PEN)
                painter.setBrush(LINK_COLOR)
                draw = painter.drawPolygon
                for head in self._head_list():
                    draw(head)
            for link_id in selected:
                link = self._links.get(link_id)
                if link is not None:
                    points, kind, _extent, segments = link
                    painter.setPen(LINK_PENS[(kind, True)])
                    painter.drawLines(segments)
                    if arrows:
                        painter.setPen(_NO_PEN)
                        painter.setBrush(SELECTION)
                        painter.drawPolygon(self._head(link_id, points))

        # the bodies, from the same sprites the items blit (drawn the same way: same pixels)
        blits: dict[tuple[Any, float, float], tuple[Any, float, float, QRectF] | None] = {}
        outlines: list[QRectF] = []
        opacity = 1.0
        draw = painter.drawPixmap
        for node_id, (x, y, w, h, look) in nodes.items():
            if x + w < left or x > right or y + h < top or y > bottom:
                continue
            if dimmed:
                faded = node_id in dimmed
                if (DIM_OPACITY if faded else 1.0) != opacity:
                    opacity = DIM_OPACITY if faded else 1.0
                    painter.setOpacity(opacity)
            key = (look, w, h)
            blit = blits.get(key, False)
            if blit is False:
                found = sprite(painter, look, w, h, _renderer(look, w, h))
                if found is None:
                    blit = blits[key] = None
                else:
                    pm, s = found
                    blit = blits[key] = (pm, pm.width() / s, pm.height() / s, QRectF(pm.rect()))
            if blit is None:  # (a rotated painter) paint the body itself
                painter.save()
                painter.translate(x, y)
                _renderer(look, w, h)(painter)
                painter.restore()
            else:
                pm, dw, dh, source = blit
                draw(QRectF(x - PAD, y - PAD, dw, dh), pm, source)
            if node_id in selected:
                outlines.append(QRectF(x - 5, y - 5, w + 10, h + 10))
        painter.setOpacity(1.0)
        if outlines:
            painter.setPen(_SELECT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(outlines)

        # findings as dots where the badges sit
        if scene.badges_visible():
            painter.setPen(_BADGE_PEN)
            for node_id, found_list in scene.findings().items():
                node = nodes.get(node_id)
                if node is None:
                    continue
                x, y, w, _h, _look = node
                cx, cy = x + w - 2, y + 2
                if cx < left or cx > right or cy < top or cy > bottom:
                    continue
                severity = worst_severity(found_list)
                if severity is None:
                    continue
                painter.setOpacity(DIM_OPACITY if dimmed and node_id in dimmed else 1.0)
                painter.setBrush(_BADGE_BRUSHES.get(severity, _OTHER_BADGE))
                painter.drawEllipse(QPointF(cx, cy), BADGE_RADIUS, BADGE_RADIUS)
            painter.setOpacity(1.0)

    def _lines_by_kind(self) -> dict[Any, list[QLineF]]:
        if self._by_kind is None:
            by_kind: dict[Any, list[QLineF]] = {}
            for _points, kind, _extent, segments in self._links.values():
                group = by_kind.get(kind)
                if group is None:
                    group = by_kind[kind] = []
                group += segments
            self._by_kind = by_kind
        return self._by_kind

    def _head_list(self) -> list[QPolygonF]:
        # (one drawPolygon each: ~5× faster than all of them as one QPainterPath, whose fill
        # scans the whole area of the map once for thousands of tiny triangles)
        if self._all_heads is None:
            head = self._head
            self._all_heads = [head(link_id, link[0]) for link_id, link in self._links.items()]
        return self._all_heads

    def _paint_links_dimmed(
        self,
        painter: QPainter,
        lod: float,
        selected: set[str],
        bounds: tuple[float, float, float, float],
    ) -> None:
        """Links with some faded (the owner's view): grouped by pen and opacity, per frame."""
        left, top, right, bottom = bounds
        lines: dict[tuple[Any, bool, bool], list[QLineF]] = {}
        heads: list[tuple[str, list[Point] | _CentreLine, bool, bool]] = []
        for link_id, (points, kind, (x0, y0, x1, y1), segments) in self._links.items():
            if x1 < left or x0 > right or y1 < top or y0 > bottom:
                continue
            sel = link_id in selected
            faded = self._link_dimmed(link_id)
            key = (kind, sel, faded)
            group = lines.get(key)
            if group is None:
                group = lines[key] = []
            group += segments
            heads.append((link_id, points, sel, faded))
        for (kind, sel, faded), group in lines.items():
            painter.setOpacity(DIM_OPACITY if faded else 1.0)
            painter.setPen(LINK_PENS[(kind, sel)])
            painter.drawLines(group)
        if lod >= ARROW_LOD and heads:
            painter.setPen(_NO_PEN)
            for link_id, points, sel, faded in heads:
                painter.setOpacity(DIM_OPACITY if faded else 1.0)
                painter.setBrush(SELECTION if sel else LINK_COLOR)
                painter.drawPolygon(self._head(link_id, points))
        painter.setOpacity(1.0)

    def _link_dimmed(self, link_id: str) -> bool:
        link = self._scene.doc.get(link_id)
        return isinstance(link, Link) and self._scene.link_dimmed(link_id, link.source_id, link.target_id)


_C, _S = ARROW_SIZE * math.cos(math.radians(24)), ARROW_SIZE * math.sin(math.radians(24))


def _head_polygon(points: list[Point] | _CentreLine) -> QPolygonF:
    """``geometry.arrow_head`` at the end of a route, or where a centre line enters its target
    box, as a polygon; plain arithmetic (no trigonometry, no Points: thousands per frame)."""
    if isinstance(points, tuple):  # a centre line: its tip where it enters the target box
        sx, sy, (x, y, w, h, _look) = points
        hw, hh = w / 2, h / 2
        dx, dy = sx - (x + hw), sy - (y + hh)
        if dx == 0 and dy == 0:
            tx, ty, dx, dy = x + hw, y, 0.0, -1.0
        else:
            scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
            tx, ty = x + hw + dx * scale, y + hh + dy * scale
        dx, dy = -dx, -dy  # from the source toward the tip
    else:
        (ax, ay), (tx, ty) = points[-2], points[-1]
        dx, dy = tx - ax, ty - ay
    length = math.hypot(dx, dy)
    ux, uy = (dx / length, dy / length) if length else (1.0, 0.0)
    return QPolygonF(
        [
            QPointF(tx - (ux * _C + uy * _S), ty - (uy * _C - ux * _S)),
            QPointF(tx, ty),
            QPointF(tx - (ux * _C - uy * _S), ty - (uy * _C + ux * _S)),
        ]
    )


_LOOKS: dict[Any, tuple[str, Any]] = {}


def _look(node: Process | ExternalParty | Note) -> tuple[str, Any]:
    """The sprite key of a box: ("process", "party" or "note", its kind or colour), one shared tuple each."""
    kind = node.color if isinstance(node, Note) else node.kind
    key = (type(node), kind)
    look = _LOOKS.get(key)
    if look is None:
        what = "process" if isinstance(node, Process) else "note" if isinstance(node, Note) else "party"
        look = _LOOKS[key] = (what, kind)
    return look


def _renderer(look: tuple[str, Any], w: float, h: float) -> Callable[[QPainter], None]:
    what, kind = look
    if what == "process":
        return lambda p: render_process(p, kind, w, h)
    if what == "note":
        return lambda p: render_note(p, kind, w, h)
    return lambda p: render_party(p, kind, w, h)


class _Bounds:
    """The union of some extents, as a scene rect (with room for outlines and badges)."""

    def __init__(self) -> None:
        self.box: list[float] | None = None

    def add_node(self, node: _Node) -> None:
        x, y, w, h, _ = node
        self.add((x, y, x + w, y + h))

    def add(self, extent: tuple[float, float, float, float]) -> None:
        if self.box is None:
            self.box = list(extent)
        else:
            b = self.box
            b[0], b[1] = min(b[0], extent[0]), min(b[1], extent[1])
            b[2], b[3] = max(b[2], extent[2]), max(b[3], extent[3])

    def rect(self) -> QRectF:
        if self.box is None:
            return QRectF()
        left, top, right, bottom = self.box
        m = MARGIN + 2
        return QRectF(left - m, top - m, right - left + 2 * m, bottom - top + 2 * m)


__all__ = ["OVERVIEW_LOD", "Overview"]
