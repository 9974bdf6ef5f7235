"""procedit against the bare stack: figures, baselines, ratios and targets in one table.

    nice .venv/bin/python tests/perf/bench.py --quick          # N = 100 and 1,000 (< 1 min)
    nice .venv/bin/python tests/perf/bench.py                  # N = 100, 1,000 and 5,000 (< 10 min)
    nice .venv/bin/python tests/perf/bench.py --sizes 5000 --json /tmp/perf.json

Every figure is measured several times (median and min are reported) on a synthetic
project from ``generate.make_project`` (N processes, 2 N links, every property filled).
A component that is not committed yet prints "n/a (not built)" instead of failing.

What is measured (procedit | bare-stack baseline):
- load: ``storage.load`` + ``Document`` | ``json.loads`` of the same file.
- save: ``storage.save`` (atomic, with backup) of the document's project after one property edit
  (a rename pushed as a command: what autosave does while editing) | ``json.dumps`` (compact,
  the C encoder) + write of the same data.  "save, first" saves a freshly loaded project (nothing cached).
- validate: ``validation.validate`` of the whole project | networkx weakly connected components
  of the same graph (graph built from the parsed file).
- revalidate: one property edit (owner cleared, pushed as a ``SetFields`` command) until the
  ``LiveValidator``'s findings are current | the same networkx baseline.
- GUI open (scene): file → ``storage.load`` → ``Document`` → ``MapScene`` + ``MapView``
  (1920×1080) → first frame painted (the viewport grabbed into a QPixmap, offscreen) |
  file → ``json.loads`` → a plain ``QGraphicsScene`` with N rect + N text + 2N line items in a
  ``QGraphicsView`` showing the same region at the same zoom, grabbed the same way.
- GUI open (window): the same with ``MainWindow(path)`` shown at 1920×1080 and grabbed whole.
- drag: one process with 4 links dragged by real mouse events sent to the view's viewport
  (press, then moves of 10 px, the snapping step, so that every event moves the box); time per move event = sending the move + processing the
  events it queues + repainting the damaged region (forced by an UpdateRequest to the window,
  as Qt's next frame would do) | the same gesture on a movable plain rect item
  whose ``itemChange`` moves its 4 line items.  "drop" is the release (the command is pushed).
- pan / zoom repaint: a 1920×1080 view at 100 % scrolled by 200 px (pan) or zoomed in/out one
  step, then the whole viewport grabbed | the same on the plain scene (bare viewport paint).
  The steps alternate between procedit's view, the plain view and, for N > 100, procedit's view
  of an N = 100 map: the reference of the "≤ 1.5× the N = 100 figure" target.
- PDF: ``export.export_regulation`` of the whole project (N ≤ 1,000) | reportlab platypus
  with the same text: N sections of a heading, three paragraphs and a table.  With --quick the
  export is cancelled after 8 s, the target (the figure is then a lower bound and a miss), and
  the baseline is timed on 250 sections and scaled to N.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_project

from procedit.commands import Document, History, SetFields

NOT_BUILT = "n/a (not built)"
VIEW_W, VIEW_H = 1920, 1080


class NotBuilt(Exception):
    """A procedit component the figure needs is not committed yet."""


@dataclass
class Row:
    key: str  # stable id of the figure, e.g. "gui_open"
    label: str
    n: int
    unit: str = "ms"  # how value/baseline print: "ms" or "s"
    value: float | None = None  # seconds, median
    best: float | None = None  # seconds, min
    baseline: float | None = None  # seconds, median of the bare-stack baseline
    status: str = "ok"  # "ok", "not built", "error", "skipped"
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)
    target: str = ""
    passed: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


# --------------------------------------------------------------------------- helpers


def timed(
    fn: Callable[[], Any], repeats: int, *, setup: Callable[[], Any] | None = None, warmup: bool = False
):
    """(median, min) seconds of ``fn(setup())`` (or ``fn()``) over ``repeats`` runs; setup is untimed."""
    times = []
    for i in range(repeats + (1 if warmup else 0)):
        arg = setup() if setup else None
        gc.collect()
        t0 = time.perf_counter()
        fn(arg) if setup else fn()
        dt = time.perf_counter() - t0
        if not (warmup and i == 0):
            times.append(dt)
    return statistics.median(times), min(times)


def timed_pair(
    fn: Callable[[], Any],
    base: Callable[[], Any],
    repeats: int,
    *,
    teardown: Callable[[], Any] | None = None,
    setup: Callable[[], Any] | None = None,
    warmup: bool = False,
) -> tuple[float, float, float]:
    """(median, min) of ``fn`` and the median of ``base``, run alternately.

    Alternating the two spreads the machine's load (other processes on the two cores)
    over both figures alike, so their ratio stays meaningful on a busy machine.
    ``setup`` runs untimed before each call of ``fn``, ``teardown`` after each call of either
    (e.g. to delete windows).
    """
    ta: list[float] = []
    tb: list[float] = []
    for i in range(repeats + (1 if warmup else 0)):
        for f, out in ((fn, ta), (base, tb)):
            if setup is not None and f is fn:
                setup()
            gc.collect()
            t0 = time.perf_counter()
            f()
            dt = time.perf_counter() - t0
            if teardown is not None:
                teardown()
            if not (warmup and i == 0):
                out.append(dt)
    return statistics.median(ta), min(ta), statistics.median(tb)


def _import(module: str, *names: str):
    """The named attribute of ``module`` (the module itself for several names); ``NotBuilt`` if missing."""
    import importlib

    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (
            exc.name == module or module.startswith(exc.name + ".") or exc.name.startswith("procedit")
        ):
            raise NotBuilt(module) from exc
        raise
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise NotBuilt(f"{module}.{missing[0]}")
    return getattr(mod, names[0]) if len(names) == 1 else mod


def _fmt(seconds: float | None, unit: str) -> str:
    if seconds is None:
        return "—"
    if unit == "s":
        return f"{seconds:.2f} s"
    ms = seconds * 1000
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:.2f} ms" if ms < 100 else f"{ms:.0f} ms"


# --------------------------------------------------------------------------- context


class Ctx:
    """One size: the project, its file, the parsed JSON and lazily the Qt application."""

    def __init__(self, n: int, repeats: int, tmp: Path):
        self.n = n
        self.repeats = repeats
        # repeats of the costly figures (GUI open, PDF): 3, or 2 at N = 5,000 and in a quick run
        self.heavy = max(1, min(repeats, 2 if n >= 5000 or repeats <= 3 else 3))
        self.tmp = tmp
        self.project = make_project(n)
        self.map_id = self.project.maps[0].id
        self.path = tmp / f"bench{n}.procmap"
        try:
            storage = _import("procedit.storage", "save", "load")
            storage.save(self.project, self.path)
            self.storage_built = True
        except NotBuilt:
            self.path.write_text(
                json.dumps(self.project.model_dump(mode="json"), ensure_ascii=False, indent=2)
            )
            self.storage_built = False
        self.data = self.path.read_bytes()
        self.json = json.loads(self.data)
        # the process dragged: in the middle of the grid, 4 links
        procs = self.project.maps[0].processes
        cols = sum(1 for p in procs if p.y == procs[0].y)
        rows = math.ceil(len(procs) / cols)
        self.drag_index = min(len(procs) - 1, (rows // 2) * cols + cols // 2)
        self.drag_id = procs[self.drag_index].id
        self.pdf_budget = 120.0  # seconds before the export is cancelled
        self.pdf_sections = n  # sections of the reportlab baseline (scaled to n when fewer)
        self.view_state: tuple[float, float, float] | None = None  # (scale, cx, cy) of procedit's first frame
        self.window_view_state: tuple[float, float, float] | None = None  # the same in MainWindow


def _json_map(data: Any) -> dict:
    """The first map of a parsed project file, wherever the format nests the project."""
    if isinstance(data, dict):
        if isinstance(data.get("maps"), list) and data["maps"]:
            return data["maps"][0]
        for v in data.values():
            if isinstance(v, dict):
                found = _json_map(v)
                if found:
                    return found
    return {}


# --------------------------------------------------------------------------- storage


def fig_load(ctx: Ctx, row: Row) -> None:
    load = _import("procedit.storage", "load")

    def run():
        Document(load(ctx.path))

    row.value, row.best, row.baseline = timed_pair(
        run, lambda: json.loads(ctx.path.read_bytes()), ctx.heavy, warmup=ctx.n <= 1000
    )


def _bare_save(ctx: Ctx) -> Callable[[], None]:
    plain = ctx.tmp / f"save{ctx.n}.json"

    def bare():
        # compact: the stdlib's C encoder (with indent= it falls back to pure Python, 5x slower)
        plain.write_bytes(json.dumps(ctx.json, ensure_ascii=False).encode())

    return bare


def fig_save(ctx: Ctx, row: Row, cold_row: Row) -> None:
    """Save during editing (after one property edit, as autosave does) and a first (cold) save."""
    storage = _import("procedit.storage", "save", "load")
    out = ctx.tmp / f"save{ctx.n}.procmap"
    doc = Document(storage.load(ctx.path))
    history = History(doc)
    names = [ctx.project.maps[0].processes[ctx.drag_index].name + s for s in (" (изм.)", "")]
    turn = iter(range(1_000_000))

    def edit():
        history.push(SetFields({ctx.drag_id: {"name": names[next(turn) % 2]}}, "Rename"), merge=False)

    storage.save(doc.project, out)  # the document was saved once (opened, or saved before)
    row.value, row.best, row.baseline = timed_pair(
        lambda: storage.save(doc.project, out), _bare_save(ctx), ctx.repeats, setup=edit, warmup=True
    )
    fresh: list[Any] = []

    def load_fresh():
        fresh.clear()
        fresh.append(storage.load(ctx.path))  # new objects: nothing of them was saved before

    cold_row.value, cold_row.best, cold_row.baseline = timed_pair(
        lambda: storage.save(fresh[0], out), _bare_save(ctx), ctx.heavy, setup=load_fresh
    )


# --------------------------------------------------------------------------- validation


def _nx_baseline(ctx: Ctx) -> Callable[[], Any]:
    """networkx weakly connected components of the map's graph, built from the parsed file."""
    import networkx as nx

    pmap = _json_map(ctx.json)

    def run():
        g = nx.DiGraph()
        g.add_nodes_from(p["id"] for p in pmap.get("processes", ()))
        g.add_nodes_from(p["id"] for p in pmap.get("parties", ()))
        g.add_edges_from((lk["source_id"], lk["target_id"]) for lk in pmap.get("links", ()))
        return list(nx.weakly_connected_components(g))

    return run


def fig_validate(ctx: Ctx, row: Row) -> None:
    validate = _import("procedit.validation", "validate")
    row.value, row.best, row.baseline = timed_pair(
        lambda: validate(ctx.project), _nx_baseline(ctx), ctx.heavy, warmup=True
    )
    row.extra["findings"] = len(validate(ctx.project))


def _live_findings(live: Any, map_id: str) -> Callable[[], Any]:
    """How to ask a LiveValidator for the map's current findings (flushing anything pending)."""
    flush = next((getattr(live, f) for f in ("flush", "refresh", "run_pending") if hasattr(live, f)), None)

    def current():
        if flush is not None:
            flush()
        if hasattr(live, "findings_for"):
            return live.findings_for(map_id)
        return live.findings() if callable(getattr(live, "findings", None)) else live.findings

    return current


def fig_revalidate(ctx: Ctx, row: Row) -> None:
    live_cls = _import("procedit.validation", "LiveValidator")
    doc = Document(ctx.project)
    history = History(doc)
    live = live_cls(doc)
    current = _live_findings(live, ctx.map_id)
    before = len(current())
    owner = ctx.project.maps[0].processes[ctx.drag_index].owner_id
    state = {"cleared": False}

    def edit():
        value = owner if state["cleared"] else None
        state["cleared"] = not state["cleared"]
        history.push(SetFields({ctx.drag_id: {"owner_id": value}}, "Change owner"), merge=False)
        current()

    row.value, row.best, row.baseline = timed_pair(
        edit, _nx_baseline(ctx), max(ctx.repeats, 5) * 2, warmup=True
    )
    if not state["cleared"]:
        edit()
    if len(current()) <= before:
        row.note = "clearing the owner added no finding"


# --------------------------------------------------------------------------- Qt


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


def _open_procedit(ctx: Ctx, load: bool = True):
    """file → document → MapScene + MapView 1920×1080 shown (not yet painted)."""
    map_scene = _import("procedit.ui.canvas.scene", "MapScene")
    map_view = _import("procedit.ui.canvas.view", "MapView")
    project = ctx.project
    if load and ctx.storage_built:
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
    view.show()
    return view, scene, (doc, history, adapter)


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


def fig_gui_open(ctx: Ctx, row: Row) -> None:
    _import("procedit.ui.canvas.scene", "MapScene")
    _import("procedit.ui.canvas.view", "MapView")
    _app()
    keep: list[Any] = []

    def run():
        view, scene, rest = _open_procedit(ctx)
        view.viewport().grab()
        ctx.view_state = ctx.view_state or _view_state(view)
        keep.append((view, scene, rest))

    row.value, row.best, row.baseline = timed_pair(
        run, _bare_open(ctx, keep), ctx.heavy, teardown=lambda: _drop(keep), warmup=ctx.n <= 100
    )
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


def fig_window_open(ctx: Ctx, row: Row) -> None:
    main_window = _import("procedit.ui.main_window", "MainWindow")
    _app()
    keep: list[Any] = []

    def make(path: str):
        try:  # no settings written, errors to stderr instead of a message box
            return main_window(path, persist=False, quiet=True)
        except TypeError:
            return main_window(path)

    def run():
        w = make(str(ctx.path))
        w.resize(VIEW_W, VIEW_H)
        w.show()
        w.grab()
        if ctx.window_view_state is None and hasattr(w, "view"):
            ctx.window_view_state = _view_state(w.view)  # e.g. fit to the map at open
        keep.append(w)

    row.value, row.best, row.baseline = timed_pair(
        run,
        _bare_open(ctx, keep, "window_view_state"),
        ctx.heavy,
        teardown=lambda: _drop(keep),
        warmup=ctx.n <= 100,
    )
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
            row.value, row.best = statistics.median(times["procedit"]), min(times["procedit"])
            row.baseline = statistics.median(times["plain"])
            if "n100" in times:
                row.extra["n100_same_run"] = statistics.median(times["n100"])
    finally:
        for v, sc in opened:
            _settle(v, sc)


# --------------------------------------------------------------------------- PDF


def fig_pdf(ctx: Ctx, row: Row) -> None:
    export_regulation = _import("procedit.export", "export_regulation")
    out = ctx.tmp / f"reg{ctx.n}.pdf"
    pages: list[int] = []
    budget = ctx.pdf_budget
    state = {"t0": 0.0, "done": 0, "cancelled": False}

    def progress(done: int, total: int) -> None:
        state["done"] = round(100 * done / total) if total else 0

    def cancel() -> bool:
        state["cancelled"] = time.perf_counter() - state["t0"] > budget
        return state["cancelled"]

    def run():
        state["t0"] = time.perf_counter()
        try:
            pages.append(export_regulation(ctx.project, out, progress=progress, cancel=cancel))
        except Exception:
            if not state["cancelled"]:
                raise

    reps = 1 if ctx.n >= 1000 else min(ctx.heavy, 2)
    base_pages: list[int] = []
    sections = ctx.pdf_sections

    def bare():
        base_pages.append(_bare_pdf(ctx, ctx.tmp / f"bare{ctx.n}.pdf", sections))

    row.value, row.best, base = timed_pair(run, bare, reps)
    if state["cancelled"]:
        row.note = f"cancelled after {budget:.0f} s at {state['done']} %: a lower bound"
    else:
        row.extra["pages"] = pages[-1]
        row.extra["pages_per_s"] = pages[-1] / row.value if row.value else 0.0
    row.baseline = base * ctx.n / sections
    row.extra["baseline_pages"] = base_pages[-1] * ctx.n / sections
    row.extra["baseline_pages_per_s"] = base_pages[-1] / base


_FONT_READY = False


def _bare_pdf(ctx: Ctx, out: Path, sections: int) -> int:
    """Plain reportlab platypus: N sections of a heading, three paragraphs and a table."""
    global _FONT_READY
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if not _FONT_READY:
        import font_source_sans_pro as fonts

        pdfmetrics.registerFont(TTFont("BenchSans", fonts.font_files_ttf["SourceSansPro"]))
        pdfmetrics.registerFont(TTFont("BenchSans-Bold", fonts.font_files_ttf["SourceSansProBold"]))
        _FONT_READY = True
    body = ParagraphStyle("body", fontName="BenchSans", fontSize=10, leading=13, spaceAfter=4)
    head = ParagraphStyle(
        "head", fontName="BenchSans-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4
    )
    cell = ParagraphStyle("cell", fontName="BenchSans", fontSize=9, leading=11)
    story: list[Any] = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for p in _json_map(ctx.json).get("processes", ())[:sections]:
        story.append(Paragraph(escape(f"{p['code']} {p['name']}"), head))
        for text in (p["description"], p["goal"], p["results"]):
            story.append(Paragraph(escape(text), body))
        rows = [
            [
                Paragraph("Вход", cell),
                Paragraph("Выход", cell),
                Paragraph("Этап", cell),
                Paragraph("Показатель", cell),
            ]
        ]
        for k in range(3):
            rows.append(
                [
                    Paragraph(escape(p["inputs"][k]["what"]), cell),
                    Paragraph(escape(p["outputs"][k]["what"]), cell),
                    Paragraph(escape(p["stages"][k]["name"]), cell),
                    Paragraph(escape(f"{p['criteria'][k]['name']} {p['criteria'][k]['target']}"), cell),
                ]
            )
        story.append(Table(rows, colWidths=[40 * mm] * 4, style=grid))
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story)
    return doc.page


# --------------------------------------------------------------------------- targets

# (key, N): (max seconds or None, max ratio to baseline or None, max ratio to the N=100 figure or None)
TARGETS: dict[tuple[str, int], tuple[float | None, float | None, float | None]] = {
    ("gui_open", 1000): (0.150, 3.0, None),
    ("gui_open", 5000): (0.8, 3.0, None),
    ("window_open", 1000): (0.150, 3.0, None),
    ("window_open", 5000): (0.8, 3.0, None),
    ("revalidate", 5000): (0.016, None, None),
    ("drag", 5000): (0.005, None, None),
    ("pan", 5000): (0.025, None, 1.5),
    ("zoom", 5000): (0.025, None, 1.5),
    ("save", 5000): (0.180, None, None),
    ("pdf", 1000): (8.0, None, None),  # and >= 40 pages/s, checked below
}


def judge(rows: list[Row]) -> None:
    by = {(r.key, r.n): r for r in rows}
    for r in rows:
        t = TARGETS.get((r.key, r.n))
        if t is None:
            continue
        limit, ratio_max, scale_max = t
        parts = []
        ok = True
        if limit is not None:
            parts.append(("< " if r.key in ("revalidate", "drag") else "≤ ") + _fmt(limit, r.unit))
            if r.value is not None:
                ok &= r.value < limit if r.key in ("revalidate", "drag") else r.value <= limit
        if ratio_max is not None:
            parts.append(f"≤ {ratio_max:g}× base")
            if r.ratio is not None:
                ok &= r.ratio <= ratio_max
        if scale_max is not None:
            ref = r.extra.get("n100_same_run") or getattr(by.get((r.key, 100)), "value", None)
            scale = r.value / ref if ref and r.value is not None else None
            parts.append(f"≤ {scale_max:g}× N=100" + (f" ({scale:.2f}×)" if scale is not None else ""))
            if scale is not None:
                r.extra["vs_n100"] = scale
                ok &= scale <= scale_max
        if r.key == "pdf":
            parts.append("≥ 40 p/s")
            if r.value is not None:
                ok &= r.extra.get("pages_per_s", 0) >= 40  # 0 when cancelled
        r.target = ", ".join(parts)
        r.passed = ok if r.value is not None else None


# --------------------------------------------------------------------------- running

FIGURES = [
    ("load", "load (parse+validate+document)", "ms"),
    ("save", "save after an edit (autosave)", "ms"),
    ("save_cold", "save, first (cold)", "ms"),
    ("validate", "full validation", "ms"),
    ("revalidate", "edit → findings current", "ms"),
    ("gui_open", "GUI open: scene+view", "ms"),
    ("window_open", "GUI open: MainWindow", "ms"),
    ("drag", "drag, per move event", "ms"),
    ("drop", "drag, drop (release)", "ms"),
    ("pan", "pan repaint 1920×1080", "ms"),
    ("zoom", "zoom repaint 1920×1080", "ms"),
    ("pdf", "PDF regulation", "s"),
]
PDF_MAX_N = 1000


def _measure(rows: dict[str, Row], keys: Iterable[str], fn: Callable[..., None], ctx: Ctx, log) -> None:
    targets = [rows[k] for k in keys]
    t0 = time.perf_counter()
    try:
        fn(ctx, *targets)
    except NotBuilt as exc:
        for r in targets:
            r.status, r.note = "not built", f"{NOT_BUILT}: {exc}"
            r.value = r.best = None
    except Exception as exc:  # a broken component must not stop the other figures
        traceback.print_exc(file=sys.stderr)
        for r in targets:
            r.status, r.note = "error", f"error: {type(exc).__name__}: {exc}"[:120]
            r.value = r.best = None
    log(f"  N={ctx.n:<5} {'/'.join(keys):<22} {time.perf_counter() - t0:6.1f} s")


def run(
    sizes: Iterable[int] = (100, 1000),
    repeats: int = 5,
    log: Callable[[str], None] | None = None,
    pdf_budget: float = 120.0,
    pdf_sections: int | None = None,
) -> list[Row]:
    """Measure every figure at every size; returns the rows, judged against the targets.

    ``pdf_budget``: seconds after which the PDF export is cancelled (its figure is then a lower bound);
    ``pdf_sections``: at most this many sections in the reportlab baseline, its time scaled to N.
    """
    log = log or (lambda s: None)
    rows: list[Row] = []
    tmp = Path(tempfile.mkdtemp(prefix="procedit-bench-"))
    try:
        for n in sizes:
            t0 = time.perf_counter()
            ctx = Ctx(n, repeats, tmp)
            ctx.pdf_budget = pdf_budget
            ctx.pdf_sections = min(n, pdf_sections or n)
            # The generated project and the parsed file are the harness's, not the app's: keep
            # the collector from rescanning them (the app's heap holds one loaded project only)
            gc.collect()
            gc.freeze()
            log(
                f"N={n}: project generated and written in {time.perf_counter() - t0:.1f} s ({len(ctx.data) / 1e6:.1f} MB)"
            )
            r = {key: Row(key, label, n, unit) for key, label, unit in FIGURES}
            _measure(r, ["load"], fig_load, ctx, log)
            _measure(r, ["save", "save_cold"], fig_save, ctx, log)
            _measure(r, ["validate"], fig_validate, ctx, log)
            _measure(r, ["revalidate"], fig_revalidate, ctx, log)
            _measure(r, ["gui_open"], fig_gui_open, ctx, log)
            _measure(r, ["window_open"], fig_window_open, ctx, log)
            _measure(r, ["drag", "drop"], fig_drag, ctx, log)
            _measure(r, ["pan", "zoom"], fig_pan_zoom, ctx, log)
            if n <= PDF_MAX_N:
                _measure(r, ["pdf"], fig_pdf, ctx, log)
            else:
                r["pdf"].status, r["pdf"].note = "skipped", f"skipped (N > {PDF_MAX_N})"
            rows.extend(r.values())
            for f in ctx.tmp.glob("*"):
                if f.is_file():
                    f.unlink()
            del ctx
            gc.unfreeze()
            gc.collect()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    judge(rows)
    return rows


def table(rows: list[Row]) -> str:
    head = ("figure", "N", "procedit median", "min", "baseline", "ratio", "target", "")
    lines = []
    for r in rows:
        if r.value is None:
            value = (r.note or r.status)[:70]
            best = base = ratio = ""
        else:
            value = _fmt(r.value, r.unit)
            if r.key == "pdf" and "pages" in r.extra:
                value += f" ({r.extra['pages']:.0f} p, {r.extra['pages_per_s']:.0f} p/s)"
            best = _fmt(r.best, r.unit)
            base = _fmt(r.baseline, r.unit)
            if r.key == "pdf" and r.baseline:
                base += f" ({r.extra.get('baseline_pages_per_s', 0):.0f} p/s)"
            ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
            if r.note:
                value += f" [{r.note}]"
        mark = {True: "pass", False: "MISS", None: ""}[r.passed] if r.target else ""
        lines.append((r.label, str(r.n), value, best, base, ratio, r.target, mark))
    widths = [max(len(x[i]) for x in (head, *lines)) for i in range(len(head))]
    fmt = "  ".join(f"{{:{'<' if i in (0, 2, 6) else '>'}{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*head), "  ".join("-" * w for w in widths)]
    out += [fmt.format(*x).rstrip() for x in lines]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="procedit performance benchmark against the bare stack")
    ap.add_argument("--quick", action="store_true", help="N = 100 and 1,000 only (under a minute)")
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], help="comma-separated N list")
    ap.add_argument("--repeats", type=int, default=None, help="runs per figure (default 5, quick 3)")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args(argv)
    sizes = args.sizes or ([100, 1000] if args.quick else [100, 1000, 5000])
    repeats = args.repeats or (3 if args.quick else 5)
    t0 = time.perf_counter()
    log = None if args.quiet else lambda s: print(s, file=sys.stderr, flush=True)
    quick = {"pdf_budget": 8.0, "pdf_sections": 250} if args.quick else {}
    rows = run(sizes, repeats, log=log, **quick)
    print(table(rows))
    print(
        f"\n{len(sizes)} sizes, {repeats} repeats, {time.perf_counter() - t0:.0f} s total; {os.cpu_count()} CPUs"
    )
    if args.json:
        payload = [{**asdict(r), "ratio": r.ratio} for r in rows]
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
