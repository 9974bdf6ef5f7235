"""The sections of the regulation and of the survey report: one function per section.

Every function takes the build context (``Context``) and returns a ``Section`` or None
when there is nothing to print (an empty section is left out of the document; numbers
are given afterwards, so leaving one out never leaves a gap). To add a section, write a
function here (or in your own module) and put it into the order in ``build.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procedit.model import ApprovalRole, Process, ProcessMap, Project, Severity

from .cards import card_blocks
from .names import REF_LIMIT, Names, proc_title, shorten
from .texts import Texts
from .tree import MapFigure, Paragraph, Section, SubHeading, Table

# The printable width of an A4 page the document is laid out for (points): a matrix
# wider than a portrait page goes on landscape pages, and is split into column groups
PORTRAIT_WIDTH = 498.9
LANDSCAPE_WIDTH = 762.5


@dataclass
class Context:
    project: Project
    names: Names
    t: Texts
    pmap: ProcessMap | None
    proc: Process | None  # a one-process document
    procs: list[Process]
    findings: list
    kind: str  # "regulation" | "process_regulation" | "survey"
    passport: object  # procedit.model.Passport of the document
    change_log: tuple = ()
    control: object = None  # procedit.model.MapDocument: passport, approvers, change log, sections
    extra: dict = field(default_factory=dict)


def purpose_scope(c: Context) -> Section | None:
    t, pr = c.t, c.project
    blocks: list = []
    for key, text in (("purpose", pr.purpose), ("scope", pr.scope)):
        if text.strip():
            blocks += [SubHeading(t[key]), Paragraph(text)]
    if not blocks:
        return None
    return Section("purpose", t["purpose_scope"], blocks=blocks)


def terms(c: Context) -> Section | None:
    t = c.t
    items = [(x.term, x.definition) for x in c.project.terms if x.term.strip() or x.definition.strip()]
    if not items:
        return None
    rows = [[t["term"], t["definition"]]] + [[a, b] for a, b in sorted(items, key=lambda x: x[0].casefold())]
    return Section("terms", t["terms"], blocks=[Table(rows, [0.28, 0.72])])


def process_map(c: Context) -> Section:
    """The map on landscape pages (for one process: its neighbourhood, the process highlighted),
    then the maps its processes are decomposed into."""
    from .scope import neighbourhood

    t = c.t
    sec = Section("map", t["map"], new_page=True, orientation="landscape")
    pmap = c.pmap
    if pmap is None:
        sec.blocks.append(Paragraph(t["map_none"], "muted"))
        return sec
    shown = neighbourhood(pmap, c.proc) if c.proc is not None else pmap
    caption = t["map_of"].format(name=pmap.name.strip() or t["no_name"])
    if c.proc is not None:
        caption += " — " + t["map_neighbourhood"]
    if not shown.processes and not shown.parties:
        sec.blocks.append(Paragraph(t["map_empty"], "muted"))
    else:
        sec.blocks.append(
            MapFigure(shown, caption, focus_id=c.proc.id if c.proc else None, description=pmap.description)
        )
    seen = {pmap.id}
    for p in c.procs:
        sub = c.names.maps.get(p.subprocess_map_id) if p.subprocess_map_id else None
        if sub is not None and sub.id not in seen and (sub.processes or sub.parties):
            seen.add(sub.id)
            cap = t["map_decomposition"].format(
                proc=proc_title(p, 200) or t["no_name"], name=sub.name.strip() or t["no_name"]
            )
            sec.blocks.append(MapFigure(sub, cap, description=sub.description))
    return sec


def cards(c: Context) -> Section:
    t = c.t
    if c.proc is not None:  # one process: its card is the section itself
        return Section("cards", t["card_one"], new_page=True, blocks=card_blocks(c.names, c.proc, c.pmap))
    sec = Section("cards", t["cards"], new_page=True)
    if not c.procs:
        sec.blocks.append(Paragraph(t["no_processes"], "muted"))
    for p in c.procs:
        title = proc_title(p) or t["no_name"]
        sec.children.append(
            Section(f"proc-{p.id}", shorten(title, 300), level=1, blocks=card_blocks(c.names, p, c.pmap))
        )
    return sec


# a matrix column: a position's name written upwards in two lines, the letters across
RACI_COL = 32.0
RACI_FIRST_MIN = 180.0


def matrix(c: Context) -> Section | None:
    """The RACI matrix (``raci.derive_raci``): stages grouped by process × positions; on
    portrait pages while it fits, else landscape, split into column groups when wider."""
    from .raci import derive_raci

    t = c.t
    approvers = () if c.kind == "survey" else c.project.approvers
    raci = derive_raci(c.names, c.procs, None if c.kind == "survey" else c.passport, approvers)
    if not raci.columns or not raci.rows:
        return None
    n = len(raci.columns)
    wide = RACI_FIRST_MIN + RACI_COL * n > PORTRAIT_WIDTH
    width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
    sec = Section("matrix", t["matrix"], new_page=wide, orientation="landscape" if wide else "portrait")
    sec.blocks.append(Paragraph(t["matrix_legend"], "muted"))
    per_part = max(1, int((width - RACI_FIRST_MIN) // RACI_COL))
    parts = [raci.columns[i : i + per_part] for i in range(0, n, per_part)]
    if len(parts) > 1:
        sec.blocks.append(Paragraph(t["matrix_parts_note"], "muted"))
    for number, group in enumerate(parts, 1):
        cols = set(group)
        rows = [[t["raci_row"], *group]]
        groups: list[int] = []
        pending: list[str] | None = None  # a process row waiting for a stage row of this part
        for row in raci.rows:
            line = [row.label] + [row.cells.get(col, "") for col in group]
            marked = bool(cols.intersection(row.cells))
            if row.group:
                pending = None
                if marked or len(parts) == 1:
                    groups.append(len(rows))
                    rows.append(line)
                else:
                    pending = line
            elif marked or len(parts) == 1:
                if pending is not None:
                    groups.append(len(rows))
                    rows.append(pending)
                    pending = None
                rows.append(line)
        if len(parts) > 1:
            sec.blocks.append(SubHeading(t["matrix_part"].format(n=number, total=len(parts))))
        first = width - RACI_COL * len(group)
        widths = [first / width] + [RACI_COL / width] * len(group)
        sec.blocks.append(
            Table(
                rows,
                widths,
                center_cols=tuple(range(1, len(group) + 1)),
                vertical_header=True,
                group_rows=tuple(groups),
            )
        )
    return sec


def findings(c: Context) -> Section | None:
    """Open findings of the map check: an appendix of a regulation (left out when there are
    none), the main section of a survey report (with the fix each finding names)."""
    t = c.t
    survey = c.kind == "survey"
    if not c.findings and not survey:
        return None
    title = t["survey_findings"] if survey else t["findings"]
    sec = Section("findings", title, new_page=not survey)
    if not c.findings:
        sec.blocks.append(Paragraph(t["findings_none"], "muted"))
        return sec
    sec.blocks.append(Paragraph(t["survey_findings_intro"] if survey else t["findings_intro"], "muted"))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    rows = [[t["no"], t["severity"], t["principle"], t["element"], t["message"]]]
    for i, f in enumerate(sorted(c.findings, key=lambda f: order.get(f.severity, 3)), 1):
        try:
            message = f.message(t.lang)
        except Exception:  # a broken message template must not lose the document
            message = f.rule
        name = shorten(f.element_name, REF_LIMIT)
        rows.append([str(i), t.enum(f.severity), t.enum(f.principle), name, shorten(message, 1500)])
    sec.blocks.append(Table(rows, [0.06, 0.15, 0.17, 0.22, 0.40]))
    return sec


def change_log(c: Context) -> Section:
    """The change log; a version column when an entry says which version it made."""
    t, n = c.t, c.names
    sec = Section("changes", t["change_log"], new_page=True)
    entries = sorted(c.change_log, key=lambda e: e.number)
    versions = any(getattr(e, "version", "").strip() for e in entries)
    head = [t["change_no"]] + ([t["change_version"]] if versions else []) + [t["date"], t["change_desc"]]
    rows = [[*head, t["change_author"], t["signature"]]]
    for e in entries:
        rows.append(
            [str(e.number)]
            + ([e.version] if versions else [])
            + [n.date(e.date), e.description, e.author, ""]
        )
    if not entries:
        sec.blocks.append(Paragraph(t["no_changes"], "muted"))
    rows += [[""] * len(rows[0]) for _ in range(max(3, 8 - len(entries)))]
    widths = [0.09, 0.09, 0.13, 0.37, 0.16, 0.16] if versions else [0.1, 0.14, 0.42, 0.18, 0.16]
    sec.blocks.append(Table(rows, widths, min_row_height=22))
    return sec


def acquaintance(c: Context) -> Section:
    t = c.t
    sec = Section("acquaintance", t["acquaintance"], new_page=True)
    rows = [[t["no"], t["name"], t["position"], t["date"], t["signature"]]]
    people = c.extra.get("acquainted", c.project.people)  # a job instruction: its holders
    rows += [[str(i), p.name, c.names.position(p), "", ""] for i, p in enumerate(people, 1)]
    start = len(rows) - 1
    rows += [[str(start + i), "", "", "", ""] for i in range(1, 6)]
    sec.blocks.append(Table(rows, [0.06, 0.3, 0.3, 0.16, 0.18], min_row_height=22))
    return sec


def approval_sheet(c: Context) -> Section:
    """Who developed the document and who agrees it: the approvers of the project, then the
    owners of the processes in the document who are not yet on it (the one who approves on
    the title page is not repeated); names as initials and surname."""
    t, n = c.t, c.names
    sec = Section("approval", t["approval_sheet"], in_toc=False)
    author = getattr(c.passport, "author_id", None)
    if author and author in n.people:
        position, name = n.signer(author)
        sec.blocks.append(SubHeading(t["developed"]))
        rows = [[t["position"], t["name"], t["signature"], t["date"]], [position, name, "", ""]]
        sec.blocks.append(Table(rows, [0.4, 0.28, 0.17, 0.15], min_row_height=30))
    approvers = list(c.control.approvers if c.control is not None else c.project.approvers)
    signing = {a.person_id for a in approvers if a.role == ApprovalRole.APPROVES}
    listed = {a.person_id for a in approvers}
    rows = [[t["no"], t["position"], t["name"], t["decision"], t["signature"], t["date"]]]
    for a in approvers:
        if a.role == ApprovalRole.APPROVES:
            continue  # signs "УТВЕРЖДАЮ" on the title page
        position, name = n.signer(a.person_id)
        rows.append(["", position, name, a.decision.strip(), "", n.date(a.date)])
    # the owners of the document's processes (a job instruction: the heads it names) agree it
    for owner in [*(p.owner_id for p in c.procs), *c.extra.get("agreeing", ())]:
        if owner and owner in n.people and owner not in listed and owner not in signing:
            listed.add(owner)
            position, name = n.signer(owner)
            rows.append(["", position, name, "", "", ""])
    for i, row in enumerate(rows[1:], 1):
        row[0] = str(i)
    sec.blocks.append(SubHeading(t["agreed"]))
    if len(rows) == 1:
        sec.blocks.append(Paragraph(t["no_approvers"], "muted"))
    rows += [["", "", "", "", "", ""] for _ in range(2)]  # for hand-written additions
    sec.blocks.append(Table(rows, [0.06, 0.27, 0.22, 0.17, 0.15, 0.13], min_row_height=30))
    return sec


def benchmark(c: Context) -> Section | None:
    """The survey report's comparison with the project's reference model (a map of kind
    ``reference``): content from ``procedit.compare.sections`` (left out without one)."""
    from procedit.compare.sections import benchmark_table

    if c.pmap is None or c.proc is not None:
        return None
    return _compare_section(benchmark_table(c.project, c.pmap, c.t.lang), "benchmark", [0.2, 0.4, 0.4])


def comparison(c: Context) -> Section | None:
    """ "Изменения относительно AS IS" for a TO BE map, "Что исправляет TO BE" for an AS IS map;
    the content is ``procedit.compare.sections``' (left out when there is nothing to compare)."""
    from procedit.compare.sections import changes_table, fixes_table

    if c.pmap is None or c.proc is not None:
        return None
    table = changes_table(c.project, c.pmap, c.t.lang) or fixes_table(c.project, c.pmap, c.t.lang)
    return _compare_section(table, "comparison", [0.34, 0.22, 0.44])


def _compare_section(table, key: str, three: list[float]) -> Section | None:
    if table is None:
        return None
    sec = Section(key, table.title, new_page=True)
    sec.blocks.append(Paragraph(table.intro, "muted"))
    if not table.rows:
        sec.blocks.append(Paragraph(table.empty, "muted"))
        return sec
    shares = [0.26, 0.26, 0.24, 0.24] if len(table.columns) == 4 else three
    rows = [list(table.columns)] + [[shorten(cell, 600) for cell in row] for row in table.rows]
    sec.blocks.append(Table(rows, shares))
    return sec
