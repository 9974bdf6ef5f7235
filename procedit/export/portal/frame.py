"""What every portal page shares: the file names of pages, names of referenced things, the
page frame (header with search, footer) and small escaped HTML helpers."""

from __future__ import annotations

from html import escape

from procedit.document.texts import Texts
from procedit.model import DocStatus, Process, ProcessMap, Project, document_of, printed_version

from .instructions import Instruction
from .texts import portal_texts


def e(text: object) -> str:
    return escape(str(text), quote=True)


class Site:
    """Page file names (from positions, never from ids or names: a hostile name cannot make a
    path) and the names every page shows."""

    def __init__(self, project: Project, lang: str) -> None:
        self.project = project
        self.lang = lang
        self.t = portal_texts(lang)
        self.map_page = {m.id: f"maps/m{i + 1}.html" for i, m in enumerate(project.maps)}
        self.process_page: dict[str, str] = {}
        self.process_map: dict[str, ProcessMap] = {}
        self.processes: list[Process] = []
        for m in project.maps:
            for p in m.processes:
                if p.id not in self.process_page:
                    self.process_page[p.id] = f"p/p{len(self.processes) + 1}.html"
                    self.process_map[p.id] = m
                    self.processes.append(p)
        self.incoming: dict[str, list] = {}
        self.outgoing: dict[str, list] = {}
        for m in project.maps:
            for lk in m.links:
                self.incoming.setdefault(lk.target_id, []).append(lk)
                self.outgoing.setdefault(lk.source_id, []).append(lk)
        # who does what, by person or department id (the person pages read these, not every process)
        self.owned: dict[str, list[Process]] = {}
        self.takes_part: dict[str, list[Process]] = {}
        self.performs: dict[str, list] = {}
        self.answers: dict[str, list] = {}
        for p in self.processes:
            self.owned.setdefault(p.owner_id or "", []).append(p)
            for ref in dict.fromkeys(p.participant_ids):
                self.takes_part.setdefault(ref, []).append(p)
            for s in p.stages:
                self.performs.setdefault(s.performer_id or "", []).append((p, s))
            for c in p.criteria:
                self.answers.setdefault(c.responsible_id or "", []).append((p, c))
        self.criterion_rows: dict[str, list[str]] = {}
        self._links: dict[tuple[str, str], str] = {}
        self.proc_refs: dict[str, str] = {}
        self.cells: dict[tuple, list] = {}  # escaped table cells several pages share
        self._footers: dict[str, str] = {}  # map id ("" for the project) -> the escaped footer
        self.documents: dict = {}  # map id -> documents.MapDocument (filled by the publisher)
        self.person_page = {p.id: f"people/h{i + 1}.html" for i, p in enumerate(project.people)}
        self.position_page = {q.id: f"positions/q{i + 1}.html" for i, q in enumerate(project.positions)}
        self.department_page = {d.id: f"departments/d{i + 1}.html" for i, d in enumerate(project.departments)}
        self.holders: dict[str, list] = {}
        for person in project.people:
            if person.position_id:
                self.holders.setdefault(person.position_id, []).append(person)
        self.instructions: dict[str, Instruction] = {}  # position id -> its published job instruction
        self.instructions_skipped: dict[str, int] = {}  # position id -> processes on its largest map
        self.process_by_id = {p.id: p for p in self.processes}
        self.order = {p.id: i for i, p in enumerate(self.processes)}  # by map, as drawn
        self._owner_department = {p.id: p.department_id for p in project.people}
        self.names: dict[str, str] = {d.id: d.name for d in project.departments}
        self.names.update({q.id: q.name for q in project.positions})
        for m in project.maps:
            self.names.update({x.id: x.name for x in m.parties})
        self.names.update({p.id: p.name for p in project.people})
        self.names.update({p.id: " ".join(x for x in (p.code, p.name) if x) for p in self.processes})

    def department_of(self, p: Process) -> str | None:
        """The department a process belongs to: its own, else its owner's."""
        return p.department_id or self._owner_department.get(p.owner_id or "")

    def name(self, ref: str | None) -> str:
        return self.names.get(ref or "", "")

    def link(self, ref: str | None, root: str) -> str:
        """The escaped name of what ``ref`` refers to, a link when it has a page (made once:
        thousands of pages name the same people and processes)."""
        if not ref:
            return ""
        html = self._links.get((ref, root))
        if html is None:
            page = (
                self.process_page.get(ref) or self.person_page.get(ref) or self.position_page.get(ref)
                or self.department_page.get(ref)
            )  # fmt: skip
            label = e(self.name(ref) or "—")
            html = self._links[(ref, root)] = f'<a href="{e(root + page)}">{label}</a>' if page else label
        return html

    def instruction_link(self, position_id: str | None, root: str) -> str:
        """The link to a position's job instruction PDF; '' when none is published."""
        doc = self.instructions.get(position_id or "")
        if doc is None or doc.file is None:
            return ""
        label = e(" ".join(x for x in (doc.code, self.t["job_instruction"]) if x))
        html = f'<a class="instruction" href="{e(root + doc.file)}">{label}</a> <small>(PDF)</small>'
        if doc.version:
            html += f" · {e(self.t['edition'])} {e(doc.version)}"
        return html

    def page(self, title: str, body: str, root: str, pmap: ProcessMap | None = None) -> str:
        """A whole page; its footer names the document of ``pmap`` (a map's own identity on the
        map's pages and its processes' pages), else the project's."""
        t = self.t
        return (
            f'<!DOCTYPE html>\n<html lang="{e(self.lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(title)} · {e(t['portal'])}</title>"
            f'<link rel="stylesheet" href="{root}assets/portal.css"></head><body>'
            f'<header><a href="{root}index.html">{e(self.project.name or t["portal"])}</a>'
            f'<form id="search" role="search" data-root="{root}" data-none="{e(t["no_results"])}">'
            f'<input type="search" name="q" aria-label="{e(t["search"])}" placeholder="{e(t["search_hint"])}" '
            'autocomplete="off"><ul id="results"></ul></form></header>'
            f"<main><h1>{e(title)}</h1>{body}</main>"
            f"<footer>{self._edition(pmap)}</footer>"
            f'<script src="{root}assets/search-index.js"></script>'
            f'<script src="{root}assets/portal.js"></script></body></html>'
        )

    def _edition(self, pmap: ProcessMap | None) -> str:
        """ "РП-МКТ-01 Регламент процессов маркетинга · редакция 1.1 · На согласовании" (escaped;
        made once per map: thousands of process pages share it)."""
        key = pmap.id if pmap is not None else ""
        html = self._footers.get(key)
        if html is not None:
            return html
        doc = self.documents.get(key) if pmap is not None else None
        if doc is not None:  # the map's document as the portal lists it (title, code, edition, status)
            head = " ".join(x for x in (doc.code, doc.title) if x)
            version, status, draft = doc.version, doc.status, doc.draft
        else:
            control = document_of(self.project, pmap)
            pp = control.passport
            head = " ".join(x for x in (pp.code.strip(), pp.title.strip() or self.t["regulation"]) if x)
            head = head or self.project.name
            version, status = printed_version(pp, control.change_log), Texts(self.lang).enum(pp.status)
            draft = pp.status != DocStatus.APPROVED
        parts = [e(head)] if head else []
        if version:
            parts.append(e(f"{self.t['edition']} {version}"))
        parts.append(f'<span class="doc-status{" draft" if draft else ""}">{e(status)}</span>')
        html = self._footers[key] = " · ".join(parts)
        return html


def dl(rows: list[tuple[str, str]]) -> str:
    """A definition list of (label, already-escaped html) rows, empty values left out."""
    items = "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="card">{items}</dl>' if items else ""


def table(head: list[str], rows: list[list[str]]) -> str:
    """A table of already-escaped cells; '' when there are no rows."""
    if not rows:
        return ""
    th = "".join(f"<th>{e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<div class="table-wrap"><table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>'


def para(text: str) -> str:
    return "".join(f"<p>{e(line)}</p>" for line in text.splitlines() if line.strip())
