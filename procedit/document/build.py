"""``build_document``: the regulation (or the survey report) of a map as a ``Document`` tree.

What the map kind makes: a TO BE, reference or decomposition map exports as the
regulation; an AS IS map as a survey report of the current state (findings are its main
section, there is no approval block); one process exports as "Регламент процесса «…»"
with its own numbering. The sections come from the functions in ``sections.py`` in the
order of ``REGULATION``/``SURVEY``; an empty section is left out and numbers follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from procedit.model import (
    DocStatus,
    MapDocument,
    MapKind,
    ProcessMap,
    Project,
    Severity,
    document_of,
    printed_version,
)

from . import control_sections as cs
from . import regulation_sections as rs
from . import sections as s
from .names import Names, initials, proc_title, shorten
from .scope import find_scope, open_findings
from .texts import Texts, pick_lang
from .tree import Document, Furniture, Meta, Section, SignatureBlock, TitlePage

SectionFn = Callable[[s.Context], Section | None]

# The order of the numbered sections; the approval sheet comes before the contents,
# the change log and the acquaintance sheet after the appendices (unnumbered).
REGULATION: list[SectionFn] = [
    s.purpose_scope,
    rs.references,
    s.terms,
    rs.provisions,
    s.process_map,
    s.cards,
    s.matrix,
    rs.risks,
    rs.records,
    rs.monitoring_analysis,
    rs.change_procedure,
]
REGULATION_TAIL: list[SectionFn] = [s.findings, s.comparison, s.change_log, s.acquaintance]
SURVEY: list[SectionFn] = [
    s.purpose_scope,
    s.terms,
    s.process_map,
    s.findings,
    cs.action_plan,
    s.comparison,
    s.benchmark,
    s.cards,
    s.matrix,
    cs.monitoring,
]
SURVEY_TAIL: list[SectionFn] = [s.change_log]
UNNUMBERED = {"findings", "changes", "acquaintance", "approval"}


def document_control(project: Project, pmap: ProcessMap | None) -> MapDocument:
    """The document of ``pmap`` (its passport, approvers, change log and general sections):
    the map's own, else the project's (``procedit.model.document_of``, the one fallback)."""
    return document_of(project, pmap)


def document_kind(pmap: ProcessMap | None, one_process: bool) -> str:
    if one_process:
        return "process_regulation"
    if pmap is not None and pmap.kind == MapKind.AS_IS and not pmap.parent_process_id:
        return "survey"
    return "regulation"


def build_document(
    project: Project, *, map_id: str | None = None, process_code: str | None = None, lang: str | None = None
) -> Document:
    """The document tree; raises ``ScopeError`` for an unknown map or process code."""
    t = Texts(pick_lang(lang, project.language))
    pmap, proc = find_scope(project, map_id, process_code, t["err_no_map"], t["err_no_process"])
    names = Names(project, t)
    kind = document_kind(pmap, proc is not None)
    control = document_control(project, pmap)
    passport, log = control.passport, control.change_log
    found = open_findings(project, pmap, proc)
    procs = [proc] if proc is not None else list(pmap.processes if pmap else ())
    ctx = s.Context(project, names, t, pmap, proc, procs, found, kind, passport, tuple(log), control)

    survey = kind == "survey"
    body = [f(ctx) for f in (SURVEY if survey else REGULATION)]
    tail = [f(ctx) for f in (SURVEY_TAIL if survey else REGULATION_TAIL)]
    numbered = [x for x in body if x is not None]
    for i, sec in enumerate(numbered, 1):
        sec.number = str(i)
        for j, child in enumerate(sec.children, 1):
            child.number = f"{i}.{j}"
    appendix = [x for x in tail if x is not None]
    for sec in appendix:
        if sec.key == "findings" and not survey:
            sec.title = t["findings"]  # "Приложение А. …": its own name, no number

    code = passport.code.strip()
    if proc is not None and proc.code.strip():
        code = f"{code} / {proc.code.strip()}" if code else proc.code.strip()
    version = shorten(printed_version(passport, log), 40)
    if survey:
        title = t["survey_title"]
        subtitle = (pmap.name.strip() if pmap else "") or project.name.strip()
    elif proc is not None:
        title = t["process_regulation"]
        name = proc_title(proc, 400) or t["no_name"]
        subtitle = f"«{name}»" if t.lang == "ru" else f"“{name}”"
    else:
        title = passport.title.strip() or t["map_regulation"]
        # a normative document is not titled "… — TO BE": the map's name only when there is no title
        subtitle = "" if passport.title.strip() else project.name.strip()
    errors = any(f.severity == Severity.ERROR for f in found)
    draft = passport.status != DocStatus.APPROVED or (errors and project.export.draft_mark_while_errors)
    full_title = (
        " ".join(x for x in (title, subtitle) if x)
        if proc is not None
        else " — ".join(x for x in (title, subtitle) if x)
    )
    header_left = " · ".join(x for x in (code, shorten(full_title, 300)) if x)
    furniture = Furniture(
        header_left, f"{t['version']} {version}" if version else "", t["page"], t["draft"] if draft else None
    )
    _, author_name = names.signer(passport.author_id)
    meta = Meta(
        title=shorten(full_title, 300),
        author=author_name,
        subject=shorten(" — ".join(x for x in (project.organization.strip(), code) if x), 300),
        language="ru-RU" if t.lang == "ru" else "en-US",
        keywords=t.enum(pmap.kind) if pmap is not None else "",
    )
    front = [] if survey else [s.approval_sheet(ctx)]
    return Document(
        kind=kind,  # type: ignore[arg-type]
        lang=t.lang,
        meta=meta,
        furniture=furniture,
        title_page=_title_page(ctx, title, subtitle, code, version, survey),
        sections=numbered + appendix,
        toc_title=None if proc is not None else t["toc"],
        front=front,
    )


def _title_page(c: s.Context, title: str, subtitle: str, code: str, version: str, survey: bool) -> TitlePage:
    t, n, pr = c.t, c.names, c.project
    org = pr.organization.strip()
    blocks: list[SignatureBlock] = []
    if not survey:  # a survey report describes what is; nobody approves it as a rule
        for a in c.control.approvers:
            if a.role.value != "approves":
                continue
            position, name = n.signer(a.person_id)
            blocks.append(
                SignatureBlock(t["approved"], position, org, name, n.date(a.date) or t["date_blank"])
            )
        if not blocks:  # nobody assigned yet: a blank block to fill in by hand
            blocks.append(SignatureBlock(t["approved"], "", org, "", t["date_blank"]))
    pp = c.passport
    author = n.person_line(pp.author_id)
    rows = [
        (t["code"], code),
        (t["version"], version),
        (t["status"], t.enum(pp.status)),
        (t["effective"], n.date(pp.effective_date)),
        (t["author"], author),
    ]
    if survey:
        rows = [(t["code"], code), (t["version"], version), (t["author"], author)]
    year = (pp.effective_date or dt.date.today()).year
    return TitlePage(
        org or t["organization"] + ": " + t["not_specified"], blocks, title, subtitle, rows, str(year)
    )


__all__ = ["build_document", "document_control", "document_kind", "initials", "printed_version"]
