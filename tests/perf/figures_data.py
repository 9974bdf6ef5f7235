"""Figures without Qt: load, save, validation, live revalidation and the PDF regulation."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import Ctx, Row, _import, _json_map, timed_pair

from procedit.commands import Document, History, SetFields


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
