"""Figures of the comparison: the semantic diff and the three-way merge of two versions of a
project that differ in 1 % of their processes | ``json.loads`` of both files."""

from __future__ import annotations

import json

from harness import Ctx, Row, _import, timed_pair


def _variants(ctx: Ctx):
    """(base, ours, theirs) as loaded from files: ours renames 1 % of the processes (every
    100th), theirs changes the goal of another 1 % (every 100th, shifted by 50)."""
    storage = _import("procedit.storage", "save", "load")
    m = ctx.project.maps[0]
    procs = list(m.processes)
    ours, theirs = list(procs), list(procs)
    for i in range(0, len(procs), 100):
        ours[i] = ours[i].with_(name=ours[i].name + " (изм.)")
        j = min(len(procs) - 1, i + 50)
        theirs[j] = theirs[j].with_(goal=theirs[j].goal + " (изм.)")
    paths = []
    for name, processes in (("ours", ours), ("theirs", theirs)):
        path = ctx.tmp / f"{name}{ctx.n}.procmap"
        project = ctx.project.with_(maps=(m.with_(processes=tuple(processes)), *ctx.project.maps[1:]))
        storage.save(project, path, backup=False)
        paths.append(path)
    base = storage.load(ctx.path)
    return base, storage.load(paths[0]), storage.load(paths[1]), [ctx.path, paths[0]]


def _parse_both(paths):
    data = [p.read_bytes() for p in paths]

    def run():
        for d in data:
            json.loads(d)

    return run


def fig_diff(ctx: Ctx, row: Row) -> None:
    diff_projects = _import("procedit.compare.projects", "diff_projects")
    base, ours, _theirs, paths = _variants(ctx)
    result = diff_projects(base, ours)
    row.extra["changes"] = sum(len(m.items) for m in result.maps)
    row.value, row.best, row.baseline = timed_pair(
        lambda: diff_projects(base, ours), _parse_both(paths), ctx.heavy, warmup=ctx.n <= 1000
    )


def fig_merge(ctx: Ctx, row: Row) -> None:
    merge_projects = _import("procedit.compare.merge", "merge_projects")
    base, ours, theirs, paths = _variants(ctx)
    assert merge_projects(base, ours, theirs).clean
    row.value, row.best, row.baseline = timed_pair(
        lambda: merge_projects(base, ours, theirs), _parse_both(paths), ctx.heavy, warmup=ctx.n <= 1000
    )
