"""The sections of a регламент beyond the map and the cards: normative references, general
provisions (responsibility and authority), risks, records, monitoring and analysis, and the
change procedure. Each is filled from the model (the map's document, the project's
references, the processes' risks and records) and left out when there is nothing in it."""

from __future__ import annotations

from procedit.model import MapDocument, Process

from . import control_sections as cs
from .names import REF_LIMIT, proc_title, shorten
from .sections import Context
from .tree import Block, Paragraph, Section, SubHeading, Table


def _control(c: Context) -> MapDocument:
    return c.control if isinstance(c.control, MapDocument) else MapDocument()


def references(c: Context) -> Section | None:
    """Нормативные ссылки: the project's list of referenced documents (code, title)."""
    t = c.t
    refs = [
        (r.code.strip(), r.title.strip()) for r in c.project.references if r.code.strip() or r.title.strip()
    ]
    if not refs:
        return None
    rows = [[t["ref_code"], t["ref_title"]]] + [[a, b] for a, b in refs]
    sec = Section("references", t["references"])
    sec.blocks += [Paragraph(t["references_intro"]), Table(rows, [0.32, 0.68])]
    return sec


def provisions(c: Context) -> Section | None:
    """Общие положения: the map document's general provisions, then responsibility and authority."""
    t, d = c.t, _control(c)
    blocks: list[Block] = []
    if d.provisions.strip():
        blocks.append(Paragraph(d.provisions))
    if d.authority.strip():
        blocks += [SubHeading(t["authority"]), Paragraph(d.authority)]
    if not blocks:
        return None
    return Section("provisions", t["provisions"], blocks=blocks)


def risks(c: Context) -> Section | None:
    """The processes' risks: risk, likelihood, impact, response, owner (a process column when
    the document has more than one process)."""
    t, n = c.t, c.names
    many = c.proc is None
    head = ([t["process"]] if many else []) + [
        t["risk"],
        t["likelihood"],
        t["impact"],
        t["risk_response"],
        t["risk_owner"],
    ]
    rows = [head]
    for p in c.procs:
        for r in p.risks:
            level = [t.enum(x) if x is not None else "" for x in (r.likelihood, r.impact)]
            row = [r.risk, *level, r.response, n.name_of(r.owner_id)]
            if any(str(x).strip() for x in row):
                rows.append(([_proc(p)] if many else []) + row)
    if len(rows) == 1:
        return None
    widths = [0.17, 0.21, 0.14, 0.1, 0.23, 0.15] if many else [0.3, 0.14, 0.11, 0.27, 0.18]
    return Section("risks", t["risks"], blocks=[Paragraph(t["risks_intro"], "muted"), Table(rows, widths)])


def records(c: Context) -> Section | None:
    """Записи: what each process records, where it is kept, how long, who keeps it."""
    t, n = c.t, c.names
    many = c.proc is None
    head = [t["record"]] + ([t["process"]] if many else []) + [t["record_place"], t["retention"], t["keeper"]]
    rows = [head]
    for p in c.procs:
        for r in p.records:
            row = [r.name, r.place, r.retention, n.performer(r.keeper_id)]
            if any(str(x).strip() for x in row):
                rows.append([row[0]] + ([_proc(p)] if many else []) + row[1:])
    if len(rows) == 1:
        return None
    widths = [0.26, 0.2, 0.2, 0.14, 0.2] if many else [0.34, 0.26, 0.16, 0.24]
    return Section("records", t["records"], blocks=[Table(rows, widths)])


def monitoring_analysis(c: Context) -> Section | None:
    """Мониторинг и анализ: who analyses the processes against their criteria, how often and
    where it is recorded; then the monitoring of the criteria with actuals (``control_sections``)."""
    t, d = c.t, _control(c)
    pairs = [
        (t["analysis_by"], c.names.performer(d.analysis_by_id)),
        (t["analysis_period"], d.analysis_period.strip()),
        (t["analysis_record"], d.analysis_record.strip()),
    ]
    monitored = cs.monitoring(c)
    if not any(v for _, v in pairs):
        return monitored  # the monitoring of the criteria alone (or nothing)
    sec = Section(
        "monitoring", t["monitoring_analysis"], new_page=monitored is not None and monitored.new_page
    )
    if any(v for _, v in pairs):
        sec.blocks.append(Paragraph(t["analysis_intro"]))
        rows = [[k, v] for k, v in pairs if v]
        sec.blocks.append(Table(rows, [0.35, 0.65], header=False, key_value=True))
    if monitored is not None:
        if sec.blocks:
            sec.blocks.append(SubHeading(monitored.title))
        sec.blocks += monitored.blocks
    return sec


def change_procedure(c: Context) -> Section | None:
    """Порядок внесения изменений: the review period and who may initiate a change."""
    t, d = c.t, _control(c)
    pairs = [
        (t["revision_period"], d.revision_period.strip()),
        (t["change_initiators"], d.change_initiators.strip()),
    ]
    if not any(v for _, v in pairs):
        return None
    sec = Section("change_procedure", t["change_procedure"])
    sec.blocks.append(Table([[k, v] for k, v in pairs if v], [0.35, 0.65], header=False, key_value=True))
    sec.blocks.append(Paragraph(t["change_procedure_rule"]))
    return sec


def _proc(p: Process) -> str:
    return proc_title(p, REF_LIMIT) or "—"


def boundary_rows(n, proc: Process) -> list[tuple[str, str]]:
    """The card's "what starts it / what ends it" rows: as written, else from its inputs and
    outputs (left out when neither says anything)."""
    t = n.t
    out = []
    for key, text, flows, derived in (
        ("start_event", proc.start_event, proc.inputs, "start_by_inputs"),
        ("end_event", proc.end_event, proc.outputs, "end_by_outputs"),
    ):
        value = text.strip()
        if not value:
            whats = [shorten(f.what, REF_LIMIT) for f in flows if f.what.strip()]
            value = t[derived].format(items="; ".join(whats)) if whats else ""
        if value:
            out.append((t[key], value))
    if proc.resources.strip():
        out.append((t["resources"], proc.resources))
    return out
