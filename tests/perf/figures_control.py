"""Figures of the control loop: ``procedit kpi`` over every criterion, and one actual value
edited until the findings are current (3 criteria × 24 months on every process)."""

from __future__ import annotations

import datetime as dt
import json

from figures_data import _live_findings, _nx_baseline
from harness import Ctx, Row, _import, _json_map, timed_pair

from procedit.commands import Document, History

TODAY = dt.date(2026, 12, 20)  # the generated actuals run to November 2026


def _bare_kpi(ctx: Ctx):
    """The parsed file's criteria, each last value compared with its target's number."""
    pmap = _json_map(ctx.json)

    def run():
        out = []
        for p in pmap.get("processes", ()):
            for c in p.get("criteria", ()):
                actuals = c.get("actuals") or ()
                if actuals:
                    last = max(actuals, key=lambda m: m["period"])
                    out.append((p["code"], c["name"], last["value"] >= (c["target"].get("value") or 0)))
        return json.dumps(out, ensure_ascii=False)

    return run


def fig_kpi(ctx: Ctx, row: Row) -> None:
    """``procedit kpi FILE``: load the file, judge every criterion, write the text report."""
    report = _import("procedit.cli_kpi", "report")
    load = _import("procedit.storage", "load")

    def run():
        report(load(ctx.path), None, "ru", "text", TODAY)

    bare = _bare_kpi(ctx)

    def base():
        json.loads(ctx.path.read_bytes())
        bare()

    row.value, row.best, row.baseline = timed_pair(run, base, ctx.heavy, warmup=ctx.n <= 1000)
    row.extra["criteria"] = sum(len(p.criteria) for m in ctx.project.maps for p in m.processes)


def fig_revalidate_kpi(ctx: Ctx, row: Row) -> None:
    """One actual value changed (missed ↔ met, as typed into the actuals table) until the
    live validator's findings are current."""
    set_item_fields = _import("procedit.commands", "set_item_fields")
    live_cls = _import("procedit.validation", "LiveValidator")
    doc = Document(ctx.project)
    history = History(doc)
    live = live_cls(doc)
    current = _live_findings(live, ctx.map_id)
    current()
    crit = ctx.project.maps[0].processes[ctx.drag_index].criteria[0]
    last = crit.actuals[-1]
    values = [crit.target.value - 20, crit.target.value + 1]  # missed, met
    turn = iter(range(1_000_000))

    def edit():
        value = values[next(turn) % 2]
        actuals = (*crit.actuals[:-1], last.with_(value=value))
        history.push(
            set_item_fields(doc, ctx.drag_id, "criteria", crit.id, {"actuals": actuals}, merge=False), merge=False
        )
        current()

    row.value, row.best, row.baseline = timed_pair(edit, _nx_baseline(ctx), max(ctx.repeats, 5) * 2, warmup=True)
