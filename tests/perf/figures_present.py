"""Qt figures of the projector: presentation mode's first frame and the semantic-zoom repaint."""

from __future__ import annotations

import json
import statistics
import time

from figures_gui import _app, _center_of, _open_procedit, _Plain, _settle, _view_state, fill_row
from harness import Ctx, Row, _import


def _forget_big_texts(scene) -> None:
    """As on first entering presentation mode: no item has its texts laid out bigger yet."""
    for item in scene.built_items().values():
        if hasattr(item, "_big"):
            item._big = {}


def _enter(view, scene, floor: float, min_zoom: float) -> float:
    """Presentation's canvas part (text floor, fitted no further out than ``min_zoom``) until
    its first frame is painted."""
    t0 = time.perf_counter()
    scene.set_text_floor(floor)
    view.set_fit_floor(min_zoom)
    view.fit_map()
    view.viewport().grab()
    return time.perf_counter() - t0


def _leave(view, scene, floor: float) -> None:
    scene.set_text_floor(floor)
    view.set_fit_floor(0.0)
    view.set_zoom(1.0)
    view.viewport().grab()


def fig_presentation(ctx: Ctx, first_row: Row, semantic_row: Row) -> None:
    """``first_row``: entering presentation mode on an open map (items made, 1920×1080) until
    its first frame; ``semantic_row``: one zoom step in/out between 55 % and 50 % (texts
    drawn bigger and shorter) and a full repaint.  Both interleaved with an N = 100 map,
    the reference of the "≤ 1.5× the N = 100 figure" target.  Baselines: the plain scene
    (rects, simple texts, lines) put at the same zoom and repainted (it has no semantic zoom:
    its texts merely shrink)."""
    style = _import("procedit.ui.canvas.style", "TEXT_FLOOR")
    floor = _import("procedit.ui.canvas.style", "PRESENTATION_FLOOR")
    min_zoom = _import("procedit.ui.window.presentation", "PRESENTATION_MIN_ZOOM")
    from PySide6.QtWidgets import QApplication

    _app()
    opened = []
    try:
        views = {}
        view, scene, _rest = _open_procedit(ctx, load=False)
        opened.append((view, scene))
        views["procedit"] = (view, scene, ctx)
        if ctx.n > 100:
            small = Ctx(100, 1, ctx.tmp)
            v100, s100, _r = _open_procedit(small, load=False)
            opened.append((v100, s100))
            views["n100"] = (v100, s100, small)
        for v, s, _c in views.values():
            s.finish_build()
            v.actual_size()
            QApplication.processEvents()
            v.viewport().grab()
        plain = _Plain(json.loads(ctx.path.read_bytes()))
        opened.append((plain.view, plain.scene))
        # the bare stack on the N = 100 map, shown as procedit shows it: its own scaling from the
        # N = 100 frame to this one (what the views hold, not the map's size, sets that ratio)
        plain100 = _Plain(json.loads(views["n100"][2].path.read_bytes())) if "n100" in views else None
        if plain100 is not None:
            opened.append((plain100.view, plain100.scene))
        states: dict[str, tuple[float, float, float]] = {}
        steps = (8 if ctx.n <= 100 else 5) * ctx.heavy
        first: dict[str, list[float]] = {name: [] for name in views}
        for _k in range(steps):
            for name, (v, s, _c) in views.items():
                _forget_big_texts(s)
                first[name].append(_enter(v, s, floor, min_zoom))
                states[name] = _view_state(v)
                _leave(v, s, style)
            plain.place(None, _center_of(ctx))
            plain.view.viewport().grab()
            t0 = time.perf_counter()
            plain.place((min_zoom, *_center_of(ctx)))
            plain.view.viewport().grab()
            first.setdefault("plain", []).append(time.perf_counter() - t0)
            if plain100 is not None:
                plain100.place(None, _center_of(views["n100"][2]))
                plain100.view.viewport().grab()
                t0 = time.perf_counter()
                plain100.place(states["n100"])
                plain100.view.viewport().grab()
                first.setdefault("plain100", []).append(time.perf_counter() - t0)
        semantic: dict[str, list[float]] = {name: [] for name in views}
        for v, _s, c in views.values():
            v.set_zoom(0.55)
            v.centerOn(*_center_of(c))
            v.viewport().grab()
        semantic["plain"] = []
        for k in range(steps * 2):
            zoom = 0.5 if k % 2 == 0 else 0.55
            for name, (v, _s, _c) in views.items():
                t0 = time.perf_counter()
                v.set_zoom(zoom)
                v.viewport().grab()
                semantic[name].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            plain.place((zoom, *_center_of(ctx)))
            plain.view.viewport().grab()
            semantic["plain"].append(time.perf_counter() - t0)
            if plain100 is not None:
                t0 = time.perf_counter()
                plain100.place((zoom, *_center_of(views["n100"][2])))
                plain100.view.viewport().grab()
                semantic.setdefault("plain100", []).append(time.perf_counter() - t0)
        fill_row(first_row, first)
        fill_row(semantic_row, semantic)
        for row, times in ((first_row, first), (semantic_row, semantic)):
            if "plain100" in times:
                bare = statistics.median(times["plain"]) / statistics.median(times["plain100"])
                row.extra["bare_vs_n100"] = bare
                row.note = f"the bare stack itself {bare:.1f}× N=100 on the same views"
    finally:
        for v, s in opened:
            _settle(v, s)
