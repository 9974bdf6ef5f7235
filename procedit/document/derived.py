"""What job instructions and department regulations share: the regulation edition they are
derived from, their identity (code, version, status, draft mark), title page, approval
sheet and acknowledgement sheet, and finding a position or a department by name.

``Basis`` is built once per project and language; each document of a batch (a job
instruction for every position) is then built from it without walking the project again.
"""

from __future__ import annotations

from dataclasses import dataclass

from procedit.model import DocStatus, Project, Severity

from . import sections as s
from .build import _title_page, document_control, printed_version
from .duties import Index, source_maps
from .names import Names, shorten
from .scope import ScopeError, open_findings
from .texts import Texts, pick_lang
from .tree import Document, Furniture, Meta, Section


@dataclass
class Basis:
    project: Project
    t: Texts
    names: Names
    index: Index
    editions: list[str]  # "Регламент процессов маркетинга, код РП-МКТ-01, версия 1.1 (На согласовании)"
    passport: object  # the passport of the (first) regulation the documents are derived from
    version: str
    draft: bool
    ctx: s.Context  # the regulation's context: approvers, passport, names


def make_basis(project: Project, lang: str | None = None, map_id: str | None = None) -> Basis:
    t = Texts(pick_lang(lang, project.language))
    names = Names(project, t)
    maps = source_maps(project, map_id)
    editions: list[str] = []
    draft = False
    first = None
    errors = False
    for m in maps:
        control = document_control(project, m)
        passport, log = control.passport, control.change_log
        first = first or (passport, log, m, control)
        version = printed_version(passport, log) or "—"
        title = passport.title.strip() or t["map_regulation"]
        key = "edition" if passport.code.strip() else "edition_nocode"
        text = t[key].format(title=title, code=passport.code.strip(), version=version)
        text += t["edition_status"].format(status=t.enum(passport.status))
        if text not in editions:
            editions.append(shorten(text, 400))
        draft |= passport.status != DocStatus.APPROVED
        if project.export.draft_mark_while_errors and not errors:
            errors = any(f.severity == Severity.ERROR for f in open_findings(project, m, None))
    if first is None:
        control = document_control(project, None)
        first = (control.passport, control.change_log, None, control)
    passport, log, pmap, control = first
    ctx = s.Context(project, names, t, pmap, None, [], [], "derived", passport, tuple(log), control=control)
    return Basis(
        project,
        t,
        names,
        Index(project, maps),
        editions,
        passport,
        shorten(printed_version(passport, log), 40),
        draft or errors or (not maps and passport.status != DocStatus.APPROVED),
        ctx,
    )


def frame(
    b: Basis,
    *,
    kind: str,
    title: str,
    subtitle: str,
    code: str,
    sections: list[Section],
    agreeing: list[str],
    acquainted: list,
) -> Document:
    """The document around ``sections``: numbers, title page with the regulation's approval
    blocks and passport (and the edition it is derived from), approval sheet, page furniture,
    metadata and, last, the acknowledgement sheet of ``acquainted``."""
    t, pp = b.t, b.passport
    for i, sec in enumerate(sections, 1):
        sec.number = str(i)
        for j, child in enumerate(sec.children, 1):
            child.number = f"{i}.{j}"
    ctx = s.Context(
        b.project,
        b.names,
        t,
        b.ctx.pmap,
        None,
        [],
        [],
        kind,
        pp,
        b.ctx.change_log,
        control=b.ctx.control,
        extra={"agreeing": agreeing, "acquainted": acquainted},
    )
    tail = [s.acquaintance(ctx)]
    page = _title_page(ctx, title, subtitle, code, b.version, False)
    page.passport.append((t["derived_from"], "\n".join(b.editions)))
    full = " ".join(x for x in (title, subtitle) if x)
    furniture = Furniture(
        " · ".join(x for x in (code, shorten(full, 300)) if x),
        f"{t['version']} {b.version}" if b.version else "",
        t["page"],
        t["draft"] if b.draft else None,
    )
    meta = Meta(
        title=shorten(full, 300),
        author=b.names.signer(getattr(pp, "author_id", None))[1],
        subject=shorten(" — ".join(x for x in (b.project.organization.strip(), code) if x), 300),
        language="ru-RU" if t.lang == "ru" else "en-US",
        keywords=title,
    )
    return Document(
        kind=kind,  # type: ignore[arg-type]
        lang=t.lang,
        meta=meta,
        furniture=furniture,
        title_page=page,
        sections=sections + tail,
        toc_title=None,
        front=[s.approval_sheet(ctx)],
    )


def doc_code(b: Basis, kind_key: str, number: int) -> str:
    """ "РП-МКТ-01-ДИ-03": the regulation's code, the kind and the place in its register."""
    base = getattr(b.passport, "code", "").strip()
    own = f"{b.t[kind_key]}-{number:02d}"
    return f"{base}-{own}" if base else own


# ------------------------------------------------------------------ finding by name
def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_department(project: Project, name: str, t: Texts):
    """The department named ``name`` (or with that id); ``ScopeError`` names the choices."""
    if not project.departments:
        raise ScopeError(t["err_no_departments"])
    found = [d for d in project.departments if d.id == name] or [
        d for d in project.departments if _key(d.name) == _key(name)
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise ScopeError(t["err_many_departments"].format(name=name, count=len(found)))
    names = ", ".join(f"«{d.name.strip()}»" for d in project.departments if d.name.strip()) or "—"
    raise ScopeError(t["err_no_department"].format(name=name, names=shorten(names, 2000)))


def find_position(project: Project, name: str, department: str | None, t: Texts):
    """The position named ``name`` (or with that id), in ``department`` when given; an
    unknown or ambiguous name is a ``ScopeError`` that lists the choices."""
    if not project.positions:
        raise ScopeError(t["err_no_positions"])
    found = [q for q in project.positions if q.id == name] or [
        q for q in project.positions if _key(q.name) == _key(name)
    ]
    if department is not None:
        dept = find_department(project, department, t)
        there = [q for q in found if q.department_id == dept.id]
        if found and not there:
            names = ", ".join(f"«{q.name.strip()}»" for q in project.positions if q.department_id == dept.id)
            raise ScopeError(
                t["err_position_not_in"].format(name=name, dept=dept.name.strip(), names=names or "—")
            )
        found = there
    if len(found) == 1:
        return found[0]
    depts = {d.id: d.name.strip() for d in project.departments}
    if found:
        where = ", ".join(f"«{depts.get(q.department_id or '', '') or '—'}»" for q in found)
        raise ScopeError(t["err_many_positions"].format(name=name, names=where))
    names = ", ".join(f"«{q.name.strip()}»" for q in project.positions if q.name.strip()) or "—"
    raise ScopeError(t["err_no_position"].format(name=name, names=shorten(names, 2000)))
