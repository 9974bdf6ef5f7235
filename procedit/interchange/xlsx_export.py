"""The project as a workbook a quality department can filter: the process register (the
columns ``register`` reads back), the criteria with their actuals, the RACI matrix (the
regulation's: processes and their stages by positions, ``procedit.document.raci``) and the
findings, one sheet each, headers frozen and filterable, columns sized."""

from __future__ import annotations

import io
import os

from procedit.control import format_target
from procedit.model import Project
from procedit.storage.atomic import save_error, write_atomic

from .bpmn_export import maps_in_scope
from .texts import criterion_text, names, word

_HEAD = {
    "map": ("Map", "Карта"),
    "process": ("Process", "Процесс"),
    "name": ("Name", "Наименование"),
    "criterion": ("Criterion", "Критерий"),
    "target": ("Target", "Целевое значение"),
    "unit": ("Unit", "Ед. изм."),
    "period": ("Period", "Период"),
    "frequency": ("Frequency", "Периодичность"),
    "method": ("Method", "Метод"),
    "responsible": ("Responsible", "Ответственный"),
    "severity": ("Severity", "Важность"),
    "rule": ("Rule", "Правило"),
    "finding": ("Finding", "Замечание"),
    "register": ("Processes", "Реестр процессов"),
    "criteria_sheet": ("Criteria", "Критерии"),
    "raci": ("RACI", "RACI"),
    "stage": ("Stage", "Этап"),
    "findings": ("Findings", "Замечания"),
}
REGISTER_FIELDS = ("code", "name", "kind", "department", "owner", "goal", "results", "inputs", "outputs", "customers", "criteria")
KIND_WORDS = {"management": ("management", "управленческий"), "core": ("core", "основной"), "support": ("support", "вспомогательный")}


def _h(key: str, lang: str) -> str:
    if key in _HEAD:
        return _HEAD[key][1 if lang == "ru" else 0]
    return word(key, lang) if key != "name" else _HEAD["name"][1 if lang == "ru" else 0]


def export_xlsx(project: Project, lang: str | None = None, map_ids: list[str] | None = None) -> bytes:
    """The workbook of every map, or of the maps ``map_ids`` and their decompositions."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    lang = lang or project.language
    ru = 1 if lang == "ru" else 0
    nm = names(project)
    wb = openpyxl.Workbook()
    sheets = []

    def sheet(title_key: str, header: list[str], rows: list[list], widths: list[int], freeze: str = "A2"):
        ws = wb.create_sheet(_HEAD[title_key][ru][:31])
        for r in (header, *rows):
            ws.append(r)
            for i, value in enumerate(r, 1):
                if isinstance(value, str) and value.startswith("="):  # openpyxl would write a formula
                    ws.cell(ws.max_row, i).data_type = "s"
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = freeze
        ws.auto_filter.ref = ws.dimensions
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        sheets.append(ws)
        return ws

    maps = maps_in_scope(project, map_ids)
    procs = [(m, p) for m in maps for p in m.processes]
    rows = []
    for m, p in procs:
        flows = lambda fs: "; ".join(f"{f.what} ({nm[f.party_id]})" if f.party_id in nm else f.what for f in fs)  # noqa: E731
        rows.append(
            [
                p.code,
                p.name,
                KIND_WORDS[p.kind.value][ru],
                nm.get(p.department_id or "", ""),
                nm.get(p.owner_id or "", ""),
                p.goal,
                p.results,
                flows(p.inputs),
                flows(p.outputs),
                "; ".join(nm.get(c, "") for c in p.customer_ids),
                "; ".join(criterion_text(c, lang) for c in p.criteria),
                m.name,
            ]
        )
    sheet("register", [*(_h(f, lang) for f in REGISTER_FIELDS), _h("map", lang)], rows, [10, 40, 16, 24, 24, 40, 40, 40, 40, 30, 40, 24])

    periods = sorted({a.period for _, p in procs for c in p.criteria for a in c.actuals})
    rows = []
    for m, p in procs:
        for c in p.criteria:
            actual = {a.period: a.value for a in c.actuals}
            who = nm.get(c.responsible_id or "", "")
            rows.append(
                [p.code, p.name, c.name, format_target(c.target, "", lang), c.unit, c.period, c.method, who, m.name]
                + [actual.get(period) for period in periods]
            )
    # the map column tells the AS IS and TO BE rows apart (they share codes and criterion names)
    keys = ("code", "process", "criterion", "target", "unit", "frequency", "method", "responsible", "map")
    head = [_h(k, lang) for k in keys]
    sheet("criteria_sheet", head + periods, rows, [10, 36, 36, 16, 10, 14, 30, 24, 24] + [10] * len(periods))

    ws = sheet("raci", *_raci(project, maps, lang), freeze="D2")  # the header and the process, stage columns
    for row in ws.iter_rows(min_row=2):
        if not row[2].value:  # a process's own row (its letters rolled up from its stages): bold
            for cell in row[:3]:
                cell.font = Font(bold=True)
        for cell in row[3:]:
            cell.alignment = Alignment(horizontal="center")

    from procedit.validation import validate

    rows = []
    map_names = {m.id: m.name for m in maps}
    for f in validate(project):
        if f.map_id not in map_names:
            continue
        rows.append([f.severity.value, f.rule, f.message(lang), f.element_name, map_names.get(f.map_id, "")])
    head = [_h(k, lang) for k in ("severity", "rule", "finding", "process", "map")]
    sheet("findings", head, rows, [10, 22, 80, 36, 24])
    wb.remove(wb.worksheets[0])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _raci(project: Project, maps: list, lang: str) -> tuple[list[str], list[list], list[int]]:
    """The RACI sheet as the regulation derives it (``document.raci``): a row per process (its
    letters rolled up from its stages) followed by a row per stage, by map; columns are the
    positions (and departments that perform stages), the cells R, A, C, I or "R/A"."""
    from procedit.document.names import Names
    from procedit.document.raci import derive_raci
    from procedit.document.texts import Texts

    names = Names(project, Texts(lang))
    procs = [(m, p) for m in maps for p in m.processes]
    raci = derive_raci(names, [p for _, p in procs])  # no document row: the workbook is no document
    rows, at = [], 0
    for m, p in procs:  # derive_raci gives each process its row, then a row per stage
        process = raci.rows[at].label
        for i in range(1 + len(p.stages)):
            r = raci.rows[at]
            rows.append([m.name, process, r.label if i else "", *(r.cells.get(c, "") for c in raci.columns)])
            at += 1
    assert at == len(raci.rows)
    head = [_h("map", lang), _h("process", lang), _h("stage", lang), *raci.columns]
    return head, rows, [24, 40, 36] + [14] * len(raci.columns)


def write_xlsx(
    project: Project, path: str | os.PathLike[str], lang: str | None = None, map_ids: list[str] | None = None
) -> None:
    data = export_xlsx(project, lang, map_ids)
    try:
        write_atomic(os.path.realpath(os.fspath(path)), data, backup=False)
    except OSError as e:
        raise save_error(os.fspath(path), e) from None
