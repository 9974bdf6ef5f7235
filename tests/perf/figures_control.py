"""Figures of the control loop: ``procedit kpi`` over every criterion, and one actual value
edited until the findings are current (3 criteria × 24 months on every process)."""

from __future__ import annotations

import datetime as dt
import json

from figures_data import _live_findings, _nx_baseline
from harness import VIEW_H, VIEW_W, Ctx, Row, _import, _json_map, timed_pair

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
                    last = max(actuals, key=lambda m: m[0])  # [period, value(, note)]
                    out.append((p["code"], c["name"], last[1] >= (c["target"].get("value") or 0)))
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
        actuals = (*crit.actuals[:-1], last._replace(value=value))
        history.push(
            set_item_fields(doc, ctx.drag_id, "criteria", crit.id, {"actuals": actuals}, merge=False),
            merge=False,
        )
        current()

    row.value, row.best, row.baseline = timed_pair(
        edit, _nx_baseline(ctx), max(ctx.repeats, 5) * 2, warmup=True
    )


ACTUALS_ROWS = 50_000  # a CRM's export: issue 14 asks for it to import in under 2 s


def actuals_rows(pmap, rows: int = ACTUALS_ROWS) -> list[list[str]]:
    """``rows`` actual values of the map's criteria (header first), each criterion and month once:
    the criteria in turn, month after month from 2000-01 (new values, and changed ones where
    the map already holds the month), by name, or by id where a process has two of a name)."""
    crits = []
    for p in pmap.processes:
        names = [c.name for c in p.criteria]
        crits += [(p.code, c.name if names.count(c.name) == 1 else c.id) for c in p.criteria if p.code]
    out = [["Код процесса", "Критерий", "Период", "Значение"]]
    for i in range(rows):
        code, name = crits[i % len(crits)]
        month = i // len(crits)
        out.append([code, name, f"{2000 + month // 12}-{month % 12 + 1:02d}", f"{i % 1000},5"])
    return out


def write_actuals(pmap, folder, rows: int = ACTUALS_ROWS):
    """The same table as a CSV Russian Excel writes (cp1251, ';') and as an XLSX workbook."""
    import csv

    import openpyxl

    table = actuals_rows(pmap, rows)
    csv_path, xlsx_path = folder / "actuals.csv", folder / "actuals.xlsx"
    with open(csv_path, "w", encoding="cp1251", newline="") as f:
        csv.writer(f, delimiter=";").writerows(table)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for r in table:
        sheet.append([*r[:3], float(r[3].replace(",", "."))] if r is not table[0] else r)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def fig_actuals_import(ctx: Ctx, csv_row: Row, xlsx_row: Row) -> None:
    """``procedit kpi import``'s work on a 50,000-row file: read, match every row to a process
    and criterion, plan the changes and the criteria they make | reading the same file bare
    (csv.reader; openpyxl read-only, values only)."""
    plan_file = _import("procedit.interchange.actuals", "plan_actuals_file")
    import csv

    import openpyxl

    pmap = ctx.project.maps[0]
    csv_path, xlsx_path = write_actuals(pmap, ctx.tmp)

    def run(path):
        def go():
            plan = plan_file(pmap, path)
            assert not plan.refused, plan.refused[:3]
            plan.criteria_by_process()

        return go

    def bare_csv():
        with open(csv_path, encoding="cp1251", newline="") as f:
            list(csv.reader(f, delimiter=";"))

    def bare_xlsx():
        book = openpyxl.load_workbook(xlsx_path, read_only=True)
        list(book.worksheets[0].iter_rows(values_only=True))
        book.close()

    csv_row.value, csv_row.best, csv_row.baseline = timed_pair(run(csv_path), bare_csv, ctx.heavy)
    xlsx_row.value, xlsx_row.best, xlsx_row.baseline = timed_pair(run(xlsx_path), bare_xlsx, ctx.heavy)
    csv_row.extra["rows"] = xlsx_row.extra["rows"] = ACTUALS_ROWS


def fig_criteria_dock(ctx: Ctx, row: Row) -> None:
    """The Criteria tab chosen the first time in an open, validated window (1920×1080) until its
    rows are made and the dock is painted (every criterion judged, sorted worst first) | a plain
    ``QTableView`` over a bare table model of the same rows (process, criterion, last value as
    text, sorted in Python by the last value) built and painted."""
    from figures_gui import _app, _drain, _drop, _settle, window_ready

    main_window = _import("procedit.ui.window.main_window", "MainWindow")
    app = _app()
    keep: list = []
    opened: list = []

    def setup():
        w = main_window(str(ctx.path), persist=False, quiet=True)
        w.resize(VIEW_W, VIEW_H)
        w.show()
        _drain(lambda: window_ready(w))
        app.processEvents()
        opened.append(w)

    def run():
        w = opened.pop()
        keep.append(w)
        panel = w.panels.criteria
        w.control.dock.raise_()
        _drain(lambda: not panel._dirty)
        w.control.dock.grab()
        row.extra["rows"] = len(panel.model.rows)

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    data = []
    for p in ctx.project.maps[0].processes:
        for c in p.criteria:
            last = c.actuals[-1].value if c.actuals else None
            data.append((f"{p.code} {p.name}", c.name, "—" if last is None else f"{last:g}", last or 0.0))

    class Bare(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    def base():
        view = QTableView()
        view.resize(VIEW_W, 300)
        view.setModel(Bare(sorted(data, key=lambda r: r[3])))
        view.show()
        view.grab()
        keep.append((view, None))

    row.value, row.best, row.baseline = timed_pair(
        run, base, max(ctx.heavy, 2), setup=setup, teardown=lambda: _drop(keep), warmup=ctx.n <= 100
    )
    for w in opened:
        _settle(w)
