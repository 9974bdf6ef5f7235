"""The project as a workbook a quality department can filter: the process register (the
columns ``register`` reads back), the criteria with their actuals, the RACI matrix and the
findings, one sheet each, headers frozen and filterable, columns sized."""

from __future__ import annotations

import io
import os

from procedit.control import format_target
from procedit.model import Project
from procedit.storage import ProjectSaveError
from procedit.storage.atomic import write_atomic

from .texts import criterion_text, names, word

_HEAD = {
    "map": ("Map", "Карта"),
    "process": ("Process", "Процесс"),
    "name": ("Name", "Наименование"),
    "criterion": ("Criterion", "Критерий"),
    "target": ("Target", "Целевое значение"),
    "unit": ("Unit", "Ед. изм."),
    "period": ("Period", "Период"),
    "method": ("Method", "Метод"),
    "responsible": ("Responsible", "Ответственный"),
    "severity": ("Severity", "Важность"),
    "rule": ("Rule", "Правило"),
    "finding": ("Finding", "Замечание"),
    "register": ("Processes", "Реестр процессов"),
    "criteria_sheet": ("Criteria", "Критерии"),
    "raci": ("RACI", "RACI"),
    "findings": ("Findings", "Замечания"),
}
REGISTER_FIELDS = ("code", "name", "kind", "department", "owner", "goal", "results", "inputs", "outputs", "customers", "criteria")
KIND_WORDS = {"management": ("management", "управленческий"), "core": ("core", "основной"), "support": ("support", "вспомогательный")}


def _h(key: str, lang: str) -> str:
    if key in _HEAD:
        return _HEAD[key][1 if lang == "ru" else 0]
    return word(key, lang) if key != "name" else _HEAD["name"][1 if lang == "ru" else 0]


def export_xlsx(project: Project, lang: str | None = None) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    lang = lang or project.language
    ru = 1 if lang == "ru" else 0
    nm = names(project)
    wb = openpyxl.Workbook()
    sheets = []

    def sheet(title_key: str, header: list[str], rows: list[list], widths: list[int]):
        ws = wb.create_sheet(_HEAD[title_key][ru][:31])
        ws.append(header)
        for r in rows:
            ws.append(r)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2" if title_key != "raci" else "B2"
        ws.auto_filter.ref = ws.dimensions
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        sheets.append(ws)

    procs = [(m, p) for m in project.maps for p in m.processes]
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
    for _, p in procs:
        for c in p.criteria:
            actual = {a.period: a.value for a in c.actuals}
            rows.append(
                [p.code, p.name, c.name, format_target(c.target, "", lang), c.unit, c.period, c.method, nm.get(c.responsible_id or "", "")]
                + [actual.get(period) for period in periods]
            )
    head = [_h(k, lang) for k in ("code", "process", "criterion", "target", "unit", "period", "method", "responsible")]
    sheet("criteria_sheet", head + periods, rows, [10, 36, 36, 16, 10, 12, 30, 24] + [10] * len(periods))

    people = list(project.people)
    rows = []
    for _, p in procs:
        row = [f"{p.code} {p.name}".strip()]
        for person in people:
            marks = []
            if p.owner_id == person.id:
                marks.append("A")
            if any(s.performer_id == person.id for s in p.stages):
                marks.append("R")
            if person.id in p.participant_ids:
                marks.append("C")
            if person.id in p.customer_ids or any(c.responsible_id == person.id for c in p.criteria):
                marks.append("I")
            row.append(", ".join(marks))
        rows.append(row)
    sheet("raci", [_h("process", lang), *(p.name for p in people)], rows, [40] + [14] * len(people))

    from procedit.validation import validate

    rows = []
    map_names = {m.id: m.name for m in project.maps}
    for f in validate(project):
        rows.append([f.severity.value, f.rule, f.message(lang), f.element_name, map_names.get(f.map_id, "")])
    head = [_h(k, lang) for k in ("severity", "rule", "finding", "process", "map")]
    sheet("findings", head, rows, [10, 22, 80, 36, 24])
    wb.remove(wb.worksheets[0])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_xlsx(project: Project, path: str | os.PathLike[str], lang: str | None = None) -> None:
    data = export_xlsx(project, lang)
    try:
        write_atomic(os.path.realpath(os.fspath(path)), data, backup=False)
    except OSError as e:
        raise ProjectSaveError(path, e.strerror or str(e)) from None
