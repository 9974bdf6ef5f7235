"""The department regulation (положение о подразделении) as a document tree.

Sections: general provisions (the department, its head, its positions and staff, the
regulation edition it is derived from), its processes, its functions (stages its people,
positions and the department itself perform), its interactions with other departments
(exactly the links that cross its boundary, with what passes) and with external parties,
the criteria it answers for, and the acknowledgement sheet of its staff.
"""

from __future__ import annotations

from procedit.model import Department, Process

from .derived import Basis, doc_code, find_department, frame, make_basis
from .duties import DepartmentFacts, HandOff
from .job_instruction import counterpart, person_line, position_line
from .names import REF_LIMIT, proc_title, shorten
from .tree import Block, Document, Note, Paragraph, Section, SubHeading, Table


def build_department_regulation(
    project, department: str, *, lang: str | None = None, map_id: str | None = None
) -> Document:
    """The regulation of the department named ``department`` (``ScopeError`` if unknown)."""
    b = make_basis(project, lang, map_id)
    return department_regulation(b, find_department(project, department, b.t))


def department_regulation(b: Basis, dept: Department) -> Document:
    t = b.t
    facts = b.index.department_facts(dept.id)
    number = next((i for i, d in enumerate(b.project.departments, 1) if d.id == dept.id), 0)
    name = shorten(dept.name, 400) or t["no_name"]
    sections = [
        _general(b, dept, facts),
        _processes(b, facts),
        _functions(b, facts),
        _interactions(b, facts),
        _criteria(b, facts),
    ]
    return frame(
        b,
        kind="department_regulation",
        title=t["dr_title"],
        subtitle=f"«{name}»" if t.lang == "ru" else f"“{name}”",
        code=doc_code(b, "dr_code", number),
        sections=[x for x in sections if x is not None],
        agreeing=[dept.head_id] if dept.head_id else [],
        acquainted=facts.members,
    )


def _general(b: Basis, dept: Department, f: DepartmentFacts) -> Section:
    t, n = b.t, b.names
    head = person_line(b, b.index.people.get(dept.head_id or ""))
    rows = [
        [t["dr_name"], shorten(dept.name, REF_LIMIT) or Note(t["no_name"])],
        [t["dr_head"], head or Note(t["dr_head_none"])],
    ]
    blocks: list[Block] = [Table(rows, [0.34, 0.66], header=False, key_value=True)]
    staff = [[t["gp_position"], t["gp_reports_to"], t["holders"]]]
    placed: set[str] = set()
    for q in f.positions:
        holders = [h for h in b.index.holders.get(q.id, [])]
        placed.update(h.id for h in holders)
        names = "\n".join(shorten(h.name, REF_LIMIT) for h in holders) or Note(t["vacant"])
        staff.append([shorten(q.name, REF_LIMIT) or t["no_name"], position_line(b, q.reports_to_id), names])
    for p in f.members:
        if p.id not in placed:
            staff.append([n.position(p) or Note(t["not_specified"]), "", shorten(p.name, REF_LIMIT)])
    if len(staff) > 1:
        blocks += [SubHeading(t["dr_structure"]), Table(staff, [0.36, 0.34, 0.30])]
    blocks.append(Paragraph(t["dr_basis"].format(editions="; ".join(b.editions) or "—"), "muted"))
    return Section("general", t["dr_general"], blocks=blocks)


def _processes(b: Basis, f: DepartmentFacts) -> Section:
    t, n = b.t, b.names
    sec = Section("processes", t["dr_processes"])
    if not f.processes:
        sec.blocks.append(Paragraph(t["dr_processes_none"], "muted"))
        return sec
    rows = [[t["process"], t["owner"], t["goal"], t["results"]]]
    rows += [
        [_proc(b, w.proc), n.person_line(w.proc.owner_id), w.proc.goal, w.proc.results] for w in f.processes
    ]
    sec.blocks.append(Table(rows, [0.28, 0.24, 0.24, 0.24]))
    return sec


def _functions(b: Basis, f: DepartmentFacts) -> Section | None:
    t, n = b.t, b.names
    if not f.functions:
        return None
    rows = [[t["no"], t["process"], t["stage"], t["performer"], t["result"]]]
    rows += [
        [str(i), _proc(b, d.proc), d.stage.name, n.performer(d.stage.performer_id), d.stage.result]
        for i, d in enumerate(f.functions, 1)
    ]
    return Section(
        "functions",
        t["dr_functions"],
        blocks=[Paragraph(t["dr_functions_intro"]), Table(rows, [0.06, 0.24, 0.26, 0.22, 0.22])],
    )


def _interactions(b: Basis, f: DepartmentFacts) -> Section:
    t = b.t
    sec = Section("interactions", t["dr_interactions"])
    if f.interactions:
        rows = [[t["direction"], t["dr_other_department"], t["what"], t["in_process"], t["counterpart"]]]
        rows += [
            [t["receives"] if h.incoming else t["passes"], _department(b, h), h.what or Note(t["not_specified"]),
             _proc(b, h.own), counterpart(b, h)]
            for h in f.interactions
        ]  # fmt: skip
        sec.blocks.append(Table(rows, [0.14, 0.19, 0.21, 0.22, 0.24]))
    else:
        sec.blocks.append(Paragraph(t["dr_interactions_none"], "muted"))
    if f.external:
        rows = [[t["direction"], t["counterpart"], t["what"], t["in_process"]]]
        rows += [
            [t["receives"] if h.incoming else t["passes"], counterpart(b, h), h.what or Note(t["not_specified"]),
             _proc(b, h.own)]
            for h in f.external
        ]  # fmt: skip
        sec.blocks += [SubHeading(t["dr_external"]), Table(rows, [0.15, 0.3, 0.27, 0.28])]
    return sec


def _criteria(b: Basis, f: DepartmentFacts) -> Section | None:
    from procedit.control import format_target

    t, n = b.t, b.names
    if not f.criteria:
        return None
    rows = [[t["criterion"], t["process"], t["target"], t["period"], t["responsible"]]]
    for m in f.criteria:
        c = m.criterion
        rows.append(
            [c.name or Note(t["no_name"]), _proc(b, m.proc), format_target(c.target, c.unit, t.lang), c.period,
             n.name_of(c.responsible_id)]
        )  # fmt: skip
    return Section("criteria", t["dr_criteria"], blocks=[Table(rows, [0.26, 0.24, 0.16, 0.12, 0.22])])


def _department(b: Basis, h: HandOff) -> str:
    other = b.index.department.get(h.other_id)
    dept = b.names.departments.get(other or "")
    return shorten(dept.name, REF_LIMIT) if dept is not None else Note(b.t["dr_no_department"])


def _proc(b: Basis, p: Process) -> str:
    return proc_title(p, REF_LIMIT) or b.t["no_name"]
