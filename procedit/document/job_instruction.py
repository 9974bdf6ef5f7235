"""The job instruction (должностная инструкция) of a position as a document tree.

Sections in Russian practice: general provisions (position, department, whom it reports
to, who substitutes it, who holds it, qualification requirements, the regulation edition it
is derived from), duties (derived from the model: processes owned, stages performed,
participation, criteria, documents and templates), rights, responsibility (written per
position in the register), interaction (hand-offs received and passed: what, from whom,
to whom) and the acknowledgement sheet of its holders.
"""

from __future__ import annotations

from procedit.model import Person, Position, Process

from .derived import Basis, doc_code, find_position, frame, make_basis
from .duties import HandOff, PositionFacts
from .names import REF_LIMIT, initials, proc_title, shorten
from .tree import Block, Document, Note, Paragraph, Section, SubHeading, Table


def build_job_instruction(
    project,
    position: str,
    *,
    department: str | None = None,
    lang: str | None = None,
    map_id: str | None = None,
) -> Document:
    """The job instruction of the position named ``position`` (``ScopeError`` if unknown
    or ambiguous)."""
    b = make_basis(project, lang, map_id)
    return job_instruction(b, find_position(project, position, department, b.t))


def job_instruction(b: Basis, position: Position) -> Document:
    t, n = b.t, b.names
    facts = b.index.position(position)
    number = next((i for i, q in enumerate(b.project.positions, 1) if q.id == position.id), 0)
    dept = n.departments.get(position.department_id or "")
    name = shorten(position.name, 400) or t["no_name"]
    subtitle = f"«{name}»" if t.lang == "ru" else f"“{name}”"
    if dept is not None and dept.name.strip():
        subtitle += f" ({shorten(dept.name, 200)})"
    sections = [
        _general(b, facts),
        _duties(b, facts),
        _text_section("rights", t["rights"], position.rights, t["rights_none"]),
        _text_section(
            "responsibility", t["responsibility_sec"], position.responsibility, t["responsibility_none"]
        ),
        _interaction(b, facts),
    ]
    agreeing = [h.id for h in b.index.holders.get(position.reports_to_id or "", [])]
    if dept is not None and dept.head_id and dept.head_id not in {h.id for h in facts.holders}:
        agreeing.append(dept.head_id)
    return frame(
        b,
        kind="job_instruction",
        title=t["ji_title"],
        subtitle=subtitle,
        code=doc_code(b, "ji_code", number),
        sections=sections,
        agreeing=agreeing,
        acquainted=facts.holders,
    )


def position_line(b: Basis, position_id: str | None) -> str:
    """ "Руководитель отдела продаж (И. С. Петров)" of a position and its holders."""
    q = b.index.positions.get(position_id or "")
    if q is None:
        return ""
    holders = ", ".join(initials(h.name) for h in b.index.holders.get(q.id, []) if h.name.strip())
    name = shorten(q.name, REF_LIMIT) or b.t["no_name"]
    return f"{name} ({shorten(holders, REF_LIMIT)})" if holders else name


def person_line(b: Basis, person: Person | None) -> str:
    """ "И. С. Петров, Руководитель отдела продаж" of a person."""
    if person is None:
        return ""
    position = b.names.position(person)
    name = shorten(initials(person.name), REF_LIMIT)
    return f"{name}, {position}" if name and position else (name or position)


def _general(b: Basis, f: PositionFacts) -> Section:
    t, n, q = b.t, b.names, f.position
    dept = n.departments.get(q.department_id or "")
    holders = "\n".join(shorten(h.name, REF_LIMIT) for h in f.holders if h.name.strip())
    rows = [
        [t["gp_position"], shorten(q.name, REF_LIMIT) or Note(t["not_specified"])],
        [t["gp_department"], shorten(dept.name, REF_LIMIT) if dept else Note(t["not_specified"])],
        [t["gp_reports_to"], position_line(b, q.reports_to_id) or Note(t["not_specified"])],
        [t["gp_substitute"], position_line(b, q.substitute_id) or Note(t["not_specified"])],
        [t["gp_holders"], holders or Note(t["gp_holders_none"])],
    ]
    blocks: list[Block] = [Table(rows, [0.34, 0.66], header=False, key_value=True)]
    if q.qualification.strip():
        blocks += [SubHeading(t["gp_qualification"]), *_paragraphs(q.qualification)]
    blocks.append(Paragraph(t["gp_basis"].format(editions="; ".join(b.editions) or "—"), "muted"))
    return Section("general", t["general"], blocks=blocks)


def _duties(b: Basis, f: PositionFacts) -> Section:
    t, n = b.t, b.names
    sec = Section("duties", t["duties"])
    if f.owned:
        rows = [[t["process"], t["goal"], t["results"]]]
        rows += [[_proc(b, w.proc), w.proc.goal, w.proc.results] for w in f.owned]
        sec.children.append(
            Section(
                "duties-own",
                t["duty_own"],
                level=1,
                blocks=[Paragraph(t["duty_own_intro"]), Table(rows, [0.34, 0.33, 0.33])],
            )
        )
    if f.performed:
        rows = [[t["no"], t["process"], t["stage"], t["result"]]]
        rows += [
            [str(i), _proc(b, d.proc), d.stage.name, d.stage.result] for i, d in enumerate(f.performed, 1)
        ]
        sec.children.append(
            Section(
                "duties-stages",
                t["duty_stages"],
                level=1,
                blocks=[Paragraph(t["duty_stages_intro"]), Table(rows, [0.07, 0.3, 0.33, 0.3])],
            )
        )
    if f.participates:
        rows = [[t["process"], t["process_owner"], t["goal"]]]
        rows += [[_proc(b, w.proc), n.person_line(w.proc.owner_id), w.proc.goal] for w in f.participates]
        sec.children.append(
            Section("duties-part", t["duty_part"], level=1, blocks=[Table(rows, [0.36, 0.3, 0.34])])
        )
    if f.criteria:
        from procedit.control import format_target

        rows = [[t["criterion"], t["process"], t["target"], t["period"], t["role"]]]
        for m in f.criteria:
            c = m.criterion
            target = format_target(c.target, c.unit, t.lang)
            rows.append(
                [c.name or Note(t["no_name"]), _proc(b, m.proc), target, c.period, t[f"role_{m.role}"]]
            )
        sec.children.append(
            Section(
                "duties-criteria",
                t["duty_criteria"],
                level=1,
                blocks=[Table(rows, [0.26, 0.24, 0.16, 0.12, 0.22])],
            )
        )
    if f.documents:
        rows = [[t["doc_kind"], t["doc_title"], t["process"], t["location"]]]
        rows += [[t.enum(d.kind), d.title, _proc(b, p), d.location] for p, d in f.documents]
        sec.children.append(
            Section("duties-docs", t["duty_docs"], level=1, blocks=[Table(rows, [0.16, 0.32, 0.26, 0.26])])
        )
    if not sec.children:
        sec.blocks.append(Paragraph(t["duties_none"], "muted"))
    return sec


def _text_section(key: str, title: str, text: str, empty: str) -> Section:
    blocks: list[Block] = _paragraphs(text) if text.strip() else [Paragraph(empty, "muted")]
    return Section(key, title, blocks=blocks)


def _interaction(b: Basis, f: PositionFacts) -> Section:
    t = b.t
    sec = Section("interaction", t["interaction"])
    if not f.received and not f.passed:
        sec.blocks.append(Paragraph(t["interaction_none"], "muted"))
        return sec
    for items, heading, who in ((f.received, "receives", "from_whom"), (f.passed, "passes", "to_whom")):
        if not items:
            continue
        rows = [[t["what"], t[who], t["in_process"]]]
        rows += [[h.what or Note(t["not_specified"]), counterpart(b, h), _proc(b, h.own)] for h in items]
        sec.blocks += [SubHeading(t[heading]), Table(rows, [0.32, 0.4, 0.28])]
    return sec


def counterpart(b: Basis, h: HandOff) -> str:
    """The other side of a hand-off: a process and who owns it, or an external party."""
    node = b.index.nodes.get(h.other_id)
    if isinstance(node, Process):
        owner = person_line(b, b.index.people.get(node.owner_id or ""))
        title = _proc(b, node)
        return f"{owner} — {title}" if owner else title
    return b.names.name_of(h.other_id) or Note(b.t["not_specified"])


def _proc(b: Basis, p: Process) -> str:
    return proc_title(p, REF_LIMIT) or b.t["no_name"]


def _paragraphs(text: str) -> list[Block]:
    return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()]
