"""Box bodies rendered once per (look, size, zoom) into a pixmap and blitted.

An anti-aliased rounded rectangle with a 2 px border costs ~15× a pixmap blit in the
raster engine; a map has a handful of looks, so panning draws pixmaps, not paths.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

_cache: dict[Hashable, QPixmap] = {}
_rects: dict[tuple[int, float], tuple[QPixmap, QRectF, QRectF]] = {}  # (the pixmap kept: its id stays its own)
_LIMIT = 256
PAD = 3.0  # room for the border's half width around the box


class _Frame:
    """Set while a view paints a frame in one pass (``canvas.frame``): every box of it is
    drawn at the same pixels per unit (None: each asks its painter)."""

    scale: float | None = None


def begin_frame(painter: QPainter) -> None:
    """The boxes painted next share ``painter``'s zoom (a view's frame; not rotated)."""
    t = painter.worldTransform()
    dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    _Frame.scale = math.hypot(t.m11(), t.m12()) * dpr if t.m12() == 0 and t.m21() == 0 else None


def end_frame() -> None:
    _Frame.scale = None


def draw_body(
    painter: QPainter, look: Hashable, w: float, h: float, render: Callable[[QPainter], None]
) -> None:
    """Draw the body ``render`` paints in (0, 0, w, h) through a cached pixmap at this zoom."""
    found = sprite(painter, look, w, h, render)
    if found is None:  # very close up (or rotated): paint directly, crisp
        render(painter)
        return
    pm, s = found
    rects = _rects.get((id(pm), s))
    if rects is None:  # (where it goes and its whole: the same for every box of this look and size)
        if len(_rects) >= _LIMIT:
            _rects.clear()
        rects = _rects[(id(pm), s)] = (pm, QRectF(-PAD, -PAD, pm.width() / s, pm.height() / s), QRectF(pm.rect()))
    painter.drawPixmap(rects[1], pm, rects[2])


def sprite(
    painter: QPainter, look: Hashable, w: float, h: float, render: Callable[[QPainter], None]
) -> tuple[QPixmap, float] | None:
    """The cached pixmap of a (w × h) body at the painter's zoom and its pixels per unit.

    Drawn at (-PAD, -PAD) relative to the box, it covers ``pm.width() / s`` units.
    None when the body should be painted directly (close up, or a rotated painter).
    """
    s = _Frame.scale
    if s is None:
        t = painter.worldTransform()
        scale = math.hypot(t.m11(), t.m12())
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        s = scale * dpr
        if s > 4 or t.m12() != 0:
            return None
    elif s > 4:
        return None
    key = (look, w, h, round(s, 3))
    pm = _cache.get(key)
    if pm is None:
        if len(_cache) >= _LIMIT:
            _cache.clear()
        pm = QPixmap(max(1, math.ceil((w + 2 * PAD) * s)), max(1, math.ceil((h + 2 * PAD) * s)))
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(s, s)
        p.translate(PAD, PAD)
        render(p)
        p.end()
        _cache[key] = pm
    return pm, s
