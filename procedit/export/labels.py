"""Where the link labels of a printed map go: on the link, near its middle, but not on a
box or on another label when a free spot exists.

A label is tried at points along its link (the middle first), wrapped narrower, then
beside the link, then well off it; the first spot that covers no box and no label placed before wins.
When every spot covers something (a very short link between two boxes), the spot that
covers the least wins, and a label set off from its link gets a thin leader line.
All numbers are scene units (the map's own coordinates, y down).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from procedit.geometry import Point
from procedit.geometry.shapes import point_along

from .boxtext import fit_lines
from .fonts import REGULAR, text_width

LABEL_PX = 12.0  # label font size on the canvas at 100 %
MIN_PT = 6.0  # never smaller on paper
_CELL = 200.0  # spatial index cell
_FRACTIONS = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82)


@dataclass(frozen=True)
class LabelSpot:
    x: float  # centre
    y: float
    w: float
    h: float
    lines: tuple[str, ...]
    size: float  # font size in points on paper
    anchor: Point | None  # where a leader line meets the link (label set off from it)


class _Index:
    """Rectangles (left, top, right, bottom) bucketed by grid cell, for overlap queries."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def add(self, r: tuple[float, float, float, float]) -> None:
        cells = self.cells
        for i in range(int(r[0] // _CELL), int(r[2] // _CELL) + 1):
            for j in range(int(r[1] // _CELL), int(r[3] // _CELL) + 1):
                cells.setdefault((i, j), []).append(r)

    def overlap(self, r: tuple[float, float, float, float]) -> float:
        left, top, right, bottom = r
        cells = self.cells
        total = 0.0
        seen = None
        for i in range(int(left // _CELL), int(right // _CELL) + 1):
            for j in range(int(top // _CELL), int(bottom // _CELL) + 1):
                for o in cells.get((i, j), ()):
                    dx = (right if right < o[2] else o[2]) - (left if left > o[0] else o[0])
                    if dx <= 0:
                        continue
                    dy = (bottom if bottom < o[3] else o[3]) - (top if top > o[1] else o[1])
                    if dy <= 0:
                        continue
                    if seen is None:
                        seen = set()
                    if id(o) in seen:
                        continue
                    seen.add(id(o))
                    total += dx * dy
        return total


def _variants(label: str, s: float, size: float):
    """(lines, width, height) in scene units: the usual wrap (a long label gets more lines,
    broken between words, rather than being cut), then narrower ones that show it whole."""

    def shape(width_pt: float, max_lines: int):
        lines, _ = fit_lines(label, REGULAR, size, size, width_pt, max_lines * size * 1.2)
        if not lines:
            return None, False
        whole = not lines[-1].endswith("…") or label.endswith("…")
        w = (max(text_width(x, REGULAR, size) for x in lines) + 6 * s) / s
        h = (len(lines) * size * 1.2 + 3 * s) / s
        return (tuple(lines), w, h), whole

    usual, whole = shape(max(150 * s, 60), 2)
    if not whole:
        usual, whole = shape(max(190 * s, 80), 6)
    if usual is None:
        return
    yield usual
    if not whole:
        return
    for width_pt, max_lines in ((max(95 * s, 40), 3), (max(60 * s, 28), 4)):
        narrower, whole = shape(width_pt, max_lines)
        if narrower is not None and whole:
            yield narrower


def _candidates(points: list[Point], variants, budget: int):
    """Spots to try, best first: (lines, w, h, centre x, centre y, anchor or None).

    On the link (sliding from the middle, then narrower), then beside it, then well
    off it (clear of boxes as tall as the usual process box)."""
    n = 0
    shapes: list = []
    along = [point_along(points, f) for f in _FRACTIONS]
    for rank in range(4):
        for k in range(3):
            if k >= len(shapes):
                got = next(variants, None)
                if got is None:
                    break
                shapes.append(got)
            lines, w, h = shapes[k]
            for p, ux, uy in along:
                side = abs(uy) * (w / 2) + abs(ux) * (h / 2) + 3
                offsets = ((0.0,), (side, -side), (side + 24, -side - 24), (side + 48, -side - 48))[rank]
                for off in offsets:
                    yield lines, w, h, p.x - uy * off, p.y + ux * off, (p if off else None)
                    n += 1
                    if n >= budget:
                        return


def place_labels(scene, scale: float) -> dict[int, LabelSpot]:
    """Spots for the labelled links of ``scene`` drawn at ``scale`` (key: index in
    ``scene.links``). A big map tries fewer spots per label (the work stays bounded)."""
    s = scale
    size = max(LABEL_PX * s, MIN_PT)
    boxes = _Index()
    for node in scene.nodes:
        r = node.rect
        boxes.add((r.left - 2, r.top - 2, r.right + 2, r.bottom + 2))
    placed = _Index()
    labelled = [(i, lk) for i, lk in enumerate(scene.links) if lk.label and len(lk.points) >= 2]
    budget = max(9, min(200, 40_000 // max(1, len(labelled))))
    out: dict[int, LabelSpot] = {}
    for i, link in labelled:
        first = next(_variants(link.label, s, size), None)
        if first is None:
            continue
        rest = _variants(link.label, s, size)
        next(rest)
        best_cost, best = math.inf, None
        for lines, w, h, cx, cy, anchor in _candidates(link.points, itertools.chain([first], rest), budget):
            r = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            cost = boxes.overlap(r) * 3 + placed.overlap(r)
            if cost < best_cost:
                best_cost, best = cost, LabelSpot(cx, cy, w, h, lines, size, anchor)
                if cost == 0:
                    break
        if best_cost > 0:  # nothing free: the usual wrap in the middle unless another spot covers much less
            lines, w, h = first
            p = point_along(link.points, 0.5)[0]
            r = (p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2)
            if boxes.overlap(r) * 3 + placed.overlap(r) <= best_cost * 1.5:
                best = LabelSpot(p.x, p.y, w, h, lines, size, None)
        out[i] = best
        placed.add((best.x - best.w / 2, best.y - best.h / 2, best.x + best.w / 2, best.y + best.h / 2))
    return out
