"""A link: an arrow between the borders of two boxes, with its label halfway along."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from procedit.geometry import ARROW_SIZE, Point, Rect, arrow_head, clip_segment, route
from procedit.geometry.textfit import (
    LABEL_PAD,
    label_lines,
    label_size,
    label_spots,
    place_label,
    point_along,
    wrap_words,
)
from procedit.model import Link, LinkKind

from ..style import (
    DIM_OPACITY,
    LABEL_PX,
    LINK_COLOR,
    LINK_STYLE,
    NAME_PX,
    SELECTION,
    TEXT_FLOOR,
    TEXT_LOD,
    TEXT_SCALES,
    WHOLE_FLOOR,
    fonts,
    text_scale,
)
from ..text_room import covers
from .text import Runs, draw_lines, glyph_runs, on_screen

# labels placed clear of boxes and of each other per scale bucket (until a box moves); the rest go
# where they usually go, bigger: a crowded big map would spend seconds on its first frame
PLACED_LABELS = 120
# exposedRect in paint() lets a long link stroke only the part being repainted
_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
)
_EMPTY = QRectF()
_PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
_LABEL_BORDER_COLOR = QColor("#cfd8dc")
_LABEL_FILL = QColor(255, 255, 255, 235)
_BIG_LABEL_H = LABEL_PX * TEXT_SCALES[-1] * 1.3 + 6  # a label's height at the biggest scale
_LEADER_PEN = QPen(QColor("#90a4ae"), 1.0, Qt.PenStyle.DotLine)
HIT_WIDTH = 8.0
# where a label drawn bigger may go around its link's middle when nowhere nearer is clear
_AROUND = sorted(
    ((dx * 20.0, dy * 12.0) for dx in range(-9, 10) for dy in range(-9, 10)),
    key=lambda d: d[0] ** 2 + d[1] ** 2,
)
ARROW_LOD = 0.15  # below this zoom arrow heads (11 units) are left out: under 1.7 px, mere dots


class LinkItem(QGraphicsRectItem):
    """Keeps only numbers from ``geometry.route``; Qt polygons are made when first painted.

    A rect item whose rect is its bounds and which has no pen: Qt reads the bounds in C++ (a
    frame's index lookup asks each link in and around the view several times; a Python
    ``boundingRect`` was a call into Python each time); ``paint`` draws."""

    Z = 0.0
    # the starting state as class attributes: thousands of links are made at map open, and
    # every assignment in __init__ costs; reroute and paint set instance values when needed
    offset = 0.0  # sideways, from geometry.link_offsets (links sharing both boxes)
    _points: Sequence[Point] = ()  # a list once routed
    _bounds = _EMPTY  # set by reroute (no Qt objects made here)
    _length = 0.0
    _poly: QPolygonF | None = None
    _head: QPolygonF | None = None
    _label: tuple[list[Runs], QRectF] | None = None  # the label's lines and where it sits
    _runs: tuple[str, list[Runs], float, float] | None = None  # label text, its lines' glyphs, w, h
    _shape: QPainterPath | None = None
    _line: QLineF | None = None  # a straight link's line (made when first painted)
    _usual: tuple | None = None  # _usual_spot
    _drawn: tuple | None = None  # _drawn_label of the spot last drawn
    _leader: QPointF | None = None  # where a label set off from the link meets it
    _reserve: QRectF = _EMPTY  # where a bigger label may be drawn (within the bounds)
    _big: dict[float, tuple[list[Runs], float, float]] = {}  # noqa: RUF012 - replaced per instance by reroute
    # where the label goes when drawn bigger (_label_spot), per text_room.label_key
    _spots: dict[tuple, tuple[list[Runs], QRectF, float, float, QPointF | None]] = {}  # noqa: RUF012 - replaced per instance
    _spots_generation = -1  # the boxes' generation (text_room) _spots were placed in
    _dimmed = False
    extent = (0.0, 0.0, 0.0, 0.0)  # boundingRect as (left, top, right, bottom), set by reroute
    _route_extent = (0.0, 0.0, 0.0, 0.0)  # the line and its head alone, set by reroute

    def __init__(self, link: Link):
        super().__init__()
        self.setPen(_NO_PEN)
        self.elem_id = link.id
        self.source_id = link.source_id
        self.target_id = link.target_id
        self.label = link.label
        self.kind = link.kind
        self.routing = link.routing
        self.setFlags(_FLAGS)  # z stays 0: below the boxes (z 1)

    def sync(self, link: Link, source: Rect, target: Rect) -> None:
        """Re-read the entity and follow the ends' boxes."""
        self.source_id, self.target_id = link.source_id, link.target_id
        if (link.label, link.kind, link.routing) != (self.label, self.kind, self.routing):
            self.label, self.kind, self.routing = link.label, link.kind, link.routing
            self._points = []  # the label changes the bounds: re-route
            self.update()
        self.reroute(source, target)

    def set_offset(self, offset: float, source: Rect, target: Rect) -> None:
        """Move sideways (another link joined or left the same two boxes) and re-route."""
        if offset != self.offset:
            self.offset = offset
            self.reroute(source, target)

    def reroute(self, source: Rect, target: Rect) -> None:
        """Follow the ends' boxes (also during a drag preview)."""
        points = route(source, target, self.routing, self.offset)
        if points == self._points:
            return
        self.prepareGeometryChange()
        self._points = points
        self._poly = self._head = self._shape = self._line = None
        m = ARROW_SIZE + 2
        if len(points) == 2:  # the common case, without loops (thousands at map open)
            (ax, ay), (bx, by) = points
            left, right = (ax, bx) if ax < bx else (bx, ax)
            top, bottom = (ay, by) if ay < by else (by, ay)
            self._length = math.hypot(bx - ax, by - ay)
        else:
            xs = [p.x for p in points]
            ys = [p.y for p in points]
            left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
            self._length = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
        route_left, route_top, route_right, route_bottom = left, top, right, bottom
        left, top, right, bottom = left - m, top - m, right + m, bottom + m
        self._route_extent = (left, top, right, bottom)
        self._label = None
        if self.label:
            lines, w, h = self._label_text()
            # clear of its own boxes where it can be; set off from the link, a leader line joins them
            spot, anchor = place_label(points, w, h, (source, target))
            self._label = (lines, QRectF(spot.x, spot.y, w, h))
            self._leader = None if anchor is None else QPointF(anchor.x, anchor.y)
            # room for the label drawn bigger when zoomed out (semantic zoom), around the same centre
            # (as high as its lines at the biggest scale: a label of two lines grows too)
            rw = min(max(w * 2.2, 120.0), 480.0)
            rh = max(_BIG_LABEL_H, (h - 2 * LABEL_PAD[1]) * TEXT_SCALES[-1] + 6)
            cx, cy = spot.x + w / 2, spot.y + h / 2
            self._reserve = QRectF(cx - rw / 2, cy - rh / 2, rw, rh)
            self._big = {}
            self._spots = {}
            left, top = min(left, spot.left - 1, cx - rw / 2), min(top, spot.top - 1, cy - rh / 2)
            right = max(right, spot.right + 1, cx + rw / 2)
            bottom = max(bottom, spot.bottom + 1, cy + rh / 2)
        self.extent = (left, top, right, bottom)  # where it is drawn at its usual size (for "fit")
        if self.label:
            # and room along the link (and a little beside it) for the label drawn bigger
            # where the middle would cover a box (_place_big)
            ex, ey = rw / 2 + 48, rh + 48
            left, top = min(left, route_left - ex), min(top, route_top - ey)
            right, bottom = max(right, route_right + ex), max(bottom, route_bottom + ey)
        self._bounds = QRectF(left, top, right - left, bottom - top)
        self.setRect(self._bounds)

    def _label_text(self) -> tuple[list[Runs], float, float]:
        """The label in at most two lines (wrapped at words, never cut short), measured once."""
        if self._runs is None or self._runs[0] != self.label:
            f = fonts()
            measure = f.measure(f.label_m)
            lines = label_lines(self.label, measure)
            w, h = label_size(lines, measure, f.label_m.height())
            self._runs = (self.label, [glyph_runs(line, f.label) for line in lines], w, h)
        _text, runs, w, h = self._runs
        return runs, w, h

    def _layout_big(self, k: float) -> tuple[list[Runs], float, float]:
        """Semantic zoom: the label ``k`` times bigger on one line, as many whole words as fit
        the room kept for it; its lines and size."""
        big = self._big.get(k)
        if big is None:
            f, s = fonts(), fonts().scaled(k)
            px, py = LABEL_PAD
            measure = f.measure(s.label_m)
            lines, _ = wrap_words(self.label, measure, self._reserve.width() - 2 * px, 1)
            w = max((measure(x) for x in lines), default=0.0) + 2 * px
            big = self._big[k] = ([glyph_runs(x, s.label) for x in lines], w, s.label_m.height() + 2 * py)
        return big

    def _place_big(self, w: float, h: float, obstacles: list[Rect]) -> tuple[QRectF, QPointF | None] | None:
        """Where a label drawn bigger (``w`` × ``h``) goes: around its usual spot's centre, else
        along the link or beside it (``place_label``), clear of ``obstacles`` (the boxes of the
        map, its ends' and its neighbours', and the labels placed before it) and within the
        item's bounds; None when no such spot is free. The second value is where a leader line
        meets the link (None: the label is on it)."""
        c = self._reserve.center()
        b = self._bounds
        room = (b.left() + 1, b.top() + 1, b.right() - 1, b.bottom() - 1)
        spot = Rect(c.x() - w / 2, c.y() - h / 2, w, h)
        if _inside(spot, room) and not covers(spot, obstacles):
            return QRectF(spot.x, spot.y, w, h), self._leader
        # the first of place_label's spots that is clear and inside (each test stops at the first
        # box it meets: hundreds of labels are placed in a frame)
        for spot, anchor in label_spots(self._points, w, h):
            if _inside(spot, room) and not covers(spot, obstacles):
                return QRectF(spot.x, spot.y, w, h), None if anchor is None else QPointF(anchor.x, anchor.y)
        # farther from the link (a short link between crowded boxes), a leader line joins them
        (x, y), _ux, _uy = point_along(self._points, 0.5)
        for dx, dy in _AROUND:
            spot = Rect(x + dx - w / 2, y + dy - h / 2, w, h)
            if _inside(spot, room) and not covers(spot, obstacles):
                return QRectF(spot.x, spot.y, w, h), QPointF(x, y)
        return None

    def label_at(self, lod: float, k: float) -> tuple[list[Runs], QRectF, float, float] | None:
        """``_label_spot`` without the leader line."""
        spot = self._label_spot(lod, k)
        return None if spot is None else spot[:4]

    def _label_spot(
        self, lod: float, k: float
    ) -> tuple[list[Runs], QRectF, float, float, QPointF | None] | None:
        """The label's lines, where they go, their line step, how much bigger than laid out
        they are drawn and where a leader line meets the link (None: none), at zoom ``lod``
        when the scene asks for texts ``k`` times bigger.

        Whole (its usual lines) at the biggest scale up to ``k`` that its room holds and that
        has a spot clear of every box and of the labels placed before it (``TextRoom``),
        unless whole it would be smaller than ``WHOLE_FLOOR`` on screen; else one line laid
        out ``k`` times bigger, as many whole words as fit; with no clear spot at all, where
        it would go at its usual size. Placed once per scale bucket, until boxes move."""
        if self._label is None:
            return None
        step = _label_step()
        if k <= 1.0:
            return self._usual_spot()
        scene = self.scene()
        room = getattr(scene, "text_room", None)
        names = None
        if room is not None:
            names = room.name_scale(lod, text_scale(lod, getattr(scene, "text_floor", TEXT_FLOOR), NAME_PX))
        k, floor = _bucket(lod, k, names)
        if room is None:  # (not in a map scene: nothing to keep clear of)
            return self._find_spot(k, floor, step, [])
        return self._spot_for(room.label_key((k, floor)), step)

    def _usual_spot(self) -> tuple[list[Runs], QRectF, float, float, QPointF | None]:
        """The label where and as it is laid out (the same tuple until it is placed again)."""
        usual = self._usual
        label = self._label
        if (
            usual is None
            or usual[0] is not label[0]
            or usual[1] is not label[1]
            or usual[4] is not self._leader
        ):
            usual = self._usual = (*self._label, _label_step(), 1.0, self._leader)
        return usual

    def _spot_for(self, key: tuple, step: float) -> tuple[list[Runs], QRectF, float, float, QPointF | None]:
        """The label's spot for ``key`` (a ``TextRoom.label_key``): placed once, then remembered."""
        if self._spots_generation != key[1]:
            self._spots, self._spots_generation = {}, key[1]
        spot = self._spots.get(key)
        if spot is None:
            room = self.scene().text_room
            crowded = room.placed(key) >= PLACED_LABELS
            obstacles = [] if crowded else room.obstacles(key, self._bounds)
            k, floor = key[0]
            spot = self._spots[key] = self._find_spot(k, floor, step, obstacles)
            room.add_label(key, spot[1])
        return spot

    def _find_spot(
        self, k: float, floor: float | None, step: float, obstacles: list[Rect]
    ) -> tuple[list[Runs], QRectF, float, float, QPointF | None]:
        lines, w1, h1 = self._label_text()
        px, py = LABEL_PAD
        r = self._reserve
        # the biggest scale readable whole that has a clear spot; else whole and smaller (clear
        # beats bigger but covered); else fewer words, bigger (first, when whole is unreadable)
        scales = [s for s in reversed(TEXT_SCALES) if s <= k]
        readable = [s for s in scales if floor is not None and s >= floor]
        smaller = [s for s in scales if s not in readable]
        big, bw, bh = self._layout_big(k)
        big_step = fonts().scaled(k).label_m.height()
        tries = (*readable, *(smaller if floor is not None else ()), None, *smaller)
        # the spot at the usual size, found first: with none clear, none bigger is (a crowded
        # place), and the loop below reuses it for the scale 1.0
        usual = self._place_big(w1, h1, obstacles) if obstacles else None
        if obstacles and usual is None:
            tries = ()
        for scale in tries:
            if scale is None:
                placed = self._place_big(bw, bh, obstacles)
                if placed is not None:
                    return big, placed[0], big_step, 1.0, placed[1]
                continue
            w = (w1 - 2 * px) * scale + 2 * px
            h = (h1 - 2 * py) * scale + 2 * py
            if w > r.width() or h > r.height():
                continue
            placed = usual if scale == 1.0 and usual is not None else self._place_big(w, h, obstacles)
            if placed is not None:
                return lines, placed[0], step, scale, placed[1]
        # no spot is clear: where it usually goes (whole at the smallest readable scale)
        c = r.center()
        if floor is None:
            rect = QRectF(c.x() - bw / 2, c.y() - bh / 2, bw, bh).intersected(r)
            return big, rect, big_step, 1.0, self._leader
        if floor == 1.0:
            return (*self._label, step, 1.0, self._leader)
        w, h = (w1 - 2 * px) * floor + 2 * px, (h1 - 2 * py) * floor + 2 * py
        return lines, QRectF(c.x() - w / 2, c.y() - h / 2, w, h).intersected(r), step, floor, self._leader

    def _label_box(self) -> tuple[list[Runs], QRectF] | None:
        return self._label

    def _polygons(self) -> tuple[QPolygonF, QPolygonF]:
        if self._poly is None or self._head is None:
            pts = self._points
            self._poly = QPolygonF([QPointF(x, y) for x, y in pts])
            self._head = QPolygonF([QPointF(x, y) for x, y in arrow_head(pts[-2], pts[-1])])
        return self._poly, self._head

    def points(self) -> list[Point]:
        return list(self._points)

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
            if self._label is not None:
                shape.addRect(self._label[1])
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
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
        bounds = (exposed.left(), exposed.top(), exposed.right(), exposed.bottom())
        label = None
        if self._label is not None and lod >= TEXT_LOD:  # (farther out: the overview, which has no labels)
            scene = self.scene()
            k = text_scale(lod, getattr(scene, "text_floor", TEXT_FLOOR), LABEL_PX)
            label = self._label_spot(lod, k)  # (placed even when out of sight: the same order)
        self.draw(painter, lod, exposed, bounds, label, self.isSelected())

    def label_in_frame(self, lod: float, k: float, key: tuple | None) -> tuple | None:
        """``_label_spot`` in a view's frame painted in one pass (``canvas.frame``), which
        works the label key of the frame out once (None: no text room)."""
        if self._label is None or lod < TEXT_LOD:
            return None
        if k <= 1.0:
            return self._usual_spot()
        if key is None:
            return self._label_spot(lod, k)
        if self._spots_generation == key[1]:  # (placed before: the common case, hundreds a frame)
            spot = self._spots.get(key)
            if spot is not None:
                return spot
        return self._spot_for(key, _label_step())

    def draw(
        self,
        painter: QPainter,
        lod: float,
        exposed: QRectF,
        bounds: tuple[float, float, float, float],
        label: tuple | None,
        selected: bool,
    ) -> None:
        """Paint the link at zoom ``lod`` where ``exposed`` (``bounds``: its left, top, right,
        bottom) is repainted, its label (``_label_spot``) as placed for this frame."""
        pts = self._points
        if not pts:
            return
        x0, y0, x1, y1 = bounds
        # the bounds hold room for a label drawn bigger: many a link whose bounds reach into
        # the view draws nothing there (a tenth of a big map's links in a frame)
        left, top, right, bottom = self._route_extent
        drawn = None
        if label is not None:
            drawn = self._drawn
            if drawn is None or drawn[0] is not label:
                drawn = self._drawn = _drawn_label(label)
            r_left, r_top, r_right, r_bottom = drawn[1]
            left, top = min(left, r_left), min(top, r_top)
            right, bottom = max(right, r_right), max(bottom, r_bottom)
        if right < x0 or left > x1 or bottom < y0 or top > y1:
            return
        painter.setPen(LINK_PENS[(self.kind, selected)])
        if len(pts) == 2:  # drawLine is ~3× cheaper than drawPolyline in the raster engine
            if self._length > 400:  # a long link: stroke only the part being repainted
                (ax, ay), (bx, by) = pts
                clipped = _clip(ax, ay, bx, by, exposed.adjusted(-4, -4, 4, 4))
                if clipped is not None:
                    ax, ay, bx, by = clipped
                    painter.drawLine(QPointF(ax, ay), QPointF(bx, by))
            else:
                line = self._line
                if line is None:
                    (ax, ay), (bx, by) = pts
                    line = self._line = QLineF(ax, ay, bx, by)
                painter.drawLine(line)
        else:
            painter.drawLines([QPointF(x, y) for p in itertools.pairwise(pts) for x, y in p])
        if lod < ARROW_LOD:  # a head of 2 px or less: a whole big map in view, only lines
            return
        head = self._head
        if head is None:
            head = self._polygons()[1]
        painter.setPen(_NO_PEN)
        painter.setBrush(_SELECTED_BRUSH if selected else _BRUSH)
        painter.drawPolygon(head)
        if drawn is None:
            return
        _label, _extent, rect, inner, leader, center, scaled, glyphs = drawn
        if leader is not None:
            painter.setPen(_LEADER_PEN)
            painter.drawLine(leader, center)
        # two fills, not a stroked rectangle: ~3× cheaper, hundreds of labels per frame
        painter.fillRect(rect, _LABEL_BORDER_COLOR)
        painter.fillRect(inner, _LABEL_FILL)
        painter.setPen(_SELECTED_TEXT if selected else _TEXT)
        if scaled is not None:  # the usual glyph runs, drawn bigger (the engine scales glyphs, no new layout)
            painter.save()
            painter.translate(scaled[0], scaled[1])
            painter.scale(scaled[2], scaled[2])
        if on_screen(painter):
            draw = painter.drawGlyphRun
            for at, run in glyphs:
                draw(at, run)
        else:
            lines, _rect, step, _scale, _leader = _label
            x, y = (0.0, 0.0) if scaled is not None else (rect.x() + LABEL_PAD[0], rect.y() + LABEL_PAD[1])
            draw_lines(painter, x, y, step, lines)
        if scaled is not None:
            painter.restore()


def _drawn_label(label: tuple) -> tuple:
    """What drawing ``label`` (a ``_label_spot``) takes, worked out once per spot: the label,
    its extent (left, top, right, bottom), its rect and the rect inside its border, the
    leader line's ends (None: none), the translation and scale it is drawn bigger with (None:
    as laid out) and its glyph runs with where each goes (as ``draw_lines`` places them)."""
    lines, rect, step, scale, leader = label
    px, py = LABEL_PAD
    x, y = rect.x() + px, rect.y() + py
    scaled = None
    if scale != 1.0:
        scaled, x, y = (x, y, scale), 0.0, 0.0
    glyphs = []
    for i, text in enumerate(lines):
        if text.runs:
            at = QPointF(x, y + i * step)
            glyphs.extend((at, run) for run in text.runs)
    extent = (rect.left(), rect.top(), rect.right(), rect.bottom())
    center = None if leader is None else rect.center()
    return (label, extent, rect, rect.adjusted(1, 1, -1, -1), leader, center, scaled, glyphs)


def frame_label_key(scene, lod: float, k: float) -> tuple | None:
    """The key (``TextRoom.label_key``) the labels of a frame at zoom ``lod`` with texts ``k``
    times bigger are placed for, as ``_label_spot`` works it out per label (None: the scene
    keeps no text room)."""
    room = getattr(scene, "text_room", None)
    if room is None:
        return None
    names = room.name_scale(lod, text_scale(lod, getattr(scene, "text_floor", TEXT_FLOOR), NAME_PX))
    k, floor = _bucket(lod, k, names)
    return room.label_key((k, floor))


def _label_step() -> float:
    """A label's line step at the usual size."""
    global _STEP
    if _STEP is None:
        _STEP = fonts().label_m.height()
    return _STEP


_STEP: float | None = None


def _bucket(lod: float, k: float, names: float | None) -> tuple[float, float | None]:
    """The scale a label is drawn at (at most ``k``; no bigger on screen than the names in view,
    ``names``: boxes are read first) and the smallest scale readable whole at zoom ``lod`` (the
    buckets of zoom that place labels alike; None: none is). Asked by every label in a frame."""
    key = (lod, k, names)
    found = _BUCKETS.get(key)
    if found is None:
        if names is not None:
            k = min(k, max(s for s in TEXT_SCALES if s * LABEL_PX <= names * NAME_PX))
        floor = next((s for s in TEXT_SCALES if s <= k and s * LABEL_PX * lod >= WHOLE_FLOOR - 0.05), None)
        if len(_BUCKETS) > 1000:
            _BUCKETS.clear()
        found = _BUCKETS[key] = (k, floor)
    return found


_BUCKETS: dict[tuple[float, float, float | None], tuple[float, float | None]] = {}


def _inside(r: Rect, room: tuple[float, float, float, float]) -> bool:
    """Whether ``r`` lies within ``room`` (left, top, right, bottom)."""
    left, top, right, bottom = room
    return left <= r.x and top <= r.y and r.x + r.width <= right and r.y + r.height <= bottom


def _clip(ax: float, ay: float, bx: float, by: float, r: QRectF) -> tuple[float, float, float, float] | None:
    """The part of segment a→b inside ``r``, or None."""
    return clip_segment(ax, ay, bx, by, r.left(), r.top(), r.right(), r.bottom())


def _pen(kind: LinkKind, selected: bool) -> QPen:
    pen = QPen(SELECTION if selected else LINK_COLOR, 2.6 if selected else 1.6)
    pen.setStyle(_PEN_STYLES[LINK_STYLE.get(kind, "solid")])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


LINK_PENS = {(kind, sel): _pen(kind, sel) for kind in LinkKind for sel in (False, True)}
_NO_PEN = QPen(Qt.PenStyle.NoPen)  # (a pen, not the enum: that is converted on every call)
# (brushes and pens made once, not converted from a colour on every call: the same pixels)
_BRUSH, _SELECTED_BRUSH = QBrush(LINK_COLOR), QBrush(SELECTION)
_TEXT, _SELECTED_TEXT = QPen(LINK_COLOR), QPen(SELECTION)
