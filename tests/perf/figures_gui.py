"""Qt figures: GUI open (scene + view, main window), drag, pan and zoom repaint (offscreen)."""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from harness import VIEW_H, VIEW_W, Ctx, NotBuilt, Row, _import, _json_map, timed_pair

from procedit.commands import Document, History


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _settle(*objs: Any) -> None:
    """Delete Qt objects now, outside any timing."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for o in objs:
        if o is not None:
            if hasattr(o, "hide"):
                o.hide()
            o.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def _open_procedit(ctx: Ctx, load: bool = True, fit: bool = False):
    """file → document → MapScene + MapView 1920×1080 shown (not yet painted).

    ``fit``: the whole map in view, as the window opens a file (else 100 %).
    """
    map_scene = _import("procedit.ui.canvas.scene", "MapScene")
    map_view = _import("procedit.ui.canvas.view", "MapView")
    project = ctx.project
    if load and ctx.storage_built:
        try:  # as the window reads a big file (its model kept out of the collector's scans)
            project = _import("procedit.ui.window.files", "load_frozen")(str(ctx.path))
        except NotBuilt:
            project = _import("procedit.storage", "load")(ctx.path)
    doc = Document(project)
    history = History(doc)
    try:
        adapter = _import("procedit.ui.undo", "UndoAdapter")(history)
        push = adapter.push
    except NotBuilt:
        adapter, push = None, history.push
    scene = map_scene(doc, push, ctx.map_id)
    view = map_view(scene)
    view.resize(VIEW_W, VIEW_H)
    if fit and hasattr(view, "fit_map"):
        view.fit_map()
    view.show()
    return view, scene, (doc, history, adapter)


def _drain(done: Callable[[], bool], limit: float = 60.0) -> None:
    """Run the event loop until ``done()`` (work deferred past the first frame has finished)."""
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + limit
    while not done() and time.perf_counter() < end:
        QApplication.processEvents()


class _Plain:
    """The bare stack: a plain QGraphicsScene with N rect + N text + 2N line items and a view."""

    def __init__(self, data: dict, movable_id: str | None = None):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QBrush, QColor, QPen
        from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

        class MovableRect(QGraphicsRectItem):
            def __init__(self, *args):
                super().__init__(*args)
                self.lines: list[tuple[Any, bool]] = []  # (line item, this is the source end)
                self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
                self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

            def itemChange(self, change, value):
                if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
                    c = self.sceneBoundingRect().center()
                    for line_item, is_source in self.lines:
                        ln = line_item.line()
                        if is_source:
                            ln.setP1(c)
                        else:
                            ln.setP2(c)
                        line_item.setLine(ln)
                return super().itemChange(change, value)

        pmap = _json_map(data)
        self.scene = scene = QGraphicsScene()
        pen, brush = QPen(QColor("#345")), QBrush(QColor("#eef3fb"))
        centers = {}
        self.rects = {}
        for node in (*pmap.get("processes", ()), *pmap.get("parties", ())):
            x, y, w, h = node.get("x", 0), node.get("y", 0), node.get("width", 180), node.get("height", 80)
            if node["id"] == movable_id:
                r = MovableRect(x, y, w, h)
                r.setPen(pen)
                r.setBrush(brush)
                scene.addItem(r)
            else:
                r = scene.addRect(x, y, w, h, pen, brush)
            self.rects[node["id"]] = r
            t = scene.addSimpleText(node.get("name", ""))
            t.setPos(x + 8, y + 8)
            centers[node["id"]] = (x + w / 2, y + h / 2)
        for lk in pmap.get("links", ()):
            a, b = centers.get(lk["source_id"]), centers.get(lk["target_id"])
            if a and b:
                line = scene.addLine(a[0], a[1], b[0], b[1], pen)
                for end, is_source in ((lk["source_id"], True), (lk["target_id"], False)):
                    if end == movable_id:
                        self.rects[end].lines.append((line, is_source))
        self.view = view = QGraphicsView(scene)
        view.setRenderHint(view.renderHints().__class__.Antialiasing, True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.resize(VIEW_W, VIEW_H)
        view.show()

    def place(self, state: tuple[float, float, float] | None, center_on: tuple[float, float] | None = None):
        """Show the same region as procedit's view (scale, centre), or 100 % at ``center_on``."""
        from PySide6.QtGui import QTransform

        scale, cx, cy = state if state else (1.0, *(center_on or (0.0, 0.0)))
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(cx, cy)


def _view_state(view) -> tuple[float, float, float]:
    c = view.mapToScene(view.viewport().rect().center())
    return (view.transform().m11(), c.x(), c.y())


def fig_gui_open(ctx: Ctx, row: Row, built_row: Row) -> None:
    """First frame (``row``), and until every item is made (``built_row``: a big map's items
    are made in idle time after the first frame, which paints the far-zoomed overview)."""
    _import("procedit.ui.canvas.scene", "MapScene")
    _import("procedit.ui.canvas.view", "MapView")
    _app()
    keep: list[Any] = []
    firsts: list[float] = []

    def run():
        t0 = time.perf_counter()
        view, scene, rest = _open_procedit(ctx, fit=True)
        view.viewport().grab()
        firsts.append(time.perf_counter() - t0)
        ctx.view_state = ctx.view_state or _view_state(view)
        keep.append((view, scene, rest))
        if hasattr(scene, "build_pending"):
            _drain(lambda: not scene.build_pending())

    built_row.value, built_row.best, built_row.baseline = timed_pair(
        run, _bare_open(ctx, keep), ctx.heavy, teardown=lambda: _drop(keep), warmup=ctx.n <= 100
    )
    if ctx.n <= 100:
        firsts = firsts[1:]  # the warm-up run
    row.value, row.best, row.baseline = statistics.median(firsts), min(firsts), built_row.baseline
    if ctx.view_state is not None:
        row.extra["zoom"] = ctx.view_state[0]
    if not ctx.storage_built:
        row.note = "from memory (storage not built)"


def _drop(keep: list[Any]) -> None:
    """Delete the windows, views and scenes a run kept alive (untimed)."""
    while keep:
        kept = keep.pop()
        if isinstance(kept, _Plain):
            _settle(kept.view, kept.scene)
        elif isinstance(kept, tuple):
            _settle(kept[0], kept[1])
        else:  # a main window: closed as a user closes it (it unregisters its file), then deleted
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()  # work it deferred until after the first frame
            kept.close()
            _settle(kept)
            del kept
            _release_frozen()


def _release_frozen() -> None:
    """Let the collector free what a deleted main window left in the permanent generation.

    Opening a big file freezes what lives at that moment (``files.load_frozen``), the objects
    the window made before the load among them (its widgets' wrappers, actions, closures).
    Once the window is deleted they are cyclic garbage the collector never looks at, and they
    keep the window's document, scene and panels alive (~0.9 M objects at N = 5,000): every
    later full collection scans those, the next run's load (and the next figure's) paying
    ~0.3 s for it. A user's process never deletes a window and goes on opening files (a file
    opened in the same window replaces its document, which is freed), so the harness frees
    them here, untimed: unfreeze, collect, freeze its own objects again (see ``bench.run``).
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _bare_open(ctx: Ctx, keep: list[Any], state: str = "view_state") -> Callable[[], None]:
    """file → json.loads → plain scene and view showing what procedit's first frame showed → painted.

    ``state`` names the Ctx attribute holding procedit's (scale, centre) of that first frame.
    """

    def run():
        plain = _Plain(json.loads(ctx.path.read_bytes()))
        plain.place(getattr(ctx, state), _center_of(ctx))
        plain.view.viewport().grab()
        keep.append(plain)

    return run


def _center_of(ctx: Ctx) -> tuple[float, float]:
    p = ctx.project.maps[0].processes[ctx.drag_index]
    return (p.x + p.width / 2, p.y + p.height / 2)


def window_ready(w) -> bool:
    """Whether the window has done what it defers past its first frame (every item made, the
    properties panel filled, the map validated)."""
    scene, panels = getattr(w, "scene", None), getattr(w, "panels", None)
    if scene is not None and getattr(scene, "build_pending", lambda: False)():
        return False
    props = getattr(panels, "properties", None)
    if props is not None and not getattr(props, "_first_shown", True):
        return False
    return bool(getattr(panels, "_started", True))


def fig_window_open(ctx: Ctx, row: Row, ready_row: Row) -> None:
    """First frame of the window (``row``), and until the work it defers past that frame is
    done (``ready_row``: every item made, the properties panel filled, the map validated)."""
    main_window = _import("procedit.ui.window.main_window", "MainWindow")
    _app()
    keep: list[Any] = []
    firsts: list[float] = []

    def make(path: str):
        try:  # no settings written, errors to stderr instead of a message box
            return main_window(path, persist=False, quiet=True)
        except TypeError:
            return main_window(path)

    def run():
        t0 = time.perf_counter()
        w = make(str(ctx.path))
        w.resize(VIEW_W, VIEW_H)
        w.show()
        w.grab()
        firsts.append(time.perf_counter() - t0)
        if ctx.window_view_state is None and hasattr(w, "view"):
            ctx.window_view_state = _view_state(w.view)  # e.g. fit to the map at open
        keep.append(w)
        _drain(lambda: window_ready(w))

    ready_row.value, ready_row.best, ready_row.baseline = timed_pair(
        run,
        _bare_open(ctx, keep, "window_view_state"),
        ctx.heavy,
        teardown=lambda: _drop(keep),
        warmup=ctx.n <= 100,
    )
    if ctx.n <= 100:
        firsts = firsts[1:]
    row.value, row.best, row.baseline = statistics.median(firsts), min(firsts), ready_row.baseline
    if ctx.window_view_state is not None:
        row.extra["zoom"] = ctx.window_view_state[0]


def _mouse(widget, kind: str, pos, pressed: bool) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    types = {
        "press": QEvent.Type.MouseButtonPress,
        "move": QEvent.Type.MouseMove,
        "release": QEvent.Type.MouseButtonRelease,
    }
    left = Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == "move" else left
    buttons = left if pressed else Qt.MouseButton.NoButton
    local = QPointF(pos)
    ev = QMouseEvent(
        types[kind],
        local,
        QPointF(widget.mapToGlobal(local)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, ev)


def _frame(view) -> None:
    """Run pending events, then paint the damaged region now (Qt would wait for its frame timer)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.sendEvent(view.window(), QEvent(QEvent.Type.UpdateRequest))


def _drag(view, scene_pos, moves: int) -> tuple[list[float], float]:
    """Press at ``scene_pos``, ``moves`` moves of 3 px, release: (seconds per move, release seconds).

    A move's time is the event sent to the viewport, the events it queues, and the repaint
    of the damaged region (forced with an UpdateRequest, as the next frame would do).
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    vp = view.viewport()
    start = view.mapFromScene(scene_pos)
    QApplication.processEvents()
    _mouse(vp, "press", start, True)
    QApplication.processEvents()
    for k in range(1, 4):  # get past any drag threshold, untimed
        _mouse(vp, "move", start + QPoint(6 * k, 4 * k), True)
        QApplication.processEvents()
    base = start + QPoint(18, 12)
    times = []
    for k in range(1, moves + 1):
        pos = base + QPoint(10 * k, 10 * (k % 2))  # the snapping step: every event moves the box
        t0 = time.perf_counter()
        _mouse(vp, "move", pos, True)
        _frame(view)
        times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    _mouse(vp, "release", pos, False)
    _frame(view)
    return times, time.perf_counter() - t0


def fig_drag(ctx: Ctx, row: Row, drop_row: Row) -> None:
    from PySide6.QtCore import QPointF

    _import("procedit.ui.canvas.scene", "MapScene")
    _app()
    moves = 30 if ctx.n <= 1000 else 20
    view, scene, (doc, _history, _adapter) = _open_procedit(ctx, load=False)
    try:
        if hasattr(view, "actual_size"):
            view.actual_size()
        item = scene.item_for(ctx.drag_id)
        if item is None:
            raise RuntimeError(f"MapScene.item_for({ctx.drag_id!r}) returned None")
        center = item.sceneBoundingRect().center()
        view.centerOn(center)
        view.viewport().grab()
        before = doc.get(ctx.drag_id)
        per_move: list[float] = []
        drops: list[float] = []
        for rep in range(ctx.heavy):
            p = doc.get(ctx.drag_id)
            grip = QPointF(p.x + p.width / 2, p.y + 12 if rep % 2 == 0 else p.y + p.height - 12)
            times, drop = _drag(view, grip, moves)
            per_move += times
            drops.append(drop)
        after = doc.get(ctx.drag_id)
        if (after.x, after.y) == (before.x, before.y):
            row.note = "the drag did not move the process in the model"
        row.extra["links"] = len(doc.links_of(ctx.drag_id))
        row.value, row.best = statistics.median(per_move), min(per_move)
        drop_row.value, drop_row.best = statistics.median(drops), min(drops)
    finally:
        _settle(view, scene)
    # bare: the same gesture on a movable plain rect with its 4 line items
    plain = _Plain(ctx.json, movable_id=ctx.drag_id)
    try:
        plain.place(None, _center_of(ctx))
        plain.view.viewport().grab()
        per_move, drops = [], []
        for _rep in range(ctx.heavy):
            r = plain.rects[ctx.drag_id].sceneBoundingRect()
            times, drop = _drag(plain.view, QPointF(r.center().x(), r.top() + 12), moves)
            per_move += times
            drops.append(drop)
        row.baseline = statistics.median(per_move)
        drop_row.baseline = statistics.median(drops)
    finally:
        _settle(plain.view, plain.scene)


def _pan_zoom_step(view, mode: str, k: int, zoom: tuple[Callable[[], None], Callable[[], None]]) -> float:
    """One pan (200 px, alternately right/left/down/up) or zoom step (in/out), then a full repaint."""
    t0 = time.perf_counter()
    if mode == "pan":
        bar = view.horizontalScrollBar() if k % 4 < 2 else view.verticalScrollBar()
        bar.setValue(bar.value() + (200 if k % 2 == 0 else -200))
    else:
        zoom[k % 2]()
    view.viewport().grab()
    return time.perf_counter() - t0


def _zoom_of(view) -> tuple[Callable[[], None], Callable[[], None]]:
    if hasattr(view, "zoom_in") and hasattr(view, "zoom_out"):
        return (view.zoom_in, view.zoom_out)
    return (lambda: view.scale(1.25, 1.25), lambda: view.scale(0.8, 0.8))


def fill_row(row: Row, times: dict[str, list[float]]) -> None:
    """A row from interleaved runs: procedit's median and best, the plain scene's median as the
    baseline, and (N > 100) the N = 100 map's median measured in the same run."""
    row.value, row.best = statistics.median(times["procedit"]), min(times["procedit"])
    row.baseline = statistics.median(times["plain"])
    if "n100" in times:
        row.extra["n100_same_run"] = statistics.median(times["n100"])


def fig_pan_zoom(ctx: Ctx, pan_row: Row, zoom_row: Row) -> None:
    """Steps alternate between procedit's view, the plain view and (N > 100) procedit at N = 100.

    Interleaving the three keeps the ratios steady on a busy machine; the N = 100 view measured
    in the same run gives the "≤ 1.5× the N = 100 figure" check its reference.
    """
    from PySide6.QtWidgets import QApplication

    _import("procedit.ui.canvas.scene", "MapScene")
    _app()
    steps = (12 if ctx.n <= 100 else 6) * ctx.heavy
    opened: list[tuple[Any, Any]] = []
    try:
        views = {}
        view, scene, _rest = _open_procedit(ctx, load=False)
        opened.append((view, scene))
        views["procedit"] = (view, ctx)
        plain = _Plain(ctx.json)
        opened.append((plain.view, plain.scene))
        views["plain"] = (plain.view, ctx)
        if ctx.n > 100:
            small = Ctx(100, 1, ctx.tmp)
            view100, scene100, _rest100 = _open_procedit(small, load=False)
            opened.append((view100, scene100))
            views["n100"] = (view100, small)
        for name, (v, c) in views.items():
            if name != "plain" and hasattr(v, "actual_size"):
                v.actual_size()
            v.centerOn(*_center_of(c))
            QApplication.processEvents()
            v.viewport().grab()
        for mode, row in (("pan", pan_row), ("zoom", zoom_row)):
            times: dict[str, list[float]] = {name: [] for name in views}
            zooms = {name: _zoom_of(v) for name, (v, _c) in views.items()}
            for k in range(steps):
                for name, (v, _c) in views.items():
                    times[name].append(_pan_zoom_step(v, mode, k, zooms[name]))
            fill_row(row, times)
    finally:
        for v, sc in opened:
            _settle(v, sc)
