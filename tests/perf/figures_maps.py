"""Figures of the tree of maps: opening a sub-map from a big landscape, building the Maps dock.

- sub-map open: the window shows the N-process landscape whose first process is decomposed into
  a 200-process sub-map; the process's sub-map is opened (``Navigator.open_submap``, what the
  decomposed mark and Ctrl+Enter do) until the window is painted (grabbed) | a plain
  ``QGraphicsScene`` of the same 200 processes and their links shown in a view and grabbed.
- Maps dock: a ``MapsPanel`` built for a project of 500 maps (a landscape each, one process) |
  a ``QTreeWidget`` filled with 500 plain rows of three columns.
"""

from __future__ import annotations

import time
from typing import Any

from figures_gui import _app, _drop
from generate import make_project
from harness import VIEW_H, VIEW_W, Ctx, Row, _import, timed_pair

SUB_N = 200
DOCK_MAPS = 500


def decomposed_project(ctx: Ctx):
    """The size's project with its first process decomposed into a map of ``SUB_N`` processes."""
    commands = _import("procedit.commands", "fresh_ids")
    landscape = ctx.project.maps[0]
    parent = landscape.processes[0]
    [sub], _ = commands([make_project(SUB_N).maps[0]])
    sub = sub.with_(name="Декомпозиция", parent_process_id=parent.id)
    procs = (parent.with_(subprocess_map_id=sub.id), *landscape.processes[1:])
    return (
        ctx.project.with_(maps=(landscape.with_(processes=procs), *ctx.project.maps[1:], sub)),
        parent.id,
        sub,
    )


def fig_submap_open(ctx: Ctx, row: Row) -> None:
    main_window = _import("procedit.ui.window.main_window", "MainWindow")
    save = _import("procedit.storage", "save")
    app = _app()
    project, parent_id, sub = decomposed_project(ctx)
    path = ctx.tmp / f"decomposed{ctx.n}.procmap"
    save(project, path)
    w = main_window(str(path), persist=False, quiet=True)
    w.resize(VIEW_W, VIEW_H)
    w.show()
    w.grab()
    keep: list[Any] = []

    def back() -> None:  # untimed: the landscape shown again, all its deferred work done
        w.switch_map(ctx.map_id)
        w.grab()
        end = time.perf_counter() + 30
        while w.scene.build_pending() and time.perf_counter() < end:
            app.processEvents()

    def run() -> None:
        w.nav.open_submap(parent_id)
        w.grab()

    def base() -> None:
        keep.append(_plain_scene(sub))

    row.value, row.best, row.baseline = timed_pair(
        run, base, ctx.repeats, setup=back, teardown=lambda: _drop(keep), warmup=True
    )
    row.extra["sub_processes"] = SUB_N
    w.undo_stack.mark_clean()
    _drop([w])


def _plain_scene(pmap) -> Any:
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    scene = QGraphicsScene()
    pos = {}
    for p in pmap.processes:
        scene.addRect(p.x, p.y, p.width, p.height, QPen(QColor("#2e7d32")), QBrush(QColor("#e8f5e9")))
        scene.addSimpleText(f"{p.code} {p.name}").setPos(p.x + 6, p.y + 6)
        pos[p.id] = (p.x + p.width / 2, p.y + p.height / 2)
    for link in pmap.links:
        if link.source_id in pos and link.target_id in pos:
            scene.addLine(*pos[link.source_id], *pos[link.target_id])
    view = QGraphicsView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.fitInView(scene.itemsBoundingRect())
    view.show()
    view.grab()
    view._scene = scene  # (kept alive with the view)
    return view


def fig_maps_dock(ctx: Ctx, row: Row) -> None:
    panel_cls = _import("procedit.ui.docks.maps_dock", "MapsPanel")
    from procedit.commands import Document, History
    from procedit.model import MapKind, Process, ProcessMap, Project

    _app()
    maps = tuple(
        ProcessMap(name=f"Карта {i}", kind=MapKind.TO_BE, processes=(Process(name=f"Процесс {i}"),))
        for i in range(DOCK_MAPS)
    )
    doc = Document(Project(name="500 карт", maps=maps))
    history = History(doc)
    keep: list[Any] = []

    def run() -> None:
        keep.append(panel_cls(doc, history.push))

    def base() -> None:
        from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

        tree = QTreeWidget()
        tree.setColumnCount(3)
        tree.addTopLevelItems([QTreeWidgetItem([m.name, "TO BE", "…"]) for m in maps])
        keep.append(tree)

    def teardown() -> None:
        for panel in keep:
            if hasattr(panel, "detach"):
                panel.detach()
        _drop(keep)

    row.value, row.best, row.baseline = timed_pair(run, base, ctx.repeats, teardown=teardown, warmup=True)
    row.extra["maps"] = DOCK_MAPS
