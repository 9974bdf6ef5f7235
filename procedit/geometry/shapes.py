"""Plain-number geometry of a map: boxes, ports, link routes, arrow heads, label anchors.

The canvas builds its painter paths from these numbers and the PDF exporter draws the
same map from them, so paper matches the screen. Coordinates are scene units (1 unit =
1 px at 100% zoom); y grows downwards.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from procedit.model import ExternalParty, Link, Process, ProcessMap, Routing

CORNER_RADIUS = 10.0
ARROW_SIZE = 11.0


class Point(NamedTuple):
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x

    @property
    def top(self) -> float:
        return self.y

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def united(self, other: Rect) -> Rect:
        left, top = min(self.left, other.left), min(self.top, other.top)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Rect(left, top, right - left, bottom - top)

    def adjusted(self, margin: float) -> Rect:
        return Rect(self.x - margin, self.y - margin, self.width + 2 * margin, self.height + 2 * margin)

    def contains(self, p: Point) -> bool:
        return self.left <= p.x <= self.right and self.top <= p.y <= self.bottom


def node_rect(node: Process | ExternalParty) -> Rect:
    return Rect(node.x, node.y, node.width, node.height)


def border_point(rect: Rect, toward: Point | tuple[float, float]) -> Point:
    """Where the ray from the rect's centre toward ``toward`` leaves the rect (the port)."""
    hw, hh = rect.width / 2, rect.height / 2
    cx, cy = rect.x + hw, rect.y + hh  # the centre (inlined: the canvas routes thousands at once)
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return Point(cx, rect.y)
    scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return Point(cx + dx * scale, cy + dy * scale)


def route(
    source: Rect, target: Rect, routing: Routing = Routing.STRAIGHT, offset: float = 0.0
) -> list[Point]:
    """The polyline of a link from ``source`` to ``target``, ends on the box borders.

    ``offset`` moves the whole route sideways (to the right of its direction on screen, y
    down), so that links between the same two boxes (see ``link_offsets``) do not lie on
    top of each other; it is limited to what keeps the ends on the boxes' borders.
    """
    if offset:
        limit = 0.8 * min(source.width, source.height, target.width, target.height) / 2
        offset = max(-limit, min(limit, offset))
    if routing == Routing.ORTHOGONAL:
        points = _orthogonal(source, target)
        return _shift_orthogonal(points, offset) if offset else points
    if offset:
        shifted = _straight_shifted(source, target, offset)
        if shifted is not None:
            return shifted
    # the centres as plain pairs: the canvas routes thousands of links at map open
    start = border_point(source, (target.x + target.width / 2, target.y + target.height / 2))
    end = border_point(target, (source.x + source.width / 2, source.y + source.height / 2))
    return [start, end]


LINK_SPACING = 26.0  # between links joining the same two boxes: room for their labels


def link_offsets(links: Iterable[Link], spacing: float = LINK_SPACING) -> dict[str, float]:
    """The sideways offset (``route(..., offset=)``) of every link that shares its two boxes
    with other links (either direction); links alone between their boxes are left out (0).

    Deterministic (ordered by id), so the canvas and the PDF fan the same links out alike.
    """
    pairs: dict[tuple[str, str], list[Link]] = {}
    for link in links:
        if link.source_id != link.target_id:
            key = (
                (link.source_id, link.target_id)
                if link.source_id < link.target_id
                else (link.target_id, link.source_id)
            )
            pairs.setdefault(key, []).append(link)
    offsets: dict[str, float] = {}
    for (first, _second), group in pairs.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda lk: lk.id)
        middle = (len(group) - 1) / 2
        for i, link in enumerate(group):
            across = (i - middle) * spacing  # measured to the right of first → second
            # a link the other way has its right on the other side
            offsets[link.id] = across if link.source_id == first else -across
    return offsets


def _straight_shifted(source: Rect, target: Rect, offset: float) -> list[Point] | None:
    """The straight route moved ``offset`` to its right, ends where it crosses the borders."""
    sc, tc = source.center, target.center
    dx, dy = tc.x - sc.x, tc.y - sc.y
    length = math.hypot(dx, dy)
    if length == 0:
        return None
    ux, uy = dx / length, dy / length
    nx, ny = -uy * offset, ux * offset  # the right-hand normal on screen (y grows downwards)
    start = _exit(source, Point(sc.x + nx, sc.y + ny), ux, uy)
    end = _exit(target, Point(tc.x + nx, tc.y + ny), -ux, -uy)
    return [start, end]


def _exit(rect: Rect, inside: Point, ux: float, uy: float) -> Point:
    """Where the ray from ``inside`` (a point in ``rect``) along (ux, uy) leaves ``rect``."""
    tx = (rect.right - inside.x) / ux if ux > 0 else (rect.left - inside.x) / ux if ux < 0 else math.inf
    ty = (rect.bottom - inside.y) / uy if uy > 0 else (rect.top - inside.y) / uy if uy < 0 else math.inf
    t = min(tx, ty)
    return Point(inside.x + ux * t, inside.y + uy * t)


def _shift_orthogonal(points: list[Point], offset: float) -> list[Point]:
    """An axis-parallel polyline moved ``offset`` to the right of each segment (corners kept
    square, the ends slid along the border they leave/enter)."""
    normals = []
    for a, b in itertools.pairwise(points):
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy) or 1.0
        normals.append((-dy / length * offset, dx / length * offset))
    shifted = [Point(points[0].x + normals[0][0], points[0].y + normals[0][1])]
    for i in range(1, len(points) - 1):
        (ax, ay), (bx, by) = normals[i - 1], normals[i]
        shifted.append(Point(points[i].x + ax + bx, points[i].y + ay + by))
    shifted.append(Point(points[-1].x + normals[-1][0], points[-1].y + normals[-1][1]))
    return shifted


def _orthogonal(source: Rect, target: Rect) -> list[Point]:
    sc, tc = source.center, target.center
    if target.left >= source.right or target.right <= source.left:
        # side by side: leave from the facing side, one vertical segment in the middle
        forward = tc.x >= sc.x
        start = Point(source.right if forward else source.left, sc.y)
        end = Point(target.left if forward else target.right, tc.y)
        if abs(start.y - end.y) < 0.5:
            return [start, end]
        mid_x = (start.x + end.x) / 2
        return [start, Point(mid_x, start.y), Point(mid_x, end.y), end]
    # stacked: leave from top or bottom, one horizontal segment in the middle
    down = tc.y >= sc.y
    start = Point(sc.x, source.bottom if down else source.top)
    end = Point(tc.x, target.top if down else target.bottom)
    if abs(start.x - end.x) < 0.5:
        return [start, end]
    mid_y = (start.y + end.y) / 2
    return [start, Point(start.x, mid_y), Point(end.x, mid_y), end]


def arrow_head(tail: Point, tip: Point, size: float = ARROW_SIZE) -> tuple[Point, Point, Point]:
    """A filled triangle at ``tip`` pointing away from ``tail``."""
    angle = math.atan2(tip.y - tail.y, tip.x - tail.x)
    spread = math.radians(24)
    left = Point(tip.x - size * math.cos(angle - spread), tip.y - size * math.sin(angle - spread))
    right = Point(tip.x - size * math.cos(angle + spread), tip.y - size * math.sin(angle + spread))
    return left, tip, right


def polyline_midpoint(points: list[Point]) -> Point:
    """The point halfway along a polyline (where a link's label sits)."""
    return point_along(points, 0.5)[0]


def point_along(points: list[Point], frac: float) -> tuple[Point, float, float]:
    """The point at ``frac`` of the polyline's length and the unit direction there."""
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    rest = sum(lengths) * frac
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=False):
        if rest <= length and length > 0:
            t = rest / length
            return (
                Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t),
                (b.x - a.x) / length,
                (b.y - a.y) / length,
            )
        rest -= length
    return points[-1], 1.0, 0.0


def link_route(
    pmap_nodes: dict[str, Process | ExternalParty], link: Link, offset: float = 0.0
) -> list[Point] | None:
    """The route of ``link`` given its map's nodes by id, or None if an end is missing.

    ``offset``: from ``link_offsets(pmap.links)`` (0 for a link alone between its boxes).
    """
    src, dst = pmap_nodes.get(link.source_id), pmap_nodes.get(link.target_id)
    if src is None or dst is None:
        return None
    return route(node_rect(src), node_rect(dst), link.routing, offset)


def map_nodes(pmap: ProcessMap) -> dict[str, Process | ExternalParty]:
    nodes: dict[str, Process | ExternalParty] = {p.id: p for p in pmap.processes}
    nodes.update({p.id: p for p in pmap.parties})
    return nodes


def nodes_bounds(nodes: Iterable[Process | ExternalParty]) -> Rect | None:
    """The rectangle holding these boxes, or None when there are none (plain comparisons: the
    canvas asks for it over thousands of boxes)."""
    left = top = math.inf
    right = bottom = -math.inf
    for node in nodes:
        x, y = node.x, node.y
        if x < left:
            left = x
        if y < top:
            top = y
        if x + node.width > right:
            right = x + node.width
        if y + node.height > bottom:
            bottom = y + node.height
    if left > right:
        return None
    return Rect(left, top, right - left, bottom - top)


def map_bounds(pmap: ProcessMap, margin: float = 20.0) -> Rect:
    """The rectangle holding every node of the map (plus ``margin``); a small default when empty."""
    bounds = nodes_bounds((*pmap.processes, *pmap.parties))
    return Rect(0, 0, 400, 300) if bounds is None else bounds.adjusted(margin)


def clip_segment(
    ax: float, ay: float, bx: float, by: float, left: float, top: float, right: float, bottom: float
) -> tuple[float, float, float, float] | None:
    """The part of segment a→b inside the rectangle (Liang–Barsky), or None when it misses."""
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - left), (dx, right - ax), (-dy, ay - top), (dy, bottom - ay)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy
