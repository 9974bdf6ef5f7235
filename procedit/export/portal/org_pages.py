"""The pages of the organisation: a page per position of the register (its holders, whom it
reports to, its processes, stages, criteria and documents, its rights and responsibility,
its job instruction) and per department (head, positions, people, processes and functions,
the links that cross to other departments with what passes, the criteria it answers for)."""

from __future__ import annotations

import datetime as dt

from procedit.model import Department, Position

from .frame import Site, dl, e, para, table
from .work import ul, work_sections


def position_page(site: Site, q: Position, today: dt.date) -> str:
    t, r = site.t, "../"
    holders = site.holders.get(q.id, [])
    skipped = site.instructions_skipped.get(q.id)
    note = f"<small>{e(t['instruction_not_published'].format(n=skipped))}</small>" if skipped else ""
    card = dl([
        (t["department"], site.link(q.department_id, r)),
        (t["reports_to"], site.link(q.reports_to_id, r)),
        (t["substitute"], site.link(q.substitute_id, r)),
        (t["holders"], ", ".join(site.link(p.id, r) for p in holders)),
        (t["job_instruction"], site.instruction_link(q.id, r) or note),
    ])  # fmt: skip
    people = [p.id for p in holders]
    body = [card, *work_sections(site, people, [q.id, *people], today, show_performer=True)]
    for key, text in (("rights", q.rights), ("responsibility", q.responsibility), ("qualification", q.qualification)):
        if text.strip():
            body.append(f"<h2>{e(t[key])}</h2>{para(text)}")
    return site.page(q.name or "—", "".join(body), r)


def department_page(site: Site, d: Department, today: dt.date) -> str:
    t, r = site.t, "../"
    positions = [q for q in site.project.positions if q.department_id == d.id]
    people = [p for p in site.project.people if p.department_id == d.id]
    card = dl([
        (t["head"], site.link(d.head_id, r)),
        (t["positions"], ", ".join(site.link(q.id, r) for q in positions)),
        (t["people"], ", ".join(site.link(p.id, r) for p in people)),
    ])  # fmt: skip
    ids = [p.id for p in people]
    own = [p for p in site.processes if site.department_of(p) == d.id]
    performers = [d.id, *(q.id for q in positions), *ids]
    headings = ("dept_processes", "dept_stages", "dept_criteria", "dept_participation", "dept_documents")
    body = [card, *work_sections(site, ids, performers, today, headings=headings, owned_extra=own,
                                 show_performer=True)]  # fmt: skip
    rows = crossing_rows(site, d.id)
    body.append(
        f"<h2>{e(t['interactions'])}</h2>"
        + (table([t["direction"], t["process"], t["other_department"], t["other_process"], t["what"]], rows)
           or f"<p>{e(t['none'])}</p>")
    )  # fmt: skip
    return site.page(d.name or "—", "".join(body), r)


def crossing_rows(site: Site, dept_id: str) -> list[list[str]]:
    """The links between a process of the department and one of another department, each with
    its direction and what passes."""
    r = "../"
    rows = []
    for p in site.processes:
        if site.department_of(p) != dept_id:
            continue
        for direction, links, far in (("passes_to", site.outgoing, "target_id"), ("receives_from", site.incoming,
                                                                                 "source_id")):  # fmt: skip
            for lk in links.get(p.id, ()):
                other = site.process_by_id.get(getattr(lk, far))
                other_dept = site.department_of(other) if other is not None else None
                if other is None or other_dept is None or other_dept == dept_id:
                    continue
                rows.append([e(site.t[direction]), site.link(p.id, r), site.link(other_dept, r),
                             site.link(other.id, r), e(lk.label)])  # fmt: skip
    return rows


def org_index(site: Site) -> str:
    """The start page's lists of departments and positions ('' when the project has none)."""
    t, project = site.t, site.project
    out = []
    if project.departments:
        items = [
            site.link(d.id, "") + (f" <small>{e(t['head'])}: {e(site.name(d.head_id))}</small>" if d.head_id else "")
            for d in project.departments
        ]
        out.append(f"<h2>{e(t['departments'])}</h2>" + ul(items))
    if project.positions:
        items = []
        for q in project.positions:
            holders = ", ".join(e(p.name) for p in site.holders.get(q.id, []))
            items.append(site.link(q.id, "") + (f" <small>{holders}</small>" if holders else ""))
        out.append(f"<h2>{e(t['positions'])}</h2>" + ul(items))
    return "".join(out)

