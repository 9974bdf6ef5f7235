"""Shared pieces of the benchmark: rows, timing, the per-size context, component imports."""

from __future__ import annotations

import gc
import importlib
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_project

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
    (e.g. to delete windows). What a call returns is let go of after its clock stops, for both:
    a loaded project or a parsed tree is what the user keeps, its freeing no part of the figure.
    """
    ta: list[float] = []
    tb: list[float] = []
    for i in range(repeats + (1 if warmup else 0)):
        for f, out in ((fn, ta), (base, tb)):
            if setup is not None and f is fn:
                setup()
            gc.collect()
            t0 = time.perf_counter()
            result = f()
            dt = time.perf_counter() - t0
            del result  # (freeing what it made is no part of making it: the clock has stopped)
            if teardown is not None:
                teardown()
            if not (warmup and i == 0):
                out.append(dt)
    return statistics.median(ta), min(ta), statistics.median(tb)


def _import(module: str, *names: str):
    """The named attribute of ``module`` (the module itself for several names); ``NotBuilt`` if missing."""
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
        self.only: set[str] | None = None  # the figures to measure (bench.py --only), all when None
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
