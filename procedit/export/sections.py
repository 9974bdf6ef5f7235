"""Sections of the regulation other than the process cards and the map."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from procedit.model import ApprovalRole, Process, Severity

from .fonts import REGULAR, clean, para, shorten
from .grid import Note
from .kit import REF_LIMIT, Kit, proc_title
from .layout import Heading, TocLine
from .textblock import TextBlock


def title_page(kit: Kit, doc_title: str, subtitle: str, code: str, width: float) -> list:
    t, st, pr = kit.t, kit.st, kit.project
    story: list = []
    org = pr.organization.strip()
    story.append(kit.p(org or t["organization"] + ": " + t["not_specified"], st.org, limit=400))
    story.append(Spacer(1, 14 * mm))
    approvers = [a for a in pr.approvers if a.role == ApprovalRole.APPROVES]
    blocks = []
    for a in approvers:
        person = kit.people.get(a.person_id)
        lines = [f"<b>{para(t['approved'])}</b>"]
        if person and person.position.strip():
            lines.append(para(person.position, 300))
        if org:
            lines.append(para(org, 300))
        name = para(person.name, 200) if person else ""
        lines.append(f"_______________ {name}")
        lines.append(para(kit.date(a.date)) if a.date else para(t["date_blank"]))
        blocks.append(Paragraph("<br/>".join(lines), st.approve))
    if not blocks:  # nobody assigned yet: a blank block to fill in by hand
        blank = "_" * 34
        lines = [
            f"<b>{para(t['approved'])}</b>",
            blank,
            blank,
            f"_______________ {'_' * 17}",
            para(t["date_blank"]),
        ]
        blocks.append(Paragraph("<br/>".join(lines), st.approve))
    half = width / 2
    rows = [["", blocks[0]]] if len(blocks) == 1 else [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
    if len(rows[-1]) == 1:
        rows[-1] = [rows[-1][0], ""]
    grid = Table(rows, colWidths=[half, half], hAlign="LEFT")
    grid.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # empty cells: not Helvetica (never embedded)
        ]
    )
    story.append(grid)
    story.append(Spacer(1, max(10.0, 45.0 - 18 * (len(rows) - 1)) * mm))
    story.append(kit.p(doc_title, st.title, limit=600))
    if subtitle:
        story.append(kit.p(subtitle, st.subtitle, limit=600))
    story.append(Spacer(1, 16 * mm))
    pp = pr.passport
    author = kit.person_line(pp.author_id)
    rows = [
        (t["code"], code),
        (t["version"], pp.version),
        (t["status"], t.enum(pp.status)),
        (t["effective"], kit.date(pp.effective_date)),
        (t["author"], author),
    ]
    rows = [(k, v if str(v).strip() else Note(t["not_specified"])) for k, v in rows]
    tw = width * 0.72
    table = kit.kv_table(rows, tw)
    table.hAlign = "CENTER"
    story.append(table)
    year = (pp.effective_date or dt.date.today()).year
    story.append(Spacer(1, 20 * mm))
    story.append(kit.p(str(year), st.subtitle))
    return story


def approval_sheet(kit: Kit, width: float) -> list:
    t = kit.t
    story: list = [TextBlock(t["approval_sheet"], kit.st.h1)]
    if not kit.project.approvers:
        story.append(kit.none("no_approvers"))
    w = [width * f for f in (0.06, 0.27, 0.22, 0.17, 0.15, 0.13)]
    rows = []
    for i, a in enumerate(kit.project.approvers, 1):
        person = kit.people.get(a.person_id)
        decision = a.decision.strip() or (t.enum(a.role) if a.role == ApprovalRole.APPROVES else "")
        rows.append(
            [
                str(i),
                person.position if person else "",
                person.name if person else "",
                decision,
                "",
                kit.date(a.date),
            ]
        )
    rows += [["", "", "", "", "", ""] for _ in range(2)]  # for hand-written additions
    headers = [t["no"], t["position"], t["name"], t["decision"], t["signature"], t["date"]]
    table = kit.table(headers, rows, w, min_height=30)
    story.append(table)
    return story


def toc(kit: Kit, entries: list[tuple[str, str, int]]) -> list:
    story: list = [TextBlock(kit.t["toc"], kit.st.h1)]
    for text, key, level in entries:
        story.append(TocLine(text, key, level))
    return story


def heading(kit: Kit, text: str, key: str, level: int = 0) -> Heading:
    style = kit.st.h1 if level == 0 else kit.st.h2
    return Heading(shorten(clean(text), 300), style, key=key, level=level, toc_text=text[:200])


def purpose_scope(kit: Kit, number: str) -> list:
    t, pr = kit.t, kit.project
    story: list = [heading(kit, f"{number}. {t['purpose_scope']}", "purpose")]
    for key, text in (("purpose", pr.purpose), ("scope", pr.scope)):
        story.append(TextBlock(t[key], kit.st.h3))
        story.append(kit.p(text) if text.strip() else kit.none())
    return story


def terms(kit: Kit, number: str, width: float) -> list:
    t = kit.t
    story: list = [heading(kit, f"{number}. {t['terms']}", "terms")]
    items = [(x.term, x.definition) for x in kit.project.terms if x.term.strip() or x.definition.strip()]
    if not items:
        return [*story, kit.none()]
    rows = [[a, b] for a, b in sorted(items, key=lambda x: x[0].casefold())]
    story.append(kit.table([t["term"], t["definition"]], rows, [width * 0.28, width * 0.72]))
    return story


def matrix(kit: Kit, number: str, procs: list[Process], width: float) -> list:
    """Processes × people: owner and participant marks, split into column groups."""
    t = kit.t
    story: list = [heading(kit, f"{number}. {t['matrix']}", "matrix")]
    involved: set[str] = set()
    for p in procs:
        if p.owner_id:
            involved.add(p.owner_id)
        involved.update(p.participant_ids)
    people = [p for p in kit.project.people if p.id in involved]
    if not procs:
        return [*story, kit.none("no_processes")]
    if not people:
        return [*story, kit.none("no_people")]
    story.append(kit.p(t["matrix_legend"], kit.st.muted))
    first = 200.0
    col = 56.0
    per_part = max(1, int((width - first) // col))
    parts = [people[i : i + per_part] for i in range(0, len(people), per_part)]
    owner_mark, part_mark = t["owner_mark"], t["participant_mark"]
    if len(parts) > 1:
        story.append(kit.p(t["matrix_parts_note"], kit.st.muted))
    for n, group in enumerate(parts, 1):
        ids = {p.id for p in group}
        rows = []
        for proc in procs:
            if len(parts) > 1 and proc.owner_id not in ids and not ids.intersection(proc.participant_ids):
                continue  # a process with no mark in this part of the columns
            marks = set(proc.participant_ids)
            row = [proc_title(proc, REF_LIMIT) or t["no_name"]]
            row += [
                owner_mark if proc.owner_id == p.id else part_mark if p.id in marks else "" for p in group
            ]
            rows.append(row)
        if len(parts) > 1:
            story.append(TextBlock(t["matrix_part"].format(n=n, total=len(parts)), kit.st.h3))
        headers = [t["process"]] + [_column_name(short_name(p.name)) or "—" for p in group]
        widths = [first] + [col] * len(group)
        story.append(kit.table(headers, rows, widths, center_cols=tuple(range(1, len(group) + 1))))
        story.append(Spacer(1, 8))
    return story


def findings(kit: Kit, items: list, width: float) -> list:
    t = kit.t
    story: list = [heading(kit, t["findings"], "findings")]
    if not items:
        return [*story, kit.none("findings_none")]
    story.append(kit.p(t["findings_intro"], kit.st.muted))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    items = sorted(items, key=lambda f: order.get(f.severity, 3))
    w = [width * f for f in (0.06, 0.15, 0.17, 0.22, 0.40)]
    rows = []
    for i, f in enumerate(items, 1):
        try:
            message = f.message(t.lang)
        except Exception:  # a broken message template must not lose the document
            message = f.rule
        name = shorten(clean(f.element_name), REF_LIMIT)
        rows.append([str(i), t.enum(f.severity), t.enum(f.principle), name, shorten(clean(message), 1500)])
    table = kit.table([t["no"], t["severity"], t["principle"], t["element"], t["message"]], rows, w)
    story.append(table)
    return story


def change_log(kit: Kit, width: float) -> list:
    t = kit.t
    story: list = [heading(kit, t["change_log"], "changes")]
    w = [width * f for f in (0.1, 0.14, 0.42, 0.18, 0.16)]
    entries = sorted(kit.project.change_log, key=lambda c: c.number)
    rows = [[str(c.number), kit.date(c.date), c.description, c.author, ""] for c in entries]
    if not rows:
        story.append(kit.none("no_changes"))
    rows += [["", "", "", "", ""] for _ in range(max(3, 8 - len(rows)))]
    headers = [t["change_no"], t["date"], t["change_desc"], t["change_author"], t["signature"]]
    table = kit.table(headers, rows, w, min_height=22)
    story.append(table)
    return story


def acquaintance(kit: Kit, width: float) -> list:
    t = kit.t
    story: list = [heading(kit, t["acquaintance"], "acquaintance")]
    w = [width * f for f in (0.06, 0.3, 0.3, 0.16, 0.18)]
    rows = [[str(i), p.name, p.position, "", ""] for i, p in enumerate(kit.project.people, 1)]
    start = len(rows)
    rows += [[str(start + i), "", "", "", ""] for i in range(1, 6)]
    table = kit.table([t["no"], t["name"], t["position"], t["date"], t["signature"]], rows, w, min_height=22)
    story.append(table)
    return story


def short_name(name: str) -> str:
    """ "Зайцев Кирилл Андреевич" -> "Зайцев К. А."; "Mary Ann Smith" -> "M. A. Smith"."""
    words = name.split()
    if len(words) < 2 or any(len(w) < 2 for w in words):
        return name.strip()
    if len(words) == 3 and _cyrillic(name):
        return f"{words[0]} {words[1][0]}. {words[2][0]}."
    if _cyrillic(name):
        return f"{words[0]} " + " ".join(f"{w[0]}." for w in words[1:])
    return " ".join(f"{w[0]}." for w in words[:-1]) + f" {words[-1]}"


def _column_name(short: str) -> str:
    """A matrix column title on two lines that never part a surname from its initials:
    "Соколова\nА. В.", "M. A.\nSmith"."""
    words = short.split()
    if len(words) < 2 or not all(w.endswith(".") for w in (words[1:] if _cyrillic(short) else words[:-1])):
        return short
    if _cyrillic(short):
        return words[0] + "\n" + " ".join(words[1:])
    return " ".join(words[:-1]) + "\n" + words[-1]


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def comparison(kit: Kit, pmap, width: float) -> list:
    """"Изменения относительно AS IS" for a TO BE map, "Что исправляет TO BE" for an AS IS map;
    the content is ``procedit.compare.sections``' (nothing when there is nothing to compare)."""
    from procedit.compare.sections import changes_table, fixes_table

    if pmap is None:
        return []
    table = changes_table(kit.project, pmap, kit.t.lang) or fixes_table(kit.project, pmap, kit.t.lang)
    if table is None:
        return []
    story: list = [heading(kit, table.title, "comparison"), kit.p(table.intro, kit.st.muted)]
    if not table.rows:
        return [*story, kit.p(table.empty, kit.st.muted)]
    shares = (0.26, 0.26, 0.24, 0.24) if len(table.columns) == 4 else (0.34, 0.22, 0.44)
    rows = [[shorten(clean(cell), 600) for cell in row] for row in table.rows]
    story.append(kit.table(table.columns, rows, [width * f for f in shares]))
    return story
