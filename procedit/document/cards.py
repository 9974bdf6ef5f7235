"""The card of one process: passport, SIPOC, stages, criteria, documents, interfaces.

Each part is one function returning blocks; a part with nothing in it returns no blocks
(the card never prints a bare heading or "Не указано" for a whole table)."""

from __future__ import annotations

from procedit.model import Process, ProcessMap

from .names import REF_LIMIT, Names, proc_title, shorten
from .tree import Block, Note, Paragraph, SubHeading, Table


def card_blocks(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    out: list[Block] = [passport_table(n, proc)]
    for part in (sipoc, stages, criteria, documents, interfaces):
        out += part(n, proc, pmap)
    return out


def _or_note(n: Names, value: str) -> str:
    return value if str(value).strip() else Note(n.t["not_specified"])


def passport_table(n: Names, proc: Process) -> Table:
    t = n.t
    dept = n.departments.get(proc.department_id or "")
    goals = [n.goals[g].title for g in proc.goal_ids if g in n.goals]
    rows: list[tuple[str, str]] = [
        (t["code"], proc.code),
        (t["proc_name"], proc.name),
        (t["kind"], t.enum(proc.kind)),
        (t["department"], dept.name if dept else ""),
        (t["owner"], n.person_line(proc.owner_id)),
        (t["participants"], "; ".join(filter(None, (n.person_line(i) for i in proc.participant_ids)))),
        (t["customers"], "; ".join(filter(None, (n.name_of(i) for i in proc.customer_ids)))),
        (t["goal"], proc.goal),
        (t["results"], proc.results),
        (t["strategy_goals"], "\n".join(f"• {g}" for g in goals)),
    ]
    if proc.description.strip():
        rows.append((t["description"], proc.description))
    from .regulation_sections import boundary_rows

    rows += boundary_rows(n, proc)
    if proc.subprocess_map_id and proc.subprocess_map_id in n.maps:
        rows.append((t["subprocess"], n.maps[proc.subprocess_map_id].name))
    if proc.notes.strip():
        rows.append((t["notes"], proc.notes))
    return Table([[k, _or_note(n, v)] for k, v in rows], [0.3, 0.7], header=False, key_value=True)


def sipoc(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    t = n.t
    count = max(len(proc.inputs), len(proc.outputs))
    if count == 0:
        return []
    rows = [[t["supplier"], t["input"], t["process"], t["output"], t["consumer"]]]
    for i in range(count):
        fin = proc.inputs[i] if i < len(proc.inputs) else None
        fout = proc.outputs[i] if i < len(proc.outputs) else None
        rows.append(
            [
                n.name_of(fin.party_id) if fin else "",
                fin.what if fin else "",
                proc_title(proc, REF_LIMIT) if i == 0 else "",
                fout.what if fout else "",
                n.name_of(fout.party_id) if fout else "",
            ]
        )
    return [SubHeading(t["sipoc"]), Table(rows, [0.19, 0.21, 0.2, 0.21, 0.19], span_col=2)]


def stages(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    """The procedure: a row per stage — input, what is done, who does it, by when, in which
    documents and IT system, what comes out. A column no stage fills is left out."""
    t = n.t
    if not proc.stages:
        return []
    # (header, share of the width, cell of a stage)
    columns = [
        (t["no"], 0.05, None),
        (t["stage_input"], 0.19, lambda s: s.input),
        (t["stage"], 0.19, lambda s: s.name),
        (t["performer"], 0.2, lambda s: n.performer(s.performer_id)),
        (t["performer_deadline"], 0.2, lambda s: _performer_and_deadline(n, s)),
        (t["result"], 0.18, lambda s: s.result),
        (t["stage_documents"], 0.19, lambda s: _documents_and_system(t, s)),
    ]
    # the deadline goes under the performer: a column of its own would be too narrow to read
    dated = any(st.duration.strip() for st in proc.stages)
    columns = [c for c in columns if c[0] != (t["performer"] if dated else t["performer_deadline"])]
    keep = [
        c
        for c in columns
        if c[2] is None
        or c[0] in (t["stage"], t["performer"], t["result"])
        or any(str(c[2](s)).strip() for s in proc.stages)
    ]
    total = sum(c[1] for c in keep)
    rows = [[c[0] for c in keep]]
    for i, stage in enumerate(proc.stages, 1):
        rows.append([str(i) if c[2] is None else c[2](stage) for c in keep])
    return [SubHeading(t["stages"]), Table(rows, [c[1] / total for c in keep])]


def _performer_and_deadline(n: Names, stage) -> str:
    """A stage's performer, then "срок: 2 рабочих дня" on a line of its own."""
    deadline = f"{n.t['deadline']}: {stage.duration.strip()}" if stage.duration.strip() else ""
    return "\n".join(x for x in (n.performer(stage.performer_id), deadline) if x)


def _documents_and_system(t, stage) -> str:
    """A stage's documents and records, then "ИС: CRM" on a line of its own."""
    system = f"{t['it_system']}: {stage.it_system.strip()}" if stage.it_system.strip() else ""
    return "\n".join(x for x in (stage.documents.strip(), system) if x)


def criteria(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    """Criteria rows: what, how it is calculated and from what, unit, target (with its warning
    threshold on a line of its own), period, who measures. An all-empty criterion is not printed
    as a blank row."""
    from procedit.control import format_number, format_target

    t = n.t
    head = [
        t["criterion"],
        t["formula"],
        t["data_source"],
        t["unit"],
        t["target"],
        t["period"],
        t["responsible"],
    ]
    rows = [head]
    for c in proc.criteria:
        formula = "\n".join(x for x in (c.formula.strip(), c.method.strip()) if x)
        target = format_target(c.target, "", t.lang)
        if c.target.warning is not None:
            threshold = t["warning_threshold"].format(value=format_number(c.target.warning, t.lang))
            target = f"{target}\n{threshold}".strip()
        row = [c.name, formula, c.data_source, c.unit, target, c.period, n.name_of(c.responsible_id)]
        if any(str(x).strip() for x in row):
            rows.append(row)
    if len(rows) == 1:
        return []
    if any(c.target.warning is not None for c in proc.criteria):  # room for "порог предупреждения"
        widths = [0.15, 0.17, 0.13, 0.07, 0.18, 0.14, 0.16]
    else:
        widths = [0.17, 0.19, 0.14, 0.08, 0.12, 0.14, 0.16]
    return [SubHeading(t["criteria"]), Table(rows, widths)]


def documents(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    t = n.t
    if not proc.documents:
        return []
    rows = [[t["doc_kind"], t["doc_title"], t["location"]]]
    rows += [[t.enum(d.kind), d.title, d.location] for d in proc.documents]
    out: list[Block] = [SubHeading(t["documents"]), Table(rows, [0.2, 0.45, 0.35])]
    for d in proc.documents:
        if d.text.strip():
            label = t["template_text"].format(title=d.title.strip() or t.enum(d.kind))
            out.append(Paragraph(shorten(label, 300), "small_bold"))
            out.append(Paragraph(d.text, "template"))
    return out


def interfaces(n: Names, proc: Process, pmap: ProcessMap) -> list[Block]:
    t = n.t
    rows = [[t["direction"], t["counterpart"], t["what"]]]
    for link in n.links_of(pmap, proc.id):
        if link.target_id == proc.id and link.source_id != proc.id:
            rows.append([t["incoming"], n.name_of(link.source_id), link.label])
        elif link.source_id == proc.id:
            rows.append([t["outgoing"], n.name_of(link.target_id), link.label])
    if len(rows) == 1:
        return []
    return [SubHeading(t["interfaces"]), Table(rows, [0.16, 0.44, 0.40])]
