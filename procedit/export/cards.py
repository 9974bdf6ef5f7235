"""The card of one process: passport, SIPOC, stages, criteria, documents, interfaces."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Spacer

from procedit.control import format_target
from procedit.model import Process, ProcessMap

from .fonts import shorten
from .grid import Note
from .kit import REF_LIMIT, Kit, proc_title
from .layout import Heading
from .textblock import TextBlock


def process_card(kit: Kit, proc: Process, pmap: ProcessMap, number: str, width: float) -> list:
    t, st = kit.t, kit.st
    title = proc_title(proc) or t["no_name"]
    story: list = [CondPageBreak(220)]
    story.append(
        Heading(
            f"{number} {shorten(title, 300)}",
            st.h2,
            key=f"proc-{proc.id}",
            level=1,
            toc_text=f"{number} {title[:200]}",
        )
    )
    dept = kit.departments.get(proc.department_id or "")
    goals = [kit.goals[g].title for g in proc.goal_ids if g in kit.goals]
    rows: list[tuple[str, object]] = [
        (t["code"], proc.code),
        (t["proc_name"], proc.name),
        (t["kind"], t.enum(proc.kind)),
        (t["department"], dept.name if dept else ""),
        (t["owner"], kit.person_line(proc.owner_id)),
        (t["participants"], "; ".join(filter(None, (kit.person_line(i) for i in proc.participant_ids)))),
        (t["customers"], "; ".join(filter(None, (kit.name_of(i) for i in proc.customer_ids)))),
        (t["goal"], proc.goal),
        (t["results"], proc.results),
        (t["strategy_goals"], "\n".join(f"• {g}" for g in goals)),
    ]
    if proc.description.strip():
        rows.append((t["description"], proc.description))
    if proc.subprocess_map_id and proc.subprocess_map_id in kit.maps:
        rows.append((t["subprocess"], kit.maps[proc.subprocess_map_id].name))
    if proc.notes.strip():
        rows.append((t["notes"], proc.notes))
    story.append(
        kit.kv_table([(k, v if str(v).strip() else Note(t["not_specified"])) for k, v in rows], width)
    )

    story += _sipoc(kit, proc, width)
    story += _stages(kit, proc, width)
    story += _criteria(kit, proc, width)
    story += _documents(kit, proc, width)
    story += _interfaces(kit, proc, pmap, width)
    story.append(Spacer(1, 6))
    return story


def _h3(kit: Kit, key: str) -> TextBlock:
    return TextBlock(kit.t[key], kit.st.h3)


def _sipoc(kit: Kit, proc: Process, width: float) -> list:
    t = kit.t
    out: list = [_h3(kit, "sipoc")]
    n = max(len(proc.inputs), len(proc.outputs))
    if n == 0:
        return [*out, kit.none()]
    w = [width * f for f in (0.19, 0.21, 0.2, 0.21, 0.19)]
    rows = []
    for i in range(n):
        fin = proc.inputs[i] if i < len(proc.inputs) else None
        fout = proc.outputs[i] if i < len(proc.outputs) else None
        rows.append(
            [
                kit.name_of(fin.party_id) if fin else "",
                fin.what if fin else "",
                proc_title(proc, REF_LIMIT) if i == 0 else "",
                fout.what if fout else "",
                kit.name_of(fout.party_id) if fout else "",
            ]
        )
    headers = [t["supplier"], t["input"], t["process"], t["output"], t["consumer"]]
    return [*out, kit.table(headers, rows, w, span_col=2)]


def _stages(kit: Kit, proc: Process, width: float) -> list:
    t = kit.t
    out: list = [_h3(kit, "stages")]
    if not proc.stages:
        return [*out, kit.none()]
    w = [width * f for f in (0.07, 0.38, 0.25, 0.30)]
    rows = [
        [str(i), s.name, kit.person_line(s.performer_id) or kit.name_of(s.performer_id), s.result]
        for i, s in enumerate(proc.stages, 1)
    ]
    return [*out, kit.table([t["no"], t["stage"], t["performer"], t["result"]], rows, w)]


def _criteria(kit: Kit, proc: Process, width: float) -> list:
    t = kit.t
    out: list = [_h3(kit, "criteria")]
    if not proc.criteria:
        return [*out, kit.none()]
    w = [width * f for f in (0.22, 0.12, 0.09, 0.145, 0.225, 0.20)]
    rows = [
        [
            c.name,
            format_target(c.target, "", kit.t.lang),
            c.unit,
            c.period,
            c.method,
            kit.name_of(c.responsible_id),
        ]
        for c in proc.criteria
    ]
    headers = [t["criterion"], t["target"], t["unit"], t["period"], t["method"], t["responsible"]]
    return [*out, kit.table(headers, rows, w)]


def _documents(kit: Kit, proc: Process, width: float) -> list:
    t = kit.t
    out: list = [_h3(kit, "documents")]
    if not proc.documents:
        return [*out, kit.none()]
    w = [width * f for f in (0.2, 0.45, 0.35)]
    rows = [[t.enum(d.kind), d.title, d.location] for d in proc.documents]
    out.append(kit.table([t["doc_kind"], t["doc_title"], t["location"]], rows, w))
    for d in proc.documents:
        if d.text.strip():
            label = t["template_text"].format(title=d.title.strip() or t.enum(d.kind))
            out.append(TextBlock(shorten(label, 300), kit.st.small_bold))
            out.append(TextBlock(d.text, kit.st.template))
    return out


def _interfaces(kit: Kit, proc: Process, pmap: ProcessMap, width: float) -> list:
    t = kit.t
    out: list = [_h3(kit, "interfaces")]
    rows = []
    for link in kit.links_of(pmap, proc.id):
        if link.target_id == proc.id and link.source_id != proc.id:
            rows.append([t["incoming"], kit.name_of(link.source_id), link.label])
        elif link.source_id == proc.id:
            rows.append([t["outgoing"], kit.name_of(link.target_id), link.label])
    if not rows:
        return [*out, kit.none("none")]
    w = [width * f for f in (0.16, 0.44, 0.40)]
    return [*out, kit.table([t["direction"], t["counterpart"], t["what"]], rows, w)]
